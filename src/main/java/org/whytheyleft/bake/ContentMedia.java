package org.whytheyleft.bake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.whytheyleft.core.FileNames;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

import org.whytheyleft.content.ContentReader;

/**
 * JBake's asset copier, except that from {@code content/} it publishes only images and PDFs: the site
 * configuration, notes and stray files an author keeps beside the pages stay private.
 */
final class ContentMedia extends Asset {

    private final JBakeConfiguration config;

    ContentMedia(JBakeConfiguration config) {
        super(config);
        this.config = config;
    }

    @Override
    public void copyAssetsFromContent(File path) {
        Path from = path.toPath();
        Path to = config.getDestinationFolder().toPath();
        List<Path> media;
        try (Stream<Path> walk = Files.walk(from)) {
            media = walk.filter(Files::isRegularFile).filter(ContentMedia::isMedia)
                    .filter(file -> !from.relativize(file).toString().replace('\\', '/')
                            .startsWith(ContentReader.CHECKS_FOLDER))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + path + ": " + e.getMessage(), e);
        }
        for (Path file : media) {
            Path target = to.resolve(from.relativize(file).toString());
            try {
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot copy " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isMedia(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && ContentReader.MEDIA.contains(FileNames.extension(name));
    }
}
