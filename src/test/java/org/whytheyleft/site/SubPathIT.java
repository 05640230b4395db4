package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

import org.whytheyleft.RealSite;
import org.whytheyleft.SiteBuild;
import org.whytheyleft.preview.StaticSite;

/**
 * The real site, built for a GitHub Pages project site ({@code https://example.github.io/why-they-left/}) and
 * served the way Pages serves it, under that sub-path on 127.0.0.1: from the entry page, every link and asset
 * resolves inside the sub-path, every #anchor exists, every page is reached, and the 404 page works at any depth.
 */
class SubPathIT {

    private static final String BASE = "/why-they-left/";
    private static HttpServer server;
    private static URI root;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Path SITE = BuiltSite.PROJECT.resolve("target/sub-path-site");

    @BeforeAll
    static void serve() throws Exception {
        new SiteBuild(BuiltSite.PROJECT).build(SITE, "https://example.github.io" + BASE);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(SITE, BASE));
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
    void unknownAddressesGetTheNotFoundPageWhoseLinksAndStylesWorkAtAnyDepth() throws Exception {
        URI missing = root.resolve("nl/redenen/bestaat-niet/");
        HttpResponse<byte[]> response = get(missing);
        assertEquals(404, response.statusCode());
        Document page = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
                missing.toString());
        assertNotNull(page.selectFirst("h1"), "the 404 page has a heading");
        List<Element> links = page.select("main a[href], link[rel=stylesheet], link[rel=icon]");
        assertEquals(RealSite.languages().size() + 2, links.size(),
                "a link home per language, the stylesheet and the icon");
        for (Element link : links) {
            URI target = missing.resolve(link.attr("href"));
            assertTrue(target.getPath().startsWith(BASE), link.attr("href") + " stays in the sub-path");
            assertEquals(200, get(target).statusCode(), target + " from the 404 page");
        }
        assertEquals(404, get(root.resolve("NL/")).statusCode(), "paths are case-sensitive");
        assertEquals(404, get(root.resolve("css/")).statusCode(), "folders are not listed");
    }

    /** Every HTML file but the 404 page: each folder's page by its folder, an offline edition by its file. */
    private static java.util.TreeSet<String> publishedPages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .filter(p -> !p.equals(SITE.resolve("404.html")))
                    .map(p -> SITE.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.equals("index.html") ? "" : p.endsWith("/index.html")
                            ? p.substring(0, p.length() - "index.html".length()) : p)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
