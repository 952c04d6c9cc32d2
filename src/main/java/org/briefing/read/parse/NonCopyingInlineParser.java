package org.briefing.read.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its regular-expression matches made proportional to what they match, and
 * unclosed backtick runs found unclosed without a scan to the paragraph's end.
 *
 * <p>Flexmark's {@code match} takes {@code Matcher.toMatchResult()}, which on Java 17 copies the whole
 * paragraph (character by character through Flexmark's sequence) for every successful match: every code
 * span, link destination, link title, autolink, inline HTML tag and entity. A paragraph with thousands of
 * them was quadratic. The same matches are taken here from the live {@link Matcher}, so the parse result
 * is unchanged.
 *
 * <p>Flexmark's {@code parseBackticks} looks for a code span's closer by matching every backtick run up to
 * the end of the paragraph; when there is none (runs of 1, 2, 3 ... backticks, cmark's "backticks" test) each
 * run rescans the rest of the paragraph: 2 MB took over 5 s. The runs are indexed once per paragraph here
 * ({@link BacktickRuns}); a run with no closer becomes literal text as Flexmark makes it, and a run with one
 * is handed to Flexmark, whose scan then stops at the closer and consumes what it scanned.
 */
final class NonCopyingInlineParser extends InlineParserImpl {
    /** Makes this parser for Flexmark's {@code Parser.Builder.customInlineParserFactory}. */
    static final InlineParserFactory FACTORY = NonCopyingInlineParser::new;

    /** The input {@link #backtickRuns} indexes: Flexmark reuses one parser for every paragraph. */
    private BasedSequence indexedInput;
    private String indexedText;
    private BacktickRuns backtickRuns;

    private NonCopyingInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                   Map<Character, DelimiterProcessor> delimiterProcessors,
                                   LinkRefProcessorData linkRefProcessors,
                                   List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    protected boolean parseBackticks() {
        if (indexedInput != input) {
            indexedInput = input;
            indexedText = input.toString();
            backtickRuns = BacktickRuns.of(indexedText);
        }
        int start = index;
        int end = start;
        while (end < indexedText.length() && indexedText.charAt(end) == '`') {
            end++;
        }
        if (end == start) {
            return false;
        }
        if (backtickRuns.next(end - start, end) >= 0) {
            return super.parseBackticks();
        }
        // What Flexmark does once its search for a closer has failed: the run reads as text.
        index = end;
        appendText(input.subSequence(start, end));
        return true;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            // start(i) is -1 for a group that took no part in the match, where Flexmark gives null.
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The matcher after a successful search from the current index (which moves past the match), or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
