package org.briefing.composition;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason each page ended, read from what {@code briefing pdf --report} prints: a line per page naming
 * the page ("page 3") and one of the composition report's reasons (full, kept block, float, manual break,
 * break-before, balance, end). Other lines, such as the typography report's, are passed over.
 */
final class ReportReasons {
    private static final Pattern PAGE_LINE = Pattern.compile(
            "(?i)\\bpage\\s+(\\d+)\\b.*?\\b(kept block|float|manual break|break-before|balance|full|end)\\b");

    private ReportReasons() {
    }

    /** The reason per page, pages from 1; empty when the output has no composition report. */
    static Map<Integer, String> of(String reportOutput) {
        Map<Integer, String> reasons = new TreeMap<>();
        for (String line : reportOutput.split("\\R")) {
            Matcher m = PAGE_LINE.matcher(line);
            if (m.find()) {
                reasons.put(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return reasons;
    }
}
