package org.briefing.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefing.model.InputException;
import org.junit.jupiter.api.Test;

class PageRangeTest {

    @Test
    void parsesARangeAndASinglePage() {
        assertEquals(new PageRange(2, 5), PageRange.parse("2-5"));
        assertEquals(new PageRange(2, 5), PageRange.parse(" 2 - 5 "));
        assertEquals(new PageRange(3, 3), PageRange.parse("3"));
        assertEquals(4, PageRange.parse("2-5").size());
        assertEquals("2-5", PageRange.parse("2-5").toString());
        assertEquals("3", PageRange.parse("3").toString());
    }

    @Test
    void rejectsWhatIsNotARange() {
        assertTrue(assertThrows(InputException.class, () -> PageRange.parse("a-b")).getMessage()
                .contains("bad page range 'a-b'"));
        assertThrows(InputException.class, () -> PageRange.parse(""));
        assertThrows(InputException.class, () -> PageRange.parse("1-2-3"));
        assertTrue(assertThrows(InputException.class, () -> PageRange.parse("5-2")).getMessage()
                .contains("must not run backwards"));
        assertThrows(InputException.class, () -> PageRange.parse("0-2"));
        assertThrows(InputException.class, () -> PageRange.parse("-2"));
    }

    @Test
    void aRangePastTheLastPageNamesTheDocumentsLength() {
        new PageRange(1, 3).checkWithin(3);
        InputException e = assertThrows(InputException.class, () -> new PageRange(2, 4).checkWithin(3));
        assertEquals("page range 2-4 is outside the document, which has 3 pages", e.getMessage());
        assertEquals("page range 2 is outside the document, which has 1 page",
                assertThrows(InputException.class, () -> new PageRange(2, 2).checkWithin(1)).getMessage());
    }
}
