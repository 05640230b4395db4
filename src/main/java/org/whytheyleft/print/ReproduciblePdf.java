package org.whytheyleft.print;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Makes a PDF's bytes depend on its content alone: openhtmltopdf stamps the clock into the document information, and
 * PDFBox derives the file identifier from the clock. Both are replaced: the dates by a date of the content, the
 * identifier by a digest of the content. (In PDF/UA mode openhtmltopdf writes no dates into the XMP metadata.)
 */
final class ReproduciblePdf {

    private ReproduciblePdf() {
    }

    /**
     * @param date   the date the document is dated (the newest page of its language)
     * @param digest at least 16 bytes derived from everything the document shows
     */
    static void fix(PDDocument document, LocalDate date, byte[] digest) {
        Calendar when = GregorianCalendar.from(date.atStartOfDay(ZoneOffset.UTC));
        PDDocumentInformation info = document.getDocumentInformation();
        info.setCreationDate(when);
        info.setModificationDate(when);
        COSString id = new COSString(Arrays.copyOf(digest, 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
