package org.briefing.render.epub.cover;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.briefing.model.BriefingException;
import org.briefing.render.epub.style.FontFacts;
import org.briefing.sfnt.TableDirectory;

/**
 * A TrueType font (or the first font of a collection) read for drawing: which glyph shows a character
 * ({@link FontFacts}' cmap reader), how far it advances ({@code hmtx}) and its outline ({@code glyf}),
 * read straight from the mapped file, only for the glyphs drawn. The cover draws these outlines itself
 * rather than through Java2D's text stack, whose start-up (font manager, fontconfig, font file
 * registration, line layout) was most of painting a cover (profile), and which needs fontconfig, which
 * slim server images lack. Not through fontbox either: its parser reads every table whole up front (the
 * advances and glyph offsets of every glyph, dates as calendars), which on the cover's thread was about
 * a third of the cover's own work in a cold run (profile), for the few dozen glyphs a cover shows.
 */
final class OutlineFont {
    /** Composite glyphs nest a few levels in practice; deeper nesting or more parts is a broken font. */
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PARTS = 512;
    private static final int ON_CURVE = 0x01;
    private static final int X_SHORT = 0x02;
    private static final int Y_SHORT = 0x04;
    private static final int REPEAT = 0x08;
    private static final int X_SAME_OR_POSITIVE = 0x10;
    private static final int Y_SAME_OR_POSITIVE = 0x20;
    private static final int ARGS_ARE_WORDS = 0x0001;
    private static final int ARGS_ARE_XY = 0x0002;
    private static final int HAS_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int HAS_XY_SCALE = 0x0040;
    private static final int HAS_TWO_BY_TWO = 0x0080;

    private final Path file;
    private final ByteBuffer font;
    private final FontFacts cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;
    private final int glyphs;
    private final int metrics;
    private final int hmtx;
    private final int loca;
    private final boolean longOffsets;
    private final int glyf;
    private final Map<Integer, GeneralPath> outlines = new HashMap<>();

    private OutlineFont(Path file, ByteBuffer font, FontFacts cmap) throws IOException {
        this.file = file;
        this.font = font;
        this.cmap = cmap;
        TableDirectory directory = TableDirectory.of(font);
        int head = offset(directory, "head");
        int hhea = offset(directory, "hhea");
        this.unitsPerEm = font.getShort(head + 18) & 0xffff;
        if (unitsPerEm <= 0) {
            throw new IOException("units per em is 0");
        }
        this.longOffsets = font.getShort(head + 50) != 0;
        // The horizontal header's ascender and descender, as FreeType (and so Java2D) reads them.
        this.ascent = font.getShort(hhea + 4) / unitsPerEm;
        this.descent = -font.getShort(hhea + 6) / unitsPerEm;
        this.metrics = font.getShort(hhea + 34) & 0xffff;
        this.glyphs = font.getShort(offset(directory, "maxp") + 4) & 0xffff;
        this.hmtx = offset(directory, "hmtx");
        this.loca = offset(directory, "loca");
        this.glyf = offset(directory, "glyf");
        if (metrics == 0) {
            throw new IOException("no horizontal metrics");
        }
    }

    private static int offset(TableDirectory directory, String tag) throws IOException {
        return directory.find(tag).orElseThrow(() -> new IOException("no '" + tag + "' table")).offset();
    }

    /** Opens a {@code .ttf}, or the first font of a {@code .ttc}. */
    static OutlineFont open(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer font = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            FontFacts cmap = FontFacts.read(font).orElseThrow(
                    () -> new IOException("its character map is not one this reader knows (formats 4 and 12)"));
            return new OutlineFont(file, font, cmap);
        } catch (IOException | RuntimeException e) {
            throw new BriefingException(file + ": cannot load font for the cover: " + e.getMessage(), e);
        }
    }

    /** The file the font was read from. */
    Path file() {
        return file;
    }

    /** How many glyphs the font has: ids from 0 to one less. */
    int glyphCount() {
        return glyphs;
    }

    /** The glyph of a character; 0 (the font's "missing" glyph) when the font has none. */
    int glyph(int codePoint) {
        int glyph = cmap.glyph(codePoint);
        return glyph < glyphs ? glyph : 0;
    }

    /** How far a glyph advances the pen, in ems. */
    float advance(int glyph) {
        int entry = Math.min(glyph, metrics - 1);
        return (font.getShort(hmtx + 4 * entry) & 0xffff) / unitsPerEm;
    }

    /** Height above the baseline the font's lines reserve, in ems. */
    float ascent() {
        return ascent;
    }

    /** Depth below the baseline the font's lines reserve, in ems (positive). */
    float descent() {
        return descent;
    }

    /** Font units per em: the scale of {@link #outline}. */
    float unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * The outline of a glyph in font units, y pointing up; empty for a blank glyph. Not to be changed by
     * the caller: it is kept for the next use of the glyph.
     */
    GeneralPath outline(int glyph) {
        GeneralPath path = outlines.get(glyph);
        if (path == null) {
            try {
                path = read(glyph);
            } catch (IndexOutOfBoundsException | BufferUnderflowException | IOException e) {
                throw new BriefingException(file + ": cannot read glyph " + glyph + " for the cover: " + e.getMessage(), e);
            }
            outlines.put(glyph, path);
        }
        return path;
    }

    /** A glyph to draw: its id, where to put it, and how deep in composite glyphs it was found. */
    private record Part(int glyph, AffineTransform place, int depth) {
    }

    /** The glyph's contours; the parts of a composite glyph are taken from a work list, not by recursion. */
    private GeneralPath read(int glyph) throws IOException {
        GeneralPath path = new GeneralPath(GeneralPath.WIND_NON_ZERO);
        Deque<Part> work = new ArrayDeque<>();
        work.push(new Part(glyph, new AffineTransform(), 0));
        int parts = 0;
        while (!work.isEmpty()) {
            Part part = work.pop();
            if (++parts > MAX_PARTS || part.depth() > MAX_DEPTH) {
                throw new IOException("composite glyph nests too deep or has too many parts");
            }
            if (part.glyph() >= glyphs) {
                throw new IOException("glyph " + part.glyph() + " is not in the font");
            }
            int start = glyphOffset(part.glyph());
            if (glyphOffset(part.glyph() + 1) <= start) {
                continue; // no outline: a space
            }
            int at = glyf + start;
            int contours = font.getShort(at);
            if (contours >= 0) {
                path.append(simple(at, contours).getPathIterator(part.place()), false);
            } else {
                components(at + 10, part, work);
            }
        }
        return path;
    }

    private int glyphOffset(int glyph) {
        return longOffsets ? font.getInt(loca + 4 * glyph) : (font.getShort(loca + 2 * glyph) & 0xffff) * 2;
    }

    /** Adds a composite glyph's parts, each with its offset and scale on top of the composite's placement. */
    private void components(int at, Part parent, Deque<Part> work) {
        int flags;
        do {
            flags = font.getShort(at) & 0xffff;
            int glyph = font.getShort(at + 2) & 0xffff;
            at += 4;
            double dx;
            double dy;
            if ((flags & ARGS_ARE_WORDS) != 0) {
                dx = font.getShort(at);
                dy = font.getShort(at + 2);
                at += 4;
            } else {
                dx = font.get(at);
                dy = font.get(at + 1);
                at += 2;
            }
            if ((flags & ARGS_ARE_XY) == 0) {
                dx = 0; // anchored by matching points: rare in fonts for text, drawn unshifted
                dy = 0;
            }
            double xx = 1;
            double xy = 0;
            double yx = 0;
            double yy = 1;
            if ((flags & HAS_SCALE) != 0) {
                xx = f2dot14(at);
                yy = xx;
                at += 2;
            } else if ((flags & HAS_XY_SCALE) != 0) {
                xx = f2dot14(at);
                yy = f2dot14(at + 2);
                at += 4;
            } else if ((flags & HAS_TWO_BY_TWO) != 0) {
                xx = f2dot14(at);
                xy = f2dot14(at + 2);
                yx = f2dot14(at + 4);
                yy = f2dot14(at + 6);
                at += 8;
            }
            AffineTransform place = new AffineTransform(parent.place());
            place.concatenate(new AffineTransform(xx, xy, yx, yy, dx, dy));
            work.push(new Part(glyph, place, parent.depth() + 1));
        } while ((flags & MORE_COMPONENTS) != 0);
    }

    private double f2dot14(int at) {
        return font.getShort(at) / 16384.0;
    }

    /**
     * A simple glyph's contours: quadratic splines through on-curve points, with an on-curve point implied
     * halfway between two off-curve ones.
     */
    private GeneralPath simple(int at, int contours) {
        int[] ends = new int[contours];
        for (int i = 0; i < contours; i++) {
            ends[i] = font.getShort(at + 10 + 2 * i) & 0xffff;
        }
        int points = contours == 0 ? 0 : ends[contours - 1] + 1;
        int p = at + 10 + 2 * contours;
        p += 2 + (font.getShort(p) & 0xffff); // the hinting instructions, not used
        byte[] flags = new byte[points];
        for (int i = 0; i < points; ) {
            byte flag = font.get(p++);
            flags[i++] = flag;
            if ((flag & REPEAT) != 0) {
                for (int n = font.get(p++) & 0xff; n > 0 && i < points; n--) {
                    flags[i++] = flag;
                }
            }
        }
        int[] x = new int[points];
        int[] y = new int[points];
        p = coordinates(p, flags, x, X_SHORT, X_SAME_OR_POSITIVE);
        coordinates(p, flags, y, Y_SHORT, Y_SAME_OR_POSITIVE);
        GeneralPath path = new GeneralPath(GeneralPath.WIND_NON_ZERO);
        int first = 0;
        for (int end : ends) {
            if (end >= first) {
                contour(path, flags, x, y, first, end);
            }
            first = end + 1;
        }
        return path;
    }

    /** Reads one axis of coordinates, stored as deltas; returns where the next data starts. */
    private int coordinates(int p, byte[] flags, int[] into, int shortFlag, int sameOrPositive) {
        int value = 0;
        for (int i = 0; i < flags.length; i++) {
            int flag = flags[i];
            if ((flag & shortFlag) != 0) {
                int delta = font.get(p++) & 0xff;
                value += (flag & sameOrPositive) != 0 ? delta : -delta;
            } else if ((flag & sameOrPositive) == 0) {
                value += font.getShort(p);
                p += 2;
            }
            into[i] = value;
        }
        return p;
    }

    /** One closed contour of points {@code first..last}. */
    private static void contour(GeneralPath path, byte[] flags, int[] x, int[] y, int first, int last) {
        int count = last - first + 1;
        // Start on an on-curve point: the first, else the last, else the midpoint of the two.
        float startX;
        float startY;
        int from;
        if ((flags[first] & ON_CURVE) != 0) {
            startX = x[first];
            startY = y[first];
            from = 1;
        } else if ((flags[last] & ON_CURVE) != 0) {
            startX = x[last];
            startY = y[last];
            from = 0;
            count--; // the last point is the start, reached again by closing
        } else {
            startX = (x[first] + x[last]) / 2f;
            startY = (y[first] + y[last]) / 2f;
            from = 0;
        }
        path.moveTo(startX, startY);
        boolean pending = false;
        float controlX = 0;
        float controlY = 0;
        for (int k = from; k <= count; k++) {
            boolean closing = k == count;
            int i = first + (closing ? 0 : k) % (last - first + 1);
            boolean on = closing ? true : (flags[i] & ON_CURVE) != 0;
            float px = closing ? startX : x[i];
            float py = closing ? startY : y[i];
            if (on) {
                if (pending) {
                    path.quadTo(controlX, controlY, px, py);
                } else {
                    path.lineTo(px, py);
                }
                pending = false;
            } else {
                if (pending) {
                    float midX = (controlX + px) / 2;
                    float midY = (controlY + py) / 2;
                    path.quadTo(controlX, controlY, midX, midY);
                }
                controlX = px;
                controlY = py;
                pending = true;
            }
        }
        path.closePath();
    }
}
