package org.whytheyleft.preview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Widens a page's Content-Security-Policy by one source for one directive, and for nothing else: the preview's
 * reload script may run and its events may be read, while the page's own rules stay as strict as built. A directive
 * the policy leaves out falls back to {@code default-src} in the browser, so it is then written out as
 * {@code default-src}'s sources plus the new one; a policy without either restricts nothing and stays as it is.
 */
final class PreviewPolicy {

    private PreviewPolicy() {
    }

    /**
     * @param policy    the policy as the page states it ({@code default-src 'self'; script-src 'none'; ...})
     * @param directive such as {@code script-src}
     * @param source    a source expression, such as {@code http://127.0.0.1:8820/_preview/reload.js}
     */
    static String allow(String policy, String directive, String source) {
        List<List<String>> directives = new ArrayList<>();
        for (String part : policy.split(";")) {
            if (!part.isBlank()) {
                directives.add(new ArrayList<>(Arrays.asList(part.strip().split("\\s+"))));
            }
        }
        List<String> target = named(directives, directive);
        if (target == null) {
            List<String> fallback = named(directives, "default-src");
            if (fallback == null) {
                return policy;
            }
            target = new ArrayList<>(fallback);
            target.set(0, directive);
            directives.add(target);
        }
        // 'none' beside another source is ignored by browsers, with a warning: drop it
        target.removeIf(token -> token.equalsIgnoreCase("'none'"));
        target.add(source);
        return String.join("; ", directives.stream().map(d -> String.join(" ", d)).toList());
    }

    private static List<String> named(List<List<String>> directives, String name) {
        return directives.stream().filter(d -> d.get(0).toLowerCase(Locale.ROOT).equals(name)).findFirst()
                .orElse(null);
    }
}
