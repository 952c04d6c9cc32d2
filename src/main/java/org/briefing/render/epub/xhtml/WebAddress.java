package org.briefing.render.epub.xhtml;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Makes a web address from the source fit for an XHTML {@code href}: characters a URL may not hold
 * (brackets, backslashes, spaces, non-ASCII) are percent-encoded, and an address with no usable host
 * yields null. EPUBCheck rejects such hrefs (RSC-020), and Markdown autolinks produce them.
 */
final class WebAddress {
    private static final String ALLOWED = "-._~:/?#@!$&'()*+,;=";

    private WebAddress() {
    }

    /** The address as a valid href, or null when even encoded it is not a valid URL. */
    static String forHref(String url) {
        StringBuilder out = new StringBuilder();
        boolean fragment = false;
        for (int i = 0; i < url.length(); ) {
            int c = url.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean escape = c == '%' && next + 2 <= url.length()
                    && Character.digit(url.charAt(next), 16) >= 0 && Character.digit(url.charAt(next + 1), 16) >= 0;
            if (c < 128 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0 || escape)
                    && !(c == '#' && fragment)) {
                fragment |= c == '#';
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            }
            i = next;
        }
        String encoded = out.toString();
        try {
            URI uri = new URI(encoded);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                String host = uri.getHost();
                if (host == null || host.isEmpty() || host.startsWith(".") || host.contains("..")) {
                    return null;
                }
            }
            return encoded;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
