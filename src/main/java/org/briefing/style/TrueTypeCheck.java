package org.briefing.style;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.briefing.model.InputFiles;
import org.briefing.sfnt.TableDirectory;

/**
 * Checks, when the theme is loaded, that a font file is a whole TrueType font (for a collection, its first
 * font, the one the renderers use): the table directory must lie in the file, every table it lists too, and
 * the tables the renderers read must be there. A file that is not a font, or was cut short in a download,
 * is then refused at the theme line that named it instead of failing deep in a render. The file is mapped,
 * not read, so only the directory's pages are touched and loading a theme stays cheap.
 */
final class TrueTypeCheck {
    private static final int TRUE_TYPE = 0x00010000;
    private static final int APPLE_TRUE = 0x74727565; // 'true'
    private static final int COLLECTION = 0x74746366; // 'ttcf'
    private static final int CFF = 0x4F54544F; // 'OTTO'
    private static final List<String> REQUIRED = List.of("cmap", "head", "hhea", "hmtx", "maxp", "loca", "glyf");

    private TrueTypeCheck() {
    }

    /** What is wrong with the font file, or null when its structure is sound. */
    static String problem(Path file) {
        ByteBuffer font;
        try {
            // Opening a FIFO for reading blocks: look at what the file is before opening it.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return attributes.isDirectory() ? "is a folder, not a font file"
                        : "is not a regular file (a pipe, device or socket cannot be read)";
            }
            if (attributes.size() > InputFiles.FONT_LIMIT) {
                return "is " + attributes.size() + " bytes, over the limit of "
                        + InputFiles.FONT_LIMIT / (1024 * 1024) + " MiB for a font";
            }
        } catch (IOException e) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            font = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        } catch (IOException | IllegalArgumentException e) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        if (font.limit() < 16) {
            return "is not a TrueType font (" + font.limit() + " bytes)";
        }
        int magic = font.getInt(0);
        int start = magic == COLLECTION ? font.getInt(12) : 0;
        int version = start >= 0 && start <= font.limit() - 4 ? font.getInt(start) : 0;
        if (version == CFF) {
            return "holds CFF (PostScript) outlines, which cannot be subset; use a TrueType (.ttf) font";
        }
        if (version != TRUE_TYPE && version != APPLE_TRUE) {
            return magic == COLLECTION ? "is truncated or damaged (the collection's first font is not TrueType)"
                    : "is not a TrueType font";
        }
        TableDirectory directory;
        try {
            directory = TableDirectory.of(font);
        } catch (IOException e) {
            return "is truncated or damaged (" + printable(e.getMessage()) + ")";
        }
        for (String table : REQUIRED) {
            if (directory.find(table).isEmpty()) {
                return "is not a usable TrueType font (it has no '" + table + "' table)";
            }
        }
        return null;
    }

    /** A message as text; a damaged file's bytes (a table tag) are not printed as they are. */
    private static String printable(String message) {
        StringBuilder text = new StringBuilder();
        for (char c : String.valueOf(message).toCharArray()) {
            text.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return text.toString();
    }
}
