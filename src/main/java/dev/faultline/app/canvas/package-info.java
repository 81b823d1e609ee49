/**
 * The interactive canvas: it turns the render scene into a retained JavaFX scene graph under one transform (pan,
 * zoom, level of detail, culling, minimap) and reports gestures (select, hover, context menus, drags) as actions.
 */
package dev.faultline.app.canvas;
