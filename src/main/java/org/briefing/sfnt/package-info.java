/**
 * The table directory of TrueType/OpenType font files (sfnt), read straight from their bytes: where a
 * table is, and a view of a font that lists only some of its tables. Both renderers use it to keep a font
 * parser from parsing tables they never read, which profiles showed to be a large part of a cold run.
 */
package org.briefing.sfnt;
