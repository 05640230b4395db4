package org.whytheyleft.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitOption;
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

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
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
 * The real site, built for a GitHub Pages project site and served the way Pages serves it, under that sub-path on
 * 127.0.0.1: from the entry page, every link and asset resolves inside the sub-path, every #anchor exists, every
 * page is reached, every QR code leads to a page served there, and the 404 page works at any depth. The sub-path is the built site's own when its address has
 * one (a campaign published at {@code https://example.github.io/other-campaign/}); a site built for a domain root
 * or for the preview is tried under {@code /why-they-left/}, the path of a project site of that name.
 */
class SubPathIT {

    private static final URI PROJECT_SITE = URI.create("https://example.github.io/why-they-left/");
    private static final URI ADDRESS = address();
    private static final String BASE = ADDRESS.getPath();
    private static HttpServer server;
    private static URI root;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static final Path SITE = BuiltSite.PROJECT.resolve("target/sub-path-site");

    @BeforeAll
    static void serve() throws Exception {
        new SiteBuild(BuiltSite.PROJECT).build(SITE, ADDRESS.toString());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticSite(SITE, BASE));
        server.start();
        root = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE);
    }

    /** The address the package phase built the site for, as its entry page names it, if that has a sub-path. */
    private static URI address() {
        try {
            Element canonical = BuiltSite.parse(BuiltSite.SITE.resolve("index.html"))
                    .selectFirst("link[rel=canonical]");
            assertNotNull(canonical, "the built entry page names its address");
            URI built = URI.create(canonical.attr("href"));
            return built.getPath().length() > 1 ? built : PROJECT_SITE;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        String language = RealSite.languages().get(0);
        URI missing = root.resolve(language + "/no-such-section/no-such-page/");
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
        assertEquals(200, get(root.resolve(language + "/")).statusCode(), "the default language's home page");
        assertEquals(404, get(root.resolve(language.toUpperCase(java.util.Locale.ROOT) + "/")).statusCode(),
                "paths are case-sensitive");
        assertEquals(404, get(root.resolve("css/")).statusCode(), "folders are not listed");
    }

    @Test
    void everyQrCodeLeadsToAPageServedUnderTheSubPath() throws Exception {
        List<String> wrong = new ArrayList<>();
        int codes = 0;
        try (Stream<Path> walk = Files.walk(SITE, FileVisitOption.FOLLOW_LINKS)) {
            for (Path png : walk.filter(p -> p.getFileName().toString().equals("qr-code.png")).sorted().toList()) {
                codes++;
                String text = decode(png);
                if (!text.startsWith(ADDRESS.toString())) {
                    wrong.add(SITE.relativize(png) + " leads outside " + ADDRESS + ": " + text);
                    continue;
                }
                URI served = root.resolve(text.substring(ADDRESS.toString().length()));
                HttpResponse<byte[]> response = get(served);
                if (response.statusCode() != 200
                        || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    wrong.add(SITE.relativize(png) + " leads to " + text + ", served as " + served + ": "
                            + response.statusCode());
                }
            }
        }
        assertTrue(codes > 0, "the site has QR codes");
        assertEquals(List.of(), wrong);
    }

    /** The address in a QR code image, read as the pure barcode the build draws: no noise, no perspective. */
    private static String decode(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        } catch (ReaderException e) {
            throw new AssertionError(SITE.relativize(png) + " cannot be read as a QR code: " + e, e);
        }
    }

    /** Every HTML file but the 404 page: each folder's page by its folder, an offline edition by its file. */
    private static java.util.TreeSet<String> publishedPages() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE, FileVisitOption.FOLLOW_LINKS)) {
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
