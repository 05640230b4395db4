package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.whytheyleft.core.Problem;

class HostLetterTest {

    private static final Path SETTINGS = Path.of("content/site.properties");

    private static String describe(String key, String value) {
        return HostLetter.problem(SETTINGS, 6, key, value).map(Problem::describe).orElse("no problem");
    }

    @Test
    void namesACyrillicLetterInTheSiteAddressWithItsScriptAndPlace() {
        assertEquals("content/site.properties:6: site.url 'https://ex\u0430mple.github.io/why-they-left/' has"
                + " U+0430 CYRILLIC SMALL LETTER A, a Cyrillic letter, as character 3 of its host"
                + " 'ex\u0430mple.github.io': a host name is written in plain Latin letters, digits, '-' and '.', and"
                + " a letter outside a to z can look like a plain one while it leads readers to another site."
                + " Fix: type the address again in plain Latin letters; a domain that is truly registered with such"
                + " letters goes in its international form instead, here"
                + " https://xn--exmple-4nf.github.io/why-they-left/.",
                describe("site.url", "https://ex\u0430mple.github.io/why-they-left/"));
    }

    @Test
    void namesAGreekLetterInAHelpLineAddress() {
        String problem = describe("help.url.en", "https://helpline.\u03bfrg.uk/");
        assertTrue(problem.contains("has U+03BF GREEK SMALL LETTER OMICRON, a Greek letter, as character 10 of its"
                + " host 'helpline.\u03bfrg.uk'"), problem);
    }

    @Test
    void aWideLetterIsToBeTypedAsThePlainOne() {
        assertEquals("content/site.properties:6: campaign.contact 'info@\uff45xample.org' has U+FF45 FULLWIDTH LATIN"
                + " SMALL LETTER E, a wide form of the Latin letter 'e', as character 1 of its host"
                + " '\uff45xample.org': a host name is written in plain Latin letters, digits, '-' and '.', and not"
                + " every program reads a wide form as the plain character. Fix: type it as the plain letter 'e':"
                + " info@example.org.",
                describe("campaign.contact", "info@\uff45xample.org"));
    }

    @Test
    void aLatinLetterWithAnAccentIsNamedAsOutsideAToZ() {
        assertTrue(describe("site.domain", "caf\u00e9.example.org").contains("a Latin letter outside a to z, as"
                + " character 4 of its host 'caf\u00e9.example.org'"), describe("site.domain", "café.example.org"));
    }

    @Test
    void aWideFullStopIsToBeTypedAsThePlainOne() {
        String problem = describe("site.url", "https://example\uff0eorg/");
        assertTrue(problem.contains("a wide form of '.', as character 8") && problem.endsWith("Fix: type it as the"
                + " plain character '.': https://example.org/."), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.github.io/why-they-left/", "https://xn--exmple-4nf.github.io/",
            "https://example.org/caf\u00e9/", "https://example.org/?q=\u0430", "https://user@example.org:8443/",
            "campagne@example.org", "", "example.org"})
    void anAddressWithAPlainHostHasNoSuchLetter(String address) {
        assertEquals(Optional.empty(), HostLetter.in(address), address);
    }
}
