package org.whytheyleft.preview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the preview adds to each HTML page it serves, in the response only: the reload script with the id of the
 * build that served the page, the problem banner while the last build failed, and the security policy widened for
 * exactly those two files and the events, so that the page's own rules stay as strict as built. With JavaScript
 * off the page works as built and the banner still shows; only the reload does not happen.
 */
final class PreviewPage implements StaticSite.PageRewrite {

    /** The folder of the preview's own files, under the path the site is served at; never part of a built site. */
    static final String RESERVED = "_preview/";
    static final String SCRIPT = "reload.js";
    static final String STYLES = "preview.css";
    static final String EVENTS = "events";

    /** A host and port as a browser sends them, and so a safe part of a source expression. */
    private static final Pattern HOST =
            Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final Builds builds;
    private final Path project;
    private final String reserved;

    /**
     * @param project  the project folder, whose message bundles give the banner its words
     * @param basePath where the site is served, starting and ending with {@code /}
     */
    PreviewPage(Builds builds, Path project, String basePath) {
        this.builds = builds;
        this.project = project;
        this.reserved = basePath + RESERVED;
    }

    @Override
    public byte[] rewrite(byte[] page, String host) {
        BuildState build = builds.latest();
        Document document = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        document.outputSettings().prettyPrint(false);
        String lang = document.selectFirst("html").attr("lang");
        relaxPolicy(document, host, build.failed());
        if (build.failed()) {
            document.head().appendElement("link").attr("rel", "stylesheet").attr("href", reserved + STYLES);
            document.body().prependChild(ProblemBanner.of(build.problems(), BannerTexts.of(project, lang), lang));
        }
        document.head().appendElement("script").attr("src", reserved + SCRIPT).attr("defer", "")
                .attr("data-build", build.id());
        return document.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private void relaxPolicy(Document document, String host, boolean styles) {
        // Without a usable Host header only the page's own origin can be named.
        String origin = HOST.matcher(host).matches() ? "http://" + host : null;
        for (Element meta : document.select("meta[http-equiv~=(?i)^content-security-policy$]")) {
            String policy = meta.attr("content");
            policy = PreviewPolicy.allow(policy, "script-src", source(origin, SCRIPT));
            policy = PreviewPolicy.allow(policy, "connect-src", source(origin, EVENTS));
            if (styles) {
                policy = PreviewPolicy.allow(policy, "style-src", source(origin, STYLES));
            }
            meta.attr("content", policy);
        }
    }

    private String source(String origin, String file) {
        return origin == null ? "'self'" : origin + reserved + file;
    }
}
