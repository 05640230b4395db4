package org.whytheyleft.social;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;
import org.whytheyleft.view.Messages;

/**
 * After the bake: a social card and QR codes (SVG for print, PNG for screens) beside every page and the entry
 * page, at the paths {@link ShareFiles} names. A chapter's card carries its place, "Reason 2 of 4".
 */
public final class ShareAssets {

    private final SiteModel site;
    private final SiteConfig config;
    private final Messages messages;
    private final SocialCardRenderer cards = new SocialCardRenderer();
    private final QrCode qr = new QrCode();

    public ShareAssets(SiteModel site, Messages messages) {
        this.site = site;
        this.config = site.config();
        this.messages = messages;
    }

    public void writeInto(Path siteDir) throws IOException {
        String names = String.join(" · ", config.names().values());
        write(siteDir, "", new CardText(names, null, config.campaignName()));
        for (SitePage page : site.pages()) {
            String label = page.isChapter() ? messages.get(page.lang(), "chapter.position", page.chapter(),
                    site.chapters(page.lang()).size()) : null;
            write(siteDir, page.sitePath(), new CardText(page.title(), label, config.name(page.lang())));
        }
    }

    private void write(Path siteDir, String sitePath, CardText text) throws IOException {
        String url = config.absolute(sitePath);
        Files.createDirectories(siteDir.resolve(sitePath.isEmpty() ? "." : sitePath));
        Files.write(siteDir.resolve(ShareFiles.card(sitePath)), cards.render(text));
        Files.writeString(siteDir.resolve(ShareFiles.qrSvg(sitePath)), qr.svg(url), StandardCharsets.UTF_8);
        Files.write(siteDir.resolve(ShareFiles.qrPng(sitePath)), qr.png(url));
    }
}
