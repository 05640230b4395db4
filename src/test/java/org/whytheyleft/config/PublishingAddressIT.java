package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.whytheyleft.FixtureProject;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.core.BuildFailure;
import org.whytheyleft.core.Problem;

/**
 * A build for publishing with an address that readers cannot open stops before it writes anything: no leaflet, no
 * QR code, no card, no page, and the one problem names the setting to write. The preview may use such an address.
 */
class PublishingAddressIT {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8820/", "http://127.0.0.1/proef/", "https://192.168.1.20/proef/",
            "https://10.0.0.7/", "https://campagne.local/", ""})
    void aPublishingBuildWritesNothingForAnAddressReadersCannotOpen(String address) throws Exception {
        Path project = FixtureProject.copyTo(temp.resolve("project"));
        Path settings = project.resolve("content/site.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8)
                .replace("site.url=https://example.org/proef/", "site.url=" + address), StandardCharsets.UTF_8);

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> new SiteBuild(project).build(project.resolve("target/site"), null));

        assertEquals(1, failure.problems().size(), failure.getMessage());
        Problem problem = failure.problems().get(0);
        assertEquals(Path.of("content/site.properties"), problem.file());
        assertTrue(problem.describe().contains("site.url") && problem.fix().startsWith("set site.url"),
                problem.describe());
        assertEquals(List.of(), printed(project.resolve("target")), "nothing that prints the address is written");
        assertFalse(Files.exists(project.resolve("target/site")), "no site is written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8820/", "http://127.0.0.1:8821/"})
    void thePreviewServesOnThisComputer(String address) throws Exception {
        Path project = FixtureProject.copyTo(temp.resolve("project"));

        new SiteBuild(project).build(project.resolve("target/preview"), address, SiteAddress.Purpose.PREVIEW);

        assertTrue(Files.readString(project.resolve("target/preview/nl/index.html"), StandardCharsets.UTF_8)
                .contains("href=\"" + address + "nl/\""), "the preview's canonical link is its own address");
    }

    /** Leaflets, QR codes, cards and pages anywhere under {@code folder}. */
    private static List<Path> printed(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString()
                    .matches(".*\\.(pdf|png|svg|html|xml)$")).toList();
        }
    }
}
