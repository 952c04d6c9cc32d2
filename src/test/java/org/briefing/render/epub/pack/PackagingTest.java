package org.briefing.render.epub.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefing.model.BriefingException;
import org.junit.jupiter.api.Test;

/** epub4j's EPUB 2 package document and NCX, the upgrade to EPUB 3.3 and the deterministic container. */
class PackagingTest {
    private static final Instant TIME = Instant.parse("2020-05-06T07:08:09Z");

    static BookPlan plan() {
        byte[] page = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>t</title></head><body><p>x</p></body></html>").getBytes(StandardCharsets.UTF_8);
        PackageMetadata meta = new PackageMetadata("urn:uuid:00000000-0000-3000-8000-000000000000", "Title & <more>",
                "Sub", "de", List.of("Org One"), "Org One", "2017-02", "About it.", List.of("k1", "k2"), TIME,
                List.of(new PackageMetadata.Property("schema:accessMode", "textual")));
        return new BookPlan(meta, List.of(
                new BookFile("text/nav.xhtml", "application/xhtml+xml", page),
                new BookFile("text/a.xhtml", "application/xhtml+xml", page),
                new BookFile("images/cover.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5}),
                new BookFile("fonts/x.ttf", "font/ttf", new byte[] {0, 1, 0, 0})),
                List.of("text/a.xhtml", "text/nav.xhtml"),
                List.of(new BookPlan.TocEntry(1, "A", "text/a.xhtml"), new BookPlan.TocEntry(2, "A.1", "text/a.xhtml#x")),
                "text/nav.xhtml", "images/cover.png");
    }

    @Test
    void epub4jWritesEpub2WhichTheUpgradeTurnsIntoEpub33() {
        BookPlan plan = plan();
        Epub4jPackager.Epub2 epub2 = Epub4jPackager.write(plan);
        String opf2 = new String(IndentedXml.bytes(epub2.opf().getDocumentElement()), StandardCharsets.UTF_8);
        assertTrue(opf2.contains("version=\"2.0\"") && opf2.contains("opf:"), "the library quirk this step exists for");

        Map<String, byte[]> entries = entries(EpubContainer.write(plan));
        String opf = new String(entries.get("OEBPS/content.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("version=\"3.0\""), opf);
        assertTrue(opf.contains("xml:lang=\"de\""), opf);
        assertFalse(opf.contains("opf:"), opf);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2020-05-06T07:08:09Z</meta>"), opf);
        assertTrue(opf.contains("<dc:creator id=\"creator-1\">Org One</dc:creator>"), opf);
        assertTrue(opf.contains("<meta property=\"role\" refines=\"#creator-1\" scheme=\"marc:relators\">aut</meta>"), opf);
        assertTrue(opf.contains("<meta property=\"title-type\" refines=\"#subtitle-1\">subtitle</meta>"), opf);
        assertTrue(opf.contains("Title &amp; &lt;more&gt;"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessMode\">textual</meta>"), opf);
        assertTrue(opf.matches("(?s).*<item href=\"text/nav.xhtml\"[^>]*properties=\"nav\".*"), opf);
        assertTrue(opf.matches("(?s).*<item href=\"images/cover.png\"[^>]*properties=\"cover-image\".*"), opf);
        assertTrue(opf.matches("(?s).*href=\"fonts/x.ttf\"[^>]*media-type=\"font/ttf\".*"), opf);
        assertFalse(opf.contains("<guide"), "an empty guide is invalid in EPUB 3");
        assertTrue(opf.indexOf("text-a-xhtml\"/>") < opf.indexOf("text-nav-xhtml\"/>"), "spine order kept");

        String ncx = new String(entries.get("OEBPS/toc.ncx"), StandardCharsets.UTF_8);
        assertTrue(ncx.contains("name=\"dtb:uid\"") && !ncx.contains("dtb:UUID"), ncx);
        assertTrue(ncx.contains("<text>Org One</text>"), ncx);
        assertTrue(ncx.contains("text/a.xhtml#x"), ncx);
    }

    @Test
    void theContainerHoldsEachPlannedFileOnceWithItsBytesBesideThePackageFiles() {
        BookPlan plan = plan();
        Map<String, byte[]> entries = entries(EpubContainer.write(plan));
        Set<String> expected = new TreeSet<>(Set.of("mimetype", "META-INF/container.xml", "OEBPS/content.opf",
                "OEBPS/toc.ncx"));
        for (BookFile file : plan.files()) {
            expected.add(EpubContainer.ROOT + file.href());
            assertArrayEquals(file.bytes(), entries.get(EpubContainer.ROOT + file.href()), file.href());
        }
        assertEquals(expected, entries.keySet());
        assertTrue(new String(entries.get("META-INF/container.xml"), StandardCharsets.US_ASCII)
                .contains("full-path=\"OEBPS/content.opf\""));
    }

    @Test
    void containerHasMimetypeFirstStoredThenSortedEntriesWithOneTimestamp() throws Exception {
        byte[] epub = EpubContainer.write(plan());
        assertEquals("PK", new String(epub, 0, 2, StandardCharsets.US_ASCII));
        assertEquals("mimetypeapplication/epub+zip", new String(epub, 30, 28, StandardCharsets.US_ASCII),
                "mimetype first, stored, with no extra field");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(java.time.LocalDateTime.of(2020, 5, 6, 7, 8, 8), e.getTimeLocal(),
                        "DOS time of " + e.getName());
                boolean stored = e.getName().equals("mimetype") || e.getName().endsWith(".png");
                assertEquals(stored ? ZipEntry.STORED : ZipEntry.DEFLATED, e.getMethod(), e.getName());
            }
        }
        assertEquals("mimetype", names.get(0));
        List<String> rest = new ArrayList<>(names.subList(1, names.size()));
        List<String> sorted = new ArrayList<>(rest);
        sorted.sort(null);
        assertEquals(sorted, rest);
    }

    @Test
    void compressedMediaAreStoredAsTheyAreAndReadBackWhole() throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        byte[] repetitive = new byte[20_000];
        java.util.Arrays.fill(repetitive, (byte) 'a');
        for (String name : List.of("OEBPS/images/a.png", "OEBPS/images/b.JPG", "OEBPS/images/c.jpeg",
                "OEBPS/images/d.gif", "OEBPS/fonts/e.woff", "OEBPS/fonts/f.woff2", "OEBPS/fonts/g.ttf",
                "OEBPS/text/h.xhtml", "OEBPS/images/i.png.txt")) {
            entries.put(name, repetitive);
        }
        byte[] zip = DeterministicZip.write(entries, TIME);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("stored", ".zip");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile read = new java.util.zip.ZipFile(file.toFile())) {
                for (Map.Entry<String, byte[]> expected : entries.entrySet()) {
                    ZipEntry e = read.getEntry(expected.getKey());
                    boolean stored = expected.getKey().matches("(?i).*\\.(png|jpe?g|gif|woff2?)");
                    assertEquals(stored ? ZipEntry.STORED : ZipEntry.DEFLATED, e.getMethod(), e.getName());
                    assertEquals(stored ? repetitive.length : e.getCompressedSize(), e.getCompressedSize(), e.getName());
                    assertTrue(stored || e.getCompressedSize() < 1000, e.getName() + " is deflated");
                    assertArrayEquals(expected.getValue(), read.getInputStream(e).readAllBytes(), e.getName());
                }
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void containerBytesDoNotDependOnTheTimeZone() {
        Map<String, byte[]> entries = new TreeMap<>(Map.of("b.txt", new byte[] {1}, "a.txt", new byte[] {2}));
        byte[] utc = DeterministicZip.write(entries, TIME);
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            assertArrayEquals(utc, DeterministicZip.write(entries, TIME));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void containerBytesDoNotDependOnHowManyThreadsDeflate() throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 9; i++) {
            byte[] bytes = new byte[1000 + 40_000 * (i % 4)];
            for (int j = 0; j < bytes.length; j++) {
                bytes[j] = (byte) (j % 7 == 0 ? random.nextInt() : j / 100);
            }
            entries.put("OEBPS/f" + i + ".bin", bytes);
        }
        byte[] alone = DeterministicZip.write(entries, TIME, 0);
        for (int helpers = 1; helpers <= 4; helpers++) {
            assertArrayEquals(alone, DeterministicZip.write(entries, TIME, helpers), helpers + " helpers");
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(alone))) {
            assertEquals("mimetype", in.getNextEntry().getName());
            for (Map.Entry<String, byte[]> expected : entries.entrySet()) {
                assertEquals(expected.getKey(), in.getNextEntry().getName());
                assertArrayEquals(expected.getValue(), in.readAllBytes(), expected.getKey());
            }
            assertEquals(null, in.getNextEntry());
        }
    }

    @Test
    void aFilePlannedTwiceFailsWithItsName() {
        BookPlan plan = plan();
        List<BookFile> files = new ArrayList<>(plan.files());
        files.add(new BookFile("text/a.xhtml", "application/xhtml+xml", new byte[] {1}));
        BookPlan twice = new BookPlan(plan.metadata(), files, plan.spine(), plan.toc(), plan.navHref(), plan.coverHref());
        BriefingException e = assertThrows(BriefingException.class, () -> EpubContainer.write(twice));
        assertTrue(e.getMessage().contains("'text/a.xhtml' is in the book twice"), e.getMessage());
    }

    @Test
    void aSpineEntryThatIsNotAFileFailsWithItsName() {
        BookPlan plan = plan();
        BookPlan broken = new BookPlan(plan.metadata(), plan.files(), List.of("text/missing.xhtml"), plan.toc(),
                plan.navHref(), plan.coverHref());
        BriefingException e = assertThrows(BriefingException.class, () -> Epub4jPackager.write(broken));
        assertTrue(e.getMessage().contains("text/missing.xhtml"), e.getMessage());
    }

    /** The entries of a zip, by name, sorted. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }
}
