package org.briefing.model;

import java.util.Objects;

/** A person who took part in the event, with a short biography (may be empty). */
public record Participant(String name, String bio) {
    public Participant {
        Objects.requireNonNull(name, "name");
        bio = bio == null ? "" : bio;
    }
}
