package org.whytheyleft.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words of a campaign's story that the engine's bundles must not contain, as the campaign lists them in
 * {@code content/checks/engine-words.txt}: one word or phrase a line, {@code #} for comments. A word is found
 * whole (not inside another word: {@code IS} not in {@code ISO}, {@code سبب} not in {@code السبب}) and with its
 * capitals as written ({@code IS} is not {@code is}). The engine's tests know no story word of their own.
 */
final class StoryWords {

    static final String FILE = "content/checks/engine-words.txt";

    private final List<String> words;

    StoryWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The words the campaign of {@code project} lists; none when it lists none. */
    static StoryWords of(Path project) throws IOException {
        Path file = project.resolve(FILE);
        if (!Files.exists(file)) {
            return new StoryWords(List.of());
        }
        return new StoryWords(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
    }

    /** The same words and one more, such as the count of the campaign's figure. */
    StoryWords and(String word) {
        return new StoryWords(Stream.concat(words.stream(), Stream.of(word)).distinct().toList());
    }

    List<String> words() {
        return words;
    }

    /** The listed words that {@code text} contains, in the order of the list. */
    List<String> foundIn(String text) {
        return words.stream().filter(word -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)
                + "(?![\\p{L}\\p{N}])").matcher(text).find()).toList();
    }
}
