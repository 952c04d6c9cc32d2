package org.briefing.validate;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.MessageId;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Runs EPUBCheck through its Java API and keeps every message, usages included. */
public final class EpubChecker {
    /** What EPUBCheck said about one book. */
    public record Result(Map<Severity, Integer> counts, List<String> messages, String version) {
        public int count(Severity severity) {
            return counts.getOrDefault(severity, 0);
        }

        @Override
        public String toString() {
            return counts + "\n" + String.join("\n", messages);
        }
    }

    private EpubChecker() {
    }

    /** Every message EPUBCheck gives for the book, written to a temporary file in {@code folder}. */
    public static Result check(byte[] epub, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "book", ".epub");
        try {
            Files.write(file, epub);
            Collector report = new Collector();
            report.setReportingLevel(ReportingLevel.Usage);
            new EpubCheck(file.toFile(), report).doValidate();
            return new Result(report.counts, report.messages, report.version);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The ERROR and FATAL messages only; empty when the book is valid. */
    public static List<String> errors(byte[] epub, Path folder) throws IOException {
        return check(epub, folder).messages().stream()
                .filter(m -> m.startsWith(Severity.ERROR + " ") || m.startsWith(Severity.FATAL + " ")).toList();
    }

    private static final class Collector extends MasterReport {
        final Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        final List<String> messages = new ArrayList<>();
        String version = "";

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.SUPPRESSED) {
                return;
            }
            counts.merge(severity, 1, Integer::sum);
            messages.add(severity + " " + message.getID() + " " + location + ": " + message.getMessage(args));
        }

        @Override
        public void message(MessageId id, EPUBLocation location, Object... args) {
            message(getDictionary().getMessage(id), location, args);
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            if (feature == FeatureEnum.FORMAT_VERSION) {
                version = value;
            }
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
