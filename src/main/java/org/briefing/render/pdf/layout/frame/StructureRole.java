package org.briefing.render.pdf.layout.frame;

/**
 * What a painted item is in the document's structure, so the painter can tag it for accessibility
 * without asking layout again. Artifact roles are page furniture, not content.
 */
public enum StructureRole {
    PARAGRAPH, H1, H2, H3, H4, H5, H6, LIST_LABEL, LIST_BODY, QUOTE, CODE, CODE_MARKER,
    TABLE_HEADER_CELL, TABLE_CELL, FIGURE, CAPTION, LINK, FOOTNOTE, FOOTNOTE_LABEL, FOOTNOTE_REF, RULE,
    LETTERHEAD, KIND, TITLE, SUBTITLE, META, PARTICIPANT_NAME, PARTICIPANT_BIO,
    /** A contents entry's text, its page number, and the dot leader between them (an artifact). */
    TOC_ENTRY, TOC_PAGE, TOC_LEADER,
    ARTIFACT_HEADER, ARTIFACT_FOOTER, ARTIFACT_BANNER, ARTIFACT_BACKGROUND,
    /** Containers: structure elements that group others and carry no painted items of their own. */
    LIST, LIST_ITEM, BLOCK_QUOTE, TABLE, TABLE_ROW, NOTE, TOC;

    /** The role of a heading of level 1 to 6. */
    public static StructureRole heading(int level) {
        return values()[H1.ordinal() + Math.max(1, Math.min(6, level)) - 1];
    }

    /** True for elements that only group others (lists, items, quotes, tables, rows, notes, contents). */
    public boolean isContainer() {
        return ordinal() >= LIST.ordinal();
    }

    /** True for page furniture and decoration that tagging marks as an artifact. */
    public boolean isArtifact() {
        return this == CODE_MARKER || this == RULE || this == TOC_LEADER || name().startsWith("ARTIFACT_");
    }
}
