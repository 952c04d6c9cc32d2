/**
 * The book's look from the theme: its stylesheet, and which font files are embedded, whole or subset to the
 * characters the text uses.
 */
package org.briefing.render.epub.style;
