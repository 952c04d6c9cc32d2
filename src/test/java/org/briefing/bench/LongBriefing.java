package org.briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the benchmark's long briefing: the seed's front matter, then its body repeated N times,
 * each copy opened by its own top-level heading and with its headings numbered, so headings, anchors and
 * the table of contents stay distinct. Runs without compilation:
 * {@code java src/test/java/org/briefing/bench/LongBriefing.java SEED.md 100 > long.md}.
 */
public final class LongBriefing {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n.*?\\n---\\n", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$", Pattern.MULTILINE);

    private LongBriefing() {
    }

    /** The seed with its body repeated {@code copies} times. */
    public static String of(String seed, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, was " + copies);
        }
        String text = seed.replace("\r\n", "\n");
        Matcher front = FRONT_MATTER.matcher(text);
        String head = front.find() ? front.group() : "";
        String body = text.substring(head.length()).strip();
        if (copies == 1) {
            return text;
        }
        StringBuilder out = new StringBuilder(head.length() + copies * (body.length() + 64));
        out.append(head);
        for (int i = 1; i <= copies; i++) {
            int part = i;
            out.append("\n# Part ").append(part).append(": overview\n\n");
            // Headings inside each copy get the part number, so no two are alike.
            out.append(HEADING.matcher(body).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) + " " + m.group(2) + " (part " + part + ")")));
            out.append('\n');
        }
        return out.toString();
    }

    /** {@code LongBriefing SEED.md COPIES}: writes the long briefing to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LongBriefing SEED.md COPIES");
            System.exit(2);
        }
        String seed = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        System.out.write(of(seed, Integer.parseInt(args[1])).getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }
}
