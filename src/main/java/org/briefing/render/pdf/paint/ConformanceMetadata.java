package org.briefing.render.pdf.paint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What a file claiming PDF/A-2a or PDF/UA-1 says about itself: the identification schemas in XMP (with
 * the extension schema PDF/A needs for the PDF/UA one, which PDF/A does not predefine) and, for PDF/A,
 * an sRGB output intent so DeviceRGB colours have a defined meaning.
 */
final class ConformanceMetadata {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private ConformanceMetadata() {
    }

    /** Adds the output intent (PDF/A) and raises the version to 1.7, which both standards build on. */
    static void apply(PDDocument doc, PdfStandard standard) throws IOException {
        if (!standard.tagged()) {
            return;
        }
        doc.setVersion(1.7f);
        if (standard.a2a()) {
            PDOutputIntent intent = outputIntent(doc);
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
        }
    }

    /**
     * The intent dictionary built here rather than by PDOutputIntent's constructor, which parses the
     * profile with the JDK and embeds the JDK's re-serialisation, header included: the bytes would again
     * depend on the JDK.
     */
    private static PDOutputIntent outputIntent(PDDocument doc) throws IOException {
        PDStream profile = new PDStream(doc, new ByteArrayInputStream(SrgbProfile.bytes()), COSName.FLATE_DECODE);
        profile.getCOSObject().setInt(COSName.N, 3);
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dict.setItem(COSName.S, COSName.GTS_PDFA1);
        dict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(dict);
    }

    /** The rdf:Description elements to add to the XMP packet; empty for a plain PDF. */
    static String xmp(PdfStandard standard) {
        StringBuilder out = new StringBuilder();
        if (standard.ua1()) {
            out.append("<rdf:Description rdf:about=\"\"")
                    .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                    .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                    .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                    .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
                    .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
                    .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
                    .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
                    .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
                    .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
                    .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
                    .append("<pdfaProperty:description>Indicates which part of ISO 14289 standard is followed")
                    .append("</pdfaProperty:description>\n")
                    .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
                    .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n")
                    .append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">")
                    .append("<pdfuaid:part>1</pdfuaid:part></rdf:Description>\n");
        }
        if (standard.a2a()) {
            out.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
                    .append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>")
                    .append("</rdf:Description>\n");
        }
        return out.toString();
    }
}
