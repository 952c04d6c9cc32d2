/**
 * Themes: {@code styles/<name>.yaml} loaded into one immutable {@link org.briefing.style.Theme}
 * that every renderer reads (the PDF in points, the EPUB as CSS, the terminal what applies).
 */
package org.briefing.style;
