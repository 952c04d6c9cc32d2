package org.briefing.read.parse;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Flexmark's GFM autolink post-processor, given a text with very many backslash escapes in pieces.
 *
 * <p>Why: the autolinker unescapes each text node into a sequence of segments (one more per escape), and
 * Flexmark's segment builder grows its array by one segment at a time, so a text of n escapes cost n²:
 * 90 000 escapes in one paragraph took over 8 s. A text with more than {@link #MAX_ESCAPES} escapes is
 * split into adjacent text nodes of about that many ({@link TextCuts}) before the links are searched, only
 * where no link can straddle the cut, so the links found, the characters and their offsets are unchanged
 * (the reader merges adjacent text again).
 */
final class ChunkedAutolinker extends AutolinkNodePostProcessor {
    /** Backslashes and ampersands one text node may hold before it is searched in pieces. */
    static final int MAX_ESCAPES = 64;

    private ChunkedAutolinker(Document document) {
        super(document);
    }

    /** Registers this post-processor in place of {@code AutolinkExtension}'s (which only registers its own). */
    static final class Extension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.postProcessorFactory(new AutolinkNodePostProcessor.Factory() {
                @Override
                public NodePostProcessor apply(Document document) {
                    return new ChunkedAutolinker(document);
                }
            });
        }
    }

    @Override
    public void process(NodeTracker state, Node node) {
        // Text already inside a link or a TextBase is left whole, exactly as Flexmark treats it.
        if (!(node instanceof Text) || node.getParent() == null || node.getParent() instanceof TextBase
                || node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
            super.process(state, node);
            return;
        }
        BasedSequence chars = node.getChars();
        String text = chars.toString();
        if (!continuesIntoEntityOrTypography(node) && !mayHoldLink(text)) {
            return;
        }
        int[] cuts = TextCuts.of(text, MAX_ESCAPES);
        if (cuts.length == 0) {
            super.process(state, node);
            return;
        }
        List<Text> pieces = new ArrayList<>(cuts.length + 1);
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : chars.length();
            Text piece = new Text(chars.subSequence(from, to));
            node.insertBefore(piece);
            state.nodeAdded(piece);
            pieces.add(piece);
            from = to;
        }
        node.unlink();
        state.nodeRemoved(node);
        for (Text piece : pieces) {
            super.process(state, piece);
        }
    }

    /**
     * Flexmark searches a text together with the entities and typographic characters that follow it (and the
     * texts after those); only a text standing alone is judged by its own characters here.
     */
    private static boolean continuesIntoEntityOrTypography(Node node) {
        return node.getNext() instanceof TypographicText || node.getNext() instanceof HtmlEntity;
    }

    /**
     * Whether a text can hold a link the autolinker finds: every kind it finds (scheme {@code ://}, e-mail
     * {@code @}, {@code www.}) needs a colon, an at sign or "www."; an ampersand may be a character reference
     * for one. Most text has none, and the autolinker's own search (a regular expression, then a scan) was
     * about a tenth of reading a long document.
     */
    static boolean mayHoldLink(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&'
                    || c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
