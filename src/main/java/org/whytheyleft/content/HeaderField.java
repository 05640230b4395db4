package org.whytheyleft.content;

/** One {@code key=value} line of a page header, with the line it stands on so that problems can point at it. */
public record HeaderField(String key, String value, int line) {
}
