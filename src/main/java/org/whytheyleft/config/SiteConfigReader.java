package org.whytheyleft.config;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.whytheyleft.core.FormatCharacters;
import org.whytheyleft.core.Problem;
import org.whytheyleft.core.SettingsText;
import org.whytheyleft.core.Shown;

/**
 * Reads {@code content/site.properties}. The site URL may be overridden (the command line's {@code -Dsite.url}),
 * so that a fork publishes under its own address without editing the file. Every mistake becomes a {@link Problem}.
 */
public final class SiteConfigReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final List<String> STUDY = List.of("study.title", "study.author", "study.publisher", "study.date",
            "study.url");
    private static final List<String> KEYS = List.of("site.url", "site.languages", "site.domain", "campaign.contact",
            "study.title", "study.author", "study.publisher", "study.date", "study.url", "analytics.script");
    /** Keys whose value is an address, in which no invisible or direction character may hide. */
    private static final Set<String> ADDRESSES = Set.of("site.url", "site.domain", "campaign.contact", "study.url",
            "analytics.script");
    /** Keys given once for each language of site.languages, such as site.name.nl. */
    private static final List<String> PER_LANGUAGE = List.of("site.name.", "campaign.name.");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");
    /** C0 and C1 control characters, tab included: a value is one line. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f-\\x9f]");
    private static final Pattern STUDY_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /** The configuration, or the problems that keep it from being used. */
    public record Result(SiteConfig config, List<Problem> problems) {
    }

    /** Reads the settings of a build for publishing, with the address from the settings or {@code urlOverride}. */
    public Result read(Path file, Path shownAs, String urlOverride) {
        return read(file, shownAs, urlOverride, SiteAddress.Purpose.PUBLISH, System.getenv());
    }

    /**
     * Reads the settings for a build of {@code purpose}: one for publishing stops without an address that readers
     * can reach ({@link SiteAddress}); {@code environment} is where GitHub Actions names the repository.
     */
    public Result read(Path file, Path shownAs, String urlOverride, SiteAddress.Purpose purpose,
                       Map<String, String> environment) {
        List<Problem> problems = new ArrayList<>();
        Properties properties = new Properties();
        PropertyLines lines;
        try {
            SettingsText.Result text = SettingsText.read(file, shownAs);
            if (text.problem().isPresent()) {
                problems.add(text.problem().get());
                return new Result(null, problems);
            }
            properties.load(new StringReader(text.text().get()));
            lines = new PropertyLines(text.text().get().lines().toList());
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.ofFile(shownAs, "cannot be read as UTF-8 properties (" + e.getMessage() + ").",
                    "write one key=value per line, in UTF-8."));
            return new Result(null, problems);
        }
        List<String> languages = languages(properties.getProperty("site.languages", ""), shownAs, problems);
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            boolean known = KEYS.contains(key) || PER_LANGUAGE.stream().anyMatch(prefix -> key.startsWith(prefix)
                    && languages.contains(key.substring(prefix.length()))) || HelpLineReader.isHelpKey(key, languages)
                    || CampaignTextsReader.isTextKey(key, languages);
            if (!known) {
                problems.add(Problem.ofFile(shownAs, "has an unknown key '" + Shown.cut(key) + "'.", "use only "
                        + String.join(", ", KEYS) + ", and site.name.<language>, campaign.name.<language>,"
                        + " help.name.<language>, help.url.<language> and help.phone.<language> for each language"
                        + " of site.languages, figure.count, and the story texts <text>.<language> ("
                        + String.join(", ", CampaignTexts.keys()) + ")."));
            }
            if (CONTROL.matcher(properties.getProperty(key)).find()) {
                // Settings are printed in every footer and feed; a vertical tab makes a feed invalid XML.
                problems.add(new Problem(shownAs, lines.of(key), key + " has an invisible control character: '"
                        + Shown.cut(properties.getProperty(key)) + "'.", "delete it and retype the value."));
            }
            String value = properties.getProperty(key);
            Optional<FormatCharacters.Finding> unseen = ADDRESSES.contains(key) || HelpLineReader.isContactKey(key)
                    ? FormatCharacters.inAddress(value) : FormatCharacters.inProse(value);
            if (unseen.isPresent()) {
                problems.add(new Problem(shownAs, lines.of(key), key + " has " + unseen.get().describeIn("value"),
                        unseen.get().fix()));
                properties.setProperty(key, FormatCharacters.without(value));
            }
        }
        Map<String, String> names = perLanguage(properties, "site.name.", languages, shownAs, problems);
        Map<String, String> campaignNames = perLanguage(properties, "campaign.name.", languages, shownAs, problems);
        URI url = address(properties, lines, shownAs, urlOverride, purpose, environment, problems);
        String contact = properties.getProperty("campaign.contact", "").strip();
        Optional<Problem> contactLetter = HostLetter.problem(shownAs, lines.of("campaign.contact"),
                "campaign.contact", contact);
        if (contactLetter.isPresent()) {
            problems.add(contactLetter.get());
        } else if (!contact.isEmpty() && !LinkSettings.isContact(contact)) {
            problems.add(new Problem(shownAs, lines.of("campaign.contact"), "campaign.contact '"
                    + Shown.cut(contact) + "' is neither a plain e-mail address nor an https address."
                    + LinkSettings.reasonFor(contact), "give an address such as campagne@example.org (without"
                    + " mailto: or ?...) or https://example.org/contact, or leave it empty."));
        }
        String domain = properties.getProperty("site.domain", "").strip();
        Optional<Problem> domainLetter = HostLetter.problem(shownAs, lines.of("site.domain"), "site.domain", domain);
        if (domainLetter.isPresent()) {
            problems.add(domainLetter.get());
        } else if (!domain.isEmpty() && !DOMAIN.matcher(domain).matches()) {
            problems.add(Problem.ofFile(shownAs, "site.domain '" + domain + "' is not a domain name.",
                    "give the bare domain, such as example.org, or leave it empty."));
        } else if (!domain.isEmpty() && url != null && !domain.equals(url.getHost())) {
            problems.add(Problem.ofFile(shownAs, "site.domain " + domain + " is not the host of the site URL "
                    + url + ".", "publish at https://" + domain + "/, or leave site.domain empty."));
        }
        SiteConfig.Study study = study(properties, lines, shownAs, problems);
        URI analytics = analytics(properties.getProperty("analytics.script", "").strip(), lines, shownAs, problems);
        Map<String, SiteConfig.HelpLine> helpLines = new HelpLineReader(shownAs, lines)
                .read(properties, languages, problems);
        CampaignTexts texts = new CampaignTextsReader(shownAs, lines).read(properties, languages, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new SiteConfig(url, languages, names, campaignNames, contact, domain, study, analytics,
                helpLines, texts), problems);
    }

    /** Off unless set; only an https script, since its address is added to every page's security policy. */
    private static URI analytics(String value, PropertyLines lines, Path shownAs, List<Problem> problems) {
        if (value.isEmpty()) {
            return null;
        }
        Optional<Problem> letter = HostLetter.problem(shownAs, lines.of("analytics.script"), "analytics.script",
                value);
        if (letter.isPresent()) {
            problems.add(letter.get());
            return null;
        }
        Optional<URI> script = LinkSettings.https(value);
        if (script.isPresent()) {
            return script.get();
        }
        problems.add(Problem.ofFile(shownAs, "analytics.script '" + Shown.cut(value) + "' is not an https address"
                + " that can be named in the security policy." + LinkSettings.reasonFor(value),
                "give the https address of the analytics script (no spaces, quotes, ; or ,), or leave"
                        + " analytics.script empty."));
        return null;
    }

    /** The study is optional, but all or nothing: half a citation would mislead. */
    private static SiteConfig.Study study(Properties properties, PropertyLines lines, Path shownAs,
                                          List<Problem> problems) {
        List<String> values = STUDY.stream().map(key -> properties.getProperty(key, "").strip()).toList();
        if (values.stream().allMatch(String::isEmpty)) {
            return null;
        }
        for (int i = 0; i < STUDY.size(); i++) {
            if (values.get(i).isEmpty()) {
                problems.add(Problem.ofFile(shownAs, "has no value for " + STUDY.get(i) + ", but other study.*"
                        + " keys are set.", "give all of " + String.join(", ", STUDY) + ", or none."));
            }
        }
        if (!values.get(3).isEmpty() && !STUDY_DATE.matcher(values.get(3)).matches()) {
            problems.add(Problem.ofFile(shownAs, "study.date '" + values.get(3) + "' is not YYYY-MM or YYYY-MM-DD.",
                    "write the date as, for example, 2015-09."));
        }
        Optional<Problem> letter = HostLetter.problem(shownAs, lines.of("study.url"), "study.url", values.get(4));
        if (letter.isPresent()) {
            problems.add(letter.get());
        } else if (!values.get(4).isEmpty() && LinkSettings.web(values.get(4)).isEmpty()) {
            problems.add(Problem.ofFile(shownAs, "study.url '" + values.get(4) + "' is not a web address.",
                    "give the full address of the publication, starting with https://."));
        }
        return new SiteConfig.Study(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4));
    }

    private static List<String> languages(String value, Path shownAs, List<Problem> problems) {
        List<String> languages = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (languages.isEmpty()) {
            problems.add(Problem.ofFile(shownAs, "names no languages.", "set site.languages=nl,en."));
        }
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(Problem.ofFile(shownAs, "site.languages has '" + language
                        + "', which is not a language code.", "use two-letter codes such as nl and en."));
            }
        }
        return languages.stream().filter(l -> LANGUAGE.matcher(l).matches()).distinct().toList();
    }

    private static Map<String, String> perLanguage(Properties properties, String prefix, List<String> languages,
                                                   Path shownAs, List<Problem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String language : languages) {
            values.put(language, required(properties, prefix + language, shownAs, problems));
        }
        return values;
    }

    private static String required(Properties properties, String key, Path shownAs, List<Problem> problems) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            problems.add(Problem.ofFile(shownAs, "has no value for " + key + ".", "add a line " + key + "=..."));
        }
        return value;
    }

    /** The site's address, or null with a problem when there is none or a build for publishing cannot use it. */
    private static URI address(Properties properties, PropertyLines lines, Path shownAs, String urlOverride,
                               SiteAddress.Purpose purpose, Map<String, String> environment,
                               List<Problem> problems) {
        Optional<SiteAddress.Given> given = SiteAddress.given(urlOverride, properties.getProperty("site.url", ""),
                properties.getProperty("site.domain", ""), environment);
        if (given.isEmpty()) {
            problems.add(new Problem(shownAs, lines.of("site.url"), "has no site address (site.url is empty), so"
                    + " leaflets, QR codes, cards, feeds and links to pages could not lead anywhere.",
                    SiteAddress.FIX));
            return null;
        }
        String from = given.get().from();
        boolean inFile = from.equals("site.url") || from.equals("site.domain");
        Path where = inFile ? shownAs : from.equals("-Dsite.url") ? COMMAND_LINE : ENVIRONMENT;
        int line = inFile ? lines.of(from) : 0;
        URI url = siteUrl(given.get().value(), where, line, given.get().from(), problems);
        if (url == null || purpose == SiteAddress.Purpose.PREVIEW) {
            return url;
        }
        Optional<String> unreachable = SiteAddress.unreachable(url);
        if (unreachable.isPresent()) {
            problems.add(new Problem(where, line, from + " " + Shown.cut(url.toString())
                    + " cannot be printed: " + unreachable.get() + ", so a reader of a leaflet, a QR code or a"
                    + " shared link could not open it.", SiteAddress.FIX));
            return null;
        }
        return url;
    }

    /** Where the site URL came from, when it was given as {@code -Dsite.url} rather than in the file. */
    private static final Path COMMAND_LINE = Path.of("command line");
    /** Where it came from on GitHub Actions, when neither the command line nor the file gave one. */
    private static final Path ENVIRONMENT = Path.of("GitHub Actions environment");

    private static URI siteUrl(String raw, Path shownAs, int line, String name, List<Problem> problems) {
        Optional<Problem> letter = HostLetter.problem(shownAs, line, name, raw);
        if (letter.isPresent()) {
            problems.add(letter.get());
            return null;
        }
        String withSlash = raw.endsWith("/") ? raw : raw + "/";
        Optional<URI> url = LinkSettings.web(withSlash);
        if (url.isPresent() && url.get().getQuery() == null && url.get().getFragment() == null) {
            return url.get();
        }
        problems.add(Problem.ofFile(shownAs, name + " '" + Shown.cut(raw) + "' is not an absolute http(s) address."
                + LinkSettings.reasonFor(raw),
                "give the full address the site is published at, such as https://example.github.io/repo/."));
        return null;
    }
}
