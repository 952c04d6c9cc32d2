package org.briefing.style;

/** Horizontal alignment of the lines of a block. */
public enum Align { LEFT, RIGHT, CENTER, JUSTIFY }
