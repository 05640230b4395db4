package org.whytheyleft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * LICENSE says what is under which licence: the code, the texts of content/, and every font the project ships,
 * each named with its folder and the licence text that lies beside it, since the fonts are neither MIT nor CC BY.
 */
class LicenceTest {

    private static final Path PROJECT = RealSite.PROJECT;

    @Test
    void licenseNamesEveryShippedFontItsFolderAndTheLicenceBesideIt() throws IOException {
        String licence = Files.readString(PROJECT.resolve("LICENSE"));
        List<Path> fonts = new ArrayList<>();
        for (String root : List.of("src/main/resources", "assets")) {
            try (Stream<Path> walk = Files.walk(PROJECT.resolve(root))) {
                walk.filter(p -> p.toString().matches(".*\\.(ttf|otf|woff2?)$")).forEach(fonts::add);
            }
        }
        assertFalse(fonts.isEmpty(), "the leaflets and cards ship fonts");
        List<String> missing = new ArrayList<>();
        for (Path font : fonts) {
            String name = font.getFileName().toString();
            String family = name.substring(0, name.indexOf('-'));
            String folder = PROJECT.relativize(font.getParent()).toString().replace('\\', '/') + "/";
            Path beside = Files.exists(font.resolveSibling("OFL-" + family + ".txt"))
                    ? font.resolveSibling("OFL-" + family + ".txt") : font.resolveSibling("OFL.txt");
            if (!Files.isRegularFile(beside)) {
                missing.add(name + ": no licence text beside it");
            }
            for (String named : List.of(family + "-*", folder, beside.getFileName().toString())) {
                if (!licence.contains(named)) {
                    missing.add(name + ": LICENSE does not name " + named);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(licence.contains("SIL Open Font License"), "the fonts' licence");
    }

    @Test
    void licenseSaysWhichLicenceTheCodeAndWhichTheTextsAreUnder() throws IOException {
        String licence = Files.readString(PROJECT.resolve("LICENSE"));
        assertTrue(licence.contains("MIT License"), "the code's licence");
        assertTrue(licence.contains("CC BY 4.0") && licence.contains("content/"), "the texts' licence");
        assertTrue(licence.contains("except the fonts"), "the code's licence does not claim the fonts");
    }
}
