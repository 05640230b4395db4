package org.whytheyleft.view;

/**
 * A take-away edition of one language that the build makes beside the pages, for the pages that offer it.
 *
 * @param file    where it is published, from the site root ({@code nl/folder.pdf})
 * @param content the file's bytes
 */
public record Edition(Kind kind, String lang, String file, byte[] content) {

    /** The print leaflet (PDF) or the offline edition (one HTML file). */
    public enum Kind { LEAFLET, OFFLINE }

    /** The size of the file. */
    public long bytes() {
        return content.length;
    }
}
