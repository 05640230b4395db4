package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.whytheyleft.SourcePages.chapter;
import static org.whytheyleft.SourcePages.home;
import static org.whytheyleft.SourcePages.page;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.whytheyleft.SourcePages;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.model.SiteModel;
import org.whytheyleft.model.SitePage;

class MarkdownRendererTest {

    private static final String WREEDHEID = "nl/redenen/wreedheid.md";
    private static final String BRUTALITY = "en/reasons/brutality.md";

    private final SiteModel site = new SiteModel(SourcePages.config(), List.of(
            sitePage(home("nl/index.md")), sitePage(home("en/index.md")),
            sitePage(chapter(WREEDHEID, 1).with("key", "brutality")), sitePage(chapter(BRUTALITY, 1)),
            sitePage(page("nl/bronnen.md").with("key", "sources")), sitePage(page("en/sources.md"))));
    private final MarkdownRenderer renderer = new MarkdownRenderer(site);

    private Element render(String markdown, String lang, String contentPath) {
        String html = renderer.render(renderer.parse(markdown, lang, contentPath), lang);
        return Jsoup.parseBodyFragment(html).body();
    }

    private Element renderDutch(String markdown) {
        return render(markdown, "nl", WREEDHEID);
    }

    @Test
    void givesDutchPagesDutchQuotationMarks() {
        Element body = renderDutch("Hij zei \"genoeg\" en 'klaar'. Het is z'n keus.");

        assertEquals("Hij zei \u201egenoeg\u201d en \u201aklaar\u2019. Het is z\u2019n keus.", body.text());
    }

    @Test
    void putsTheSourceOfAQuotationInAFigureCaptionOutsideTheQuotedWords() {
        Element body = renderDutch("> \"Dit is geen heilige oorlog.\"\n>\n> — een overloper uit India");

        assertEquals("\u201eDit is geen heilige oorlog.\u201d", body.select("figure.quotation > blockquote").text());
        assertEquals("— een overloper uit India", body.select("figure.quotation > figcaption").text());
    }

    @Test
    void marksAPlainRunInAnotherLanguageWrittenInBracketsAsASpanInThatLanguage() {
        Element body = renderDutch("Het woord [fitna]{lang=ar-Latn} en [de *Engelse* woorden]{lang=en} en [dit]{lang=en}.");

        assertEquals("Het woord fitna en de Engelse woorden en dit.", body.text());
        assertEquals(List.of("ar-Latn", "en", "en"), body.select("span").eachAttr("lang"));
        assertEquals("de Engelse woorden", body.select("span").get(1).text());
        assertEquals("em", body.select("span").get(1).child(0).tagName());
    }

    @Test
    void aPlainRunInArabicOnADutchPageRunsRightToLeft() {
        Element body = renderDutch("Zij noemen het [فتنة]{lang=ar}, een beproeving.");

        Element span = body.selectFirst("span");
        assertEquals("ar", span.attr("lang"));
        assertEquals("rtl", span.attr("dir"));
        assertEquals("فتنة", span.text());
    }

    @Test
    void bracketsWithoutALanguageAndLinksStayAsTheyWere() {
        Element body = renderDutch("Haken [zo] blijven, [een link](https://example.org/){lang=en} ook, [z'n]{.x} ook.");

        assertEquals(0, body.select("span").size());
        assertEquals("en", body.selectFirst("a").attr("lang"));
        assertEquals("Haken [zo] blijven, een link ook, [z\u2019n] ook.", body.text());
    }

    @Test
    void marksATitleInAnotherLanguageWithItsLanguage() {
        Element body = renderDutch("Het rapport *The Narratives of Islamic State Defectors*{lang=en} verscheen.");

        assertEquals("en", body.selectFirst("em").attr("lang"));
        assertEquals("The Narratives of Islamic State Defectors", body.selectFirst("em").text());
    }

    @Test
    void leavesABlockQuoteWithoutSourceAsItIs() {
        Element body = renderDutch("> Een gewoon citaat.\n>\n> In twee alinea's.");

        assertEquals(0, body.select("figure").size());
        assertEquals(2, body.select("blockquote > p").size());
    }

    @Test
    void givesEnglishPagesEnglishQuotationMarks() {
        Element body = render("He said \"enough\" and 'done'. It's his choice.", "en", BRUTALITY);

        assertEquals("He said \u201cenough\u201d and \u2018done\u2019. It\u2019s his choice.", body.text());
    }

    @Test
    void givesArabicPagesArabicQuotationMarks() {
        Element body = render("قال \"كفى\" ثم 'انتهى'.", "ar", "ar/index.md");

        assertEquals("قال \u00abكفى\u00bb ثم \u2039انتهى\u203a.", body.text());
    }

    @Test
    void givesTurkishPagesTurkishQuotationMarksAndKeepsTheApostropheOfASuffix() {
        Element body = render("IŞİD'in \"hilafet\" dediği 'devlet'.", "tr", "tr/index.md");

        assertEquals("IŞİD\u2019in \u201chilafet\u201d dediği \u2018devlet\u2019.", body.text());
    }

    @Test
    void setsTheDirectionOfALatinRunOnARightToLeftPage() {
        Element body = render("تقرير *Victims, Perpetrators, Assets*{lang=en} عام 2015.", "ar", "ar/index.md");

        Element title = body.selectFirst("em");
        assertNotNull(title, body::html);
        assertEquals("en", title.attr("lang"));
        assertEquals("ltr", title.attr("dir"));
    }

    @Test
    void leavesTheDirectionOfARunThatRunsThePageWay() {
        Element body = renderDutch("Het rapport *Victims*{lang=en} en *تقرير*{lang=ar} en *report*{lang=en dir=rtl}.");

        assertEquals(List.of("", "rtl", "rtl"), body.select("em").stream().map(em -> em.attr("dir")).toList());
    }

    @Test
    void usesTheRendererOfEachLanguageInTurn() {
        assertEquals("\u201eja\u201d", renderDutch("\"ja\"").text());
        assertEquals("\u201cyes\u201d", render("\"yes\"", "en", BRUTALITY).text());
        assertEquals("\u201enee\u201d", renderDutch("\"nee\"").text());
    }

    @Test
    void givesAHeadingTheIdWrittenAfterIt() {
        Element heading = renderDutch("## Kop {#eigen-id}\n\nTekst.").selectFirst("h2");

        assertNotNull(heading);
        assertEquals("eigen-id", heading.id());
        assertEquals("Kop", heading.text());
    }

    @Test
    void generatesAnIdForAHeadingWithoutOne() {
        Element heading = renderDutch("## Wat overlopers zagen").selectFirst("h2");

        assertNotNull(heading);
        assertEquals("wat-overlopers-zagen", heading.id());
    }

    @Test
    void rendersATable() {
        Element body = renderDutch("| Reden | Aantal |\n|---|---:|\n| Wreedheid | 12 |\n| Luxe | 7 |\n");

        Element table = body.selectFirst("table");
        assertNotNull(table, body::html);
        assertEquals(List.of("Reden", "Aantal"), table.select("thead th").eachText());
        assertEquals(List.of("Wreedheid", "12", "Luxe", "7"), table.select("tbody td").eachText());
    }

    @Test
    void rendersAFootnote() {
        Element body = renderDutch("Een bewering.[^1]\n\n[^1]: De bron van de bewering.\n");

        Element reference = body.selectFirst("sup a[href^=#fn]");
        assertNotNull(reference, body::html);
        Element note = body.getElementById(reference.attr("href").substring(1));
        assertNotNull(note, body::html);
        assertEquals(true, note.text().contains("De bron van de bewering."), note::text);
    }

    @Test
    void linksAPageRelativeToThePageUrl() {
        Element link = renderDutch("Zie [de bronnen](../bronnen.md#x).").selectFirst("a");

        assertNotNull(link);
        assertEquals("../../bronnen/#x", link.attr("href"));
    }

    @Test
    void linksPagesInOtherFoldersAndLanguages() {
        Element body = renderDutch("[thuis](../index.md) [Engels](../../en/reasons/brutality.md#what-they-saw)"
                + " [hier](wreedheid.md) [kop](#boven)");

        assertEquals(List.of("../../", "../../../en/reasons/brutality/#what-they-saw", "./", "#boven"),
                body.select("a").eachAttr("href"));
    }

    @Test
    void linksFromAHomePage() {
        Element link = render("[Sources](sources.md#method)", "en", "en/index.md").selectFirst("a");

        assertNotNull(link);
        assertEquals("sources/#method", link.attr("href"));
    }

    @Test
    void linksMediaRelativeToThePageUrl() {
        Element body = renderDutch("![Een kaart](../figuren/kaart.png) [het rapport](rapport.pdf)");

        assertEquals("../../figuren/kaart.png", body.selectFirst("img").attr("src"));
        assertEquals("Een kaart", body.selectFirst("img").attr("alt"));
        assertEquals("../rapport.pdf", body.selectFirst("a").attr("href"),
                "nl/redenen/rapport.pdf is copied to nl/redenen/, one folder above the page's folder");
    }

    @Test
    void outsideLinksOpenWithoutOpenerOrReferrerAndInsideLinksAsUsual() {
        Element body = renderDutch("[ICSR](https://icsr.info/) en [bronnen](../bronnen.md) en [mail](mailto:a@b.nl)");

        assertEquals("noopener noreferrer", body.selectFirst("a[href^=https]").attr("rel"));
        assertEquals("", body.selectFirst("a[href=../../bronnen/]").attr("rel"));
        assertEquals("", body.selectFirst("a[href^=mailto]").attr("rel"));
    }

    @Test
    void leavesExternalLinksAsWritten() {
        Element link = renderDutch("[ICSR](https://icsr.info/2015/?a=1&b=2)").selectFirst("a");

        assertNotNull(link);
        assertEquals("https://icsr.info/2015/?a=1&b=2", link.attr("href"));
    }

    @Test
    void keepsSquareBracketsThatAreNotLinksAsText() {
        Element body = renderDutch("> \"We [the emirs] zeiden het\" [sic], zie [noot].");

        assertEquals(0, body.select("a").size());
        assertEquals("\u201eWe [the emirs] zeiden het\u201d [sic], zie [noot].", body.text());
    }

    @Test
    void stillLinksABracketedWordThatHasAReference() {
        Element body = renderDutch("Zie [het rapport].\n\n[het rapport]: https://icsr.info/");

        assertEquals("https://icsr.info/", body.selectFirst("a").attr("href"));
    }

    private static SitePage sitePage(SourcePages builder) {
        return SitePage.from(builder.build());
    }
}
