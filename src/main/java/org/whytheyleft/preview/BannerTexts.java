package org.whytheyleft.preview;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.whytheyleft.messages.Messages;

/**
 * The problem banner's own words, in the page's language when its bundle has them, else in English. The bundles are
 * read when a page is served, not taken from the last good build, since a broken bundle may be what failed: a
 * bundle that cannot be read is passed over, and with none left the banner shows its keys (beside the problems,
 * which then name the bundle).
 *
 * @param lang the language the texts are in
 */
record BannerTexts(String lang, String heading, String stale, String fix) {

    private static final String FALLBACK = "en";
    private static final List<String> KEYS =
            List.of("preview.banner.heading", "preview.banner.stale", "preview.banner.fix");
    /** A language tag, and so a bundle name that stays in {@code templates/messages/}. */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** The texts for a page whose {@code <html lang>} is {@code pageLang} (empty when it has none). */
    static BannerTexts of(Path project, String pageLang) {
        Set<String> candidates = new LinkedHashSet<>();
        if (TAG.matcher(pageLang).matches()) {
            candidates.add(pageLang);
        }
        candidates.add(FALLBACK);
        for (String lang : candidates) {
            Messages messages = Messages.read(project, project.resolve("templates"), List.of(lang)).messages();
            if (messages != null && KEYS.stream().allMatch(key -> messages.has(lang, key))) {
                return new BannerTexts(lang, messages.get(lang, "preview.banner.heading"),
                        messages.get(lang, "preview.banner.stale"), messages.get(lang, "preview.banner.fix"));
            }
        }
        return new BannerTexts(FALLBACK, KEYS.get(0), KEYS.get(1), KEYS.get(2));
    }
}
