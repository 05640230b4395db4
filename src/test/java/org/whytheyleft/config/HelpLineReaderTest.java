package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.whytheyleft.core.Problem;

class HelpLineReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private Map<String, SiteConfig.HelpLine> read(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(file));
        return new HelpLineReader(Path.of("content/site.properties"), new PropertyLines(file.lines().toList()))
                .read(properties, List.of("nl", "en"), problems);
    }

    private static String both(String phone, String url) {
        return """
                # help lines
                help.name.nl=Hulplijn
                help.url.nl=%s
                help.phone.nl=%s
                help.name.en=Helpline
                help.url.en=https://helpline.example/
                help.phone.en=0800 1234
                """.formatted(url, phone);
    }

    @Test
    void noHelpLineIsTheDefaultAndNoProblem() throws IOException {
        assertEquals(Map.of(), read("site.url=https://example.org/\n"));
        assertEquals(List.of(), problems);
    }

    @Test
    void phoneNumbersOfDigitsAndSpacesWithALeadingPlusAreRead() throws IOException {
        for (String phone : List.of("0800 1234", "+31 800 1234", "113", "+44 20 7946 0000")) {
            Map<String, SiteConfig.HelpLine> lines = read(both(phone, "https://hulplijn.example/"));
            assertEquals(List.of(), problems, phone);
            assertEquals(phone, lines.get("nl").phone());
        }
        assertEquals("tel:+442079460000", new SiteConfig.HelpLine("n", "https://x.example/", "+44 20 7946 0000")
                .phoneLink());
    }

    @Test
    void aPhoneNumberWithOtherSignsIsRefusedOnItsLine() throws IOException {
        for (String phone : List.of("0800-1234", "+", "0800 HELP", "(020) 123", "12 +3")) {
            problems.clear();
            assertEquals(Map.of(), read(both(phone, "https://hulplijn.example/")), phone);
            assertEquals(1, problems.size(), phone + ": " + problems);
            assertEquals(4, problems.get(0).line(), "the line of help.phone.nl");
            assertTrue(problems.get(0).message().startsWith("help.phone.nl '" + phone + "' is not a phone number"));
        }
    }

    @Test
    void aWebAddressMustBeHttpsWithAHost() throws IOException {
        for (String url : List.of("http://hulplijn.example/", "https://", "hulplijn.example", "ftp://x.example/")) {
            problems.clear();
            read(both("0800 1234", url));
            assertEquals(1, problems.size(), url + ": " + problems);
            assertEquals(3, problems.get(0).line(), "the line of help.url.nl");
        }
    }
}
