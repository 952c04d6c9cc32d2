package org.briefing.hostile;

import static org.briefing.hostile.Fixtures.bodyLine;
import static org.briefing.hostile.Fixtures.lineOf;
import static org.briefing.hostile.Fixtures.themeExtendingMemo;
import static org.briefing.hostile.Fixtures.write;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Font files a theme names and image files a source names that are broken, empty, not what their name
 * says, huge, remote, outside the source folder, or not files at all. A broken font is bad input naming
 * the theme's line; a broken image is bad input naming the source's line; a remote image is a warning.
 */
final class FontAndImageCases {
    private FontAndImageCases() {
    }

    static List<HostileCase> all() throws Exception {
        List<HostileCase> cases = new ArrayList<>();
        fonts(cases);
        images(cases);
        return cases;
    }

    private static void fonts(List<HostileCase> cases) throws Exception {
        byte[] noto = Files.readAllBytes(Fixtures.NOTO_SANS);
        font(cases, "a .ttf that is text", "This is not a font.\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        font(cases, "truncated TrueType (first 1000 bytes)", Fixtures.truncated(noto, 1000));
        font(cases, "truncated TrueType (first half)", Fixtures.truncated(noto, noto.length / 2));
        font(cases, "zero-byte font", new byte[0]);
        font(cases, "a PNG named .ttf", Fixtures.png(2, 2));
        String missing = themeExtendingMemo("fonts:\n  families:\n    serif: {regular: fonts/None.ttf}");
        cases.addAll(Cases.pdfAndEpub("font", "missing font", dir -> {
            Fixtures.source(bodyLine("Text.")).prepare(dir);
            write(dir, "theme.yaml", missing);
        }, Expect.bad("theme.yaml:" + lineOf(missing, "None.ttf")), "--style", "theme.yaml"));
        String folder = themeExtendingMemo("fonts:\n  families:\n    serif: {regular: fonts}");
        cases.add(Cases.pdf("font", "font path a folder", dir -> {
            Fixtures.source(bodyLine("Text.")).prepare(dir);
            Files.createDirectories(dir.resolve("fonts"));
            write(dir, "theme.yaml", folder);
        }, Expect.bad("theme.yaml:" + lineOf(folder, "regular: fonts")), "--style", "theme.yaml"));
        String fallback = themeExtendingMemo("fonts:\n  fallback:\n    - fonts/Text.ttf");
        cases.add(Cases.pdf("font", "fallback font that is text", dir -> {
            Fixtures.source(bodyLine("Text \u4E2D\u6587.")).prepare(dir);
            write(dir, "fonts/Text.ttf", "not a font");
            write(dir, "theme.yaml", fallback);
        }, Expect.bad("theme.yaml:" + lineOf(fallback, "Text.ttf")), "--style", "theme.yaml"));
    }

    /** The theme's regular serif face replaced by {@code bytes}: bad input naming the theme line. */
    private static void font(List<HostileCase> cases, String name, byte[] bytes) {
        String theme = themeExtendingMemo("fonts:\n  families:\n    serif: {regular: fonts/Bad.ttf}");
        HostileCase.Setup setup = dir -> {
            Fixtures.source(bodyLine("Text.")).prepare(dir);
            write(dir, "fonts/Bad.ttf", bytes);
            write(dir, "theme.yaml", theme);
        };
        cases.addAll(Cases.pdfAndEpub("font", name, setup, Expect.bad("theme.yaml:" + lineOf(theme, "Bad.ttf")),
                "--style", "theme.yaml"));
    }

    private static void images(List<HostileCase> cases) throws Exception {
        byte[] png = Fixtures.png(40, 30);
        byte[] jpeg = Fixtures.jpeg(40, 30);
        image(cases, "truncated PNG", "chart.png", Fixtures.truncated(png, png.length / 2), Expect.bad("memo.md:3"));
        image(cases, "PNG cut after the header", "chart.png", Fixtures.truncated(png, 33), Expect.bad("memo.md:3"));
        image(cases, "truncated JPEG", "chart.jpg", Fixtures.truncated(jpeg, jpeg.length / 2), Expect.bad("memo.md:3"));
        image(cases, "zero-byte PNG", "chart.png", new byte[0], Expect.bad("memo.md:3"));
        image(cases, "text named .png", "chart.png", "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Expect.bad("memo.md:3"));
        image(cases, "JPEG named .png", "chart.png", jpeg, Expect.ok());
        image(cases, "1x1 PNG", "chart.png", Fixtures.png(1, 1), Expect.ok());
        image(cases, "1x4000 PNG", "chart.png", Fixtures.png(1, 4000), Expect.ok());
        image(cases, "header claiming 100000x100000 (bomb)", "bomb.png", Fixtures.pngClaiming(100_000, 100_000),
                Expect.bad("memo.md:3"));
        image(cases, "header claiming 2^31-1 x 1", "bomb.png", Fixtures.pngClaiming(Integer.MAX_VALUE, 1),
                Expect.bad("memo.md:3"));
        image(cases, "header claiming 0x0", "zero.png", Fixtures.pngClaiming(0, 0), Expect.bad("memo.md:3"));
        HostileCase.Setup inline = dir -> {
            write(dir, "source/dot.png", Fixtures.png(8, 8));
            Fixtures.source(bodyLine("Text with ![a dot](dot.png) inline.")).prepare(dir);
        };
        cases.addAll(Cases.pdfAndEpub("image", "inline image in a paragraph", inline, Expect.ok()));
        cases.addAll(Cases.pdfAndEpub("image", "inline image missing",
                Fixtures.source(bodyLine("Text with ![gone](gone.png) inline.")), Expect.bad("memo.md:3")));
        cases.addAll(Cases.pdfAndEpub("image", "inline remote image",
                Fixtures.source(bodyLine("Text ![remote](https://example.org/x.png) inline.")), Expect.warns("memo.md:3")));
        cases.addAll(Cases.pdfAndEpub("image", "remote figure",
                Fixtures.source(bodyLine("![remote](http://example.org/x.png)")), Expect.warns("memo.md:3")));
        cases.addAll(Cases.pdfAndEpub("image", "path escaping the source folder (../x.png)", dir -> {
            write(dir, "x.png", png);
            Fixtures.source(bodyLine("![out](../x.png)")).prepare(dir);
        }, Expect.bad("memo.md:3")));
        cases.addAll(Cases.pdfAndEpub("image", "absolute path outside", dir -> {
            write(dir, "x.png", png);
            Fixtures.source(bodyLine("![abs](" + dir.resolve("x.png").toAbsolutePath() + ")")).prepare(dir);
        }, Expect.bad("memo.md:3")));
        cases.add(Cases.pdf("image", "symbolic link leading out", dir -> {
            write(dir, "x.png", png);
            Files.createSymbolicLink(dir.resolve("source/link.png"), dir.resolve("x.png"));
            Fixtures.source(bodyLine("![link](link.png)")).prepare(dir);
        }, Expect.bad("memo.md:3")));
        cases.addAll(Cases.pdfAndEpub("image", "image that is a folder", dir -> {
            Files.createDirectories(dir.resolve("source/chart.png"));
            Fixtures.source(bodyLine("![folder](chart.png)")).prepare(dir);
        }, Expect.bad("memo.md:3")));
        // As processes: an image that never opens or never ends must not take the test JVM down with it.
        for (String format : java.util.List.of("pdf", "epub")) {
            cases.add(new HostileCase("image: process: image that is a FIFO → " + format, dir -> {
                Launches.system(dir.resolve("source"), "mkfifo", "pipe.png");
                Fixtures.source(bodyLine("![fifo](pipe.png)")).prepare(dir);
            }, Launches.process(java.util.Map.of(), format, Cases.SOURCE), Expect.bad("memo.md:3")));
        }
        cases.add(new HostileCase("image: process: image /dev/zero by absolute path → epub",
                Fixtures.source(bodyLine("![zero](/dev/zero)")), Launches.process(java.util.Map.of(), "epub", Cases.SOURCE),
                Expect.bad("memo.md:3")));
        cases.add(Cases.pdf("image", "file: URL to /etc/passwd",
                Fixtures.source(bodyLine("![p](file:///etc/passwd)")), Expect.bad("memo.md:3")).and(Checks.errorLacks("root:")));
    }

    /** A figure on line 3 showing {@code file} written into source/, as PDF and as EPUB. */
    private static void image(List<HostileCase> cases, String name, String file, byte[] bytes, Expect expect) {
        HostileCase.Setup setup = dir -> {
            write(dir, "source/" + file, bytes);
            Fixtures.source(bodyLine("![Chart](" + file + ")")).prepare(dir);
        };
        cases.addAll(Cases.pdfAndEpub("image", name, setup, expect));
    }
}
