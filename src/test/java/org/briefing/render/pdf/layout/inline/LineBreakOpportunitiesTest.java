package org.briefing.render.pdf.layout.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefing.corpus.SpecExample;
import org.junit.jupiter.api.Test;

/**
 * Our line-break opportunities against ICU's UAX #14 line breaker (ICU4J, a test-only oracle): on hard
 * strings one by one, on the seed memo and on the text of every CommonMark and GFM example. Every place we
 * disagree falls under a deliberate difference listed here; a new kind of disagreement, or a changed count,
 * fails the test, so our rules cannot drift unnoticed.
 */
class LineBreakOpportunitiesTest {
    private final BreakOpportunities breaks = new BreakOpportunities();

    /**
     * Deliberate differences, as "who|class before|class after" (UAX #14 line-break classes around the
     * break). ICU breaks where we do not:
     */
    private static final Map<String, String> DELIBERATE = Map.ofEntries(
            Map.entry("icu|SY|AL", "after a slash that starts a token or follows one letter (/url, A/B): kept whole"),
            Map.entry("icu|SY|PR", "after a slash before a prefix symbol (/\\[): kept whole"),
            Map.entry("icu|EX|AL", "after ! or ? inside a token (Hello!World, ?q=1 in URLs): kept whole"),
            Map.entry("icu|EX|OP", "after ! before a bracket (![foo], Markdown image syntax): kept whole"),
            Map.entry("icu|CP|OP", "between a closing and an opening bracket ([a](b), Markdown residue): kept whole"),
            Map.entry("icu|CL|AL", "after a closing brace before a letter ({|}~): kept whole"),
            Map.entry("icu|HY|AL", "after a hyphen that follows no word (--> , -&&&): we break only word-hyphen-word"),
            Map.entry("icu|HY|OP", "after a hyphen before a bracket (foo-(bar)): kept whole"),
            Map.entry("icu|PR|OP", "after a prefix symbol before a bracket (\\[): kept whole"),
            Map.entry("icu|PR|PR", "between prefix symbols (+++): kept whole"),
            Map.entry("icu|PR|PO", "between a prefix and a postfix symbol ($%): kept whole"),
            Map.entry("icu|SA|SA", "inside Thai, Lao, Khmer, Burmese: ICU uses a dictionary; we set the run whole "
                    + "and cut it only when it is wider than the line"),
            Map.entry("icu|BA|AL", "at a soft hyphen in a paragraph's last word: never split"),
            // We break where ICU does not:
            Map.entry("ours|SP|IS", "at a space before an infix separator (main :: IO): a space is a break"));

    private static String segmented(String text, TreeSet<Integer> at) {
        StringBuilder s = new StringBuilder();
        int from = 0;
        for (int b : at) {
            s.append(text, from, b).append('|');
            from = b;
        }
        return s.append(text.substring(from)).toString();
    }

    /** A hard string, how we break it and how ICU does (null when ICU agrees). */
    private record Hard(String text, String ours, String icu) {
    }

    private static final List<Hard> HARD = List.of(
            new Hard("See https://example.org/path/to/page for details",
                    "See |https://|example.org/|path/|to/|page |for |details", null),
            new Hard("the 1990s\u2014a decade", "the |1990s|\u2014|a |decade", null),
            new Hard("yes \u2014 no, foo \u2013 bar", "yes |\u2014 |no, |foo |\u2013 |bar", null),
            new Hard("pages 10\u201320 and 1990\u20132000", "pages |10\u2013|20 |and |1990\u2013|2000", null),
            new Hard("中文文本，测试。下一句", "中|文|文|本，|测|试。|下|一|句", null),
            new Hard("日本語のテキスト。「引用」です。", "日|本|語|の|テ|キ|ス|ト。|「引|用」|で|す。", null),
            new Hard("(quoted) text [bracket] end.", "(quoted) |text |[bracket] |end.", null),
            new Hard("\u201cQuoted,\u201d she said.", "\u201cQuoted,\u201d |she |said.", null),
            new Hard("1,000.5 dollars, $1,000 and 50% more", "1,000.5 |dollars, |$1,000 |and |50% |more", null),
            new Hard("e.g. this, i.e. that", "e.g. |this, |i.e. |that", null),
            new Hard("well-known state-of-the-art", "well-|known |state-|of-|the-|art", null),
            new Hard("U.S.-China relations, the (U.S.) side", "U.S.-|China |relations, |the |(U.S.) |side", null),
            new Hard("x-2, -5 degrees, 2017-02", "x-2, |-5 |degrees, |2017-02", null),
            new Hard("and/or either / or", "and/|or |either / |or", null),
            new Hard("thumbs \uD83D\uDC4D up \uD83D\uDC4D\uD83C\uDFFD again",
                    "thumbs |\uD83D\uDC4D |up |\uD83D\uDC4D\uD83C\uDFFD |again", null),
            new Hard("zero\u200bwidth", "zero\u200b|width", null),
            new Hard("co\u00adoperation today", "co\u00ad|operation |today", null),
            new Hard("North Korea\u2019s nuclear", "North |Korea\u2019s |nuclear", null),
            // Deliberate differences:
            new Hard("wait... what?! Hello!World", "wait... |what?! |Hello!World", "wait... |what?! |Hello!|World"),
            new Hard("A/B testing", "A/B |testing", "A/|B |testing"),
            new Hard("co\u00adoperation", "co\u00adoperation", "co\u00ad|operation"),
            new Hard("ภาษาไทยง่ายนิดเดียว", "ภาษาไทยง่ายนิดเดียว", "ภาษา|ไทย|ง่าย|นิด|เดียว"));

    @Test
    void hardStringsBreakAsExpectedAndAsIcuDoesSaveTheListedDifferences() {
        List<String> wrong = new ArrayList<>();
        for (Hard hard : HARD) {
            String ours = segmented(hard.text(), breaks.ours(hard.text()));
            String icu = segmented(hard.text(), breaks.icu(hard.text()));
            if (!ours.equals(hard.ours())) {
                wrong.add("ours " + ours + " expected " + hard.ours());
            }
            if (!icu.equals(hard.icu() == null ? hard.ours() : hard.icu())) {
                wrong.add("icu  " + icu + " expected " + (hard.icu() == null ? hard.ours() : hard.icu()));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Agreement over a list of texts: breaks both find, and the disagreements by kind. */
    private record Agreement(int both, int oursOnly, int icuOnly, Map<String, Integer> kinds) {
        double ratio() {
            return (double) both / (both + oursOnly + icuOnly);
        }
    }

    private Agreement compare(List<String> texts) {
        int both = 0;
        int oursOnly = 0;
        int icuOnly = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (String text : texts) {
            TreeSet<Integer> ours = breaks.ours(text);
            TreeSet<Integer> icu = breaks.icu(text);
            for (int b : ours) {
                if (icu.contains(b)) {
                    both++;
                } else {
                    oursOnly++;
                    kinds.merge(kind("ours", text, b), 1, Integer::sum);
                }
            }
            for (int b : icu) {
                if (!ours.contains(b)) {
                    icuOnly++;
                    kinds.merge(kind("icu", text, b), 1, Integer::sum);
                }
            }
        }
        return new Agreement(both, oursOnly, icuOnly, kinds);
    }

    private static String kind(String who, String text, int at) {
        return who + "|" + lineBreakClass(text.codePointBefore(at)) + "|" + lineBreakClass(text.codePointAt(at));
    }

    private static String lineBreakClass(int cp) {
        return UCharacter.getPropertyValueName(UProperty.LINE_BREAK,
                UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK), UProperty.NameChoice.SHORT);
    }

    @Test
    void theSeedBreaksExactlyWhereIcuDoes() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("source/north-korea-us-china-cooperation.md"))) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        Agreement a = compare(lines);
        assertEquals(Map.of(), a.kinds(), "disagreements on the seed");
        assertTrue(a.both() > 1000, "the seed has " + a.both() + " break opportunities");
    }

    @Test
    void theCommonMarkExamplesDifferOnlyWhereWeMeanTo() {
        List<String> texts = new ArrayList<>();
        for (SpecExample example : SpecExample.all()) {
            // The text a reader sees: the expected HTML without its tags.
            String plain = example.html().replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&amp;", "&");
            for (String line : plain.split("\n")) {
                if (!line.isBlank()) {
                    texts.add(line.strip());
                }
            }
        }
        Agreement a = compare(texts);
        Set<String> unexplained = new TreeSet<>(a.kinds().keySet());
        unexplained.removeAll(DELIBERATE.keySet());
        assertEquals(Set.of(), unexplained, "new kinds of disagreement with ICU: " + a.kinds());
        // Measured when the rules were last checked; a change means our rules moved: look, then update.
        assertEquals(List.of(470, 1, 72), List.of(a.both(), a.oursOnly(), a.icuOnly()),
                "agreement " + a.ratio() + ", disagreements " + a.kinds());
    }
}
