/**
 * File-system helpers of the app: recent files and watching the open file for changes (reload in place).
 */
package dev.faultline.app.files;
