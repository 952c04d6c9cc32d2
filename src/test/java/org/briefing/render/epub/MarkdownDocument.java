package org.briefing.render.epub;

import org.briefing.model.Document;
import org.briefing.read.MarkdownReader;

/** A small Markdown body with a fixed front matter, read by the real reader, for focused tests. */
record MarkdownDocument(String body) {
    Document document() {
        String text = "---\ntitle: Test briefing\norganization: Test Institute\ndate: 2024-01\n---\n\n" + body;
        return new MarkdownReader().parse(text, "test.md");
    }
}
