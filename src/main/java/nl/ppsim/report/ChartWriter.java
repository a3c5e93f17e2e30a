package nl.ppsim.report;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;

/** Writes a chart as PNG (for the HTML report and slides) and as SVG (for print and editing). */
public final class ChartWriter {
    private ChartWriter() {}

    /** The chart as PNG bytes, at its own size. */
    public static byte[] png(Charts.Chart c) throws IOException {
        BufferedImage image = new BufferedImage(c.width(), c.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Charts.prepare(g);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, c.width(), c.height());
            c.drawing().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
        } finally {
            g.dispose();
        }
        // pngencoder rather than ImageIO: 2-3x faster for these images, and smaller (docs/performance.md)
        return new com.pngencoder.PngEncoder()
                .withBufferedImage(image)
                .withCompressionLevel(6)
                .toBytes();
    }

    /** Writes the chart as SVG with a viewBox, so it scales. */
    public static void svg(Charts.Chart c, Path file) throws IOException {
        Document doc = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(c.width(), c.height()));
        Charts.prepare(g);
        c.drawing().draw(g, new Rectangle2D.Double(0, 0, c.width(), c.height()));
        // a viewBox lets the drawing scale to any width (in a slide, a browser or a Word document)
        org.w3c.dom.Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", "0 0 " + c.width() + " " + c.height());
        root.setAttributeNS(null, "preserveAspectRatio", "xMidYMid meet");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            g.stream(root, out, true, false);
        }
    }

    /** Writes {@code name.png} and {@code name.svg}; returns the PNG bytes (embedded in the HTML report). */
    public static byte[] write(Charts.Chart c, Path folder) throws IOException {
        byte[] png = png(c);
        write(c, png, folder);
        return png;
    }

    /** Writes {@code name.png} from PNG bytes already drawn by {@link #png}, and {@code name.svg}. */
    public static void write(Charts.Chart c, byte[] png, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(c.name() + ".png"))) {
            out.write(png);
        }
        svg(c, folder.resolve(c.name() + ".svg"));
    }
}
