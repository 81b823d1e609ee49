/**
 * The side panels and bars around the canvas: findings, flows, scenario, details, teams, sweep, problems, status.
 * Each is a small view with, where it holds logic, a plain model testable without the toolkit.
 */
package dev.faultline.app.panels;
