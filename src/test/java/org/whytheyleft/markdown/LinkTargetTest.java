package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whytheyleft.markdown.LinkTarget.Kind;

class LinkTargetTest {

    private static final String FROM = "nl/redenen/wreedheid.md";

    private static LinkTarget resolve(String address) {
        return LinkTarget.resolve(FROM, address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)",
            "java\tscript:alert(1)", "java\nscript:alert(1)", " javascript:alert(1)", "\u0000javascript:alert(1)",
            "jav\u007fascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "DATA:image/png;base64,iVBORw0KGgo=", "file:///etc/passwd", "blob:https://example.org/x"})
    void treatsSchemesThatRunCodeOrEmbedDataAsUnsafe(String address) {
        assertEquals(Kind.UNSAFE, resolve(address).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/", "https://icsr.info/2015/10/12/report/", "HTTPS://EXAMPLE.ORG",
            "mailto:redactie@example.org", "tel:+31201234567", "//example.org/pad", " //example.org/pad",
            "/\t/example.org/pad"})
    void treatsOtherHostsAsExternal(String address) {
        assertEquals(Kind.EXTERNAL, resolve(address).kind());
    }

    @Test
    void resolvesAnAnchorOnTheSamePage() {
        assertEquals(new LinkTarget(Kind.SAME_PAGE, FROM, "wat-ze-zagen"), resolve("#wat-ze-zagen"));
    }

    @Test
    void resolvesARelativePageLinkWithAnchor() {
        LinkTarget target = resolve("../bronnen.md#icsr-rapport");

        assertEquals(new LinkTarget(Kind.CONTENT, "nl/bronnen.md", "icsr-rapport"), target);
        assertTrue(target.isPage());
    }

    @Test
    void resolvesLinksInTheSameFolderAndAcrossLanguages() {
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/redenen/luxe.md", ""), resolve("luxe.md"));
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/redenen/luxe.md", ""), resolve("./luxe.md"));
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/redenen/luxe.md", ""), resolve("../redenen/./luxe.md"));
        assertEquals(new LinkTarget(Kind.CONTENT, "en/reasons/brutality.md", "what-they-saw"),
                resolve("../../en/reasons/brutality.md#what-they-saw"));
        assertEquals(new LinkTarget(Kind.CONTENT, "index.md", ""), resolve("../../index.md"));
    }

    @Test
    void resolvesFromAPageAtTheContentRoot() {
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/index.md", ""), LinkTarget.resolve("index.md", "nl/index.md"));
        assertEquals(Kind.OUTSIDE, LinkTarget.resolve("index.md", "../x.md").kind());
    }

    @Test
    void dropsTheQueryOfAContentLink() {
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/bronnen.md", "x"), resolve("../bronnen.md?ref=1#x"));
    }

    @Test
    void tellsPagesFromMedia() {
        LinkTarget medium = resolve("../figuren/kaart.png");

        assertEquals(new LinkTarget(Kind.CONTENT, "nl/figuren/kaart.png", ""), medium);
        assertFalse(medium.isPage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../x.md", "../../../../etc/passwd", "../../../nl/over.md",
            "%2e%2e/%2e%2e/%2e%2e/x.md", "luxe/../../../../x.md"})
    void refusesLinksThatClimbOutOfContent(String address) {
        assertEquals(Kind.OUTSIDE, resolve(address).kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl/bronnen/", "/", "/css/site.css"})
    void marksRootRelativeLinks(String address) {
        assertEquals(Kind.ROOT_RELATIVE, resolve(address).kind());
    }

    @Test
    void decodesPercentEncodingInPathAndFragment() {
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/redenen/mijn rapport.pdf", ""),
                resolve("mijn%20rapport.pdf"));
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/caf\u00e9.md", "co\u00f6peratie"),
                resolve("../caf%C3%A9.md#co%C3%B6peratie"));
        assertEquals(new LinkTarget(Kind.SAME_PAGE, FROM, "\u00e9\u00e9n"), resolve("#%C3%A9%C3%A9n"));
    }

    @Test
    void keepsAPlusSignAsAPlusSign() {
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/redenen/a+b.md", "c+d"), resolve("a+b.md#c+d"));
    }

    @Test
    void keepsMalformedPercentEncodingAsWritten() {
        assertEquals(new LinkTarget(Kind.CONTENT, "nl/redenen/100%.md", ""), resolve("100%.md"));
    }
}
