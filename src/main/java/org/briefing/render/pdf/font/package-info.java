/**
 * Fonts for the PDF: shaping with the JDK's text layout (kerning, ligatures), the theme's fallback chain,
 * placeholders for characters no font has, and Type0 embedding with subsetting and an exact ToUnicode map.
 */
package org.briefing.render.pdf.font;
