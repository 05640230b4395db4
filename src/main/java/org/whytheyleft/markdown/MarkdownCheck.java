package org.whytheyleft.markdown;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import org.whytheyleft.core.FileNames;
import org.whytheyleft.content.ContentReader;
import org.whytheyleft.content.SourcePage;
import org.whytheyleft.core.FormatCharacters;
import org.whytheyleft.core.Problem;
import org.whytheyleft.core.Shown;

/**
 * Checks the links and images of one parsed page body as written (raw HTML is judged after rendering, by
 * {@link RenderedBodyCheck}): nothing may run script, load from another host,
 * or point at a page, file or place that does not exist. Links with a {@code #fragment} to another page are
 * returned, to be checked once every page's headings are known.
 */
public final class MarkdownCheck {

    /** A link to a place in a page, to be checked against that page's ids. */
    public record AnchorLink(SourcePage from, int line, String targetPath, String fragment) {
    }

    /** What the check found in one page. */
    public record Result(List<Problem> problems, List<AnchorLink> anchors) {
    }

    /** Link text that a reader takes for the address it leads to. */
    private static final Pattern ADDRESS_TEXT = Pattern.compile("(?i)\\P{L}*(https?:|www\\.|mailto:|tel:)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    /** The types whose size the build can read, so that pages reserve the picture's room before it arrives. */
    private static final Set<String> IMAGE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg");

    private final Path contentDir;
    private final ImageFiles images;
    private final Predicate<String> isPublishedPage;
    private final Predicate<String> isDraftPage;
    private final Predicate<String> isBrokenPage;

    /**
     * @param contentDir       where media files are looked up
     * @param images           the sizes of the images under it
     * @param isPublishedPage  whether a content path such as {@code nl/over.md} is a published page
     * @param isDraftPage      whether it is a page kept off the site as a draft
     * @param isBrokenPage     whether it is a page with problems of its own, so links to it are not reported too
     */
    MarkdownCheck(Path contentDir, ImageFiles images, Predicate<String> isPublishedPage, Predicate<String> isDraftPage,
                  Predicate<String> isBrokenPage) {
        this.contentDir = contentDir;
        this.images = images;
        this.isPublishedPage = isPublishedPage;
        this.isDraftPage = isDraftPage;
        this.isBrokenPage = isBrokenPage;
    }

    public Result check(SourcePage page, Document document) {
        List<Problem> problems = new ArrayList<>();
        List<AnchorLink> anchors = new ArrayList<>();
        Set<Node> imageReferences = new HashSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof ImageRef image && image.isDefined()) {
                imageReferences.add(image.getReferenceNode(document));
            }
        }
        LineIndex lines = new LineIndex(document.getChars());
        for (Node node : document.getDescendants()) {
            int line = page.bodyLine() + lines.lineOf(node.getStartOffset());
            if (hasUnseen(page, line, node, problems)) {
                continue;
            }
            if (node instanceof Image image) {
                checkImage(page, line, written(image.getUrl()), image.getText().toString(), problems);
            } else if (node instanceof ImageRef image && image.isDefined()) {
                Reference reference = image.getReferenceNode(document);
                checkImage(page, line, written(reference.getUrl()), image.getText().toString(), problems);
            } else if (node instanceof LinkNode link && !(node instanceof MailLink)) {
                // Inline links and autolinks alike: <JavaScript:...> is as live as [x](javascript:...).
                checkLink(page, line, written(link.getUrl()), problems, anchors);
            } else if (node instanceof AttributeNode attribute && attribute.getName().toString().equals("lang")) {
                // A passage in another language, such as a title, is marked so that screen readers say it right.
                if (!LANGUAGE_TAG.matcher(attribute.getValue()).matches()) {
                    problems.add(new Problem(page.file(), line, "lang=\"" + shorten(attribute.getValue().toString())
                            + "\" in { } is not a language code.", "write a code such as {lang=en} or {lang=nl}."));
                }
            } else if (node instanceof AttributeNode attribute && !attribute.isId() && !attribute.isClass()) {
                problems.add(new Problem(page.file(), line, "attribute " + attribute.getName() + " in { } is not"
                        + " allowed: it could run script or load from another host.",
                        "use { } only for an id ({#id}), a class ({.class}) or a language ({lang=en})."));
            } else if (node instanceof Reference reference && !imageReferences.contains(reference)) {
                checkLink(page, line, written(reference.getUrl()), problems, anchors);
            }
        }
        return new Result(problems, anchors);
    }

    /**
     * An address, and link text written as an address, may hold no direction or other invisible character: the
     * page's own check lets balanced isolates and marks through, which in an address only make it show other than
     * it leads.
     */
    private static boolean hasUnseen(SourcePage page, int line, Node node, List<Problem> problems) {
        String address = node instanceof LinkNode link ? written(link.getUrl())
                : node instanceof Image image ? written(image.getUrl())
                : node instanceof Reference reference ? written(reference.getUrl()) : null;
        if (address == null) {
            return false;
        }
        Optional<FormatCharacters.Finding> inAddress = FormatCharacters.inAddress(address);
        inAddress.ifPresent(found -> problems.add(new Problem(page.file(), line, (node instanceof Image ? "image '"
                : "link '") + shorten(address) + "' has " + found.describeIn("address"), found.fix())));
        String text = node instanceof Link link ? link.getText().toString().strip() : "";
        Optional<FormatCharacters.Finding> inText = ADDRESS_TEXT.matcher(text).lookingAt()
                ? FormatCharacters.inAddress(text) : Optional.empty();
        inText.ifPresent(found -> problems.add(new Problem(page.file(), line, "link text '" + shorten(text)
                + "' is written as an address and has " + found.describeIn("text"), found.fix())));
        return inAddress.isPresent() || inText.isPresent();
    }

    private void checkLink(SourcePage page, int line, String address, List<Problem> problems,
                           List<AnchorLink> anchors) {
        LinkTarget target = LinkTarget.resolve(page.path(), address);
        switch (target.kind()) {
            case EXTERNAL -> { }
            case UNSAFE -> problems.add(new Problem(page.file(), line, "link '" + shorten(address)
                    + "' uses a scheme that runs code or embeds data.", "link to a page (.md) or an http(s) address."));
            case ROOT_RELATIVE -> problems.add(new Problem(page.file(), line, "link '" + shorten(address)
                    + "' starts with /"
                    + " and breaks when the site is published under a sub-path.",
                    "link to the page's .md file with a relative path, such as ../bronnen.md."));
            case OUTSIDE -> problems.add(new Problem(page.file(), line, "link '" + address
                    + "' leads outside content/.", "link only to pages and files inside content/."));
            case SAME_PAGE -> anchors.add(new AnchorLink(page, line, page.path(), target.fragment()));
            case CONTENT -> checkContentLink(page, line, address, target, problems, anchors);
        }
    }

    private void checkContentLink(SourcePage page, int line, String address, LinkTarget target,
                                  List<Problem> problems, List<AnchorLink> anchors) {
        if (target.isPage()) {
            if (isPublishedPage.test(target.path())) {
                if (!target.fragment().isEmpty()) {
                    anchors.add(new AnchorLink(page, line, target.path(), target.fragment()));
                }
            } else if (isBrokenPage.test(target.path())) {
                return;
            } else if (isDraftPage.test(target.path())) {
                problems.add(new Problem(page.file(), line, "link '" + shorten(address)
                        + "' leads to a draft, which is not"
                        + " published.", "publish content/" + target.path() + " or remove the link."));
            } else {
                problems.add(new Problem(page.file(), line, "link '" + shorten(address) + "' leads to content/"
                        + target.path() + ", which does not exist.", "correct the file name or the path."));
            }
        } else if (leavesContent(target.path())) {
            problems.add(throughSymlink(page, line, "link", address));
        } else if (!Files.isRegularFile(contentDir.resolve(target.path()))) {
            problems.add(new Problem(page.file(), line, "link '" + shorten(address)
                    + "' leads to content/" + target.path()
                    + ", which does not exist.", "link to the page's .md file (such as over-ons.md), or add the"
                    + " file."));
        } else if (!ContentReader.MEDIA.contains(FileNames.extension(target.path()))) {
            problems.add(new Problem(page.file(), line, "link '" + shorten(address) + "' leads to a file that is not"
                    + " published.", "link to a page (.md), an image or a PDF."));
        }
    }

    private void checkImage(SourcePage page, int line, String address, String alt, List<Problem> problems) {
        if (alt.isBlank()) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' has no alt text.",
                    "describe the image between the brackets: ![what it shows](" + shorten(address) + ")."));
        }
        LinkTarget target = LinkTarget.resolve(page.path(), address);
        if (target.kind() == LinkTarget.Kind.EXTERNAL) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address)
                    + "' is loaded from another host, which"
                    + " tells that host who reads the page.", "save the image under content/ and link it there."));
        } else if (target.kind() != LinkTarget.Kind.CONTENT) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' is not a file in"
                    + " content/.", "save the image under content/ and give its relative path."));
        } else if (leavesContent(target.path())) {
            problems.add(throughSymlink(page, line, "image", address));
        } else if (!Files.isRegularFile(contentDir.resolve(target.path()))) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' does not exist (content/"
                    + target.path() + ").", "correct the path, or add the file."));
        } else if (!IMAGE_TYPES.contains(FileNames.extension(target.path()))) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' is not a PNG, JPEG, GIF"
                    + " or SVG file.", "save it as PNG or JPEG (photos), or SVG (drawings)."));
        } else {
            checkImageFile(page, line, address, target.path(), problems);
        }
    }

    /** An image must say its size, for the page to keep its room, and stay light, for slow connections. */
    private void checkImageFile(SourcePage page, int line, String address, String path, List<Problem> problems) {
        if (images.size(path).isEmpty() && !images.isBrokenSvg(path)) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' does not say how large"
                    + " it is.", "save it again as PNG or JPEG; an SVG needs width and height in pixels, or a"
                    + " viewBox."));
        }
        try {
            long bytes = images.bytes(path);
            if (bytes > ImageFiles.BUDGET_BYTES) {
                problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' is " + bytes / 1024
                        + " KB; an image may be at most " + ImageFiles.BUDGET_BYTES / 1024 + " KB, for readers on"
                        + " slow connections.", "make it smaller: at most 1600 pixels wide, saved as JPEG at"
                        + " quality 80 for a photo, or as PNG with fewer colours for a drawing."));
            }
        } catch (java.io.IOException e) {
            problems.add(new Problem(page.file(), line, "image '" + shorten(address) + "' cannot be read.",
                    "check that you may read the file."));
        }
    }

    /**
     * Whether a path inside {@code content/} really lies elsewhere, through a symbolic link to a folder: the bake
     * copies only what is inside, so the reader would get a broken link, and the link check would vouch for it.
     */
    private boolean leavesContent(String path) {
        try {
            Path file = contentDir.resolve(path);
            return Files.exists(file) && !file.toRealPath().startsWith(contentDir.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static Problem throughSymlink(SourcePage page, int line, String what, String address) {
        return new Problem(page.file(), line, what + " '" + shorten(address) + "' leads through a symbolic link out"
                + " of content/, so the file would not be published.", "copy the file into content/ instead of"
                + " linking to a folder elsewhere.");
    }

    /**
     * The address as the renderer will write it: entities such as {@code &colon;} and backslash escapes decoded,
     * so that the check judges what the browser gets, not what the author typed.
     */
    private static String written(CharSequence address) {
        return Escaping.unescapeString(address);
    }

    private static String shorten(String text) {
        return Shown.cut(text);
    }

}
