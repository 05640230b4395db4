package org.whytheyleft.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Plain share links for a page, built at build time: ordinary addresses that open the service only when a reader
 * chooses to, so the site itself loads nothing from those services.
 */
public final class ShareLinks {

    /** A service (its message key is {@code kit.service.<name>}) and the address that shares the page there. */
    public record Target(String service, String href) {
    }

    private ShareLinks() {
    }

    /** The share links of a page in a fixed order: e-mail first, as it needs no account anywhere. */
    public static List<Target> of(String url, String title, String text) {
        String message = text + " " + url;
        return List.of(
                new Target("email", "mailto:?subject=" + encode(title) + "&body=" + encode(message)),
                new Target("whatsapp", "https://wa.me/?text=" + encode(message)),
                new Target("telegram", "https://t.me/share/url?url=" + encode(url) + "&text=" + encode(text)),
                new Target("x", "https://x.com/intent/post?text=" + encode(text) + "&url=" + encode(url)),
                new Target("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + encode(url)),
                new Target("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=" + encode(url)));
    }

    /** Percent-encoding with %20 for spaces, which mail programs show as spaces (a + they may show as is). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
