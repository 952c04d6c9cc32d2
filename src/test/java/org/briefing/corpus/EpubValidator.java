package org.briefing.corpus;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.MessageId;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** EPUBCheck in-process: the errors and fatal errors it reports for one book. */
public final class EpubValidator {
    private EpubValidator() {
    }

    /** The error messages (ERROR and FATAL) for the book; empty when it is valid. */
    public static List<String> errors(byte[] epub, Path folder) throws IOException {
        Path file = Files.createTempFile(folder, "book", ".epub");
        try {
            Files.write(file, epub);
            Errors report = new Errors();
            new EpubCheck(file.toFile(), report).doValidate();
            return report.errors;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final class Errors extends MasterReport {
        final List<String> errors = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.ERROR || severity == Severity.FATAL) {
                errors.add(severity + " " + message.getID() + " " + location + ": " + message.getMessage(args));
            }
        }

        @Override
        public void message(MessageId id, EPUBLocation location, Object... args) {
            message(getDictionary().getMessage(id), location, args);
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
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
