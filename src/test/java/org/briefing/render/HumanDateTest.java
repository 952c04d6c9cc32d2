package org.briefing.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HumanDateTest {
    /** The month table must say exactly what the JDK's English locale data says, for every day of four years. */
    @Test
    void englishDatesMatchTheJdkFormatter() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        for (LocalDate d = LocalDate.of(1999, 1, 1); d.getYear() < 2003; d = d.plusDays(1)) {
            assertEquals(d.format(day), HumanDate.of(d.toString(), "en"));
            assertEquals(d.format(day), HumanDate.of(d.toString(), "en-GB"));
            assertEquals(YearMonth.from(d).format(month), HumanDate.of(YearMonth.from(d).toString(), ""));
        }
        assertEquals("7 March 0999", HumanDate.of("0999-03-07", "en"));
    }

    @Test
    void otherLanguagesUseTheirOwnMonthNames() {
        assertEquals("12 février 2017", HumanDate.of("2017-02-12", "fr"));
        assertEquals("Februar 2017", HumanDate.of("2017-02", "de"));
    }

    @Test
    void anythingElseIsKeptAsWritten() {
        for (String text : new String[] {"2017", "Spring 2017", "2017-02-31", "2017-13", "2017-2-1", "17-02-12",
                "2017-02-12T10:00", "2017/02/12", "２０１７-02-12", ""}) {
            assertEquals(text, HumanDate.of(text, "en"), text);
        }
        assertEquals("12 February 2017", HumanDate.of(" 2017-02-12 ", "en"));
    }
}
