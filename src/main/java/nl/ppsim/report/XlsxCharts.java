package nl.ppsim.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report's charts in {@code report.xlsx}: a sheet "Grafieken" ("Charts") right after the
 * summary, each chart the PNG the HTML report shows, with its caption above it and as its
 * alternative text.
 *
 * <p>FastExcel writes the sheet and its captions but cannot place a picture, so the pictures are
 * added to its package afterwards: the images, one drawing part that anchors them and the
 * relationships that tie these to the sheet (ECMA-376 part 1, 20.5 "DrawingML - SpreadsheetML
 * Drawing"). Apache POI can do this too, but measured here it made every {@code ppsim run} of
 * voorbeeld 1.5 s slower and the jar 14 MB larger (docs/performance.md); the tests read the result
 * with POI, as Excel would.
 */
final class XlsxCharts {
    /** Excel's default row height (15 points) in pixels at 96 dpi. */
    private static final int ROW_PIXELS = 20;
    /** English Metric Units per pixel at 96 dpi. */
    private static final long EMU_PER_PIXEL = 9525;

    private static final String DRAWING = "xl/drawings/drawing1.xml";
    private static final String DRAWING_RELATION = "rIdPpsimCharts";

    /** A chart placed on the sheet: its picture's top-left cell is column A of {@code row}. */
    record Placed(HtmlReport.Figure figure, int row, int width, int height) {}

    private XlsxCharts() {}

    /** The charts sheet's name in the report's language. */
    static String sheetName(Lang l) {
        return l.t("Grafieken", "Charts");
    }

    /**
     * Writes the sheet's title and each figure's caption (the header row frozen), leaving room
     * below each caption for its picture; returns where each picture goes.
     */
    static List<Placed> sheet(Worksheet ws, List<HtmlReport.Figure> figures, Lang l) {
        ws.value(0, 0, l.t("Grafieken uit het rapport", "Charts from the report"));
        ws.style(0, 0).bold().set();
        ws.freezePane(0, 1);
        List<Placed> placed = new java.util.ArrayList<>();
        int row = 2;
        for (HtmlReport.Figure f : figures) {
            ws.value(row, 0, f.caption());
            ws.style(row, 0).bold().set();
            int[] size = pngSize(f.png());
            placed.add(new Placed(f, row + 1, size[0], size[1]));
            row += 1 + (size[1] + ROW_PIXELS - 1) / ROW_PIXELS + 2;
        }
        return placed;
    }

    /**
     * Places the pictures on the sheet named {@code sheetName} of the workbook {@code xlsx}, which
     * FastExcel wrote into the report's folder. It is read through its central directory
     * ({@link ZipFile}): FastExcel's entries carry Zip64 data descriptors that a
     * {@link java.util.zip.ZipInputStream} misreads.
     */
    static void embed(Path xlsx, String sheetName, List<Placed> pictures) throws IOException {
        if (pictures.isEmpty()) {
            return;
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long time = 0;
        try (ZipFile in = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                try (java.io.InputStream part = in.getInputStream(e)) {
                    parts.put(e.getName(), part.readAllBytes());
                }
                time = e.getTime();
            }
        }
        String sheet = sheetPart(parts, sheetName);
        String sheetRels = sheet.replaceFirst("([^/]+)$", "_rels/$1.rels");
        parts.put(
                sheet, insertBefore(parts.get(sheet), "</worksheet>", "<drawing r:id=\"" + DRAWING_RELATION + "\"/>"));
        String toDrawing = "<Relationship Id=\"" + DRAWING_RELATION
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing\""
                + " Target=\"../drawings/drawing1.xml\"/>";
        parts.put(
                sheetRels,
                parts.containsKey(sheetRels)
                        ? insertBefore(parts.get(sheetRels), "</Relationships>", toDrawing)
                        : relationships(toDrawing));
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        StringBuilder add = new StringBuilder();
        if (!types.contains("Extension=\"png\"")) {
            add.append("<Default Extension=\"png\" ContentType=\"image/png\"/>");
        }
        add.append("<Override PartName=\"/")
                .append(DRAWING)
                .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>");
        parts.put("[Content_Types].xml", insertBefore(parts.get("[Content_Types].xml"), "</Types>", add.toString()));
        StringBuilder drawing = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        StringBuilder images = new StringBuilder();
        int n = 0;
        for (Placed p : pictures) {
            n++;
            String media = "xl/media/image" + n + ".png";
            parts.put(media, p.figure().png());
            images.append("<Relationship Id=\"rId")
                    .append(n)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\"")
                    .append(" Target=\"../media/image")
                    .append(n)
                    .append(".png\"/>");
            String ext = "cx=\"" + p.width() * EMU_PER_PIXEL + "\" cy=\"" + p.height() * EMU_PER_PIXEL + "\"";
            drawing.append("<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
                    .append(p.row())
                    .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext ")
                    .append(ext)
                    .append("/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"")
                    .append(n + 1)
                    .append("\" name=\"")
                    .append(attribute(p.figure().file()))
                    .append("\" descr=\"")
                    .append(attribute(p.figure().caption()))
                    .append("\"/><xdr:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></xdr:cNvPicPr></xdr:nvPicPr>")
                    .append("<xdr:blipFill><a:blip r:embed=\"rId")
                    .append(n)
                    .append("\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>")
                    .append("<xdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext ")
                    .append(ext)
                    .append("/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>")
                    .append("<xdr:clientData/></xdr:oneCellAnchor>");
        }
        drawing.append("</xdr:wsDr>");
        parts.put(DRAWING, drawing.toString().getBytes(StandardCharsets.UTF_8));
        parts.put("xl/drawings/_rels/drawing1.xml.rels", relationships(images.toString()));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry e = new ZipEntry(part.getKey());
                e.setTime(time);
                if (part.getKey().endsWith(".png")) {
                    // a PNG is compressed already: stored as it is, not deflated once more
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(part.getValue());
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(part.getValue().length);
                    e.setCompressedSize(part.getValue().length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }

    /** The part that holds the sheet named {@code name}, from the workbook and its relationships. */
    private static String sheetPart(Map<String, byte[]> parts, String name) throws IOException {
        org.w3c.dom.Document workbook = xml(parts.get("xl/workbook.xml"));
        org.w3c.dom.NodeList sheets = workbook.getElementsByTagNameNS("*", "sheet");
        String id = null;
        for (int i = 0; i < sheets.getLength(); i++) {
            org.w3c.dom.Element s = (org.w3c.dom.Element) sheets.item(i);
            if (name.equals(s.getAttribute("name"))) {
                id = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
            }
        }
        org.w3c.dom.NodeList relations =
                xml(parts.get("xl/_rels/workbook.xml.rels")).getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < relations.getLength(); i++) {
            org.w3c.dom.Element r = (org.w3c.dom.Element) relations.item(i);
            if (r.getAttribute("Id").equals(id)) {
                String target = r.getAttribute("Target");
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        throw new IOException("report.xlsx: no sheet '" + name + "' to place the charts on");
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws IOException {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("report.xlsx: " + e.getMessage(), e);
        }
    }

    private static byte[] relationships(String inside) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + inside + "</Relationships>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insertBefore(byte[] part, String closing, String insert) throws IOException {
        String text = new String(part, StandardCharsets.UTF_8);
        int at = text.lastIndexOf(closing);
        if (at < 0) {
            throw new IOException("report.xlsx: no " + closing);
        }
        return (text.substring(0, at) + insert + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static String attribute(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\n", " ");
    }

    /** Width and height of a PNG, from its header chunk (PNG specification, 11.2.2 IHDR). */
    static int[] pngSize(byte[] png) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
        return new int[] {b.getInt(16), b.getInt(20)};
    }
}
