package org.briefing.render.pdf.paint;

/** The /Contents of a link annotation: what a screen reader announces for the link (PDF/UA 7.18.5). */
final class LinkDescription {
    private LinkDescription() {
    }

    static String of(String target, String text) {
        String words = text.strip();
        if (target.startsWith("#fn-")) {
            return "Footnote " + target.substring(4);
        }
        if (target.startsWith("#fnref-")) {
            return "Back to the reference to footnote " + target.substring(7);
        }
        if (target.startsWith("#")) {
            return words.isEmpty() ? "Link within this document" : "Go to " + words;
        }
        if (words.isEmpty() || words.equals(target)) {
            return target;
        }
        return words + " (" + target + ")";
    }
}
