package io.gongkai.extract.pdf;

import io.gongkai.budget.Budget;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDCalRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.InflaterInputStream;

/**
 * A PDF's image decoded at a fraction of its resolution in memory bounded by the result, row by row from its stream:
 * each {@code sub × sub} block of pixels averaged into one. pdfbox decodes a Flate, LZW or CCITT image's whole stream
 * into memory before it subsamples (a page-sized 100,000 × 100,000 one-bit image, 1.2 MB in the file: 1.25 GB of
 * heap, and over 2 GB a Java array cannot hold); only JPEG, JPEG 2000 and JBIG2 are subsampled by their decoders.
 *
 * <p>Read here: one FlateDecode filter or none, with or without PNG predictors; gray (DeviceGray, CalGray, ICC with one
 * component) or RGB (DeviceRGB, CalRGB, ICC with three, their profile not applied); 1 or 8 bits a component; no
 * /Decode but the default or, for gray, its inverse. Any other image larger than {@link #MAX_DECODED_BYTES} decoded is
 * not decoded at all, by pdfbox either (see {@link #decodable}).
 */
final class SampledImage {
    /**
     * The most bytes an image whose decoder cannot subsample may take decoded whole (256 MB: an A3 page at 600 dpi in
     * colour is 210 MB); past it, an image this class cannot read is not decoded.
     */
    static final long MAX_DECODED_BYTES = 256L << 20;

    private SampledImage() {
    }

    /**
     * The image decoded whole as it is stored: a plain JPEG by ImageIO ({@link #jpeg}), an 8-bit DeviceGray image's
     * samples as they are ({@link #gray}), else by pdfbox (which makes every image RGB, pixel by pixel: 0.1–0.2 CPU s a
     * 300 dpi gray page). Null when pdfbox cannot decode it either.
     *
     * @throws IOException when pdfbox cannot read the image's stream
     */
    static BufferedImage asStored(PDImage image) throws IOException {
        BufferedImage img = jpeg(image);
        if (img == null) img = gray(image);
        return img != null ? img : image.getImage();
    }

    /**
     * A scan stored as a plain JPEG (DCTDecode, the commonest scan format), decoded by ImageIO as it is: a gray scan
     * stays gray (pdfbox's getImage makes every image RGB, pixel by pixel). Null when the image is anything else or
     * ImageIO cannot decode it (a CMYK JPEG): pdfbox decodes it then.
     */
    private static BufferedImage jpeg(PDImage image) {
        if (!(image instanceof PDImageXObject x)) return null;
        if (!List.of(COSName.DCT_DECODE).equals(x.getStream().getFilters())) return null;
        try (var in = x.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
            BufferedImage img = javax.imageio.ImageIO.read(in);
            return img != null && (img.getType() == BufferedImage.TYPE_BYTE_GRAY || img.getType() == BufferedImage.TYPE_3BYTE_BGR) ? img : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * An 8-bit DeviceGray scan (the commonest lossless one) with no Decode array, mask or soft mask, its samples taken
     * as they are: pdfbox's getImage makes every image RGB, pixel by pixel, and the reader makes it gray again. Null for
     * any other image (pdfbox decodes it then).
     */
    private static BufferedImage gray(PDImage image) {
        if (!(image instanceof PDImageXObject x) || x.isStencil() || x.getBitsPerComponent() != 8) return null;
        COSDictionary dict = x.getCOSObject();
        if (dict.containsKey(COSName.SMASK) || dict.containsKey(COSName.MASK)) return null;
        COSArray decode = x.getDecode();
        if (decode != null && !(decode.size() == 2 && decode.getObject(0) instanceof COSNumber a && a.floatValue() == 0
                && decode.getObject(1) instanceof COSNumber b && b.floatValue() == 1)) return null;
        try {
            if (!(x.getColorSpace() instanceof PDDeviceGray)) return null;
            BufferedImage img = x.getRawImage();
            return img != null && img.getType() == BufferedImage.TYPE_BYTE_GRAY && img.getWidth() == x.getWidth() && img.getHeight() == x.getHeight() ? img : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The image's size decoded whole, in bytes: width × height × components × bits a component / 8. */
    static long decodedBytes(PDImage image) {
        int components;
        try {
            PDColorSpace cs = image.isStencil() ? null : image.getColorSpace();
            components = cs == null ? 1 : Math.max(1, cs.getNumberOfComponents());
        } catch (IOException | RuntimeException e) {
            components = 4; // unknown: the most a page image has
        }
        return (long) Math.max(0, image.getWidth()) * Math.max(0, image.getHeight()) * components * Math.max(1, image.getBitsPerComponent()) / 8;
    }

    /** Whether the image's decoder subsamples as it decodes (its last filter is DCTDecode, JPXDecode or JBIG2Decode). */
    static boolean subsampledByItsCodec(PDImage image) {
        if (!(image instanceof PDImageXObject x)) return false;
        List<COSName> filters = x.getStream().getFilters();
        if (filters == null || filters.isEmpty()) return false;
        COSName last = filters.get(filters.size() - 1);
        return last.equals(COSName.DCT_DECODE) || last.equals(COSName.JPX_DECODE) || last.equals(COSName.JBIG2_DECODE);
    }

    /**
     * Whether the image can be decoded here or by pdfbox without holding more than {@link #MAX_DECODED_BYTES}: read
     * here, subsampled by its codec, or small enough.
     */
    static boolean decodable(PDImage image) {
        return readable(image) || subsampledByItsCodec(image) || decodedBytes(image) <= MAX_DECODED_BYTES;
    }

    /** Whether {@link #decode} reads the image (see the class's description). */
    static boolean readable(PDImage image) {
        if (!(image instanceof PDImageXObject x) || x.isStencil() || x.getWidth() <= 0 || x.getHeight() <= 0) return false;
        int bpc = x.getBitsPerComponent();
        if (bpc != 1 && bpc != 8) return false;
        List<COSName> filters = x.getStream().getFilters();
        if (filters != null && (filters.size() > 1 || filters.size() == 1 && !filters.get(0).equals(COSName.FLATE_DECODE))) return false;
        if (predictor(x) < 0) return false;
        int components = components(x);
        if (components == 0 || components == 3 && bpc != 8) return false;
        COSArray decode = x.getDecode();
        return decode == null || defaultDecode(decode, components) || components == 1 && invertedDecode(decode);
    }

    /**
     * Decodes the image, each block of {@code subX × subY} of its pixels (across, down) averaged into one pixel (the last
     * blocks of a row and of the image narrower or shorter): an 8-bit gray or BGR image of ⌈width / subX⌉ ×
     * ⌈height / subY⌉. A stream cut short leaves the rows it lacks white. The document's time is checked every 4,096
     * rows.
     *
     * @throws IllegalArgumentException when the image is not {@link #readable}
     * @throws IOException              when its stream cannot be inflated
     */
    static BufferedImage decode(PDImage image, int subX, int subY, Budget.Deadline deadline) throws IOException {
        if (!readable(image) || subX < 1 || subY < 1) throw new IllegalArgumentException("not an image read here, or no subsampling");
        PDImageXObject x = (PDImageXObject) image;
        int w = x.getWidth(), h = x.getHeight(), bpc = x.getBitsPerComponent(), comps = components(x);
        boolean invert = x.getDecode() != null && comps == 1 && invertedDecode(x.getDecode());
        int sub = subX;
        int ow = (w + subX - 1) / subX, oh = (h + subY - 1) / subY;
        BufferedImage out = new BufferedImage(ow, oh, comps == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int rowBytes = (int) (((long) w * comps * bpc + 7) / 8);
        int png = predictor(x) >= 10 ? Math.max(1, comps * bpc / 8) : 0; // a PNG predictor's bytes a pixel; 0: none
        byte[] row = new byte[rowBytes], above = new byte[rowBytes];
        long[] sum = new long[ow * comps];
        int[] ones = new int[256];
        for (int b = 0; b < 256; b++) ones[b] = Integer.bitCount(b);
        List<COSName> filters = x.getStream().getFilters();
        boolean flate = filters != null && !filters.isEmpty();
        try (InputStream raw = x.getStream().getCOSObject().createRawInputStream();
             InputStream in = flate ? new InflaterInputStream(raw, new java.util.zip.Inflater(), 1 << 16) : raw) {
            boolean ended = false;
            int blockRows = 0;
            for (int y = 0; y < h; y++) {
                if (!ended) {
                    try {
                        if (png > 0) {
                            int type = in.read();
                            if (type < 0) throw new EOFException();
                            byte[] t = above;
                            above = row;
                            row = t;
                            readFully(in, row);
                            unfilter(type, row, above, png);
                        } else {
                            readFully(in, row);
                        }
                    } catch (EOFException | java.util.zip.ZipException e) {
                        ended = true; // cut short, or damaged from here: the rest is left white
                    }
                }
                if (ended) java.util.Arrays.fill(row, invert ? 0 : (byte) 0xFF); // white
                if (bpc == 1) addBits(row, w, sub, sum, ones);
                else addBytes(row, w, comps, sub, sum);
                blockRows++;
                if (blockRows == subY || y == h - 1) {
                    int oy = y / subY;
                    for (int ox = 0; ox < ow; ox++) {
                        int cols = Math.min(sub, w - ox * sub);
                        long n = (long) cols * blockRows;
                        for (int c = 0; c < comps; c++) {
                            int v = (int) ((sum[ox * comps + c] + n / 2) / n);
                            if (invert) v = 255 - v;
                            // BGR's order in the raster
                            dst[(oy * ow + ox) * comps + (comps == 3 ? 2 - c : 0)] = (byte) v;
                        }
                    }
                    java.util.Arrays.fill(sum, 0);
                    blockRows = 0;
                }
                if ((y & 4095) == 4095) deadline.check("decoding a page image of " + w + " × " + h + " pixels");
            }
        }
        return out;
    }

    /** Adds a row of 1-bit samples (1 white, 0 black) to the blocks' sums, as 0 or 255: a byte at a time where it can. */
    private static void addBits(byte[] row, int w, int sub, long[] sum, int[] ones) {
        int full = w / 8;
        for (int i = 0; i < full; i++) {
            int b = row[i] & 0xFF, x0 = i * 8;
            int first = x0 / sub, last = (x0 + 7) / sub;
            if (first == last) {
                sum[first] += 255L * ones[b];
            } else {
                for (int k = 0; k < 8; k++) if ((b & (0x80 >> k)) != 0) sum[(x0 + k) / sub] += 255;
            }
        }
        for (int x = full * 8; x < w; x++) if ((row[x / 8] & (0x80 >> (x % 8))) != 0) sum[x / sub] += 255;
    }

    /** Adds a row of 8-bit samples, {@code comps} a pixel, to the blocks' sums. */
    private static void addBytes(byte[] row, int w, int comps, int sub, long[] sum) {
        for (int xx = 0; xx < w; xx++) {
            int o = (xx / sub) * comps, s = xx * comps;
            for (int c = 0; c < comps; c++) sum[o + c] += row[s + c] & 0xFF;
        }
    }

    /** Undoes a PNG filter (None, Sub, Up, Average, Paeth; RFC 2083 6) on a row, given the row above, decoded. */
    private static void unfilter(int type, byte[] row, byte[] above, int bpp) throws IOException {
        switch (type) {
            case 0 -> { }
            case 1 -> { for (int i = bpp; i < row.length; i++) row[i] += row[i - bpp]; }
            case 2 -> { for (int i = 0; i < row.length; i++) row[i] += above[i]; }
            case 3 -> {
                for (int i = 0; i < row.length; i++) {
                    int left = i >= bpp ? row[i - bpp] & 0xFF : 0;
                    row[i] += (byte) ((left + (above[i] & 0xFF)) / 2);
                }
            }
            case 4 -> {
                for (int i = 0; i < row.length; i++) {
                    int a = i >= bpp ? row[i - bpp] & 0xFF : 0, b = above[i] & 0xFF, c = i >= bpp ? above[i - bpp] & 0xFF : 0;
                    int p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
                    row[i] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }
            }
            default -> throw new java.util.zip.ZipException("PNG filter type " + type + " is none there is");
        }
    }

    private static void readFully(InputStream in, byte[] b) throws IOException {
        int n = 0;
        while (n < b.length) {
            int r = in.read(b, n, b.length - n);
            if (r < 0) throw new EOFException();
            n += r;
        }
    }

    /** 1 for gray, 3 for RGB, 0 for any other colour space. */
    private static int components(PDImageXObject x) {
        try {
            PDColorSpace cs = x.getColorSpace();
            if (cs instanceof PDDeviceGray || cs instanceof PDCalGray) return 1;
            if (cs instanceof PDDeviceRGB || cs instanceof PDCalRGB) return 3;
            if (cs instanceof PDICCBased icc && (icc.getNumberOfComponents() == 1 || icc.getNumberOfComponents() == 3)) return icc.getNumberOfComponents();
            return 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The stream's /Predictor: 1 (none) or 10-15 (PNG); -1 for any other (TIFF's 2) or decode parameters not read here. */
    private static int predictor(PDImageXObject x) {
        COSDictionary parms = null;
        var p = x.getCOSObject().getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (p instanceof COSDictionary d) parms = d;
        else if (p instanceof COSArray a && a.size() == 1 && a.getObject(0) instanceof COSDictionary d) parms = d;
        else if (p != null && !(p instanceof COSArray a && a.size() == 0)) return -1;
        if (parms == null) return 1;
        int predictor = parms.getInt(COSName.PREDICTOR, 1);
        if (predictor != 1 && (predictor < 10 || predictor > 15)) return -1;
        if (predictor >= 10) {
            // the predictor's own idea of a row must be the image's
            if (parms.getInt(COSName.COLUMNS, 1) != x.getWidth() || parms.getInt(COSName.BITS_PER_COMPONENT, 8) != x.getBitsPerComponent()
                    || parms.getInt(COSName.COLORS, 1) != components(x)) return -1;
        }
        return predictor;
    }

    private static boolean defaultDecode(COSArray decode, int components) {
        if (decode.size() != 2 * components) return false;
        for (int i = 0; i < decode.size(); i++) {
            if (!(decode.getObject(i) instanceof COSNumber n) || n.floatValue() != (i % 2 == 0 ? 0 : 1)) return false;
        }
        return true;
    }

    private static boolean invertedDecode(COSArray decode) {
        return decode.size() == 2 && decode.getObject(0) instanceof COSNumber a && a.floatValue() == 1
                && decode.getObject(1) instanceof COSNumber b && b.floatValue() == 0;
    }
}
