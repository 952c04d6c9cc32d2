package org.briefing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.model.Metadata;
import org.briefing.model.Participant;
import org.briefing.yaml.YamlMap;
import org.briefing.yaml.YamlParser;
import org.briefing.yaml.YamlValue;

/** Turns the YAML front matter into {@link Metadata}, rejecting unknown keys and ill-typed values. */
final class MetadataReader {
    static final Set<String> KEYS = Set.of("title", "subtitle", "short-title", "kind", "organization", "date",
            "place", "lang", "distribution", "authors", "participants", "keywords", "summary");
    private static final Set<String> PARTICIPANT_KEYS = Set.of("name", "bio");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private MetadataReader() {
    }

    /**
     * Reads front matter; {@code fallbackTitle} is used when it names no title (or there is none).
     */
    static Metadata read(String yaml, String fileName, String fallbackTitle) {
        Optional<YamlValue> root = yaml == null ? Optional.empty()
                : YamlParser.parse(yaml, fileName, FrontMatter.YAML_LINE_OFFSET);
        if (root.isEmpty()) {
            return Metadata.titled(fallbackTitle);
        }
        YamlMap map = root.get().asMap().requireOnly(KEYS);
        String date = map.get("date").map(v -> {
            String text = v.asString();
            if (!DATE.matcher(text).matches()) {
                throw v.error("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '" + text + "'");
            }
            return text;
        }).orElse("");
        String lang = map.get("lang").map(v -> {
            String text = v.asString();
            if (!LANG.matcher(text).matches()) {
                throw v.error("expected a language tag such as en, en-GB or zh-Hans, found '" + text + "'");
            }
            return text;
        }).orElse("en");
        return new Metadata(
                map.string("title").orElse(fallbackTitle),
                map.string("subtitle").orElse(""),
                map.string("short-title").orElse(""),
                map.string("kind").orElse(""),
                map.string("organization").orElse(""),
                date,
                map.string("place").orElse(""),
                lang,
                map.string("distribution").orElse(""),
                map.get("authors").map(YamlValue::asStringList).orElse(List.of()),
                map.get("participants").map(MetadataReader::participants).orElse(List.of()),
                map.get("keywords").map(YamlValue::asStringList).orElse(List.of()),
                map.string("summary").orElse(""));
    }

    private static List<Participant> participants(YamlValue value) {
        List<Participant> people = new ArrayList<>();
        for (YamlValue item : value.asList()) {
            if (item.isMap()) {
                YamlMap person = item.asMap().requireOnly(PARTICIPANT_KEYS);
                people.add(new Participant(person.require("name").asString(), person.string("bio").orElse("")));
            } else {
                people.add(new Participant(item.asString(), ""));
            }
        }
        return people;
    }
}
