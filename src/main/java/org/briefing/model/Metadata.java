package org.briefing.model;

import java.util.List;
import java.util.Objects;

/**
 * What the front matter says about a briefing. Optional text fields are empty strings, never null.
 *
 * @param title        the headline (required)
 * @param subtitle     a second line under the title
 * @param shortTitle   the running-header title; defaults to {@code title}
 * @param kind         the kind of document, e.g. "Event summary"
 * @param organization who publishes it
 * @param date         as written by the author: {@code 2017}, {@code 2017-02} or {@code 2017-02-12}
 * @param place        where the event took place or the memo was written
 * @param lang         BCP 47 language tag of the text, e.g. {@code en}
 * @param distribution the distribution or classification banner, e.g. "Off the record"
 * @param authors      the people who wrote it
 * @param participants the people who took part, with a short biography each
 * @param keywords     subject keywords
 * @param summary      a one-paragraph description for catalogues and metadata
 * @param report       numbering, contents, lists of figures and tables, and citations
 */
public record Metadata(String title, String subtitle, String shortTitle, String kind, String organization,
                       String date, String place, String lang, String distribution, List<String> authors,
                       List<Participant> participants, List<String> keywords, String summary,
                       ReportOptions report) {
    public Metadata {
        Objects.requireNonNull(title, "title");
        subtitle = orEmpty(subtitle);
        shortTitle = shortTitle == null || shortTitle.isBlank() ? title : shortTitle;
        kind = orEmpty(kind);
        organization = orEmpty(organization);
        date = orEmpty(date);
        place = orEmpty(place);
        lang = lang == null || lang.isBlank() ? "en" : lang;
        distribution = orEmpty(distribution);
        authors = List.copyOf(authors);
        participants = List.copyOf(participants);
        keywords = List.copyOf(keywords);
        summary = orEmpty(summary);
        report = report == null ? ReportOptions.DEFAULT : report;
    }

    /** Metadata with only a title; everything else empty or default. */
    public static Metadata titled(String title) {
        return new Metadata(title, "", "", "", "", "", "", "en", "", List.of(), List.of(), List.of(), "",
                ReportOptions.DEFAULT);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
