package org.briefing.read.build;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.model.Characters;
import org.briefing.model.Metadata;
import org.briefing.model.Participant;
import org.briefing.model.ReportOptions;
import org.briefing.read.source.PreparedSource;
import org.briefing.yaml.YamlMap;
import org.briefing.yaml.YamlParser;
import org.briefing.yaml.YamlValue;

/**
 * Turns the YAML front matter into {@link Metadata}, rejecting unknown keys and ill-typed values. Every
 * error says what shape was wanted, with an example; control characters a quoted YAML string spells with
 * an escape ({@code "\x07"}) are removed with a warning, as in the body.
 */
final class MetadataReader {
    static final Set<String> KEYS = Set.of("title", "subtitle", "short-title", "kind", "organization", "date",
            "place", "lang", "distribution", "authors", "participants", "keywords", "summary", "number-sections",
            "toc", "toc-depth", "toc-title", "lof", "lot", "bibliography", "csl");
    /** Report keys accepted (so pandoc sources build) but not acted on yet; each is named in a warning. */
    private static final List<String> NOT_YET_USED = List.of("lof", "lot", "bibliography", "csl");
    private static final Set<String> PARTICIPANT_KEYS = Set.of("name", "bio");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final String MAPPING_EXAMPLE = "e.g. 'title: Quarterly review' on its own line";

    private final SourceWarnings warnings;

    private MetadataReader(SourceWarnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Reads front matter; {@code fallbackTitle} is used when it names no title (or there is none).
     */
    static Metadata read(String yaml, SourceWarnings warnings, String fallbackTitle) {
        Optional<YamlValue> root = yaml == null ? Optional.empty()
                : YamlParser.parse(yaml, warnings.file(), PreparedSource.YAML_LINE_OFFSET);
        if (root.isEmpty()) {
            return Metadata.titled(fallbackTitle);
        }
        return new MetadataReader(warnings).metadata(root.get(), fallbackTitle);
    }

    private Metadata metadata(YamlValue root, String fallbackTitle) {
        if (!root.isMap()) {
            throw root.error("the front matter must be a mapping of keys to values (" + MAPPING_EXAMPLE
                    + "), found " + shape(root));
        }
        YamlMap map = root.asMap().requireOnly(KEYS);
        String date = map.get("date").map(MetadataReader::date).orElse("");
        String lang = map.get("lang").map(v -> {
            String text = v.asString();
            if (!LANG.matcher(text).matches()) {
                throw v.error("expected a language tag such as en, en-GB or zh-Hans, found '" + text + "'");
            }
            return text;
        }).orElse("en");
        return new Metadata(
                text(map, "title").orElse(fallbackTitle),
                text(map, "subtitle").orElse(""),
                text(map, "short-title").orElse(""),
                text(map, "kind").orElse(""),
                text(map, "organization").orElse(""),
                date,
                text(map, "place").orElse(""),
                lang,
                text(map, "distribution").orElse(""),
                map.get("authors").map(v -> texts(v, "authors: [Ada Lovelace, Charles Babbage]")).orElse(List.of()),
                map.get("participants").map(this::participants).orElse(List.of()),
                map.get("keywords").map(v -> texts(v, "keywords: [budget, planning]")).orElse(List.of()),
                text(map, "summary").orElse(""),
                report(map));
    }

    /** The report keys: numbering, contents, lists of figures and tables, citations. */
    private ReportOptions report(YamlMap map) {
        ReportOptions d = ReportOptions.DEFAULT;
        int depth = d.tocDepth();
        Optional<YamlValue> depthValue = map.get("toc-depth");
        if (depthValue.isPresent()) {
            depth = depthValue.get().asInt();
            if (depth < 1 || depth > 6) {
                throw depthValue.get().error("expected a heading level from 1 to 6 (e.g. toc-depth: 2), found "
                        + depth);
            }
        }
        for (String key : NOT_YET_USED) {
            map.get(key).ifPresent(v -> warnings.sink().warn(v.error("read but not used yet: lists of figures and "
                    + "tables and citations are still to come, so this document prints without them").getMessage()));
        }
        return new ReportOptions(
                flag(map, "number-sections").orElse(d.numberSections()),
                flag(map, "toc").orElse(d.toc()),
                depth,
                text(map, "toc-title").orElse(d.tocTitle()),
                flag(map, "lof").orElse(d.lof()),
                flag(map, "lot").orElse(d.lot()),
                map.get("bibliography").map(v -> texts(v, "bibliography: [sources.bib]")).orElse(d.bibliography()),
                text(map, "csl").orElse(d.csl()));
    }

    private static Optional<Boolean> flag(YamlMap map, String key) {
        return map.get(key).map(YamlValue::asBoolean);
    }

    /**
     * A date as written, checked to be one the calendar has: {@code 2017-02-30} or year {@code 0000} would
     * reach the EPUB's metadata, whose checker refuses them, and print as written.
     */
    private static String date(YamlValue value) {
        String text = value.asString();
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw value.error("expected a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. date: 2017-02-12), found '"
                    + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (year < 1) {
                throw new DateTimeException("no year 0");
            }
            LocalDate.of(year, m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw value.error("'" + text + "' is not a date in the calendar (year 0001 or later, a day the month has)");
        }
        return text;
    }

    private Optional<String> text(YamlMap map, String key) {
        return map.get(key).map(this::text);
    }

    /** A scalar as text, without the characters no output can carry. */
    private String text(YamlValue value) {
        if (value.isList() || value.isMap()) {
            throw value.error("expected text, e.g. " + value.path() + ": Some words, found " + shape(value));
        }
        String text = value.asString();
        if (!Characters.hasForbidden(text)) {
            return text;
        }
        warnings.sink().warn(value.error("removed control characters or noncharacters from the text; "
                + "no PDF or EPUB can show them").getMessage());
        return Characters.withoutForbidden(text);
    }

    /** A list of texts; a single text counts as a list of one, which is what authors expect. */
    private List<String> texts(YamlValue value, String example) {
        if (value.isMap()) {
            throw value.error("expected a list, e.g. " + example + ", found " + shape(value));
        }
        if (!value.isList()) {
            return List.of(text(value));
        }
        return value.asList().stream().map(this::text).toList();
    }

    private List<Participant> participants(YamlValue value) {
        if (!value.isList()) {
            throw value.error("expected a list, e.g. participants: [Alice, Bob] or one '- name: Alice' line with "
                    + "an optional 'bio:' per person, found " + shape(value));
        }
        List<Participant> people = new ArrayList<>();
        for (YamlValue item : value.asList()) {
            if (item.isMap()) {
                YamlMap person = item.asMap().requireOnly(PARTICIPANT_KEYS);
                people.add(new Participant(text(person.require("name")), person.get("bio").map(this::text).orElse("")));
            } else {
                people.add(new Participant(text(item), ""));
            }
        }
        return people;
    }

    /** What the author wrote, in words: "a list", "a mapping" or "the text 'Alice'". */
    private static String shape(YamlValue value) {
        if (value.isList()) {
            return "a list";
        }
        if (value.isMap()) {
            return "a mapping";
        }
        return value.isNull() ? "nothing" : "'" + value.asString() + "'";
    }
}
