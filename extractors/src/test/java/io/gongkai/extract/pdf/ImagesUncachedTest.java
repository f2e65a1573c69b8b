package io.gongkai.extract.pdf;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A scanned document's pages, decoded, are not kept from page to page: pdfbox's resource cache held each page's image
 * object and, with it, its decoded pixels (softly, which the JVM keeps until its heap is full: a 100-page TIFF's scan
 * held 1.5 GB of live heap at page 60, 140 MB now). Forms and fonts are still shared.
 */
class ImagesUncachedTest {
    @Test
    void imagesAreNotCachedFormsAre() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY));
            PDFormXObject form = new PDFormXObject(doc);
            COSObject imageRef = new COSObject(image.getCOSObject(), new COSObjectKey(1, 0));
            COSObject formRef = new COSObject(form.getCOSObject(), new COSObjectKey(2, 0));
            PdfTableReader.ImagesUncached cache = new PdfTableReader.ImagesUncached();
            cache.put(imageRef, image);
            cache.put(formRef, form);
            assertNull(cache.getXObject(imageRef));
            assertSame(form, cache.getXObject(formRef));
        }
    }
}
