package org.briefing.read.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The Flexmark parser configured for CommonMark plus the GFM extensions and smart typography. */
public final class FlexmarkParser {
    private static final Parser PARSER = build(true);
    private static final long PARSER_STACK_BYTES = 1L << 30;

    private FlexmarkParser() {
    }

    /**
     * Parses on a thread with a large stack: Flexmark's tree visitors recurse once per nesting level,
     * and hostile input nests block quotes tens of thousands deep. Stack memory is only committed as used.
     */
    public static Document parse(String markdown) {
        Document[] result = new Document[1];
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = PARSER.parse(markdown);
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                error[0] = e;
            }
        }, "markdown-parser", PARSER_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        if (error[0] != null) {
            throw new org.briefing.model.InputException("the source nests too deeply to parse");
        }
        return result[0];
    }

    /**
     * The parser; {@code linear} false gives Flexmark's own inline parser and autolinker (quadratic on some
     * hostile paragraphs), which tests compare with ours.
     */
    static Parser build(boolean linear) {
        MutableDataSet options = new MutableDataSet();
        // The autolinker is Flexmark's, fed long escaped texts in pieces (ChunkedAutolinker).
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                linear ? new ChunkedAutolinker.Extension() : AutolinkExtension.create(), FootnoteExtension.create(),
                TypographicExtension.create()));
        // GitHub's table rules: no column spans, rows padded or cut to the header's width.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // The document keeps its line starts, so that a node's line is a binary search: Flexmark otherwise
        // counts the lines before it on every call, and the reader asks for one per image, caption and break.
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        // Single tildes are not strikethrough in GFM's spirit of avoiding accidents; keep double only.
        options.set(StrikethroughExtension.STRIKETHROUGH_STYLE_HTML_OPEN, null);
        // Flexmark's own inline parser copies the paragraph on every regex match (quadratic on long ones).
        // With a custom inline parser Flexmark leaves out its core link-reference-definition pre-processor,
        // so it is added back here, after the extensions' pre-processors as Flexmark itself orders them.
        if (!linear) {
            return Parser.builder(options).build();
        }
        return Parser.builder(options)
                .customInlineParserFactory(NonCopyingInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }
}
