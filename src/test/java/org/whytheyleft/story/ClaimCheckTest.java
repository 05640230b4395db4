package org.whytheyleft.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story checks on a small site of two pages: a claims file that holds passes, and each kind of mistake, in the
 * site or in the file, fails with the claim, its fact and the line of the file.
 */
class ClaimCheckTest {

    @TempDir
    Path temp;

    private StoryPages site;

    @BeforeEach
    void twoPages() throws IOException {
        page("en/index.html", "<title>Why riders left</title><meta name=description content=\"What the survey found,"
                + " they said.\"><main><div class=prose><p>At least 120 riders answered, <a href=\"sources/#survey\">the survey</a>"
                + " says.</p><p>The bus was late, according to the riders.</p><figure class=quotation><blockquote>"
                + "<p>Too slow</p></blockquote><figcaption>From the survey's summary</figcaption></figure></div></main>");
        page("en/sources/index.html", "<title>Sources</title><main><h2 id=survey>The survey</h2><p>Done in March"
                + " by the forum.</p><h2 id=other>Other</h2><p>Elsewhere.</p></main>");
        site = new StoryPages(temp.resolve("site"));
    }

    @Test
    void aClaimThatHoldsPasses() throws IOException {
        assertEquals(List.of(), failures("""
                claim.riders.fact=F1: at least 120 riders answered
                claim.riders.en.page=en/
                claim.riders.en.says=At least 120 riders
                claim.riders.en.cites=en/sources/#survey
                claim.riders.en.summary=they said
                claim.riders.en.title=riders
                claim.when.fact=F2: in March
                claim.when.en.page=en/sources/
                claim.when.en.section=survey
                claim.when.en.says=March | the forum
                claim.late.fact=F3: the riders said the bus was late
                claim.late.en.page=en/
                claim.late.en.about=late
                claim.late.en.says=according to the riders
                claim.late.en.opens=Too slow
                claim.late.en.by=Summary
                """));
    }

    @Test
    void failsWhenThePageDoesNotSayIt() throws IOException {
        assertEquals(List.of("content/checks/claims.properties:3: claim riders (F1: at least 120 riders), en/ does"
                + " not say “At least 150 riders”."), failures("""
                claim.riders.fact=F1: at least 120 riders
                claim.riders.en.page=en/
                claim.riders.en.says=At least 150 riders
                """));
    }

    @Test
    void failsWhenThePageDoesNotCiteItsSource() throws IOException {
        List<String> failed = failures("""
                claim.riders.fact=F1: at least 120 riders
                claim.riders.en.page=en/
                claim.riders.en.says=At least 120 riders
                claim.riders.en.cites=en/sources/#other
                """);
        assertEquals(List.of("content/checks/claims.properties:4: claim riders (F1: at least 120 riders), en/ does"
                + " not cite en/sources/#other."), failed);
    }

    @Test
    void failsWhenAParagraphAboutTheSubjectLacksTheAttribution() throws IOException {
        List<String> failed = failures("""
                claim.late.fact=F3: the riders said the bus was late
                claim.late.en.page=en/
                claim.late.en.about=bus
                claim.late.en.says=according to the survey
                """);
        assertEquals(1, failed.size(), failed.toString());
        assertTrue(failed.get(0).contains("speaks of “bus” without “according to the survey”"), failed.get(0));
    }

    @Test
    void failsWhenAClaimNamesNoFactOrAPageThatIsNotThere() throws IOException {
        Claims claims = claims("""
                claim.riders.en.page=en/
                claim.riders.en.says=At least 120 riders
                claim.gone.fact=F9: something
                claim.gone.en.page=en/gone/
                claim.gone.en.says=anything
                claim.riders.en.colour=blue
                """);
        assertEquals(List.of("content/checks/claims.properties:6: unknown key claim.riders.en.colour. Fix: write"
                        + " claim.<id>.fact, claim.<id>.<language>.<field> with a field of [about, by, cites, links,"
                        + " opens, page, says, section, summary, title], or never.<language or all>.<n>"
                        + " (docs/story-checks.md).",
                "content/checks/claims.properties:1: claim riders names no fact it rests on. Fix: add"
                        + " claim.riders.fact=<id of the fact>: <a few words of it>."), claims.mistakes);
        assertEquals(List.of("content/checks/claims.properties:4: claim gone (F9: something), en/gone/ is not a"
                + " page of the site. Fix: name the site path of a page, such as en/."), check(claims));
    }

    @Test
    void failsWhenAPageUsesWordingTheStoryRuledOut() throws IOException {
        Claims claims = claims("""
                never.all.1=bus was late
                never.pattern.en.1=(?i)too\\\\s+slow
                """);
        List<String> failed = new ArrayList<>();
        for (Claims.Never rule : claims.never) {
            failed.addAll(new ClaimCheck(site).check(rule));
        }
        assertEquals(List.of("content/checks/claims.properties:1: en/index.html says “bus was late”, which the story"
                + " has ruled out.", "content/checks/claims.properties:2: en/index.html says “(?i)too\\s+slow”, which"
                + " the story has ruled out."), failed);
    }

    private List<String> failures(String claimsFile) throws IOException {
        Claims claims = claims(claimsFile);
        assertEquals(List.of(), claims.mistakes);
        return check(claims);
    }

    private List<String> check(Claims claims) throws IOException {
        List<String> failed = new ArrayList<>();
        for (Claims.Statement statement : claims.statements) {
            failed.addAll(new ClaimCheck(site).check(statement));
        }
        return failed;
    }

    private Claims claims(String text) throws IOException {
        Path file = StoryFile.PROJECT.resolve("content/checks/claims.properties");
        // Read from a copy in the temporary folder, named as the real file is for the messages.
        Path copy = temp.resolve("claims.properties");
        Files.writeString(copy, text, StandardCharsets.UTF_8);
        return new Claims(StoryFile.read(copy, file), List.of("en"));
    }

    private void page(String path, String html) throws IOException {
        Path file = temp.resolve("site").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=en>" + html + "</html>", StandardCharsets.UTF_8);
    }
}
