package org.briefing.render.epub;

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
final class EpubChecker {
    /** What EPUBCheck said about one book. */
    record Result(Map<Severity, Integer> counts, List<String> messages, String version) {
        int count(Severity severity) {
            return counts.getOrDefault(severity, 0);
        }

        @Override
        public String toString() {
            return counts + "\n" + String.join("\n", messages);
        }
    }

    private EpubChecker() {
    }

    static Result check(byte[] epub, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "book", ".epub");
        Files.write(file, epub);
        Collector report = new Collector();
        report.setReportingLevel(ReportingLevel.Usage);
        new EpubCheck(file.toFile(), report).doValidate();
        return new Result(report.counts, report.messages, report.version);
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
