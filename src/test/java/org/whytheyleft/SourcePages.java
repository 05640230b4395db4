package org.whytheyleft;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.whytheyleft.config.CampaignTexts;
import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.HeaderField;
import org.whytheyleft.content.SourcePage;

/**
 * Builds {@link SourcePage}s by hand for unit tests: a header that passes every check, changed field by field.
 * Header lines are numbered 1, 2, 3, ... in the order the fields are given, as {@code ContentReader} numbers them.
 */
public final class SourcePages {

    private final String path;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String body = "";

    private SourcePages(String path) {
        this.path = path;
    }

    /** A published page of type=page at {@code path} (e.g. {@code nl/over.md}) whose language is its folder. */
    public static SourcePages page(String path) {
        String lang = path.contains("/") ? path.substring(0, path.indexOf('/')) : "nl";
        SourcePages page = new SourcePages(path);
        page.fields.put("title", "Een titel");
        page.fields.put("summary", "Een samenvatting die lang genoeg is om aan de regels te voldoen, echt waar.");
        page.fields.put("share", "Een tekst om te delen.");
        page.fields.put("lang", lang);
        page.fields.put("key", keyOf(path));
        page.fields.put("type", "page");
        page.fields.put("status", "published");
        page.fields.put("date", "2026-11-27");
        return page;
    }

    /** A published chapter: type=chapter with its number. */
    public static SourcePages chapter(String path, int number) {
        return page(path).with("type", "chapter").with("chapter", String.valueOf(number));
    }

    /** A home page: type=home, key=home. */
    public static SourcePages home(String path) {
        return page(path).with("type", "home").with("key", "home");
    }

    /** Sets a field (added at the end when new, in place when present); null removes it. */
    public SourcePages with(String key, String value) {
        if (value == null) {
            fields.remove(key);
        } else {
            fields.put(key, value);
        }
        return this;
    }

    public SourcePages body(String markdown) {
        this.body = markdown;
        return this;
    }

    public SourcePage build() {
        Map<String, HeaderField> header = new LinkedHashMap<>();
        int line = 1;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            header.put(field.getKey(), new HeaderField(field.getKey(), field.getValue(), line++));
        }
        return new SourcePage(Path.of("content", path), path, header, body, line + 1);
    }

    /**
     * The configuration of a site in Dutch and English at https://example.org/site/, with a figure of 12 and its
     * story texts; its English chapters are called "Step", the Dutch ones keep the bundle's word.
     */
    public static SiteConfig config() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("nl", "Proefsite");
        names.put("en", "Test site");
        CampaignTexts texts = new CampaignTexts(OptionalInt.of(12), Map.of(
                "nl", Map.of("entry.summary", "Een proefsite over twaalf dingen.", "entry.intro", "Twaalf dingen.",
                        "figure.label", "{0} dingen", "figure.caption", "{0} dingen, elk een teken."),
                "en", Map.of("entry.summary", "A test site about twelve things.", "entry.intro", "Twelve things.",
                        "figure.label", "{0} things", "figure.caption", "{0} things, a mark each.",
                        "chapter.position", "Step {0} of {1}")));
        return new SiteConfig(URI.create("https://example.org/site/"), List.of("nl", "en"), names,
                Map.of("nl", "Campagne", "en", "Campaign"), "", "",
                new SiteConfig.Study("Een studie", "A. Auteur", "Een instituut", "2015-09", "https://example.com/s"),
                null, Map.of(), texts);
    }

    private static String keyOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
        if (name.equals("index")) {
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            name = folder.isEmpty() ? "root" : folder.substring(folder.lastIndexOf('/') + 1);
        }
        return name;
    }
}
