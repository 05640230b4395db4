package org.whytheyleft.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a setting that the site prints as a link, or puts into its security policy, is safe to print:
 * a web address with a host, no user name or password and a real port, or a plain e-mail address. A setting is
 * printed on every page, so a {@code javascript:} or {@code data:} address, a {@code mailto:} with hidden
 * {@code bcc=} headers, or a {@code ;} that ends a policy directive would reach every reader.
 */
final class LinkSettings {

    /** Characters that would end or split a Content-Security-Policy source, or an attribute. */
    private static final Pattern POLICY_BREAKING = Pattern.compile("[\\s;,'\"<>`\\\\]|\\p{Cntrl}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*"
            + "\\.[A-Za-z]{2,}");

    private LinkSettings() {
    }

    /** The address when it is an https address that is safe to print and to name in the security policy. */
    static Optional<URI> https(String value) {
        return web(value).filter(url -> url.getScheme().equals("https"));
    }

    /** The address when it is an http or https address with a host, no credentials, and a valid port. */
    static Optional<URI> web(String value) {
        if (POLICY_BREAKING.matcher(value).find()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(value);
            boolean scheme = "https".equals(url.getScheme()) || "http".equals(url.getScheme());
            boolean port = url.getPort() == -1 || (url.getPort() > 0 && url.getPort() <= 65_535);
            return scheme && url.getHost() != null && url.getRawUserInfo() == null && port
                    ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether a contact is an https address or a plain e-mail address (without {@code mailto:} or headers). */
    static boolean isContact(String value) {
        return EMAIL.matcher(value).matches() || https(value).isPresent();
    }

    /** Why an address with a user name and password, or a port out of range, is refused; empty otherwise. */
    static String reasonFor(String value) {
        try {
            URI url = new URI(value);
            if (url.getRawUserInfo() != null) {
                return " It contains a user name or password, which every reader would see.";
            }
            if (url.getPort() == 0 || url.getPort() > 65_535 || (url.getHost() == null && url.getAuthority() != null
                    && url.getAuthority().contains(":"))) {
                return " Its port is not a number from 1 to 65535.";
            }
        } catch (URISyntaxException e) {
            return "";
        }
        return "";
    }
}
