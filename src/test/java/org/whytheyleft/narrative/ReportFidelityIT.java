package org.whytheyleft.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whytheyleft.narrative.StoryPages.htmlFiles;
import static org.whytheyleft.narrative.StoryPages.linksTo;
import static org.whytheyleft.narrative.StoryPages.mainText;
import static org.whytheyleft.narrative.StoryPages.page;
import static org.whytheyleft.narrative.StoryPages.parse;
import static org.whytheyleft.narrative.StoryPages.section;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The story says what the report and its press say, no more: statements a review found wrong or unsupported stay
 * gone, and each finding the report stresses is on its page with a link to its source (facts.md, lines A1-A30).
 */
class ReportFidelityIT {

    private static final String NL_SOURCES = "nl/bronnen/";
    private static final String EN_SOURCES = "en/sources/";

    /** Wording that contradicted or went beyond the sources, in either language, anywhere a reader meets text. */
    private static final List<String> CORRECTED = List.of(
            "geen verhalen van tegenstanders van IS", "not the words of IS's enemies", "not the words of IS’s enemies",
            "vooral tegen soennieten",
            "Assad did not seem to matter", "leek de strijd tegen president Bashar al-Assad",
            "zoals de pers ze samenvatte", "as the press summed them up", "vatte de pers de aanbevelingen",
            "iemand die boven anderen staat", "someone who stands above others",
            "verandert nooit", "never changes",
            "Waarom ze vertrokken");

    @Test
    void statementsThatWentBeyondTheSourcesAreGone() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : htmlFiles()) {
            Document page = parse(file);
            String text = page.text() + " " + page.select("meta[content]").eachAttr("content");
            for (String wrong : CORRECTED) {
                if (text.contains(wrong)) {
                    found.add(StoryPages.SITE.relativize(file) + ": " + wrong);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void englishNameSaysTheyLeftIs() throws IOException {
        Pattern bare = Pattern.compile("Why they left(?! IS)");
        for (Path file : htmlFiles()) {
            Document page = parse(file);
            String text = page.text() + " " + page.select("meta[content]").eachAttr("content");
            assertFalse(bare.matcher(text).find(), file + " names the site as leaving IS, not just leaving");
        }
    }

    /** In Dutch, "vertrekken" on this subject reads as leaving for Syria: the pages say that they left IS. */
    @Test
    void dutchPagesNeverSayVertrekken() throws IOException {
        Pattern vertrekken = Pattern.compile("\\bvertr[eo]k", Pattern.CASE_INSENSITIVE);
        List<Path> dutch = new ArrayList<>(htmlFiles("nl"));
        dutch.add(StoryPages.SITE.resolve("index.html"));
        for (Path file : dutch) {
            Document page = parse(file);
            String text = page.text() + " " + page.select("meta[content]").eachAttr("content");
            assertFalse(vertrekken.matcher(text).find(), file + " uses a form of vertrekken");
        }
        assertTrue(parse(StoryPages.SITE.resolve("nl/index.html")).title().contains("Waarom ze IS verlieten"));
    }

    @Test
    void theCiviliansIsDidLittleForWereVictimsOfTheAssadRegime() throws IOException {
        assertParagraph("nl/redenen/strijd-tegen-soennieten/", "Soennitische burgers", "regime van Assad");
        assertParagraph("en/reasons/fighting-fellow-sunnis/", "Sunni civilians", "Assad regime");
    }

    @Test
    void fightingAssadWasNotAPriority() throws IOException {
        assertParagraph("nl/redenen/strijd-tegen-soennieten/", "Bashar al-Assad", "geen prioriteit");
        assertParagraph("en/reasons/fighting-fellow-sunnis/", "Bashar al-Assad", "not a priority");
    }

    @Test
    void foreignMembersPrivilegesAreWhatDefectorsSaid() throws IOException {
        assertParagraph("nl/redenen/corruptie-en-racisme/", "voorrechten", "Volgens hun verhalen");
        assertParagraph("en/reasons/corruption-and-racism/", "privileges", "According to their accounts");
        assertTrue(page("nl/redenen/corruptie-en-racisme/").select("meta[name=description]").attr("content")
                .contains("volgens hen"), "the Dutch summary attributes the privileges");
        assertTrue(page("en/reasons/corruption-and-racism/").select("meta[name=description]").attr("content")
                .contains("they said"), "the English summary attributes the privileges");
    }

    @Test
    void theBrutalitySummaryIsAboutWhomTheDefectorsComplainedFor() throws IOException {
        for (String sitePath : List.of("nl/redenen/wreedheid/", "en/reasons/brutality/")) {
            String summary = page(sitePath).select("meta[name=description]").attr("content");
            assertTrue(summary.contains("klaagden") || summary.contains("complained"), summary);
            assertTrue(summary.contains("ICSR"), "the summary gives the finding as ICSR's: " + summary);
        }
    }

    @Test
    void theRecommendationsAreTheReportsOwnToGovernmentsAndActivists() throws IOException {
        assertFinding("nl/aanbeveling/", "vier aanbevelingen aan overheden en activisten", NL_SOURCES, "icsr-rapport");
        assertFinding("en/recommendation/",
                "four recommendations to governments and activists", EN_SOURCES, "icsr-report");
        assertFinding("nl/aanbeveling/", "omstreden", NL_SOURCES, "pers");
        assertFinding("en/recommendation/", "controversial", EN_SOURCES, "press-coverage");
    }

    @Test
    void theNewsReportIsNamedAsAfpPublishedByNos() throws IOException {
        for (String[] sources : List.of(new String[] {NL_SOURCES, "nieuwsbericht"},
                new String[] {EN_SOURCES, "news-report"})) {
            Document page = page(sources[0]);
            String text = section(page, sources[1]);
            assertTrue(text.contains("AFP") && text.contains("NOS"), text);
            assertTrue(page.select("a[href^=https://nos.nl/]").size() == 1, "the NOS page is linked");
        }
    }

    @Test
    void everyPageNamesItsPublisherInItsOwnLanguage() throws IOException {
        Properties settings = StoryPages.settings();
        for (String lang : List.of("nl", "en")) {
            String own = settings.getProperty("campaign.name." + lang);
            for (Path file : htmlFiles(lang)) {
                Element footer = parse(file).selectFirst("footer");
                assertTrue(footer.text().contains(own), file + " names the publisher as " + own);
                for (String other : List.of("nl", "en")) {
                    String name = settings.getProperty("campaign.name." + other);
                    if (!other.equals(lang) && !name.equals(own)) {
                        assertFalse(footer.text().contains(name), file + " prints the " + other + " name " + name);
                    }
                }
            }
        }
    }

    @Test
    void whoTheDefectorsWereAndHowIcsrFoundThem() throws IOException {
        assertFinding("nl/", "ten minste 58", NL_SOURCES, "icsr-rapport");
        assertFinding("nl/", "51 mannen en zeven vrouwen, uit zeventien landen", NL_SOURCES, "pers");
        assertFinding("nl/", "heeft met geen van hen zelf gesproken", NL_SOURCES, "icsr-pagina");
        assertFinding("en/", "at least 58", EN_SOURCES, "icsr-report");
        assertFinding("en/", "51 men and seven women from seventeen countries", EN_SOURCES, "press-coverage");
        assertFinding("en/", "did not interview any of them", EN_SOURCES, "icsr-page");
    }

    @Test
    void leavingIsDangerous() throws IOException {
        assertFinding("nl/", "ingewikkeld en gevaarlijk", NL_SOURCES, "samenvatting");
        assertFinding("nl/", "gevangenisstraf", NL_SOURCES, "pers");
        assertFinding("nl/", "onder, meldde de BBC", NL_SOURCES, "pers");
        assertFinding("nl/", "uitgekozen voor een zelfmoordaanslag", NL_SOURCES, "pers");
        assertFinding("en/", "complex and dangerous", EN_SOURCES, "executive-summary");
        assertFinding("en/", "prison in their home country", EN_SOURCES, "press-coverage");
        assertFinding("en/", "go into hiding, the BBC reported", EN_SOURCES, "press-coverage");
        assertFinding("en/", "picked to be suicide bombers", EN_SOURCES, "press-coverage");
    }

    @Test
    void theReportsOwnWordingOfTheFourNarrativesOpensEachChapter() throws IOException {
        List<String> chapters = List.of("nl/redenen/strijd-tegen-soennieten/", "nl/redenen/wreedheid/",
                "nl/redenen/corruptie-en-racisme/", "nl/redenen/luxe-en-heldendom/",
                "en/reasons/fighting-fellow-sunnis/", "en/reasons/brutality/", "en/reasons/corruption-and-racism/",
                "en/reasons/luxury-and-heroism/");
        List<String> wording = List.of("meer geïnteresseerd in de strijd tegen andere (soennitische) moslims",
                "wreedheden en gruweldaden tegen (soennitische) moslims", "IS is corrupt en on-islamitisch",
                "Het leven onder IS is hard en teleurstellend",
                "IS is more interested in fighting fellow (Sunni) Muslims than the Assad government",
                "IS is involved in brutality and atrocities against (Sunni) Muslims", "IS is corrupt and un-Islamic",
                "Life under IS is harsh and disappointing");
        for (int i = 0; i < chapters.size(); i++) {
            Document page = page(chapters.get(i));
            Element first = page.selectFirst("main .prose figure.quotation");
            assertTrue(first != null && first.selectFirst("blockquote").text().contains(wording.get(i)),
                    chapters.get(i) + " quotes the report's narrative");
            assertTrue(first.selectFirst("figcaption").text().toLowerCase(Locale.ROOT).contains("summary")
                    || first.selectFirst("figcaption").text().contains("samenvatting"), "attributed to the summary");
            String lang = chapters.get(i).substring(0, 2);
            assertTrue(linksTo(chapters.get(i), page, lang.equals("nl") ? NL_SOURCES : EN_SOURCES,
                    lang.equals("nl") ? "samenvatting" : "executive-summary"), chapters.get(i) + " cites the summary");
        }
    }

    @Test
    void theWordsDefectorsUsed() throws IOException {
        assertFinding("nl/redenen/strijd-tegen-soennieten/", "schadelijk voor hun eigen zaak en religieus ongeoorloofd",
                NL_SOURCES, "pers");
        assertFinding("nl/redenen/strijd-tegen-soennieten/", "fitna", NL_SOURCES, "pers");
        assertFinding("nl/redenen/corruptie-en-racisme/", "on-islamitisch noemden", NL_SOURCES, "pers");
        assertFinding("nl/redenen/strijd-tegen-soennieten/", "Moslims vechten tegen moslims", NL_SOURCES, "pers");
        assertFinding("nl/aanbeveling/", "IS beschermt geen moslims. Het doodt ze.", NL_SOURCES, "pers");
        assertFinding("en/reasons/fighting-fellow-sunnis/", "counterproductive and religiously illegitimate",
                EN_SOURCES, "press-coverage");
        assertFinding("en/reasons/fighting-fellow-sunnis/", "fitna", EN_SOURCES, "press-coverage");
        assertFinding("en/reasons/corruption-and-racism/", "themselves called un-Islamic", EN_SOURCES,
                "press-coverage");
        assertFinding("en/reasons/fighting-fellow-sunnis/", "Muslims are fighting Muslims", EN_SOURCES,
                "press-coverage");
        assertFinding("en/recommendation/", "IS is not protecting Muslims. It is killing them.", EN_SOURCES,
                "press-coverage");
    }

    @Test
    void theRecommendationStatesTheObjectionAndTheCase() throws IOException {
        assertFinding("nl/aanbeveling/", "Niet elke overloper is een heilige", NL_SOURCES, "pers");
        assertFinding("nl/aanbeveling/", "sommigen hebben misschien misdaden begaan", NL_SOURCES, "icsr-rapport");
        assertFinding("nl/aanbeveling/", "eensgezinde en vastberaden groep", NL_SOURCES, "icsr-rapport");
        assertFinding("nl/aanbeveling/", "als geheel geloofwaardig", NL_SOURCES, "icsr-pagina");
        assertFinding("nl/aanbeveling/", "geen amnestie in ruil voor een mooi verhaal, zei hij volgens Breitbart",
                NL_SOURCES, "pers");
        assertFinding("en/recommendation/", "Not every defector is a saint", EN_SOURCES, "press-coverage");
        assertFinding("en/recommendation/", "some may have committed crimes", EN_SOURCES, "icsr-report");
        assertFinding("en/recommendation/", "a united and determined group", EN_SOURCES, "icsr-report");
        assertFinding("en/recommendation/", "credible as a whole", EN_SOURCES, "icsr-page");
        assertFinding("en/recommendation/", "no amnesty in return for a good story, he said according to Breitbart",
                EN_SOURCES, "press-coverage");
    }

    @Test
    void theSourcesPageSaysHowTheStudyWasJudgedPaidForAndMisreported() throws IOException {
        assertInSection(NL_SOURCES, "methode", "De kwaliteit van de getuigenissen verschilt");
        assertInSection(NL_SOURCES, "methode", "hoe goed ze met elkaar overeenkwamen");
        assertInSection(NL_SOURCES, "icsr-rapport", "Kanishka-project van de Canadese regering");
        assertInSection(EN_SOURCES, "method", "The quality of the testimony varies");
        assertInSection(EN_SOURCES, "method", "how consistent they were");
        assertInSection(EN_SOURCES, "icsr-report", "Government of Canada's Kanishka project");
        for (String error : List.of("Telegraph", "Vox", "Institute for Strategic Dialogue", "18 september",
                "\u201eNarrative\u201d")) {
            assertInSection(NL_SOURCES, "persfouten", error);
        }
        for (String error : List.of("Telegraph", "Vox", "Institute for Strategic Dialogue", "18 September",
                "\u201cNarrative\u201d")) {
            assertInSection(EN_SOURCES, "press-errors", error);
        }
    }

    private static void assertInSection(String sitePath, String id, String text) throws IOException {
        String section = section(page(sitePath), id).replace('\u2019', '\'');
        assertTrue(section.contains(text.replace('\u2019', '\'')), sitePath + "#" + id + " says: " + text);
    }

    /** The finding is in the page's text and the page links to the source section that backs it. */
    private static void assertFinding(String sitePath, String text, String sources, String fragment)
            throws IOException {
        Document page = page(sitePath);
        String main = mainText(page).replace('\u2019', '\'');
        String plain = text.replace("\"", "");
        assertTrue(main.contains(plain) || main.replaceAll("[\u201e\u201c\u201d\"]", "").contains(plain),
                sitePath + " says: " + text);
        assertTrue(linksTo(sitePath, page, sources, fragment), sitePath + " cites " + sources + "#" + fragment);
    }

    private static void assertParagraph(String sitePath, String subject, String attribution) throws IOException {
        List<String> paragraphs = page(sitePath).select("main p").eachText();
        List<String> about = paragraphs.stream().filter(p -> p.contains(subject)).toList();
        assertFalse(about.isEmpty(), sitePath + " speaks of " + subject);
        for (String paragraph : about) {
            assertTrue(paragraph.contains(attribution), sitePath + ": \"" + paragraph + "\" says " + attribution);
        }
    }
}
