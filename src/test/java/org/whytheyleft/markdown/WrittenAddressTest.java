package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://icsr.info/", "http://example.org/", "mailto:info@example.org", "tel:+31800",
            "../bronnen/", "#begin", "../../img/figuur.svg", "//example.org/", "HTTPS://example.org/"})
    void allowsWebMailPhoneAndInSiteLinks(String address) {
        assertTrue(WrittenAddress.isAllowedLink(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", " javascript:alert(1)", "\u0000javascript:x", "data:text/html,x",
            "vbscript:x", "file:///etc/passwd", "blob:https://example.org/x", "ftp://example.org/"})
    void refusesEveryOtherScheme(String address) {
        assertFalse(WrittenAddress.isAllowedLink(address), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://tracker.example/p.gif", "//tracker.example/p.gif", "\\\\tracker.example/p.gif",
            "/\\tracker.example/p.gif", "\\/tracker.example/p.gif", "data:image/png;base64,AAAA"})
    void keepsImagesInTheSite(String address) {
        assertFalse(WrittenAddress.isInSite(address), address);
    }
}
