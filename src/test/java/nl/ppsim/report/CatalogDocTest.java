package nl.ppsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ppsim.model.Catalog;
import org.junit.jupiter.api.Test;

/** docs/bedrijfsmodellen.md is what the catalog says, so the docs cannot drift from the formulas. */
class CatalogDocTest {
    @Test
    void checkedInDocumentMatchesTheCatalog() throws IOException {
        String generated = CatalogDoc.markdown();
        for (String key : Catalog.keys()) {
            assertTrue(generated.contains("(`" + key + "`)"), key);
        }
        assertEquals(
                generated,
                Files.readString(Path.of("docs/bedrijfsmodellen.md")),
                "docs/bedrijfsmodellen.md is out of date: run ./ppsim models --markdown > docs/bedrijfsmodellen.md");
    }
}
