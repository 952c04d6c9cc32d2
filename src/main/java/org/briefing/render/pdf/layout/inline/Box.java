package org.briefing.render.pdf.layout.inline;

import org.briefing.render.pdf.layout.frame.Fragment;

/**
 * Material that is drawn and never broken: a word, a piece of one, a label.
 *
 * @param fragment what is drawn, or null for an invisible box (e.g. an indent) or an image
 * @param image    an image drawn {@code width} wide inside the line, or null
 */
public record Box(double width, Fragment fragment, InlineImage image) implements Item {
}
