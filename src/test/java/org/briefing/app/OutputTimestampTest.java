package org.briefing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.model.InputException;
import org.briefing.model.Metadata;
import org.briefing.model.ReportOptions;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {
    private static Metadata dated(String date) {
        return new Metadata("T", "", "", "", "", date, "", "en", "", List.of(), List.of(), List.of(), "", ReportOptions.DEFAULT);
    }

    @Test
    void sourceDateEpochWins() {
        Optional<Instant> epoch = OutputTimestamp.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "1486857600"));
        assertEquals(Instant.parse("2017-02-12T00:00:00Z"), OutputTimestamp.choose(epoch, dated("2001-01")));
    }

    @Test
    void aBadSourceDateEpochIsBadInput() {
        for (String bad : List.of("yesterday", "-5", "1.5", "99999999999999")) {
            assertThrows(InputException.class, () -> OutputTimestamp.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", bad)), bad);
        }
        assertEquals(Optional.empty(), OutputTimestamp.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "")));
    }

    @Test
    void frontMatterDatesStartTheirPeriod() {
        assertEquals(Instant.parse("2017-02-01T00:00:00Z"), OutputTimestamp.choose(Optional.empty(), dated("2017-02")));
        assertEquals(Instant.parse("2017-01-01T00:00:00Z"), OutputTimestamp.choose(Optional.empty(), dated("2017")));
        assertEquals(Instant.parse("2017-02-12T00:00:00Z"), OutputTimestamp.choose(Optional.empty(), dated("2017-02-12")));
    }

    @Test
    void withoutADateItIs1980() {
        assertEquals(Instant.parse("1980-01-01T00:00:00Z"), OutputTimestamp.choose(Optional.empty(), dated("")));
        assertEquals(Instant.parse("1980-01-01T00:00:00Z"), OutputTimestamp.choose(Optional.empty(), dated("2017-13")));
    }
}
