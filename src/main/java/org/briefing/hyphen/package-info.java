/**
 * Word hyphenation by Liang's algorithm ("Word Hy-phen-a-tion by Com-put-er", 1983) over the TeX
 * pattern files of hyph-utf8, shipped with their notices under {@code org/briefing/hyphen/}.
 * Format-neutral: the PDF engine breaks lines with it, other renderers may use it for soft hyphens.
 */
package org.briefing.hyphen;
