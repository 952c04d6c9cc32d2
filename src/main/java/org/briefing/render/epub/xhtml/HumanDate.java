package org.briefing.render.epub.xhtml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A front-matter date as a reader says it: {@code 2017-02} becomes "February 2017" (in the document's language). */
public final class HumanDate {
    private HumanDate() {
    }

    /** The date in words; forms other than {@code yyyy-mm} and {@code yyyy-mm-dd} are returned as written. */
    public static String of(String date, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        try {
            if (date.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            }
        } catch (DateTimeException e) {
            return date;
        }
        return date;
    }
}
