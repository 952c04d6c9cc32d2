/**
 * The {@code text} renderer: the briefing as wrapped terminal text, counting East Asian wide
 * characters as two columns, with ANSI styles only when allowed.
 */
package org.briefing.render.text;
