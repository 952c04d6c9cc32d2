package org.briefing.read;

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
 * Flexmark's inline parser with its regular-expression matches made proportional to what they match.
 *
 * <p>Flexmark's {@code match} takes {@code Matcher.toMatchResult()}, which on Java 17 copies the whole
 * paragraph (character by character through Flexmark's sequence) for every successful match: every code
 * span, link destination, link title, autolink, inline HTML tag and entity. A paragraph with thousands of
 * them was quadratic. The same matches are taken here from the live {@link Matcher}, so the parse result
 * is unchanged.
 */
final class NonCopyingInlineParser extends InlineParserImpl {
    /** Makes this parser for Flexmark's {@code Parser.Builder.customInlineParserFactory}. */
    static final InlineParserFactory FACTORY = NonCopyingInlineParser::new;

    private NonCopyingInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                   Map<Character, DelimiterProcessor> delimiterProcessors,
                                   LinkRefProcessorData linkRefProcessors,
                                   List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
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
