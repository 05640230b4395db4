package org.whytheyleft.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.whytheyleft.SourcePages;
import org.whytheyleft.config.SiteConfig;

/** What every page allows the browser: the site's own files, no script, no referrer, unless analytics are on. */
class PrivacyRulesTest {

    @Test
    void byDefaultPagesAllowNoScriptNoFormsNoPluginsAndSendNoReferrer() {
        PageView.Privacy privacy = PrivacyRules.of(SourcePages.config());

        String policy = privacy.securityPolicy();
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("script-src 'none'"), policy);
        assertTrue(policy.contains("base-uri 'self'"), policy);
        assertTrue(policy.contains("form-action 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertFalse(policy.contains("http"), "no other origin: " + policy);
        assertFalse(policy.contains("frame-ancestors"), "ignored in a meta element, with a console error");
        assertEquals("no-referrer", privacy.referrerPolicy());
        assertNull(privacy.analytics());
    }

    @Test
    void configuredAnalyticsAreTheOnlyScriptAndTheOnlyOtherOrigin() {
        SiteConfig base = SourcePages.config();
        SiteConfig config = new SiteConfig(base.url(), base.languages(), base.names(), base.campaignNames(),
                base.campaignContact(), base.domain(), base.study(), URI.create("https://stats.example.org/s.js"));

        PageView.Privacy privacy = PrivacyRules.of(config);

        assertEquals("https://stats.example.org/s.js", privacy.analytics());
        assertTrue(privacy.securityPolicy().contains("script-src https://stats.example.org;"));
        assertTrue(privacy.securityPolicy().contains("connect-src 'self' https://stats.example.org;"));
        assertTrue(privacy.securityPolicy().contains("img-src 'self';"), "nothing else opens up");
    }
}
