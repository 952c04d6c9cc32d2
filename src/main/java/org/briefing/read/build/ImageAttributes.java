package org.briefing.read.build;

import org.briefing.model.Image;
import org.briefing.model.Length;

/**
 * Applies an attribute list to an image: {@code width} and {@code height} size it, {@code fig-alt} replaces
 * its alternative text (Quarto); {@code fig-cap} and {@code #id} are for the figure ({@link FigureLabels}).
 * Other keys and classes are ignored and never shown. Values need no cleaning: the source lost its
 * forbidden characters before parsing, and attribute values decode no character references.
 */
final class ImageAttributes {
    private ImageAttributes() {
    }

    /** {@code image} sized and described as {@code attributes} say. */
    static Image apply(Image image, AttributeList attributes, SourceErrors errors) {
        Length width = length(attributes, "width", image.width(), errors);
        Length height = length(attributes, "height", image.height(), errors);
        AttributeList.Value alt = attributes.get("fig-alt");
        String altText = alt == null ? image.alt() : alt.text();
        return new Image(image.src(), altText, image.title(), image.line(), width, height);
    }

    /** The caption and label {@code attributes} give the figure an image may stand for. */
    static FigureLabels labels(AttributeList attributes) {
        AttributeList.Value caption = attributes.get("fig-cap");
        return new FigureLabels(caption == null ? null : caption.text(), attributes.id());
    }

    private static Length length(AttributeList attributes, String key, Length otherwise, SourceErrors errors) {
        AttributeList.Value value = attributes.get(key);
        return value == null ? otherwise : Lengths.parse(key, value.text(), value.offset(), errors);
    }
}
