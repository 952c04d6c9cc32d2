package org.briefing.style;

/** Whether a block of a role starts a new page ({@code break-before:} in a role's style). */
public enum BreakBefore {
    /** Where the flow puts it. */
    AUTO,
    /** On a new page. */
    PAGE,
    /** On a new right-hand (odd-numbered) page, leaving a blank page before it when needed. */
    RIGHT
}
