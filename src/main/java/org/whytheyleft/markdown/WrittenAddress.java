package org.whytheyleft.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges an address as a browser reads it from a published page, after the renderer and the HTML parser have
 * decoded it ({@code &colon;}, numeric character references, backslash escapes): browsers drop tabs, line ends and
 * other control characters inside a scheme, ignore its case, and treat {@code \} as {@code /}. Links may lead to
 * http(s), mailto and tel addresses or within the site; images and other embedded files only within the site.
 */
final class WrittenAddress {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private WrittenAddress() {
    }

    /** Whether a link may lead there: an allowed scheme, or none (a place in the site). */
    static boolean isAllowedLink(String address) {
        String scheme = schemeOf(address);
        return scheme.isEmpty() || LINK_SCHEMES.contains(scheme);
    }

    /** Whether an image or other embedded file is taken from the site itself, not from another host. */
    static boolean isInSite(String address) {
        String compact = compact(address);
        return schemeOf(address).isEmpty() && !compact.startsWith("//");
    }

    /** The scheme in lower case, or empty when the address has none. */
    static String schemeOf(String address) {
        Matcher scheme = SCHEME.matcher(compact(address));
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static String compact(String address) {
        return IGNORED_BY_BROWSERS.matcher(address).replaceAll("").replace('\\', '/');
    }
}
