package org.briefing.render.pdf.layout.flow;

import org.briefing.render.pdf.layout.frame.Fragment;

/**
 * A list or footnote label waiting for the first line of its item, set flush right against {@code right}.
 */
record Label(Fragment fragment, double right) {
}
