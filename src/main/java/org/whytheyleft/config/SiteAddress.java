package org.whytheyleft.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the address a build prints on leaflets, QR codes, cards, feeds and canonical links, and whether readers
 * can reach it. In order: the command line's {@code -Dsite.url}, the setting {@code site.url}, then, on GitHub
 * Actions only, {@code https://<site.domain>/} or the Pages address of {@code GITHUB_REPOSITORY}. Only the preview
 * may use an address on this computer or a private network; no lookup is made, so a host name is judged by its form.
 */
public final class SiteAddress {

    /** What the build is for: the preview serves on this computer, everything else is published. */
    public enum Purpose { PUBLISH, PREVIEW }

    /** The address as given, and the name of the setting or variable it came from. */
    public record Given(String value, String from) {
    }

    /** The example {@link #FIX} and the problems show, written the way a team writes its own. */
    static final String EXAMPLE = "site.url=https://<user>.github.io/<repository>/";
    static final String FIX = "set site.url in content/site.properties to the address readers will open, for"
            + " example " + EXAMPLE + " (the preview, ./mvnw -q compile exec:java@preview, needs none).";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern REPOSITORY = Pattern.compile("([A-Za-z0-9-]+)/([A-Za-z0-9._-]+)");
    /** Names that only this computer or a local network resolves (RFC 6761, RFC 6762, RFC 8375, common use). */
    private static final List<String> LOCAL_SUFFIXES = List.of(".localhost", ".local", ".internal", ".lan",
            ".home", ".home.arpa", ".corp", ".intranet", ".test", ".invalid", ".example");

    private SiteAddress() {
    }

    /**
     * The address to use, or empty when none is given anywhere.
     *
     * @param override    {@code -Dsite.url}, or null
     * @param setting     {@code site.url} of the settings, or empty
     * @param domain      {@code site.domain}, or empty
     * @param environment the process environment (only GITHUB_ACTIONS and GITHUB_REPOSITORY are read)
     */
    public static Optional<Given> given(String override, String setting, String domain,
                                        Map<String, String> environment) {
        if (override != null && !override.isBlank()) {
            return Optional.of(new Given(override.strip(), "-Dsite.url"));
        }
        if (setting != null && !setting.isBlank()) {
            return Optional.of(new Given(setting.strip(), "site.url"));
        }
        if (!"true".equals(environment.get("GITHUB_ACTIONS"))) {
            return Optional.empty();
        }
        if (domain != null && !domain.isBlank()) {
            return Optional.of(new Given("https://" + domain.strip() + "/", "site.domain"));
        }
        var repository = REPOSITORY.matcher(environment.getOrDefault("GITHUB_REPOSITORY", ""));
        if (!repository.matches()) {
            return Optional.empty();
        }
        String owner = repository.group(1).toLowerCase(Locale.ROOT);
        String name = repository.group(2);
        String pages = "https://" + owner + ".github.io/";
        return Optional.of(new Given(name.equalsIgnoreCase(owner + ".github.io") ? pages : pages + name + "/",
                "GITHUB_REPOSITORY"));
    }

    /**
     * Why readers cannot open {@code url}, in plain words, or empty when they may: a host on this computer, on a
     * private network, or with a name only a local network knows.
     */
    public static Optional<String> unreachable(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return Optional.of(host + " is the computer that builds the site");
        }
        if (IPV4.matcher(host).matches() || host.startsWith("[")) {
            return privateAddress(host);
        }
        for (String suffix : LOCAL_SUFFIXES) {
            if (host.endsWith(suffix)) {
                return Optional.of(host + " is a name that only a local network knows (" + suffix + ")");
            }
        }
        if (!host.contains(".")) {
            return Optional.of(host + " is a name without a domain, which only a local network knows");
        }
        return Optional.empty();
    }

    private static Optional<String> privateAddress(String literal) {
        InetAddress address;
        try {
            // A literal address is parsed, never looked up.
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            return Optional.of(literal + " is not an address on the internet");
        }
        byte[] bytes = address.getAddress();
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return Optional.of(literal + " is the computer that builds the site");
        }
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress() || uniqueLocal || sharedNat) {
            return Optional.of(literal + " is an address of a private network");
        }
        return Optional.empty();
    }
}
