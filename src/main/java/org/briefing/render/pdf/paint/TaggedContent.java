package org.briefing.render.pdf.paint;

import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * What tagging recorded: the element tree, the element of every MCID on every page, and the link
 * annotations with their Link elements (same order).
 */
record TaggedContent(TagElement root, List<List<TagElement>> pageMarks, List<PDAnnotationLink> annotations,
                     List<TagElement> annotationOwners) {
}
