package org.briefing.read.source;

import org.briefing.model.Warnings;

/**
 * A source made ready for the parser, by passes over the raw text alone: the characters no output can carry
 * removed, the YAML front matter split off (or refused when it cannot be a mapping), and the guard rails
 * applied to the Markdown body ({@link ParseGuards}). Keeps the way back from the body's lines to the file's.
 */
public final class PreparedSource {
    /** Lines before the front matter's YAML text in the file (the opening fence). */
    public static final int YAML_LINE_OFFSET = FrontMatter.YAML_LINE_OFFSET;

    private final String frontMatter;
    private final GuardedSource guarded;
    /** The guarded body with table captions spaced from their tables ({@link CaptionSpacing}). */
    private final GuardedSource body;

    private PreparedSource(String frontMatter, GuardedSource guarded) {
        this.frontMatter = frontMatter;
        this.guarded = guarded;
        this.body = CaptionSpacing.apply(guarded.text());
    }

    /** Prepares source text; {@code file} names the source in warnings and errors. */
    public static PreparedSource of(String text, String file, Warnings warnings) {
        String clean = ForbiddenCharacterGuard.strip(text, file, warnings);
        FrontMatter split = FrontMatter.split(clean, file);
        if (split.yaml() == null) {
            FrontMatter.refuseNonMapping(clean, file);
        }
        return new PreparedSource(split.yaml(), ParseGuards.apply(split.body(), file, warnings));
    }

    /** The YAML text between the front matter's fences, or null when the source has none. */
    public String frontMatter() {
        return frontMatter;
    }

    /** The Markdown body to parse, with the front matter's lines left blank so that line numbers agree. */
    public String body() {
        return body.text();
    }

    /** The source file's line (1-based) of the body's line {@code line} (1-based); guard rails may insert lines. */
    public int sourceLine(int line) {
        return guarded.sourceLine(body.sourceLine(line));
    }
}
