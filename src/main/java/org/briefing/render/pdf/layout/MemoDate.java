package org.briefing.render.pdf.layout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Writes a front-matter date ({@code 2017}, {@code 2017-02}, {@code 2017-02-12}) the way a memo prints it. */
public final class MemoDate {
    private MemoDate() {
    }

    /** E.g. {@code February 2017} or {@code 12 February 2017}; text that is no such date is kept as is. */
    public static String format(String date) {
        try {
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            }
        } catch (DateTimeParseException e) {
            return date;
        }
        return date;
    }
}
