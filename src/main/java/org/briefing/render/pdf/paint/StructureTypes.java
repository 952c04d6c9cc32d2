package org.briefing.render.pdf.paint;

import org.briefing.render.pdf.layout.frame.StructureRole;

/** The PDF standard structure type (ISO 32000-1, 14.8.4) for each layout role; null for artifacts. */
final class StructureTypes {
    private StructureTypes() {
    }

    /** The structure type, or null when items of this role are artifacts (page furniture, decoration). */
    static String of(StructureRole role) {
        return switch (role) {
            case PARAGRAPH, LIST_BODY, QUOTE, FOOTNOTE, KIND, SUBTITLE, META, PARTICIPANT_NAME,
                    PARTICIPANT_BIO -> "P";
            case H1, TITLE -> "H1";
            case H2 -> "H2";
            case H3 -> "H3";
            case H4 -> "H4";
            case H5 -> "H5";
            case H6 -> "H6";
            case LIST_LABEL, FOOTNOTE_LABEL -> "Lbl";
            case CODE -> "Code";
            case TABLE_HEADER_CELL -> "TH";
            case TABLE_CELL -> "TD";
            case FIGURE -> "Figure";
            case CAPTION -> "Caption";
            case LINK -> "Link";
            case FOOTNOTE_REF -> "Reference";
            case LIST -> "L";
            case LIST_ITEM -> "LI";
            case BLOCK_QUOTE -> "BlockQuote";
            case TABLE -> "Table";
            case TABLE_ROW -> "TR";
            case NOTE -> "Note";
            case TOC -> "TOC";
            case TOC_ENTRY, TOC_PAGE -> "TOCI";
            // The letterhead repeats the organisation's name as decoration (the issue lists it as an artifact).
            default -> null;
        };
    }

    /** The heading level of a type ("H3" → 3), or 0 for other types. */
    static int headingLevel(String type) {
        return type.length() == 2 && type.charAt(0) == 'H' && Character.isDigit(type.charAt(1))
                ? type.charAt(1) - '0' : 0;
    }

    /** The artifact properties for a role painted as an artifact (pagination furniture or layout). */
    static String artifactProperties(StructureRole role) {
        return switch (role) {
            case ARTIFACT_HEADER -> "<</Type /Pagination /Subtype /Header>>";
            case ARTIFACT_FOOTER -> "<</Type /Pagination /Subtype /Footer>>";
            case ARTIFACT_BANNER, LETTERHEAD, TABLE_HEADER_CELL -> "<</Type /Pagination>>";
            default -> "<</Type /Layout>>";
        };
    }
}
