package org.whytheyleft.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.whytheyleft.content.ContentReader;

/**
 * The same content as one of our project folders, laid out for stock JBake: the same Markdown files with the type
 * JBake knows ({@code post} for chapters, {@code page} for the rest), the same assets, and a minimal Thymeleaf
 * template set (title, body, previous and next) with a {@code jbake.properties} that turns off the listings our
 * site does not have either.
 */
final class StockSite {

    private static final List<String> TEMPLATES = List.of("index.html", "page.html");

    private StockSite() {
    }

    static void write(Path ourProject, Path dir) throws IOException {
        Path content = ourProject.resolve("content");
        for (Path file : ProjectFiles.files(content)) {
            String relative = content.relativize(file).toString();
            if (relative.equals(ContentReader.CONFIG_FILE) || relative.replace('\\', '/')
                    .startsWith(ContentReader.CHECKS_FOLDER)) {
                continue;
            }
            Path target = dir.resolve("content").resolve(relative);
            Files.createDirectories(target.getParent());
            if (relative.endsWith(".md")) {
                Files.writeString(target, stockHeader(Files.readString(file, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            } else {
                Files.copy(file, target);
            }
        }
        ProjectFiles.copyTree(ourProject.resolve("assets"), dir.resolve("assets"));
        for (String name : TEMPLATES) {
            copyResource("stock-templates/" + name, dir.resolve("templates").resolve(name));
        }
        copyResource("stock-templates/jbake.properties", dir.resolve("jbake.properties"));
    }

    /** Our header with {@code type=} as JBake knows it; every other field stays, as a custom header. */
    static String stockHeader(String page) {
        int end = page.indexOf("\n" + ContentReader.HEADER_END + "\n");
        String header = page.substring(0, end + 1);
        String type = header.contains("\ntype=chapter\n") || header.startsWith("type=chapter\n") ? "post" : "page";
        header = header.replaceAll("(?m)^type=.*$", "type=" + type);
        return header + page.substring(end + 1);
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = StockSite.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IOException("Missing resource /bench/" + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        }
    }
}
