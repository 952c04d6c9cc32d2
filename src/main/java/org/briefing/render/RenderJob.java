package org.briefing.render;

import java.util.Objects;
import org.briefing.model.Document;
import org.briefing.model.Warnings;
import org.briefing.style.Theme;

/**
 * Everything a renderer needs for one document.
 *
 * @param resources reads the images the document refers to, inside the source's folder only
 * @param warnings  receives non-fatal problems
 */
public record RenderJob(Document document, Theme theme, Resources resources, Warnings warnings,
                        RenderOptions options) {
    public RenderJob {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(options, "options");
    }
}
