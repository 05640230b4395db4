package org.whytheyleft.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The weight of every HTML page of a built site as a browser first loads it: the HTML, its stylesheets, and the
 * images and icons it asks for, raw and gzip-compressed (images count as they are; they are not compressed again).
 *
 * @param page      the page's path in the site
 * @param requests  the HTML plus every distinct file it loads
 */
record PageWeight(String page, long htmlBytes, long htmlGzip, long cssBytes, long cssGzip, long otherBytes,
                  int requests) {

    long totalBytes() {
        return htmlBytes + cssBytes + otherBytes;
    }

    long totalGzip() {
        return htmlGzip + cssGzip + otherBytes;
    }

    /** @param output a built site, which our build makes a link to its folder ({@code publish.SiteOutput}) */
    static List<PageWeight> of(Path output) throws IOException {
        Path site = output.toRealPath();
        List<PageWeight> weights = new ArrayList<>();
        for (Path file : ProjectFiles.files(site)) {
            if (file.toString().endsWith(".html")) {
                weights.add(of(site, file));
            }
        }
        return weights;
    }

    private static PageWeight of(Path site, Path file) throws IOException {
        byte[] html = Files.readAllBytes(file);
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        long css = 0;
        long cssGzip = 0;
        long other = 0;
        Set<Path> loaded = new LinkedHashSet<>();
        for (Element link : page.select("link[rel=stylesheet][href]")) {
            Path target = local(site, file, link.attr("href"));
            if (target != null && loaded.add(target)) {
                byte[] bytes = Files.readAllBytes(target);
                css += bytes.length;
                cssGzip += gzip(bytes);
            }
        }
        for (Element resource : page.select("img[src], link[rel~=icon][href], script[src]")) {
            Path target = local(site, file, resource.hasAttr("src") ? resource.attr("src") : resource.attr("href"));
            if (target != null && loaded.add(target)) {
                other += Files.size(target);
            }
        }
        return new PageWeight(site.relativize(file).toString(), html.length, gzip(html), css, cssGzip, other,
                1 + loaded.size());
    }

    /** The file a link loads, or null for another host or a missing file; links from the base path start at /. */
    private static Path local(Path site, Path page, String href) {
        String path = href.replaceFirst("[?#].*$", "");
        if (path.isEmpty() || path.matches("(?i)^([a-z]+:)?//.*") || path.startsWith("data:")) {
            return null;
        }
        Path target = path.startsWith("/") ? site.resolve(path.substring(1)) : page.getParent().resolve(path);
        target = target.normalize();
        return Files.isRegularFile(target) ? target : null;
    }

    static long gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
