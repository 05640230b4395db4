package org.whytheyleft.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a link or image address in a page points at, resolved against the page's place in {@code content/}.
 *
 * @param kind     what sort of address it is
 * @param path     for {@link Kind#CONTENT}: the path inside {@code content/} (e.g. {@code nl/bronnen.md})
 * @param fragment the part after {@code #}, or empty
 */
public record LinkTarget(Kind kind, String path, String fragment) {

    public enum Kind {
        /** An address on another host: http, https, mailto, tel. */
        EXTERNAL,
        /** A scheme that runs code or embeds data: javascript, vbscript, data, file. */
        UNSAFE,
        /** {@code #anchor} on the same page. */
        SAME_PAGE,
        /** A file inside {@code content/}: a page ({@code .md}) or a medium. */
        CONTENT,
        /** Starts with {@code /}: breaks when the site is published under a sub-path. */
        ROOT_RELATIVE,
        /** A relative path that climbs out of {@code content/}. */
        OUTSIDE
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel");
    // Browsers ignore these characters inside a scheme, so "java\tscript:" runs as script.
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");

    public static LinkTarget resolve(String fromContentPath, String address) {
        String compact = IGNORED_BY_BROWSERS.matcher(address).replaceAll("");
        var scheme = SCHEME.matcher(compact);
        if (compact.startsWith("//")) {
            return new LinkTarget(Kind.EXTERNAL, "", "");
        }
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            return new LinkTarget(EXTERNAL_SCHEMES.contains(name) ? Kind.EXTERNAL : Kind.UNSAFE, "", "");
        }
        int hash = address.indexOf('#');
        String fragment = hash < 0 ? "" : address.substring(hash + 1);
        String path = hash < 0 ? address : address.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return new LinkTarget(Kind.SAME_PAGE, fromContentPath, decode(fragment));
        }
        if (path.startsWith("/")) {
            return new LinkTarget(Kind.ROOT_RELATIVE, path, fragment);
        }
        String resolved = normalise(parentOf(fromContentPath) + decode(path));
        return resolved == null ? new LinkTarget(Kind.OUTSIDE, path, fragment)
                : new LinkTarget(Kind.CONTENT, resolved, decode(fragment));
    }

    public boolean isPage() {
        return kind == Kind.CONTENT && path.endsWith(".md");
    }

    private static String parentOf(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash < 0 ? "" : contentPath.substring(0, slash + 1);
    }

    /** Removes {@code .} and {@code ..} steps; null when the path climbs above {@code content/}. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
