package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.whytheyleft.core.Problem;

class LinkSettingsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"campagne@example.org", "https://example.org/contact", "info+site@mail.example.nl"})
    void acceptsAPlainEmailAddressOrAnHttpsAddressAsContact(String contact) {
        assertTrue(LinkSettings.isContact(contact), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
            "mailto:info@example.org", "mailto:info@example.org?bcc=spy@evil.example", "info@example.org?bcc=x@y.z",
            "http://example.org/", "https://user:pw@example.org/", "https://example.org:0/", "vbscript:x",
            "https://example.org/\"onmouseover=x", "info@example.org\nBcc: spy@evil.example"})
    void refusesAnyOtherContact(String contact) {
        assertFalse(LinkSettings.isContact(contact), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://stats.example.com/s.js; script-src *", "https://stats.example.com/s.js,x",
            "https://stats.example.com/'self'", "https://stats.example.com/\ts.js", "https://:443/s.js",
            "https://a:b@stats.example.com/s.js", "https://stats.example.com:70000/s.js"})
    void refusesAnAddressThatWouldBreakTheSecurityPolicy(String script) {
        assertTrue(LinkSettings.https(script).isEmpty(), script);
    }

    @Test
    void acceptsAnHttpsAddressWithAPort() {
        assertEquals(8443, LinkSettings.https("https://stats.example.com:8443/s.js").orElseThrow().getPort());
    }

    @Test
    void blamesABadSiteUrlOnTheCommandLineWhenItCameFromThere() throws IOException {
        Path file = temp.resolve("site.properties");
        Files.writeString(file, "site.url=https://example.org/\nsite.languages=nl\nsite.name.nl=Proef\n"
                + "campaign.name.nl=Proef\nentry.summary.nl=Een proefsite.\nentry.intro.nl=Een proef.\n");

        List<Problem> problems = new SiteConfigReader().read(file, Path.of("content/site.properties"),
                "https://user:pw@example.org/").problems();

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).describe().startsWith("command line: -Dsite.url 'https://user:pw@example.org/'"
                + " is not an absolute http(s) address."), problems.get(0).describe());
    }
}
