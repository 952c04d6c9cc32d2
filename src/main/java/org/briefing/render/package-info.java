/**
 * The renderer plug-in interface: a {@link org.briefing.render.Renderer} is found by its format name
 * through {@link java.util.ServiceLoader}, so a jar on the class path can add a format.
 */
package org.briefing.render;
