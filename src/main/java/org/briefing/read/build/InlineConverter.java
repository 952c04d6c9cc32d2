package org.briefing.read.build;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.briefing.model.FootnoteRef;
import org.briefing.model.HardBreak;
import org.briefing.model.Inline;
import org.briefing.model.PlainText;
import org.briefing.model.RawHtml;
import org.briefing.model.SoftBreak;
import org.briefing.model.Strong;
import org.briefing.read.source.Nesting;

/**
 * Converts Flexmark inline nodes to model inlines. Nesting deeper than {@link Nesting#MAX_DEPTH} is flattened
 * (the text is kept, the extra emphasis levels dropped) so that no later stage recurses without bound.
 */
final class InlineConverter {
    private final Document document;
    private final Footnotes footnotes;
    /** From the parsed text's line (1-based) to the source file's, which guard rails may have shifted. */
    private final IntUnaryOperator sourceLine;
    private final SourceWarnings warnings;
    private boolean flattenedWarned;
    /** The caption and label each image with attributes gave, by identity: equal images may differ in these. */
    private final Map<org.briefing.model.Image, FigureLabels> labels = new IdentityHashMap<>();
    /** The offsets of the attribute list last read after an image; its nodes are not content. */
    private int skipFrom = -1;
    private int skipTo = -1;

    InlineConverter(Document document, Footnotes footnotes, IntUnaryOperator sourceLine, SourceWarnings warnings) {
        this.document = document;
        this.footnotes = footnotes;
        this.sourceLine = sourceLine;
        this.warnings = warnings;
    }

    /** The children of {@code parent} as inlines, adjacent texts merged. */
    List<Inline> children(Node parent) {
        return children(parent, 0);
    }

    /** The children of {@code parent} as inlines, leaving out the attribute list at {@code [from, to)}. */
    List<Inline> childrenSkipping(Node parent, int from, int to) {
        skipFrom = from;
        skipTo = to;
        return children(parent, 0);
    }

    private List<Inline> children(Node parent, int depth) {
        InlineList out = new InlineList();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (isAttributeText(child)) {
                convert(child, depth, out);
                continue;
            }
            if (HiddenHtml.opens(child)) {
                child = HiddenHtml.closing(child);
                if (child == null) {
                    break;
                }
                continue;
            }
            convert(child, depth, out);
        }
        return out.toList();
    }

    private void convert(Node node, int depth, InlineList out) {
        if (isAttributeText(node)) {
            return;
        }
        if (node instanceof Text && node.getStartOffset() < skipTo && node.getEndOffset() > skipFrom) {
            // A text around the attribute list: only what lies outside it is content.
            com.vladsch.flexmark.util.sequence.BasedSequence chars = node.getChars();
            int start = node.getStartOffset();
            out.text(chars.subSequence(0, Math.max(0, skipFrom - start)).unescape());
            out.text(chars.subSequence(Math.min(chars.length(), skipTo - start)).unescape());
            return;
        }
        if (depth >= Nesting.MAX_DEPTH && isContainer(node)) {
            // No warning: emphasis this deep is already reported by the reader's emphasis guard, and an
            // italic inside an italic looks the same flattened.
            flatten(node, out);
            return;
        }
        if (node instanceof HtmlEntity) {
            out.text(clean(entity(node.getChars().toString()), node));
        } else if (node instanceof Text) {
            out.text(node.getChars().unescape());
        } else if (node instanceof TextBase) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                convert(child, depth, out);
            }
        } else if (node instanceof TypographicSmarts smarts) {
            out.text(Escaping.unescapeHtml(smarts.getTypographicText()));
        } else if (node instanceof TypographicQuotes quotes) {
            out.text(Escaping.unescapeHtml(quotes.getTypographicOpening()));
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                convert(child, depth, out);
            }
            out.text(Escaping.unescapeHtml(quotes.getTypographicClosing()));
        } else if (node instanceof Emphasis) {
            out.add(new org.briefing.model.Emphasis(children(node, depth + 1)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Strong(children(node, depth + 1)));
        } else if (node instanceof Strikethrough) {
            out.add(new org.briefing.model.Strikethrough(children(node, depth + 1)));
        } else if (node instanceof Code code) {
            out.add(new org.briefing.model.Code(code.getText().toString()));
        } else if (node instanceof Image image) {
            out.add(image(clean(image.getUrl().unescape(), node), clean(image.getTitle().unescape(), node), node));
        } else if (node instanceof ImageRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target == null) {
                literalRef(node, depth, out);
            } else {
                out.add(image(clean(target.getUrl().unescape(), node), clean(target.getTitle().unescape(), node), node));
            }
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().unescape();
            out.add(new org.briefing.model.Link("mailto:" + address, "", List.of(new org.briefing.model.Text(address))));
        } else if (node instanceof AutoLink auto) {
            String url = auto.getUrl().unescape();
            String shown = auto.getText().isEmpty() ? url : auto.getText().unescape();
            if (url.startsWith("www.")) {
                url = "http://" + url;
            }
            link(url, "", List.of(new org.briefing.model.Text(shown)), node, out);
        } else if (node instanceof Link link) {
            link(link.getUrl().unescape(), link.getTitle().unescape(), children(node, depth + 1), node, out);
        } else if (node instanceof LinkRef ref) {
            Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
            if (target == null) {
                literalRef(node, depth, out);
            } else {
                link(target.getUrl().unescape(), target.getTitle().unescape(), children(node, depth + 1), node, out);
            }
        } else if (node instanceof Footnote ref) {
            int number = footnotes.numberFor(ref);
            if (number > 0) {
                out.add(new FootnoteRef(ref.getText().toString(), number));
            } else {
                warnings.at(line(node), column(node), "footnote " + node.getChars()
                        + " has no definition; it is shown as written. Define it: " + node.getChars() + ": …");
                out.text(node.getChars().toString());
            }
        } else if (node instanceof SoftLineBreak) {
            out.add(new SoftBreak());
        } else if (node instanceof HardLineBreak) {
            out.add(new HardBreak());
        } else if (node instanceof HtmlInlineBase) {
            String html = node.getChars().toString();
            org.briefing.model.Image image = HtmlImages.of(html, node.getStartOffset(), line(node), this::errorAt);
            out.add(image == null ? new RawHtml(html) : image);
        } else if (node.hasChildren()) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                convert(child, depth, out);
            }
        } else {
            out.text(node.getChars().unescape());
        }
    }

    /**
     * A link, or only its content when the target is not one to follow ({@link LinkTargets}): decided here
     * so that no renderer ever sees a dangerous target.
     */
    private void link(String url, String title, List<Inline> content, Node node, InlineList out) {
        String target = clean(url, node);
        if (LinkTargets.isSafe(target)) {
            out.add(new org.briefing.model.Link(target, clean(title, node), content));
            return;
        }
        warnings.at(line(node), column(node), "link target with scheme '" + LinkTargets.scheme(target)
                + ":' is not followed (only http, https, mailto and relative links are); its text is kept");
        for (Inline inline : content) {
            if (inline instanceof org.briefing.model.Text text) {
                out.text(text.text());
            } else {
                out.add(inline);
            }
        }
    }

    /**
     * {@code text} without the characters no output can carry. Those written in the source are gone before
     * parsing; these came from a character reference such as {@code &#1;}.
     */
    private String clean(String text, Node node) {
        if (!org.briefing.model.Characters.hasForbidden(text)) {
            return text;
        }
        warnings.at(line(node), column(node), "removed a character reference to a control character or "
                + "noncharacter; no PDF or EPUB can show it");
        return org.briefing.model.Characters.withoutForbidden(text);
    }

    /**
     * Warns, once per document, that nesting past {@code maxDepth} levels was flattened at {@code node}:
     * the text is kept but not the structure the writer asked for.
     */
    void warnFlattened(Node node, String what, int maxDepth) {
        if (!flattenedWarned) {
            flattenedWarned = true;
            warnings.at(line(node), column(node), what + " nested more than " + maxDepth
                    + " levels deep: the deeper levels are flattened, their text kept");
        }
    }

    /** Warns at {@code node}'s place in the source. */
    void warnAt(Node node, String message) {
        warnings.at(line(node), column(node), message);
    }

    /** The source file's 1-based line of a node. */
    int line(Node node) {
        return sourceLine.applyAsInt(node.getStartLineNumber() + 1);
    }

    /** The 1-based column of a node's start in its line. */
    private int column(Node node) {
        return columnAt(node.getStartOffset());
    }

    /** The 1-based column, in code points, of {@code offset} in its line of the parsed text. */
    private int columnAt(int offset) {
        com.vladsch.flexmark.util.sequence.BasedSequence chars = document.getChars();
        int lineStart = offset;
        while (lineStart > 0 && chars.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return Character.codePointCount(chars, lineStart, offset) + 1;
    }

    /** An undefined reference like {@code [foo]} is literal text in CommonMark, with its inner markup. */
    private void literalRef(Node node, int depth, InlineList out) {
        com.vladsch.flexmark.ast.RefNode ref = (com.vladsch.flexmark.ast.RefNode) node;
        if (!node.hasChildren() || ref.getTextClosingMarker().isEmpty()) {
            out.text(Escaping.unescapeString(node.getChars().toString()));
            return;
        }
        out.text(node instanceof ImageRef ? "![" : "[");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            convert(child, depth, out);
        }
        int tail = ref.getTextClosingMarker().getStartOffset() - node.getStartOffset();
        out.text(Escaping.unescapeString(node.getChars().subSequence(tail).toString()));
    }

    /** The image of {@code node}, sized by the attribute list that directly follows it, if one does. */
    private org.briefing.model.Image image(String url, String title, Node node) {
        String alt = PlainText.of(children(node, Nesting.MAX_DEPTH));
        org.briefing.model.Image image = new org.briefing.model.Image(url, alt, title, line(node));
        int end = node.getEndOffset();
        com.vladsch.flexmark.util.sequence.BasedSequence chars = document.getChars();
        if (end >= chars.length() || chars.charAt(end) != '{') {
            return image;
        }
        AttributeList attributes = AttributeList.parse(chars, end, blockEnd(node), this::errorAt);
        skipFrom = attributes.start();
        skipTo = attributes.end();
        image = ImageAttributes.apply(image, attributes, this::errorAt);
        labels.put(image, ImageAttributes.labels(attributes));
        return image;
    }

    /**
     * Whether {@code node} lies inside the attribute list last read, or starts inside it (a text running on
     * past the closing brace is cut instead): its text is markup, not content.
     */
    private boolean isAttributeText(Node node) {
        return node.getStartOffset() >= skipFrom && node.getStartOffset() < skipTo
                && !(node instanceof Text && node.getEndOffset() > skipTo);
    }

    /** The end of the block (or table cell) holding {@code node}: an attribute list cannot run past it. */
    private static int blockEnd(Node node) {
        Node holder = node.getParent();
        while (holder != null && !(holder instanceof com.vladsch.flexmark.util.ast.Block)
                && !(holder instanceof com.vladsch.flexmark.ext.tables.TableCell)) {
            holder = holder.getParent();
        }
        return holder == null ? node.getDocument().getChars().length() : holder.getEndOffset();
    }

    /** The caption and label the attributes of {@code image} gave (converted by this converter), if any. */
    FigureLabels labels(org.briefing.model.Image image) {
        return labels.getOrDefault(image, FigureLabels.NONE);
    }

    /** An input error at {@code offset} in the parsed text, naming the source file's line and column. */
    org.briefing.model.InputException errorAt(int offset, String message) {
        int line = sourceLine.applyAsInt(document.getLineNumber(offset) + 1);
        return org.briefing.model.InputException.at(warnings.file(), line, columnAt(offset), message);
    }

    /** Compiled once: a paragraph of tens of thousands of references spent most of its time compiling it. */
    private static final java.util.regex.Pattern OVERLONG_NUMERIC_REFERENCE =
            java.util.regex.Pattern.compile("&#[0-9]{8,};|&#[xX][0-9a-fA-F]{7,};");

    /** CommonMark allows 1–7 decimal or 1–6 hex digits; Flexmark decodes longer ones, which must stay literal. */
    private static String entity(String chars) {
        if (OVERLONG_NUMERIC_REFERENCE.matcher(chars).matches()) {
            return chars;
        }
        return Escaping.unescapeString(chars);
    }

    private static boolean isContainer(Node node) {
        return node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Strikethrough
                || node instanceof Link || node instanceof LinkRef || node instanceof TypographicQuotes;
    }

    /** Keeps the text of a too-deep subtree, walking it with an explicit stack rather than recursion. */
    private void flatten(Node root, InlineList out) {
        // Holds nodes still to visit and closing quotation marks still to write, in document order.
        java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            if (next instanceof String closing) {
                out.text(closing);
                continue;
            }
            Node node = (Node) next;
            if (isContainer(node) || node instanceof TextBase) {
                if (node instanceof TypographicQuotes quotes) {
                    out.text(Escaping.unescapeHtml(quotes.getTypographicOpening()));
                    stack.push(Escaping.unescapeHtml(quotes.getTypographicClosing()));
                }
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    stack.push(child);
                }
            } else {
                convert(node, Nesting.MAX_DEPTH, out);
            }
        }
    }

    /** Collects inlines, merging adjacent text so that renderers see whole runs. */
    private static final class InlineList {
        private final List<Inline> items = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();

        void text(CharSequence text) {
            pending.append(text);
        }

        void add(Inline inline) {
            flush();
            items.add(inline);
        }

        List<Inline> toList() {
            flush();
            return items;
        }

        private void flush() {
            if (pending.length() > 0) {
                items.add(new org.briefing.model.Text(pending.toString()));
                pending.setLength(0);
            }
        }
    }
}
