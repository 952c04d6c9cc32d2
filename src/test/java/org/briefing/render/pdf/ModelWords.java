package org.briefing.render.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Block;
import org.briefing.model.BlockQuote;
import org.briefing.model.CodeBlock;
import org.briefing.model.Figure;
import org.briefing.model.Heading;
import org.briefing.model.HtmlBlock;
import org.briefing.model.ListBlock;
import org.briefing.model.ListItem;
import org.briefing.model.Paragraph;
import org.briefing.model.PlainText;
import org.briefing.model.Table;
import org.briefing.model.TableRow;

/** The words of a document's blocks in reading order, for checking extracted PDF text. */
final class ModelWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ModelWords() {
    }

    static List<String> of(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        Deque<Block> stack = new ArrayDeque<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            stack.push(blocks.get(i));
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            List<Block> children = new ArrayList<>();
            if (b instanceof Heading h) {
                text.append(PlainText.of(h.content()));
            } else if (b instanceof Paragraph p) {
                text.append(PlainText.of(p.content()).replaceAll("<[^>]*>", " "));
            } else if (b instanceof CodeBlock c) {
                text.append(c.code());
            } else if (b instanceof HtmlBlock h) {
                text.append(h.html().replaceAll("<[^>]*>", " ").replace("&amp;", "&"));
            } else if (b instanceof Figure f) {
                text.append(PlainText.of(f.caption())); // the caption, never the alt text
            } else if (b instanceof Table t) {
                List<TableRow> rows = new ArrayList<>(t.head());
                rows.addAll(t.body());
                for (TableRow row : rows) {
                    row.cells().forEach(cell -> text.append(PlainText.of(cell)).append(' '));
                }
            } else if (b instanceof BlockQuote q) {
                children.addAll(q.blocks());
            } else if (b instanceof ListBlock l) {
                for (ListItem item : l.items()) {
                    children.addAll(item.blocks());
                }
            }
            text.append(' ');
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return words(text.toString());
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The first word not found in order in {@code extracted} (white space ignored), or null. */
    static String firstMissingInOrder(List<String> words, String extracted) {
        String flat = extracted.replaceAll("\\s+", "");
        int at = 0;
        for (String w : words) {
            int found = flat.indexOf(w, at);
            if (found < 0) {
                return w + " (after …" + flat.substring(Math.max(0, at - 40), at) + ")";
            }
            at = found + w.length();
        }
        return null;
    }
}
