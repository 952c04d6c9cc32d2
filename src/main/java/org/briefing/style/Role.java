package org.briefing.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The typographic roles a theme styles. Each role inherits what it does not set from {@link #BODY}. */
public enum Role {
    BODY, H1, H2, H3, H4, LIST, QUOTE, CODE, TABLE, TABLE_HEADER, CAPTION, FOOTNOTE,
    HEADER, FOOTER, BANNER, LETTERHEAD, KIND, TITLE, SUBTITLE, META, PARTICIPANT_NAME, PARTICIPANT_BIO;

    /** The key used in theme files, e.g. {@code table-header}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role for a heading level; levels 4 to 6 share {@link #H4}. */
    public static Role heading(int level) {
        return switch (level) {
            case 1 -> H1;
            case 2 -> H2;
            case 3 -> H3;
            default -> H4;
        };
    }

    /** All keys, for messages. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Role role : values()) {
            keys.add(role.key());
        }
        return List.copyOf(keys);
    }
}
