package org.briefing.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A front-matter date as every edition prints it: {@code 2017-02} becomes "February 2017" and
 * {@code 2017-02-12} "12 February 2017", in the document's language; an impossible date, or any other form,
 * is kept as written.
 *
 * <p>English month names come from a table: asking the JDK for them loads its locale data, which was about
 * a sixteenth of a cold {@code print} run. Other languages go through {@link DateTimeFormatter}.
 */
public final class HumanDate {
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"};

    private HumanDate() {
    }

    /** The date in words in language {@code lang} (a BCP 47 tag; blank means English). */
    public static String of(String date, String lang) {
        String text = date.strip();
        boolean day = text.length() == 10 && text.charAt(7) == '-';
        if (!(text.length() == 7 || day) || text.charAt(4) != '-' || !digits(text, 0, 4) || !digits(text, 5, 7)
                || day && !digits(text, 8, 10)) {
            return date;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(5, 7));
        try {
            LocalDate valid = LocalDate.of(year, month, day ? Integer.parseInt(text.substring(8, 10)) : 1);
            Locale locale = lang.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(lang);
            if (locale.getLanguage().equals("en") && year > 0) {
                String monthYear = ENGLISH_MONTHS[month - 1] + " " + text.substring(0, 4);
                return day ? valid.getDayOfMonth() + " " + monthYear : monthYear;
            }
            return day ? valid.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))
                    : YearMonth.of(year, Month.of(month)).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
        } catch (DateTimeException e) {
            return date;
        }
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
