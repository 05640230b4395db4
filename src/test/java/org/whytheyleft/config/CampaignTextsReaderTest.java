package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.whytheyleft.core.Problem;

/** The story texts of the settings: which are required, the figure's count, and the count's use. */
class CampaignTextsReaderTest {

    private static final String ENTRY = """
            entry.summary.es=Un sitio sobre doce cosas, en dos idiomas.
            entry.intro.es=Doce cosas.
            entry.summary.fa=سایتی دربارهٔ دوازده چیز، به دو زبان.
            entry.intro.fa=دوازده چیز.
            """;

    private final List<Problem> problems = new ArrayList<>();

    private CampaignTexts read(String file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(file));
        return new CampaignTextsReader(Path.of("content/site.properties"), new PropertyLines(file.lines().toList()))
                .read(properties, List.of("es", "fa"), problems);
    }

    private List<String> described() {
        return problems.stream().map(Problem::describe).toList();
    }

    @Test
    void theEntryTextsAloneMakeACampaignWithoutAFigureOrChapterWords() throws IOException {
        CampaignTexts texts = read(ENTRY);

        assertEquals(List.of(), problems);
        assertEquals(OptionalInt.empty(), texts.count());
        assertEquals(Optional.of("دوازده چیز."), texts.text("fa", "entry.intro"));
        assertEquals(Optional.empty(), texts.text("es", "chapter.position"), "the bundle's wording then");
    }

    @Test
    void aRequiredTextMissingInOneLanguageNamesTheKeyAndTheLineToAdd() throws IOException {
        read(ENTRY.replace("entry.intro.fa=دوازده چیز.\n", "entry.intro.fa=  \n"));

        assertEquals(List.of("content/site.properties:4: has no value for entry.intro.fa, and every language of"
                + " site.languages needs it. Fix: add a line entry.intro.fa=... with the text in that language."),
                described());
    }

    @Test
    void aCountNeedsItsLabelAndCaptionInEveryLanguage() throws IOException {
        CampaignTexts texts = read(ENTRY + """
                figure.count=12
                figure.label.es={0} cosas
                figure.caption.es={0} cosas, una marca cada una.
                figure.label.fa={0} چیز
                """);

        assertEquals(OptionalInt.of(12), texts.count());
        assertEquals(List.of("content/site.properties: has no value for figure.caption.fa, and figure.count is set."
                + " Fix: add a line figure.caption.fa=... with the text in that language."), described());
    }

    @Test
    void aCountThatIsNotAWholeNumberOfMarksIsRefusedOnItsLine() throws IOException {
        for (String count : List.of("doce", "0", "12.5", "-3", "1001", "٥٨")) {
            problems.clear();
            CampaignTexts texts = read(ENTRY + "figure.count=" + count + "\n");
            assertEquals(OptionalInt.empty(), texts.count(), count);
            assertEquals(1, problems.size(), count + ": " + problems);
            assertTrue(described().get(0).startsWith("content/site.properties:5: figure.count '" + count
                    + "' is not a whole number from 1 to 1000."), described().get(0));
        }
    }

    @Test
    void aTextThatUsesTheCountWithoutACountWouldPrintItsBracesAndIsRefused() throws IOException {
        read(ENTRY + "leaflet.lead.es=Cuando {0} personas se fueron, contaron {1} cosas.\n"
                + "leaflet.limits.es=Lo que el estudio no puede mostrar.\n");

        assertEquals(List.of("content/site.properties:5: leaflet.lead.es uses {0}, the count, but figure.count is"
                + " not set. Fix: set figure.count=... or write the text without {0}."), described());
    }

    @Test
    void onlyTextsOfTheSitesLanguagesAreSettings() {
        assertTrue(CampaignTextsReader.isTextKey("chapter.position.fa", List.of("es", "fa")));
        assertTrue(CampaignTextsReader.isTextKey("figure.count", List.of("es", "fa")));
        assertFalse(CampaignTextsReader.isTextKey("chapter.position.nl", List.of("es", "fa")), "not a language");
        assertFalse(CampaignTextsReader.isTextKey("chapter.title.es", List.of("es", "fa")), "not a text");
        assertFalse(CampaignTextsReader.isTextKey("chapter.position", List.of("es", "fa")), "no language");
    }
}
