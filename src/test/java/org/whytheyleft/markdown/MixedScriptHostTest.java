package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MixedScriptHostTest {

    @Test
    void namesACyrillicLetterAmongLatinOnesWithItsPlaceInTheHost() {
        assertEquals("has U+0430 CYRILLIC SMALL LETTER A, a Cyrillic letter among Latin ones, as character 3 of its"
                + " host 'ex\u0430mple.org': a host name that mixes scripts looks like one site while it leads"
                + " readers to another.", MixedScriptHost.in("https://ex\u0430mple.org/report").orElseThrow().what());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://ex\u0430mple.org/", "http://www.ex\u0430mple.org:8080/a", "//ex\u0430mple.org/",
            "https://ex%D0%B0mple.org/", "mailto:info@ex\u0430mple.org?subject=x", "HTTPS://user@g\u03bfogle.com/",
            "https://\u043f\u0440\u0438\u043c\u0435\u0440a.com/"})
    void findsALetterOfAnotherScriptInOnePartOfTheName(String address) {
        assertTrue(MixedScriptHost.in(address).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/", "https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/",
            "https://\u0627\u06cc\u0631\u0627\u0646.ir/", "https://\u65e5\u672c\u8a9ejp.jp/",
            "https://\u4f8b\u3048.\u30c6\u30b9\u30c8/", "https://example.org/\u0440\u0430\u0437\u0434\u0435\u043b",
            "https://xn--exmple-4nf.org/", "../nl/eerste.md", "#start", "tel:+31800", "mailto:info@example.org"})
    void letsThroughANameInOneScriptOrInScriptsThatGoTogether(String address) {
        assertEquals(Optional.empty(), MixedScriptHost.in(address), address);
    }
}
