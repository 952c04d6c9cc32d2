/**
 * The text facts every renderer shares, kept here once: which script a character belongs to and whether
 * its words need shaping or right-to-left ordering ({@link org.briefing.script.Scripts}), where a line
 * may break between two characters, CJK and kinsoku included ({@link org.briefing.script.LineBreaks}),
 * and which face of a theme's font chain draws a character ({@link org.briefing.script.FontChain}).
 * It knows the model and the theme, and no renderer nor font library.
 */
package org.briefing.script;
