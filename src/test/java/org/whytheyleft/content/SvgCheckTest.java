package org.whytheyleft.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.whytheyleft.core.Problem;

class SvgCheckTest {

    @TempDir
    Path temp;

    private List<String> check(String svg) throws IOException {
        Path file = temp.resolve("beeld.svg");
        Files.writeString(file, svg);
        return new SvgCheck().check(file, Path.of("content/beeld.svg")).stream().map(Problem::describe).toList();
    }

    @Test
    void acceptsWhatDrawingProgramsSaveGradientsReferencesStylesAndEmbeddedPictures() throws IOException {
        assertEquals(List.of(), check("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Created with a drawing program -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                     width="10" height="10" sodipodi:docname="beeld.svg">
                  <style>.a { fill: url(#g); font-family: serif; }</style>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient>
                    <rect id="r" width="5" height="5"/></defs>
                  <rect class="a" width="10" height="10" style="fill: url( '#g' )"/>
                  <use xlink:href="#r"/><use href="#r"/>
                  <image width="1" height="1" xlink:href="data:image/png;base64,iVBORw0KGgo="/>
                </svg>
                """));
    }

    @Test
    void refusesAnEmbeddedSvgDocumentOrScriptInADataAddress() throws IOException {
        assertEquals(List.of("content/beeld.svg:2: refers to 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', outside"
                + " the image. Fix: embed what it shows, or remove the reference: an SVG may refer only to its own"
                + " parts (#id).", "content/beeld.svg:3: has values='javascript:alert(1)', which refers outside the"
                + " image. Fix: refer only to the image's own parts, such as url(#gradient)."), check("""
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                <image width="1" height="1" href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>
                <a><animate attributeName="href" values="javascript:alert(1)"/></a>
                </svg>
                """));
    }
}
