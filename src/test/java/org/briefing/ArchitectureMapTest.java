package org.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package map in {@code docs/architecture.md} (between the {@code package-map} markers) is generated:
 * each main package, the first sentence of its {@code package-info.java} and the packages of ours its classes
 * use. The test fails when a package has no {@code package-info.java} or the map is stale; run it with
 * {@code -Dbriefing.updateGolden=true} to rewrite the map, then review the diff.
 */
class ArchitectureMapTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path DOC = Path.of("docs/architecture.md");
    private static final String ROOT = "org.briefing";
    private static final String BEGIN = "<!-- package-map:begin -->";
    private static final String END = "<!-- package-map:end -->";
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain)\\s+([^}]*)}");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+\\p{Lu}|\\s*$)");

    @Test
    void everyPackageSaysWhatItOwns() throws IOException {
        List<String> missing = new ArrayList<>();
        packages().forEach((name, dir) -> {
            if (summary(dir).isEmpty()) {
                missing.add(name);
            }
        });
        assertTrue(missing.isEmpty(), "packages without a package-info.java Javadoc saying what they own: " + missing);
    }

    @Test
    void theDocumentedMapIsCurrent() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, DOC + " needs a section between " + BEGIN + " and " + END);
        String current = doc.substring(begin + BEGIN.length(), end);
        String generated = "\n" + map() + "\n";
        if (Boolean.getBoolean("briefing.updateGolden")) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + generated + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, "the package map in " + DOC
                + " is stale: run mvn test -Dtest=ArchitectureMapTest -Dbriefing.updateGolden=true and review the diff");
    }

    /** The map as a Markdown table, one row per package in name order. */
    static String map() throws IOException {
        Map<String, SortedSet<String>> uses = dependencies();
        StringBuilder table = new StringBuilder("| Package | What it owns | Uses |\n|---|---|---|\n");
        for (Map.Entry<String, Path> pkg : packages().entrySet()) {
            String name = pkg.getKey();
            SortedSet<String> used = uses.getOrDefault(name, new TreeSet<>());
            table.append("| `").append(shortName(name)).append("` | ")
                    .append(summary(pkg.getValue()).replace("|", "\\|")).append(" | ")
                    .append(used.isEmpty() ? "—" : String.join(", ", used.stream().map(p -> "`" + shortName(p) + "`").toList()))
                    .append(" |\n");
        }
        return table.toString().stripTrailing();
    }

    /** Every folder under src/main/java holding Java sources, by package name. */
    private static Map<String, Path> packages() throws IOException {
        Map<String, Path> packages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .forEach(dir -> packages.put(SOURCES.relativize(dir).toString().replace('/', '.'), dir));
        }
        return packages;
    }

    /** The first sentence of the package's Javadoc, inline tags as code spans; empty if none. */
    static String summary(Path dir) {
        Path info = dir.resolve("package-info.java");
        if (!Files.exists(info)) {
            return "";
        }
        String source;
        try {
            source = Files.readString(info, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Matcher javadoc = JAVADOC.matcher(source);
        if (!javadoc.find()) {
            return "";
        }
        String text = javadoc.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip();
        Matcher tag = INLINE_TAG.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (tag.find()) {
            String target = tag.group(1).strip();
            String shown = target.matches("[\\w.]+") ? target.substring(target.lastIndexOf('.') + 1) : target;
            tag.appendReplacement(plain, Matcher.quoteReplacement("`" + shown + "`"));
        }
        tag.appendTail(plain);
        Matcher end = SENTENCE_END.matcher(plain);
        return end.find() ? plain.substring(0, end.end()) : plain.toString();
    }

    /** For each package of ours, the other packages of ours its compiled classes depend on. */
    private static Map<String, SortedSet<String>> dependencies() {
        Map<String, SortedSet<String>> uses = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT)) {
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (target.startsWith(ROOT + ".") && !target.equals(type.getPackageName())) {
                    uses.computeIfAbsent(type.getPackageName(), k -> new TreeSet<>()).add(target);
                }
            }
        }
        return uses;
    }

    private static String shortName(String pkg) {
        return pkg.startsWith(ROOT + ".") ? pkg.substring(ROOT.length() + 1) : pkg;
    }
}
