package org.whytheyleft.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.core.BuildFailure;

/**
 * Pictures in a page, end to end on the small fixture site: a PNG, a JPEG and an SVG get their width and height
 * in the built page, so that nothing jumps while they load; a picture too heavy for a slow connection stops the
 * build with its size and the fix.
 */
class ImageSizesIT {

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyFixture() throws IOException {
        project = FixtureProject.copyTo(temp.resolve("project"));
    }

    @Test
    void aPngAJpegAndAnSvgAreWrittenWithTheirSize() throws Exception {
        picture(320, 200, "png", false);
        picture(640, 480, "jpg", false);
        addToChapter("![Een kaart](../img/beeld.png)\n\n![Een foto](../img/beeld.jpg)\n");

        new SiteBuild(project).build(project.resolve("target/site"), null);

        Document page = Jsoup.parse(project.resolve("target/site/nl/eerste/index.html").toFile(), "UTF-8");
        assertSize(page, "beeld.png", 320, 200);
        assertSize(page, "beeld.jpg", 640, 480);
        assertSize(page, "figuur.svg", 10, 10);
        assertTrue(Files.exists(project.resolve("target/site/img/beeld.jpg")), "the JPEG is published");
    }

    @Test
    void aPictureOverTheBudgetStopsTheBuildWithItsSizeAndTheFix() throws Exception {
        picture(1200, 900, "png", true);
        addToChapter("![Ruis](../img/beeld.png)\n");

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> new SiteBuild(project).build(project.resolve("target/site"), null));

        String report = failure.problems().get(0).describe();
        assertEquals(1, failure.problems().size(), failure.getMessage());
        assertTrue(report.startsWith("content/nl/eerste.md:19: image '../img/beeld.png' is "), report);
        assertTrue(report.contains("an image may be at most 250 KB") && report.contains("Fix: make it smaller"),
                report);
        assertFalse(Files.exists(project.resolve("target/site")), "no site is written");
    }

    /** A picture under content/img/: a plain drawing, or noise that no compression can make small. */
    private void picture(int width, int height, String type, boolean noise) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        if (noise) {
            Random random = new Random(58);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
        } else {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.dispose();
        }
        ImageIO.write(image, type.equals("jpg") ? "jpeg" : type, project.resolve("content/img/beeld." + type).toFile());
    }

    private void addToChapter(String markdown) throws IOException {
        Path chapter = project.resolve("content/nl/eerste.md");
        Files.writeString(chapter, Files.readString(chapter, StandardCharsets.UTF_8) + "\n" + markdown,
                StandardCharsets.UTF_8);
    }

    private static void assertSize(Document page, String file, int width, int height) {
        Element image = page.selectFirst("main img[src$=" + file + "]");
        assertTrue(image != null, file + " is on the page");
        assertEquals(String.valueOf(width), image.attr("width"), file + " width");
        assertEquals(String.valueOf(height), image.attr("height"), file + " height");
    }
}
