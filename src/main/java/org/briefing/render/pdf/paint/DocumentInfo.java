package org.briefing.render.pdf.paint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Document-level metadata: the info dictionary, an XMP packet saying the same, language, page labels,
 * viewer preferences and a document ID derived from the content, with dates from the job's timestamp so
 * identical input gives identical bytes.
 */
public record DocumentInfo(String title, String author, String subject, List<String> keywords, String lang,
                           Instant timestamp, String producer) {
    public DocumentInfo {
        keywords = List.copyOf(keywords);
    }

    void apply(PDDocument doc, int pageCount) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(String.join(", ", keywords));
        info.setCreator("Briefing");
        info.setProducer(producer);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        when.setTimeInMillis(timestamp.toEpochMilli());
        info.setCreationDate(when);
        info.setModificationDate(when);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(lang);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange range = new PDPageLabelRange();
        range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        labels.setLabelItem(0, range);
        catalog.setPageLabels(labels);

        PDMetadata metadata = new PDMetadata(doc, new ByteArrayInputStream(xmp().getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);

        byte[] id = digest(title + '\u0000' + author + '\u0000' + timestamp + '\u0000' + pageCount + '\u0000'
                + subject + '\u0000' + keywords);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private String xmp() {
        String date = timestamp.toString();
        StringBuilder keywordList = new StringBuilder();
        for (String k : keywords) {
            keywordList.append("<rdf:li>").append(xml(k)).append("</rdf:li>");
        }
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<dc:subject><rdf:Bag>" + keywordList + "</rdf:Bag></dc:subject>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(lang) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "<pdf:Keywords>" + xml(String.join(", ", keywords)) + "</pdf:Keywords>\n"
                + "<pdf:Producer>" + xml(producer) + "</pdf:Producer>\n"
                + "<xmp:CreatorTool>Briefing</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] digest(String s) {
        try {
            byte[] full = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
            return full;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
