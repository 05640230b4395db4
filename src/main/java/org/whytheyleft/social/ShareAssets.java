package org.whytheyleft.social;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import org.whytheyleft.config.Direction;
import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.core.Parallel;
import org.whytheyleft.core.SiteFiles;
import org.whytheyleft.messages.Messages;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

/**
 * After the bake: a social card and QR codes (SVG for print, PNG for screens) beside every page and the entry
 * page, at the paths {@link ShareFiles} names. A chapter's card carries its place, "Chapter 2 of 4".
 */
public final class ShareAssets {

    private final SiteModel site;
    private final SiteConfig config;
    private final Messages messages;
    private final QrCode qr = new QrCode();
    private final ShareCache cache;

    /**
     * @param cacheDir where cards and QR codes of earlier builds are kept (see {@link ShareCache}), inside the
     *                 project's {@code target/}; {@code null} to draw every one
     */
    public ShareAssets(SiteModel site, Messages messages, Path cacheDir) {
        this.site = site;
        this.config = site.config();
        this.messages = messages;
        this.cache = new ShareCache(cacheDir);
    }

    /** Writes every page's files, on every core: each card is drawn and encoded on its own. */
    public void writeInto(Path siteDir) throws IOException {
        Map<String, CardText> cards = new LinkedHashMap<>();
        cards.put("", new CardText(String.join(" · ", config.names().values()), null,
                String.join(" · ", new LinkedHashSet<>(config.campaignNames().values())),
                Direction.of(config.languages().get(0))));
        Map<String, Integer> chapters = new HashMap<>();
        for (SitePage page : site.pages()) {
            String label = page.isChapter() ? messages.get(page.lang(), "chapter.position", page.chapter(),
                    chapters.computeIfAbsent(page.lang(), lang -> site.chapters(lang).size())) : null;
            cards.put(page.sitePath(), new CardText(page.title(), label, config.name(page.lang()),
                    Direction.of(page.lang())));
        }
        Parallel.forEach(cards.entrySet(), card -> write(siteDir, card.getKey(), card.getValue()));
    }

    /** Made on the first card not in the cache, so that a rebuild with every card cached never starts Java2D. */
    private static final class Drawing {
        static final SocialCardRenderer CARDS = new SocialCardRenderer();
    }

    private void write(Path siteDir, String sitePath, CardText text) throws IOException {
        String url = config.absolute(sitePath);
        Files.createDirectories(siteDir.resolve(sitePath.isEmpty() ? "." : sitePath));
        String card = String.join("\n", text.title(), text.label() == null ? "" : text.label(), text.siteName(),
                text.direction().attribute());
        Files.write(siteDir.resolve(SiteFiles.card(sitePath)),
                cache.get("png", card, () -> Drawing.CARDS.render(text)));
        Files.write(siteDir.resolve(SiteFiles.qrSvg(sitePath)),
                cache.get("qr.svg", url, () -> qr.svg(url).getBytes(StandardCharsets.UTF_8)));
        Files.write(siteDir.resolve(SiteFiles.qrPng(sitePath)), cache.get("qr.png", url, () -> qr.png(url)));
    }
}
