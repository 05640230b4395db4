package org.whytheyleft.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.whytheyleft.core.FileNames;
import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * Reads every file under {@code content/}: Markdown pages are split into header and body, media files are left for
 * the bake to copy, and anything unreadable or malformed becomes a {@link Problem}. Reading never stops at the first
 * problem, so that an author sees all of them at once. Accepts a UTF-8 byte order mark and CRLF line ends.
 */
public final class ContentReader {

    /** The line that ends a page header, as JBake expects it. */
    public static final String HEADER_END = "~~~~~~";
    /** The site configuration lives beside the pages it configures but is not a page. */
    public static final String CONFIG_FILE = "site.properties";
    /**
     * The folder of the story's own checks ({@code content/checks/}, such as the words the engine must not use):
     * they travel with the story but are read by its tests, never published.
     */
    public static final String CHECKS_FOLDER = "checks/";
    /** What may be published from {@code content/} besides pages. */
    public static final Set<String> MEDIA = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "pdf");

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_.-]*");
    /** A page's file and folder names become its URL, which must survive posters, QR codes and messaging apps. */
    private static final Pattern URL_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final char BOM = '\uFEFF';

    private final Path projectDir;

    public ContentReader(Path projectDir) {
        this.projectDir = projectDir;
    }

    /**
     * What was read: the pages that could be parsed, every problem found on the way, the editor and system files
     * that were left alone (see {@link EditorLitter}), to be mentioned once, and the content paths of the files that
     * had a problem ({@code nl/leeg.md}), so that later checks do not report links to them as well.
     */
    public record Result(List<SourcePage> pages, List<Problem> problems, List<Path> ignored, Set<String> rejected) {
    }

    public Result read(Path contentDir) throws IOException {
        List<SourcePage> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Path realContent = contentDir.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
        }
        List<Path> ignored = new ArrayList<>();
        List<String> considered = new ArrayList<>();
        Set<String> rejected = new TreeSet<>();
        for (Path file : files) {
            int problemsBefore = problems.size();
            check(file, contentDir, realContent, pages, problems, ignored, considered);
            if (problems.size() > problemsBefore) {
                rejected.add(contentDir.relativize(file).toString().replace('\\', '/'));
            }
        }
        problems.addAll(NameClashes.find(considered));
        return new Result(pages, problems, ignored, rejected);
    }

    /** Reads one file under content/: a page into {@code pages}, an image or PDF checked, litter set aside. */
    private void check(Path file, Path contentDir, Path realContent, List<SourcePage> pages, List<Problem> problems,
                       List<Path> ignored, List<String> considered) {
        Path shown = projectDir.relativize(file.toAbsolutePath().normalize());
        String name = file.getFileName().toString();
        if (EditorLitter.isLitter(name)) {
            ignored.add(shown);
            return;
        }
        String path = contentDir.relativize(file).toString().replace('\\', '/');
        considered.add(path);
        if (name.startsWith(".") || (name.equals(CONFIG_FILE) && file.getParent().equals(contentDir))
                || path.startsWith(CHECKS_FOLDER)) {
            return;
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            problems.add(Problem.ofFile(shown, "is a link to a file that does not exist, so it cannot be read.",
                    "replace the link by the file itself, or remove it."));
            return;
        }
        if (!isInside(file, realContent)) {
            problems.add(Problem.ofFile(shown, "is a link to a file outside content/.",
                    "replace the link by a copy of the file, or remove it."));
            return;
        }
        String extension = FileNames.extension(name);
        if (extension.equals("md") && !hasUrlNames(contentDir.relativize(file))) {
            problems.add(Problem.ofFile(shown, "has a name that makes an awkward URL.",
                    "name pages and their folders with lower-case letters, digits and hyphens only, such as"
                            + " over-ons.md or hoofdstukken/eerste-stap.md."));
        } else if (extension.equals("md")) {
            readPage(file, shown, path, pages, problems);
        } else if (extension.equals("svg")) {
            problems.addAll(new SvgCheck().check(file, shown));
        } else if (!MEDIA.contains(extension)) {
            problems.add(Problem.ofFile(shown, "is neither a Markdown page (.md) nor an image or PDF, so it would"
                    + " not be published.", "write pages as .md files; move other files out of content/."));
        }
    }

    private static boolean hasUrlNames(Path relative) {
        for (int i = 0; i < relative.getNameCount(); i++) {
            String name = relative.getName(i).toString();
            if (i == relative.getNameCount() - 1) {
                name = name.substring(0, name.length() - ".md".length());
            }
            if (!URL_NAME.matcher(name).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Path file, Path realContent) {
        try {
            return file.toRealPath().startsWith(realContent);
        } catch (IOException e) {
            return false;
        }
    }

    private void readPage(Path file, Path shown, String path, List<SourcePage> pages, List<Problem> problems) {
        String text;
        try {
            text = PageText.decode(Files.readAllBytes(file), shown, problems);
        } catch (IOException e) {
            problems.add(Problem.ofFile(shown, "cannot be read (" + e.getClass().getSimpleName() + ").",
                    "check that the file exists and that you may read it."));
            return;
        }
        if (text == null) {
            return;
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(Problem.ofFile(shown, "is empty.", "write a header and a body, or delete the file."));
            return;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int end = headerEnd(lines);
        if (end < 0 && (end = looseHeaderEnd(lines)) >= 0) {
            problems.add(new Problem(shown, end + 1, "the line that ends the header has spaces around "
                    + HEADER_END + ".", "remove the spaces, so that the line is exactly " + HEADER_END + "."));
            return;
        }
        if (end < 0) {
            problems.add(Problem.ofFile(shown, "has no line " + HEADER_END + " that ends its header.",
                    "end the header (the key=value lines at the top) with a line of exactly " + HEADER_END + "."));
            return;
        }
        Map<String, HeaderField> header = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            readHeaderLine(lines[i], i + 1, shown, header, problems);
        }
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length));
        pages.add(new SourcePage(shown, path, header, body, end + 2));
    }

    private static void readHeaderLine(String line, int number, Path shown, Map<String, HeaderField> header,
                                       List<Problem> problems) {
        if (line.isBlank()) {
            return;
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
            problems.add(new Problem(shown, number, "header line '" + Shown.cut(line.strip())
                    + "' is not of the form key=value.",
                    "write it as key=value, or end the header with " + HEADER_END + " before the text starts."));
            return;
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        if (!KEY.matcher(key).matches()) {
            // Kept under the name it most likely means, so that "sha re=" is one problem, not also a missing share.
            String meant = key.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
            problems.add(new Problem(shown, number, "header key '" + Shown.cut(key) + "' is not a valid name.",
                    KEY.matcher(meant).matches() ? "write it as " + meant + "=..."
                            : "use a lower-case name such as title or summary before the '='."));
            if (KEY.matcher(meant).matches()) {
                header.putIfAbsent(meant, new HeaderField(meant, value, number));
            }
        } else if (header.containsKey(key)) {
            problems.add(new Problem(shown, number, "header key '" + key + "' is given twice (first on line "
                    + header.get(key).line() + ").", "keep one " + key + "= line."));
        } else {
            header.put(key, new HeaderField(key, value, number));
        }
    }

    private static int headerEnd(String[] lines) {
        return List.of(lines).indexOf(HEADER_END);
    }

    private static int looseHeaderEnd(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(HEADER_END)) {
                return i;
            }
        }
        return -1;
    }

}
