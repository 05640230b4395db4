package org.whytheyleft.social;

import java.util.Objects;

import org.whytheyleft.config.Direction;

/**
 * What a social card says. Text is taken literally: {@code &}, {@code <} and quotes are drawn as written, never
 * read as markup.
 *
 * @param title    the page title; required, not blank
 * @param label    a short line above the title, such as "Chapter 2 of 4"; {@code null} when the page has none
 *                 (a blank label counts as none)
 * @param siteName the site name at the foot of the card; required, not blank
 * @param direction which way the page's language runs: a right-to-left card is set from the right edge
 */
public record CardText(String title, String label, String siteName, Direction direction) {

    /** A card in a language written left to right. */
    public CardText(String title, String label, String siteName) {
        this(title, label, siteName, Direction.LTR);
    }

    public CardText {
        Objects.requireNonNull(direction, "direction");
        title = required(title, "title");
        siteName = required(siteName, "siteName");
        label = label == null || label.isBlank() ? null : label.strip();
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value.strip();
    }
}
