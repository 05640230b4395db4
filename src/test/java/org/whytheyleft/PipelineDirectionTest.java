package org.whytheyleft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline: each may use the stages before it, never one after it, so the tree reads in
 * build order and a change to a late stage cannot break an early one.
 */
class PipelineDirectionTest {

    /** The stages in build order; {@code ""} is the entry point ({@code SiteBuild}) in the root package. */
    static final List<String> PIPELINE = List.of("core", "config", "content", "translation", "model", "markdown",
            "messages", "view", "bake", "styles", "social", "feeds", "print", "glyphs", "offline", "publish", "", "preview");

    private static JavaClasses classes;

    @BeforeAll
    static void readClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.whytheyleft");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.whytheyleft.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noStageUsesALaterStage() {
        for (int i = 0; i < PIPELINE.size(); i++) {
            String[] later = PIPELINE.subList(i + 1, PIPELINE.size()).stream().map(PipelineDirectionTest::pattern)
                    .toArray(String[]::new);
            if (later.length > 0) {
                noClasses().that().resideInAPackage(pattern(PIPELINE.get(i))).should().dependOnClassesThat()
                        .resideInAnyPackage(later).because("the pipeline runs in one direction").check(classes);
            }
        }
    }

    @Test
    void everyPackageHasItsPlaceInThePipeline() {
        List<String> unplaced = classes.stream().map(c -> c.getPackageName())
                .map(name -> name.equals("org.whytheyleft") ? "" : name.substring("org.whytheyleft.".length()))
                .map(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
                .filter(name -> !PIPELINE.contains(name)).distinct().toList();
        assertEquals(List.of(), unplaced, "place each package in PIPELINE");
    }

    private static String pattern(String stage) {
        return stage.isEmpty() ? "org.whytheyleft" : "org.whytheyleft." + stage + "..";
    }
}
