package org.whytheyleft.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.whytheyleft.config.SiteConfig;
import org.whytheyleft.core.SiteFiles;

/**
 * The files GitHub Pages reads: {@code .nojekyll}, so that Pages serves the folder as it is instead of running
 * Jekyll over it, and {@code CNAME} when the site has a custom domain.
 */
public final class GitHubPagesFiles {

    private final SiteConfig config;

    public GitHubPagesFiles(SiteConfig config) {
        this.config = config;
    }

    public void writeInto(Path siteDir) throws IOException {
        Files.write(siteDir.resolve(SiteFiles.NO_JEKYLL), new byte[0]);
        if (!config.domain().isEmpty()) {
            Files.writeString(siteDir.resolve(SiteFiles.CNAME), config.domain() + "\n", StandardCharsets.UTF_8);
        }
    }
}
