package org.whytheyleft.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.io.FilenameUtils;
import org.apache.commons.io.file.PathUtils;

/** What several stages ask of a file name or a folder, answered once, by commons-io. */
public final class FileNames {

    private FileNames() {
    }

    /** The extension, lower-cased and without the dot: {@code Kaart.PNG} gives {@code png}; none gives {@code ""}. */
    public static String extension(String name) {
        return FilenameUtils.getExtension(name).toLowerCase(Locale.ROOT);
    }

    /** Deletes a folder and everything in it; a folder that does not exist is left alone. */
    public static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            PathUtils.deleteDirectory(folder);
        }
    }
}
