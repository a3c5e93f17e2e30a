package nl.ppsim.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the spreadsheet library does not tell: a workbook's merged cells, read from the package
 * itself (the zip's {@code xl/workbook.xml}, its relations and each sheet's {@code <mergeCell>}
 * elements), after checking that the package is a reasonable size. XML is read without DTDs or
 * external entities.
 */
final class WorkbookPackage {
    /** Most entries of a workbook's zip: a plan workbook has about twenty. */
    static final int MAX_ENTRIES = 2_000;
    /** Most bytes a workbook's entries may expand to (a zip bomb is refused before it is read). */
    static final long MAX_EXPANDED = 200L << 20;

    /** A problem with the package, in Dutch and English. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient String english;

        Unreadable(String dutch, String english) {
            super(dutch);
            this.english = english;
        }
    }

    private WorkbookPackage() {}

    /** Each sheet's name with its merged ranges ({@code A2:B3}), after the size checks; sheets without merges are left out. */
    static Map<String, List<String>> mergedCells(Path file) throws Unreadable {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            long expanded = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                count++;
                expanded += Math.max(0, entry.getSize());
                if (count > MAX_ENTRIES || expanded > MAX_EXPANDED) {
                    throw new Unreadable(
                            "de werkmap is uitgepakt groter dan " + (MAX_EXPANDED >> 20) + " MB of heeft meer dan "
                                    + MAX_ENTRIES + " onderdelen; een planwerkmap is een paar honderd KB",
                            "the workbook unpacks to more than " + (MAX_EXPANDED >> 20) + " MB or has more than "
                                    + MAX_ENTRIES + " parts; a plan workbook is a few hundred KB");
                }
            }
            Map<String, String> targets = new HashMap<>();
            ZipEntry rels = zip.getEntry("xl/_rels/workbook.xml.rels");
            if (rels != null) {
                scan(zip, rels, (r, name) -> {
                    if (name.equals("Relationship")) {
                        targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
                    }
                });
            }
            Map<String, String> sheets = new LinkedHashMap<>();
            ZipEntry book = zip.getEntry("xl/workbook.xml");
            if (book == null) {
                throw new Unreadable(
                        "het is geen Excel-werkmap (xl/workbook.xml ontbreekt)",
                        "it is not an Excel workbook (xl/workbook.xml is missing)");
            }
            scan(zip, book, (r, name) -> {
                if (name.equals("sheet")) {
                    String id = null;
                    for (int k = 0; k < r.getAttributeCount(); k++) {
                        if (r.getAttributeLocalName(k).equals("id")) {
                            id = r.getAttributeValue(k);
                        }
                    }
                    String target = targets.get(id);
                    if (target != null) {
                        sheets.put(
                                r.getAttributeValue(null, "name"),
                                target.startsWith("/") ? target.substring(1) : "xl/" + target);
                    }
                }
            });
            Map<String, List<String>> merged = new LinkedHashMap<>();
            for (Map.Entry<String, String> s : sheets.entrySet()) {
                ZipEntry sheet = zip.getEntry(s.getValue());
                if (sheet == null) {
                    continue;
                }
                List<String> ranges = new ArrayList<>();
                scan(zip, sheet, (r, name) -> {
                    if (name.equals("mergeCell")) {
                        ranges.add(r.getAttributeValue(null, "ref"));
                    }
                });
                if (!ranges.isEmpty()) {
                    merged.put(s.getKey(), ranges);
                }
            }
            return merged;
        } catch (IOException e) {
            throw new Unreadable(
                    "het bestand is geen Excel-werkmap (.xlsx) of is beschadigd",
                    "the file is not an Excel workbook (.xlsx) or is damaged");
        }
    }

    private interface Visitor {
        void start(XMLStreamReader r, String localName);
    }

    private static void scan(ZipFile zip, ZipEntry entry, Visitor v) throws IOException, Unreadable {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT) {
                        v.start(r, r.getLocalName());
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new Unreadable(
                    "het onderdeel " + entry.getName()
                            + " van de werkmap is geen geldige XML; open de werkmap in Excel of LibreOffice en"
                            + " bewaar haar opnieuw als .xlsx",
                    "the part " + entry.getName() + " of the workbook is not valid XML; open the workbook in"
                            + " Excel or LibreOffice and save it again as .xlsx");
        }
    }
}
