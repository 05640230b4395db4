package org.whytheyleft.view;

import java.net.URI;

import org.whytheyleft.config.SiteConfig;

/**
 * Decides what every page lets the browser load: by default the site's own styles and images, no script at all,
 * no forms, no plugins, no other base address, and no referrer sent along a followed link. A configured analytics
 * script is the one exception, and its origin is then the only other one allowed, for that script and its reports.
 * {@code frame-ancestors} and {@code upgrade-insecure-requests} are left out: browsers ignore the first in a meta
 * element (with a console error), and the second would break the local http preview.
 */
final class PrivacyRules {

    static final String NO_REFERRER = "no-referrer";

    private PrivacyRules() {
    }

    static PageView.Privacy of(SiteConfig config) {
        URI analytics = config.analytics();
        String scripts = analytics == null ? "'none'" : origin(analytics);
        String connections = analytics == null ? "'self'" : "'self' " + origin(analytics);
        String policy = "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self';"
                + " font-src 'self'; connect-src " + connections + "; object-src 'none'; base-uri 'self';"
                + " form-action 'none'";
        return new PageView.Privacy(policy, NO_REFERRER, analytics == null ? null : analytics.toString(),
                analytics == null ? null : analytics.getHost(), false);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
