/**
 * What layout hands on, as plain data: {@link Page}s of positioned items ({@link TextItem}, {@link RuleItem},
 * {@link ImageItem}, {@link LinkItem}, {@link AnchorItem}) in points from the page's top-left corner, y
 * downwards, each carrying its {@link StructureRole} and block, and the {@link StructureNode}s that tagging
 * builds the structure tree from ({@link LaidOutDocument}), with how full each page is and why it ended
 * ({@link PageComposition}). Text is already shaped ({@link Fragment},
 * {@link ShapedText}, {@link GlyphRun}), so painting, reports and tests read pages without metrics or a PDF.
 * Depends on nothing else in layout.
 */
package org.briefing.render.pdf.layout.frame;
