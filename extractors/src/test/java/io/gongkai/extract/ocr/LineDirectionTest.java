package io.gongkai.extract.ocr;

import io.gongkai.Samples;
import io.gongkai.extract.image.OpenCv;
import io.gongkai.extract.image.Skew;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link LineDirection} on the pages of a real budget scanned by other tools, as they lie and turned a quarter. */
class LineDirectionTest {
    @Test
    void aScannedPagesLinesRunAcrossAndDownWhenItLiesOnItsSide() throws Exception {
        OpenCv.load();
        try (PDDocument doc = Loader.loadPDF(Samples.scannedBudget().toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                Mat page = OpenCv.gray(renderer.renderImageWithDPI(p, 150, ImageType.GRAY));
                assertEquals(LineDirection.Direction.ACROSS, LineDirection.of(page), "page " + (p + 1));
                for (int q : new int[]{1, 3}) {
                    Mat turned = Skew.turn(page, q);
                    assertEquals(LineDirection.Direction.DOWN, LineDirection.of(turned), "page " + (p + 1) + " turned " + q);
                    turned.release();
                }
                page.release();
            }
        }
    }
}
