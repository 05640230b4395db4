package org.whytheyleft.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts that tell a campaign's own story, per language, from {@code content/site.properties}: what the entry
 * page says of the site, what its chapters are called, the figure of the home page and the leaflet's lead. The
 * engine's bundles know none of them; a text named like a bundle key ({@link #DEFAULTED}) replaces that key's
 * generic wording in its language. Immutable; checked by {@link CampaignTextsReader}.
 *
 * @param count      how many marks the home page's figure has, and the {@code {0}} of the {@link #COUNTED} texts;
 *                   empty when the campaign shows no figure
 * @param byLanguage the texts set for each language, by key without the language ({@code chapter.position})
 */
public record CampaignTexts(OptionalInt count, Map<String, Map<String, String>> byLanguage) {

    /** Texts without which a language's pages cannot be made. */
    public static final List<String> REQUIRED = List.of("entry.summary", "entry.intro");
    /** Texts of the figure, required in every language when {@code figure.count} is set. */
    public static final List<String> FIGURE = List.of("figure.label", "figure.caption");
    /** Texts that are printed only when the campaign gives them. */
    public static final List<String> OPTIONAL = List.of("chapters.lead", "leaflet.subject", "leaflet.lead",
            "leaflet.limits");
    /** Texts whose generic wording the bundles hold, which a campaign may replace with its own. */
    public static final List<String> DEFAULTED = List.of("entry.source", "chapters.title", "footer.chapters",
            "chapter.number", "chapter.position", "chapter.label", "chapter.previous", "chapter.next",
            "download.leaflet.description", "privacy.analytics.collects");
    /** Texts whose {@code {0}} is the count, so that they need {@code figure.count}. */
    public static final List<String> COUNTED = List.of("figure.label", "figure.caption", "leaflet.subject",
            "leaflet.lead", "leaflet.limits");

    /** No story texts and no figure: what a configuration without them has. */
    public static final CampaignTexts NONE = new CampaignTexts(OptionalInt.empty(), Map.of());

    public CampaignTexts {
        Objects.requireNonNull(count, "count");
        byLanguage = byLanguage.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Map.copyOf(entry.getValue())));
    }

    /** Every campaign text key, without its language. */
    public static List<String> keys() {
        return Stream.of(REQUIRED, FIGURE, OPTIONAL, DEFAULTED).flatMap(List::stream).toList();
    }

    /** Whether a key is the campaign's alone, with no wording in the engine's bundles to fall back on. */
    public static boolean isCampaignOnly(String key) {
        return keys().contains(key) && !DEFAULTED.contains(key);
    }

    /** The campaign's text of a key in a language, if it gave one. */
    public Optional<String> text(String lang, String key) {
        return Optional.ofNullable(byLanguage.getOrDefault(lang, Map.of()).get(key));
    }
}
