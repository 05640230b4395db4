package org.whytheyleft.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The ids the templates write as they are ({@code id="main"}), each with the templates that write it: a page
 * body with the same id would give the page two elements with one id, and the skip link or a landmark's label would
 * point at the author's heading instead. Ids a template computes ({@code th:id}) come from the pages themselves and
 * are checked where they are made.
 */
public final class TemplateIds {

    private TemplateIds() {
    }

    /** @return each literal id, in order, with the templates that write it, as paths inside the project */
    public static Map<String, List<String>> read(Path projectDir) {
        Path templates = projectDir.resolve("templates");
        Map<String, List<String>> ids = new TreeMap<>();
        if (!Files.isDirectory(templates)) {
            return ids;
        }
        try (Stream<Path> walk = Files.walk(templates)) {
            List<Path> files = walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            for (Path file : files) {
                String shown = projectDir.relativize(file).toString().replace('\\', '/');
                for (Element element : Jsoup.parse(file.toFile(), "UTF-8").select("[id]")) {
                    List<String> writers = ids.computeIfAbsent(element.id(), id -> new ArrayList<>());
                    if (!writers.contains(shown)) {
                        writers.add(shown);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
