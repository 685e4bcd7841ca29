package se.ledamot.brief.layout;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Pictures made fit for PDF/A-2 with an sRGB output intent: a JPEG in RGB or grey is embedded as it is (its DCT
 * stream passes through); anything else (a PNG, a CMYK JPEG) is decoded, laid on white so that no transparency
 * (soft mask) is left, and embedded losslessly in RGB.
 */
final class Pictures {
    private Pictures() {
    }

    static PDImageXObject embed(PDDocument doc, byte[] data) throws IOException {
        if (isJpeg(data)) {
            PDImageXObject jpeg = JPEGFactory.createFromByteArray(doc, data);
            if (jpeg.getColorSpace() instanceof PDDeviceRGB || jpeg.getColorSpace() instanceof PDDeviceGray) {
                return jpeg;
            }
        }
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(data));
        if (read == null) {
            throw new IOException("not a picture ImageIO can read");
        }
        return LosslessFactory.createFromImage(doc, onWhite(read));
    }

    /** The picture in plain RGB, its transparent parts white. */
    static BufferedImage onWhite(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    static boolean isJpeg(byte[] data) {
        return data.length > 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8;
    }
}
