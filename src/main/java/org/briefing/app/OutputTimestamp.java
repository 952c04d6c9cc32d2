package org.briefing.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.InputException;
import org.briefing.model.Metadata;

/**
 * The time written into outputs, chosen so that the same input gives the same bytes everywhere:
 * {@code SOURCE_DATE_EPOCH} when set, else the front matter's date, else 1 January 1980.
 */
public final class OutputTimestamp {
    /** The time used when neither the environment nor the front matter gives one. */
    public static final Instant FALLBACK = Instant.parse("1980-01-01T00:00:00Z");

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** 9999-12-31T23:59:59Z: later times cannot be written as PDF or EPUB dates. */
    private static final long MAX_EPOCH = 253402300799L;

    private OutputTimestamp() {
    }

    /**
     * The validated {@code SOURCE_DATE_EPOCH} of an environment, if set and not empty (an empty value is
     * how shells unset it). Anything else but plain digits is malformed, as the reproducible-builds
     * specification says, white space included.
     */
    public static Optional<Instant> sourceDateEpoch(Map<String, String> environment) {
        String value = environment.get("SOURCE_DATE_EPOCH");
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.matches("\\d{1,12}") || Long.parseLong(value) > MAX_EPOCH) {
            throw new InputException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01"
                    + " (at most " + MAX_EPOCH + "), was '" + value + "'");
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
    }

    /** The start of the front matter's date ({@code 2017-02} → 2017-02-01T00:00:00Z), if it is one. */
    public static Optional<Instant> fromMetadata(Metadata metadata) {
        Matcher m = DATE.matcher(metadata.date().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return Optional.of(LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The output time for a document. */
    public static Instant choose(Optional<Instant> sourceDateEpoch, Metadata metadata) {
        return sourceDateEpoch.or(() -> fromMetadata(metadata)).orElse(FALLBACK);
    }
}
