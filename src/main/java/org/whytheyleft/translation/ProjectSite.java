package org.whytheyleft.translation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.config.SiteConfigReader;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.Problem;

/**
 * A project's settings and pages as the language commands need them: read by the build's own readers, so a
 * command sees the site exactly as the build does, and refused when the settings themselves are broken.
 */
record ProjectSite(Path project, SiteConfig config, List<SourcePage> pages) {

    static ProjectSite read(Path project) throws Refused, IOException {
        Path content = project.resolve("content");
        Path settings = content.resolve(ContentReader.CONFIG_FILE);
        SiteConfigReader.Result read = new SiteConfigReader().read(settings, project.relativize(settings), null);
        if (read.config() == null) {
            throw new Refused("Nothing was written: the settings have problems to fix first:" + System.lineSeparator()
                    + describe(read.problems()));
        }
        return new ProjectSite(project, read.config(), new ContentReader(project).read(content).pages());
    }

    Path content() {
        return project.resolve("content");
    }

    Path settings() {
        return content().resolve(ContentReader.CONFIG_FILE);
    }

    /** The page of a language with a translation key. */
    Optional<SourcePage> page(String key, String lang) {
        return pages.stream().filter(page -> page.field("key").orElse("").equals(key)
                && page.field("lang").orElse("").equals(lang)).findFirst();
    }

    /** The problems' one-line reports, indented, for a refusal that lists them. */
    static String describe(List<Problem> problems) {
        return problems.stream().sorted().map(p -> "  " + p.describe())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
