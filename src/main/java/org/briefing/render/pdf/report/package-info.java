/**
 * Typography figures of a laid-out memo: line spacing, hyphenation, widows, orphans, stranded headings, and
 * per page how full it is and why it ended.
 */
package org.briefing.render.pdf.report;
