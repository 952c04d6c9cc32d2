package org.briefing.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.bench.LongBriefing;
import org.briefing.model.Document;
import org.briefing.model.Metadata;
import org.briefing.read.MarkdownReader;
import org.briefing.render.RenderJob;
import org.briefing.render.RenderOptions;
import org.briefing.render.Resources;
import org.briefing.render.pdf.font.FontLibrary;
import org.briefing.render.pdf.layout.flow.DocumentLayouter;
import org.briefing.render.pdf.layout.frame.LaidOutDocument;
import org.briefing.render.pdf.layout.inline.Hyphenation;
import org.briefing.render.pdf.layout.inline.KnuthPlassLineBreaker;
import org.briefing.render.pdf.paint.DocumentInfo;
import org.briefing.render.pdf.paint.PdfPainter;
import org.briefing.render.pdf.paint.PdfStandard;
import org.junit.jupiter.api.Test;

/**
 * Paragraphs set on helper threads give the very same PDF bytes as on one thread: the flow takes lines back
 * in document order, and shaping caches, glyph texts and font numbering do not depend on which thread got
 * to a word first.
 */
class ParallelSettingTest {
    /** Threads that hyphenated a word, to show the helpers really set paragraphs. */
    private final Set<String> hyphenatingThreads = ConcurrentHashMap.newKeySet();

    @Test
    void theLongBriefingIsTheSameSetOnOneThreadOrSeveral() throws IOException {
        String seed = Files.readString(PdfFixtures.SEED);
        Document doc = new MarkdownReader().parse(LongBriefing.of(seed, 12), "long.md");
        byte[] sequential = render(doc, Resources.NONE, 0);
        assertTrue(hyphenatingThreads.stream().noneMatch(t -> t.startsWith("briefing-setting")), "no helpers");
        assertArrayEquals(sequential, render(doc, Resources.NONE, 1));
        assertTrue(hyphenatingThreads.stream().anyMatch(t -> t.startsWith("briefing-setting")),
                "a helper set paragraphs: " + hyphenatingThreads);
        assertArrayEquals(sequential, render(doc, Resources.NONE, 3));
    }

    @Test
    void everyKindOfBlockIsTheSameSetOnOneThreadOrSeveral() {
        Document doc = PdfFixtures.read(PdfFixtures.EVERY_BLOCK);
        Resources images = PdfFixtures.resourcesFor(PdfFixtures.EVERY_BLOCK);
        assertArrayEquals(render(doc, images, 0), render(doc, images, 2));
    }

    @Test
    void footnotesAndScriptsAreTheSameSetOnOneThreadOrSeveral() {
        // Many notes (set while the body is still being taken), bold and italic faces first met on a helper,
        // and fallback faces (CJK, symbols) and a no-break space sharing a glyph with the space.
        StringBuilder md = new StringBuilder("---\ntitle: Notes\n---\n\n");
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            md.append("Paragraph ").append(i).append(" of a memo about cooperation,\u00a0with *emphasis*, **strong** ")
                    .append(i % 7 == 0 ? "中文字符 and ✓ marks " : "").append("and a note.[^n").append(i)
                    .append("]\n\n");
            notes.add("[^n" + i + "]: Note " + i + " explains the paragraph's source at some considerable length.");
        }
        md.append(String.join("\n", notes)).append('\n');
        Document doc = new MarkdownReader().parse(md.toString(), "notes.md");
        assertArrayEquals(render(doc, Resources.NONE, 0), render(doc, Resources.NONE, 2));
    }

    private byte[] render(Document doc, Resources resources, int helpers) {
        RenderJob job = new RenderJob(doc, PdfFixtures.theme(), resources, w -> { },
                RenderOptions.defaults().withTimestamp(PdfFixtures.TIME));
        FontLibrary fonts = new FontLibrary(job.theme());
        Hyphenation words = DocumentHyphenation.of(job.theme().typography(), doc.metadata().lang(),
                doc.sourceName(), job.warnings());
        Hyphenation recorded = word -> {
            hyphenatingThreads.add(Thread.currentThread().getName());
            return words.points(word);
        };
        LaidOutDocument laidOut = new DocumentLayouter(job.theme(), fonts, new KnuthPlassLineBreaker(),
                new ImageLoader(resources, job.warnings(), doc.sourceName()), recorded, null, helpers)
                .layoutWithStructure(doc);
        Metadata meta = doc.metadata();
        DocumentInfo info = new DocumentInfo(meta.title(), meta.organization(), meta.subtitle(), meta.keywords(),
                meta.lang(), PdfFixtures.TIME, "Briefing (Apache PDFBox)");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfPainter(fonts, info, PdfStandard.of("ua1+a2a"), laidOut.structure()).paint(laidOut.pages(), out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
