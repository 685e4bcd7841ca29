import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws Ledamot's icon — a council paper with a decided seal on a blue tile — and writes it in the sizes each
 * platform wants: PNGs for Linux, an .ico for Windows, an .icns for macOS. Same input, same bytes: run it with
 * {@code java installer/icon/IconMaker.java OUTDIR} (headless, no other tools).
 */
public final class IconMaker {
    private static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "target/installer/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : PNG_SIZES) {
            png.put(size, png(draw(size)));
            Files.write(out.resolve("ledamot-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("ledamot.png"), png.get(512));
        try (OutputStream ico = Files.newOutputStream(out.resolve("ledamot.ico"))) {
            writeIco(ico, png);
        }
        try (OutputStream icns = Files.newOutputStream(out.resolve("ledamot.icns"))) {
            writeIcns(icns, png);
        }
    }

    /** The design, on a 1024 grid scaled to the size asked for. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 1024.0, size / 1024.0);

        g.setPaint(new GradientPaint(0, 64, new Color(0x2F6FB7), 0, 960, new Color(0x163E6E)));
        g.fill(new RoundRectangle2D.Double(64, 64, 896, 896, 200, 200));

        Path2D sheet = new Path2D.Double();
        sheet.moveTo(272, 176);
        sheet.lineTo(632, 176);
        sheet.lineTo(752, 296);
        sheet.lineTo(752, 848);
        sheet.lineTo(272, 848);
        sheet.closePath();
        g.setColor(new Color(0xFFFFFF));
        g.fill(sheet);
        Path2D fold = new Path2D.Double();
        fold.moveTo(632, 176);
        fold.lineTo(632, 296);
        fold.lineTo(752, 296);
        fold.closePath();
        g.setColor(new Color(0xC9D6E6));
        g.fill(fold);

        g.setColor(new Color(0x8BA3C0));
        g.setStroke(new BasicStroke(40, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[][] lines = {{336, 344, 560}, {336, 440, 688}, {336, 536, 688}, {336, 632, 520}};
        for (int[] line : lines) {
            g.drawLine(line[0], line[1], line[2], line[1]);
        }

        g.setColor(new Color(0xF2B632));
        g.fillOval(600, 616, 272, 272);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(44, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(668, 756);
        check.lineTo(720, 808);
        check.lineTo(808, 700);
        g.draw(check);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: 32-bit bitmaps for the small sizes (every Windows reads those), PNG for 256. */
    static void writeIco(OutputStream out, Map<Integer, byte[]> png) throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(size >= 256 ? png.get(size) : dib(draw(size)));
        }
        ByteBuffer header = ByteBuffer.allocate(6 + 16 * ICO_SIZES.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = header.capacity();
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
    }

    /** A BITMAPINFOHEADER bitmap as ICO wants it: double height, bottom-up BGRA rows, then a 1-bit AND mask. */
    static byte[] dib(BufferedImage image) {
        int size = image.getWidth();
        int maskRow = ((size + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + size * size * 4 + maskRow * size).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(size).putInt(size * 2).putShort((short) 1).putShort((short) 32);
        b.putInt(0).putInt(size * size * 4).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = size - 1; y >= 0; y--) {
            for (int x = 0; x < size; x++) {
                int argb = image.getRGB(x, y);
                b.put((byte) argb).put((byte) (argb >> 8)).put((byte) (argb >> 16)).put((byte) (argb >>> 24));
            }
        }
        for (int y = size - 1; y >= 0; y--) {
            byte[] row = new byte[maskRow];
            for (int x = 0; x < size; x++) {
                if ((image.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            b.put(row);
        }
        return b.array();
    }

    /** ICNS: PNG entries under Apple's type codes, 1x and 2x. */
    static void writeIcns(OutputStream out, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        int total = 8;
        for (int size : types.values()) {
            total += 8 + png.get(size).length;
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeBytes("icns");
        data.writeInt(total);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] image = png.get(type.getValue());
            data.writeBytes(type.getKey());
            data.writeInt(8 + image.length);
            data.write(image);
        }
        data.flush();
    }
}
