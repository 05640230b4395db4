package org.whytheyleft.glyphs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.whytheyleft.config.PropertyLines;
import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.core.SettingsText;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * Every text the social cards and the leaflets print, each with its file and line: what {@code social.ShareAssets}
 * puts on a card (a page's title, a chapter's place, the site names and, on the entry card, the campaign names) and
 * what {@code templates/leaflet.html} prints (the site and campaign name, the chapters' and the recommendation's
 * titles and summaries, the study, the contact, the help line and the texts of the bundles and the campaign around
 * them). The leaflet prints no page body. Texts that are only metadata or alternative text (the PDF's subject, the
 * QR code's description) are not drawn and not listed.
 */
final class PrintedTexts {

    /** The texts of the bundle, or of the campaign over it, on each card and on the leaflet. */
    static final List<String> CARD_MESSAGES = List.of("chapter.position");
    static final List<String> LEAFLET_MESSAGES = List.of("chapters.title", "leaflet.lead", "leaflet.limits",
            "leaflet.source", "leaflet.study", "leaflet.online", "footer.publisher", "footer.contact", "help.title",
            "help.lead", "help.web", "help.phone");
    private static final List<String> STUDY = List.of("study.title", "study.author", "study.publisher", "study.date",
            "study.url");

    private static final Set<Output> CARD = EnumSet.of(Output.SOCIAL_CARD);
    private static final Set<Output> LEAFLET = EnumSet.of(Output.LEAFLET);
    private static final Set<Output> BOTH = EnumSet.allOf(Output.class);

    private final Path projectDir;
    private final SiteModel site;
    private final Messages messages;
    private final Map<Path, PropertyLines> lines = new HashMap<>();
    private final List<PrintedText> texts = new ArrayList<>();

    private PrintedTexts(Path projectDir, SiteModel site, Messages messages) {
        this.projectDir = projectDir;
        this.site = site;
        this.messages = messages;
    }

    /**
     * @param projectDir the project, whose settings and bundles were read into {@code site} and {@code messages}
     * @throws IOException when a settings file can no longer be read
     */
    static List<PrintedText> of(Path projectDir, SiteModel site, Messages messages) throws IOException {
        PrintedTexts found = new PrintedTexts(projectDir, site, messages);
        found.pages();
        found.settings(site.config());
        found.messages(site.config());
        return found.texts;
    }

    private void pages() {
        for (SitePage page : site.pages()) {
            boolean onLeaflet = page.isChapter() || page.key().equals(SiteModel.RECOMMENDATION);
            Path file = page.source().file();
            texts.add(new PrintedText(file, page.source().lineOf("title"), "the title", page.title(),
                    onLeaflet ? BOTH : CARD));
            if (onLeaflet) {
                texts.add(new PrintedText(file, page.source().lineOf("summary"), "the summary", page.summary(),
                        LEAFLET));
            }
        }
    }

    private void settings(SiteConfig config) throws IOException {
        Path file = settingsFile();
        Properties properties = load(file);
        for (String lang : config.languages()) {
            // Every site name and campaign name is on the entry card.
            setting(file, properties, "site.name." + lang, BOTH);
            setting(file, properties, "campaign.name." + lang, BOTH);
            if (config.helpLine(lang).isPresent()) {
                for (String field : List.of("help.name.", "help.url.", "help.phone.")) {
                    setting(file, properties, field + lang, LEAFLET);
                }
            }
        }
        setting(file, properties, "campaign.contact", LEAFLET);
        if (config.study() != null) {
            STUDY.forEach(key -> setting(file, properties, key, LEAFLET));
        }
    }

    private void messages(SiteConfig config) throws IOException {
        for (String lang : config.languages()) {
            for (String key : CARD_MESSAGES) {
                message(config, lang, key, CARD);
            }
            for (String key : LEAFLET_MESSAGES) {
                message(config, lang, key, LEAFLET);
            }
        }
    }

    private void message(SiteConfig config, String lang, String key, Set<Output> outputs) throws IOException {
        if (!messages.has(lang, key)) {
            return;
        }
        boolean campaigns = config.texts().text(lang, key).isPresent();
        Path file = campaigns ? settingsFile() : projectDir.relativize(Messages.bundle(projectDir.resolve(
                "templates"), lang));
        String written = campaigns ? key + "." + lang : key;
        texts.add(new PrintedText(file, linesOf(file).of(written), campaigns ? written : "message " + written,
                messages.get(lang, key), outputs));
    }

    private void setting(Path file, Properties properties, String key, Set<Output> outputs) {
        String value = properties.getProperty(key, "").strip();
        if (!value.isEmpty()) {
            texts.add(new PrintedText(file, lines.get(file).of(key), key, value, outputs));
        }
    }

    private Path settingsFile() {
        return Path.of("content", ContentReader.CONFIG_FILE);
    }

    private Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text(file)));
        return properties;
    }

    private PropertyLines linesOf(Path file) throws IOException {
        if (!lines.containsKey(file)) {
            text(file);
        }
        return lines.get(file);
    }

    /** The file as the settings reader read it; its lines are kept for the problems. */
    private String text(Path file) throws IOException {
        String text = SettingsText.read(projectDir.resolve(file), file).text()
                .orElseThrow(() -> new IOException(file + " is no longer UTF-8."));
        lines.put(file, new PropertyLines(text.lines().toList()));
        return text;
    }
}
