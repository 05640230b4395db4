package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.whytheyleft.preview.StaticSite;

/**
 * The real site served under a GitHub Pages project sub-path on 127.0.0.1: from the entry page, every link and
 * asset resolves inside the sub-path, every #anchor exists, and every page is reached.
 */
class SubPathIT {

    private static final String BASE = "/why-they-left/";
    private static HttpServer server;
    private static URI root;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(BuiltSite.SITE, BASE));
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void everyLinkAssetAndAnchorResolvesUnderTheSubPathAndEveryPageIsReached() throws Exception {
        Map<URI, Document> pages = new HashMap<>();
        List<String> broken = new ArrayList<>();
        Set<URI> seen = new LinkedHashSet<>();
        Deque<URI> queue = new ArrayDeque<>(List.of(root));
        List<URI[]> anchors = new ArrayList<>();
        while (!queue.isEmpty()) {
            URI uri = queue.poll();
            if (!seen.add(uri)) {
                continue;
            }
            HttpResponse<byte[]> response = get(uri);
            if (response.statusCode() != 200) {
                broken.add(uri + " answered " + response.statusCode());
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (uri.getPath().endsWith(".css")) {
                assertTrue(type.startsWith("text/css"), uri + " is served as CSS");
            }
            if (!type.startsWith("text/html")) {
                continue;
            }
            Document html = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
                    uri.toString());
            pages.put(uri, html);
            for (Element link : html.select("a[href], link[href], img[src], script[src]")) {
                String attribute = link.hasAttr("href") ? "href" : "src";
                if (link.is("link[rel=canonical], link[rel=alternate]")) {
                    continue;
                }
                URI target = uri.resolve(link.attr(attribute));
                if (!"127.0.0.1".equals(target.getHost())) {
                    continue;
                }
                if (!target.getPath().startsWith(BASE)) {
                    broken.add(uri + " links outside the sub-path: " + link.attr(attribute));
                    continue;
                }
                URI page = new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null);
                if (target.getFragment() != null) {
                    anchors.add(new URI[] {uri, target});
                }
                queue.add(page);
            }
        }
        for (URI[] anchor : anchors) {
            URI page = new URI(anchor[1].getScheme(), anchor[1].getAuthority(), anchor[1].getPath(), null, null);
            Document target = pages.get(page);
            if (target == null || target.getElementById(anchor[1].getFragment()) == null) {
                broken.add(anchor[0] + " links to a missing anchor " + anchor[1]);
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(publishedPages(), pages.keySet().stream().map(u -> u.getPath().substring(BASE.length()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), "every page is reached");
    }

    @Test
    void unknownAddressesGetTheNotFoundPageWithStatus404() throws Exception {
        HttpResponse<byte[]> response = get(root.resolve("nl/bestaat-niet/"));
        assertEquals(404, response.statusCode());
        assertTrue(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<h1"));
        assertEquals(404, get(root.resolve("NL/")).statusCode(), "paths are case-sensitive");
    }

    private static java.util.TreeSet<String> publishedPages() throws IOException {
        try (Stream<Path> walk = Files.walk(BuiltSite.SITE)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .map(p -> BuiltSite.SITE.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/")
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
