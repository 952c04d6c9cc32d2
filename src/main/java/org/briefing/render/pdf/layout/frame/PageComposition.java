package org.briefing.render.pdf.layout.frame;

/**
 * How one page was composed: how deep its text area is filled (text and footnotes) and why it ended where
 * it did, so a reader of the composition report or a test can tell a short page's cause.
 *
 * @param page    the page number, from 1
 * @param percent how full the text area is, in percent of its height (0–100)
 * @param end     why the page ended
 */
public record PageComposition(int page, int percent, End end) {
    public PageComposition {
        java.util.Objects.requireNonNull(end, "end");
    }

    /** Why a page ended. */
    public enum End {
        /** The next line or row did not fit. */
        FULL("full"),
        /** The next block (or a heading with what follows it) is kept whole and did not fit. */
        KEPT("kept block"),
        /** A figure that did not fit: it starts the next page, or waits there while text ended this one. */
        FLOAT("float"),
        /** The author asked for a new page. */
        MANUAL("manual break"),
        /** The next block's role starts a new (or right-hand) page. */
        BREAK_BEFORE("break-before"),
        /** Last-page balancing moved the rest to the last page. */
        BALANCE("balance"),
        /** The document ended. */
        END("end");

        private final String label;

        End(String label) {
            this.label = label;
        }

        /** The reason as the composition report prints it. */
        public String label() {
            return label;
        }

        /** Whether this cause excuses a page other than the last being short: the next block could not split. */
        public boolean excusesShortPage() {
            return this == KEPT || this == FLOAT || this == MANUAL || this == BREAK_BEFORE;
        }
    }
}
