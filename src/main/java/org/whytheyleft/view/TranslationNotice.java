package org.whytheyleft.view;

import org.whytheyleft.config.Direction;

/**
 * What a page not yet translated tells its reader, above its body: the notice in the page's language, and the
 * language the body is still written in, which the body's element carries so that screen readers read it right.
 *
 * @param text     the notice, from the page language's bundle ({@code translation.pending})
 * @param bodyLang the language of the body's text: the page's source
 */
public record TranslationNotice(String text, String bodyLang) {

    /** The direction of the body's language. */
    public String bodyDir() {
        return Direction.of(bodyLang).attribute();
    }
}
