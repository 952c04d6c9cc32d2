package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class PrintSequenceTest {
    private static final int B = PrintSequence.BLANK;
    private final PrintRequest one = PrintRequest.defaults("memo");

    @Test
    void everyPageOnceByDefault() {
        assertEquals(List.of(0, 1, 2), PrintSequence.of(3, one).pages());
    }

    @Test
    void copiesAreCollated() {
        assertEquals(List.of(0, 1, 2, 0, 1, 2), PrintSequence.of(3, one.withCopies(2)).pages());
    }

    @Test
    void aTwoSidedCopyWithAnOddPageCountEndsWithABlankBackSoTheNextStartsOnAFreshSheet() {
        assertEquals(List.of(0, 1, 2, B, 0, 1, 2, B, 0, 1, 2),
                PrintSequence.of(3, one.withCopies(3).withDuplex(true)).pages());
        assertEquals(List.of(0, 1, 0, 1), PrintSequence.of(2, one.withCopies(2).withDuplex(true)).pages());
        assertEquals(List.of(0, 1, 2), PrintSequence.of(3, one.withDuplex(true)).pages());
    }

    @Test
    void aPageRangeSelectsPagesOfEachCopy() {
        assertEquals(List.of(1, 2, 1, 2), PrintSequence.of(4, one.withPages(new PageRange(2, 3)).withCopies(2)).pages());
        assertEquals(List.of(3, B, 3), PrintSequence.of(4, one.withPages(new PageRange(4, 4)).withCopies(2)
                .withDuplex(true)).pages());
    }

    @Test
    void aRangeOutsideTheDocumentIsBadInput() {
        assertEquals("page range 3-5 is outside the document, which has 4 pages", assertThrows(InputException.class,
                () -> PrintSequence.of(4, one.withPages(new PageRange(3, 5)))).getMessage());
    }

    @Test
    void aBlankPrinterNameMeansTheDefaultAndABlankJobNameIsReplaced() {
        PrintRequest request = one.toPrinter(" ").withJobName("  ");
        assertEquals(java.util.Optional.empty(), request.printer());
        assertEquals("Briefing", request.jobName());
        assertEquals("North Korea", one.withJobName(" North Korea ").jobName());
    }

    @Test
    void fewerThanOneCopyIsBadInput() {
        assertEquals("--copies must be at least 1, got 0",
                assertThrows(InputException.class, () -> one.withCopies(0)).getMessage());
    }
}
