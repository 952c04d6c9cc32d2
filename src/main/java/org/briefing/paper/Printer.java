package org.briefing.paper;

/** A printer the print service offers, by its queue name, and whether it is the system default. */
public record Printer(String name, boolean isDefault) {

    @Override
    public String toString() {
        return isDefault ? name + " (default)" : name;
    }
}
