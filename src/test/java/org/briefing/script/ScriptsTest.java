package org.briefing.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Script facts of single characters. */
class ScriptsTest {
    @Test
    void cjkCoversHanKanaHangulAndFullWidthPunctuation() {
        for (int cp : "中あア한。（".codePoints().toArray()) {
            assertTrue(Scripts.isCjk(cp), Character.getName(cp));
        }
        assertFalse(Scripts.isCjk('a') || Scripts.isCjk('é') || Scripts.isCjk('\u0633'));
    }

    @Test
    void joiningAndIndicScriptsNeedShapingButLatinHebrewAndHanDoNot() {
        assertTrue(Scripts.needsShaping('\u0633') && Scripts.needsShaping('\u0915') && Scripts.needsShaping('\u0e01'),
                "Arabic, Devanagari, Thai");
        assertFalse(Scripts.needsShaping('a') || Scripts.needsShaping('\u05d0') || Scripts.needsShaping('中'));
    }

    @Test
    void directionOfLettersAndControls() {
        assertTrue(Scripts.isRightToLeft('\u05d0') && Scripts.isRightToLeft('\u0633'), "Hebrew, Arabic");
        assertFalse(Scripts.isRightToLeft('a') || Scripts.isRightToLeft('1') || Scripts.isRightToLeft('\u202e'));
        assertTrue(Scripts.startsRightToLeft('\u202e') && Scripts.startsRightToLeft('\u2067'), "RLO, RLI");
        assertFalse(Scripts.startsRightToLeft('\u202d'), "LRO");
        assertTrue(Scripts.isStrong('a') && Scripts.isStrong('\u05d0'));
        assertFalse(Scripts.isStrong('1') || Scripts.isStrong(' ') || Scripts.isStrong('.'));
    }

    @Test
    void invisibleCharactersAreIgnorablesFormatsAndControls() {
        for (int cp : new int[] {0x200D, 0xFE0F, 0x00AD, 0x200E, 0x0007, 0xE0101}) {
            assertTrue(Scripts.isInvisible(cp), Integer.toHexString(cp));
        }
        assertFalse(Scripts.isInvisible('a') || Scripts.isInvisible(' ') || Scripts.isInvisible(0x3000));
    }
}
