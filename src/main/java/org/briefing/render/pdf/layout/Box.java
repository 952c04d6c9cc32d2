package org.briefing.render.pdf.layout;

/**
 * Material that is drawn and never broken: a word, a piece of one, a label.
 *
 * @param fragment what is drawn, or null for an invisible box (e.g. an indent)
 */
public record Box(double width, Fragment fragment) implements Item {
}
