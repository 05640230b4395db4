package org.whytheyleft.browser;

import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Sideways overflow of the page in the browser, in either direction: a left-to-right page sticks out on the right,
 * a right-to-left page on the left.
 */
final class Overflow {

    private static final String MEASURE = """
            const html = document.documentElement;
            const width = html.clientWidth;
            const outside = rect => rect.right > width + 0.5 || rect.left < -0.5;
            const where = rect => rect.left < -0.5 ? ' starts at ' + Math.round(rect.left)
                : ' ends at ' + Math.round(rect.right);
            const name = element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                + (element.classList.length ? '.' + [...element.classList].join('.') : '');
            const wide = [];
            const text = document.createTreeWalker(document.body || html, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            while (text.nextNode() && wide.length < 5) {
              range.selectNodeContents(text.currentNode);
              const rect = range.getBoundingClientRect();
              if (rect.width > 0 && outside(rect)) {
                wide.push(name(text.currentNode.parentElement) + ' "'
                    + text.currentNode.textContent.trim().slice(0, 40) + '"' + where(rect));
              }
            }
            for (const element of (document.body || html).querySelectorAll('*')) {
              const rect = element.getBoundingClientRect();
              if (rect.width > 0 && outside(rect) && wide.length < 10) {
                wide.push(name(element) + where(rect));
              }
            }
            return { scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, wide: wide };
            """;

    private Overflow() {
    }

    /** The page's sideways overflow at the current width, naming what sticks out; empty when there is none. */
    @SuppressWarnings("unchecked")
    static Optional<String> sideways(JavascriptExecutor browser, String page) {
        Map<String, Object> sizes = (Map<String, Object>) browser.executeScript(MEASURE);
        long scrollWidth = ((Number) sizes.get("scrollWidth")).longValue();
        long clientWidth = ((Number) sizes.get("clientWidth")).longValue();
        if (scrollWidth > clientWidth) {
            return Optional.of(page + " is " + scrollWidth + " px wide in a " + clientWidth
                    + " px viewport; sticking out: " + sizes.get("wide"));
        }
        return Optional.empty();
    }
}
