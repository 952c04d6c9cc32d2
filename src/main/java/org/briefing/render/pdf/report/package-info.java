/** Typography figures of a laid-out memo: line spacing, hyphenation, widows, orphans, stranded headings. */
package org.briefing.render.pdf.report;
