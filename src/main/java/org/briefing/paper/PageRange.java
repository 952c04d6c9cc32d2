package org.briefing.paper;

import org.briefing.model.InputException;

/** Pages {@code first} to {@code last} of the document, counted from 1, both included. */
public record PageRange(int first, int last) {

    public PageRange {
        if (first < 1 || last < first) {
            throw new InputException("bad page range " + first + "-" + last
                    + ": pages count from 1 and the range must not run backwards");
        }
    }

    /** Parses {@code A-B} or a single page {@code N}, as given to {@code --pages}. */
    public static PageRange parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int dash = trimmed.indexOf('-');
        try {
            if (dash < 0) {
                int page = Integer.parseInt(trimmed);
                return new PageRange(page, page);
            }
            return new PageRange(Integer.parseInt(trimmed.substring(0, dash).trim()),
                    Integer.parseInt(trimmed.substring(dash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new InputException("bad page range '" + text + "'; expected A-B (e.g. 2-5) or a single page number", e);
        }
    }

    /** How many pages the range holds. */
    public int size() {
        return last - first + 1;
    }

    /** Fails unless the whole range lies inside a document of {@code pageCount} pages. */
    void checkWithin(int pageCount) {
        if (last > pageCount) {
            throw new InputException("page range " + this + " is outside the document, which has " + pageCount
                    + (pageCount == 1 ? " page" : " pages"));
        }
    }

    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
