package org.briefing.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void latinTakesOneColumnPerCharacter() {
        assertEquals(5, DisplayWidth.of("Korea"));
        assertEquals(3, DisplayWidth.of("é–’"));
    }

    @Test
    void eastAsianWideAndFullwidthTakeTwo() {
        assertEquals(4, DisplayWidth.of("北京"));
        assertEquals(6, DisplayWidth.of("한국어"));
        assertEquals(4, DisplayWidth.of("かな"));
        assertEquals(2, DisplayWidth.of("Ａ"));
        assertEquals(2, DisplayWidth.of("\uD83D\uDE00"));
        assertEquals(2, DisplayWidth.of("\uD840\uDC0B"));
    }

    @Test
    void combiningMarksAndFormatCharactersTakeNone() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(2, DisplayWidth.of("a\u200Bb"));
        assertEquals(0, DisplayWidth.of(0x0308));
    }
}
