/**
 * Table column widths by the automatic table layout of CSS, as plain numbers: each column's narrowest and
 * widest content in, widths that fit the measure out. No fonts and no renderer: the PDF measures in points,
 * the terminal in display columns, and both size their tables here.
 */
package org.briefing.measure;
