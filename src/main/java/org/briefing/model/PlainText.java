package org.briefing.model;

import java.util.List;

/** Flattens inlines to the plain text a reader sees (for alt text, bookmarks, metadata, search). */
public final class PlainText extends InlineWalker {
    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    /** The visible text of the inlines: breaks become spaces, markup is dropped, footnote refs vanish. */
    public static String of(List<Inline> inlines) {
        PlainText text = new PlainText();
        text.walk(inlines);
        return text.out.toString();
    }

    @Override
    public Void text(Text text) {
        out.append(text.text());
        return null;
    }

    @Override
    public Void code(Code code) {
        out.append(code.code());
        return null;
    }

    @Override
    public Void image(Image image) {
        out.append(image.alt());
        return null;
    }

    @Override
    public Void softBreak(SoftBreak softBreak) {
        out.append(' ');
        return null;
    }

    @Override
    public Void hardBreak(HardBreak hardBreak) {
        out.append(' ');
        return null;
    }
}
