package org.whytheyleft.glyphs;

/** What the build draws a text on with its own fonts, and what would stand in for a character they lack. */
enum Output {

    SOCIAL_CARD("social card", "an empty box"),
    LEAFLET("leaflet", "'#'");

    private final String name;
    private final String standIn;

    Output(String name, String standIn) {
        this.name = name;
        this.standIn = standIn;
    }

    /** As a problem names it: "social card". */
    String shownName() {
        return name;
    }

    /** What this output prints instead of a character its fonts lack. */
    String standIn() {
        return standIn;
    }
}
