package org.whytheyleft.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.whytheyleft.translation.TranslationStatus;

/**
 * The preview's page at {@code _preview/translations} under the served base path: the translation status of the
 * last site that built, for the editor, as the terminal prints it but with a list per state. Served by the preview
 * only, never part of the built site; built with jsoup, so every file name and paragraph is escaped.
 */
final class TranslationsPage implements HttpHandler {

    /** Its name under the preview's reserved folder. */
    static final String NAME = "translations";

    private final Supplier<TranslationStatus> status;

    /** @param status the status of the last build that succeeded, or null before the first one */
    TranslationsPage(Supplier<TranslationStatus> status) {
        this.status = status;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = html(status.get()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String html(TranslationStatus status) {
        Document page = Document.createShell("");
        page.selectFirst("html").attr("lang", "en");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("title").text("Translations");
        Element body = page.body();
        body.appendElement("h1").text("Translations");
        if (status == null) {
            body.appendElement("p").text("The site has not built yet; see the terminal.");
            return page.outerHtml();
        }
        if (status.languages().isEmpty()) {
            body.appendElement("p").text("No page is a translation.");
        }
        for (TranslationStatus.Language language : status.languages()) {
            body.appendElement("h2").text(language.lang());
            for (TranslationStatus.State state : TranslationStatus.State.values()) {
                if (language.in(state).isEmpty()) {
                    continue;
                }
                body.appendElement("h3").text(state.label() + " (" + language.in(state).size() + ")");
                Element list = body.appendElement("ul");
                for (TranslationStatus.Page translated : language.in(state)) {
                    Element item = list.appendElement("li").text(translated.file()
                            + translated.source().map(source -> ", from " + source).orElse(""));
                    if (!translated.changed().isEmpty()) {
                        Element changed = item.appendElement("ul");
                        translated.changed().forEach(words -> changed.appendElement("li").text(words));
                    }
                }
            }
        }
        return page.outerHtml();
    }
}
