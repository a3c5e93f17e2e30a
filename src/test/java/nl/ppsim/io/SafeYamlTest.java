package nl.ppsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A YAML path with an index, written unquoted in { }, reads as the path it is; nothing else changes. */
class SafeYamlTest {
    @Test
    void anIndexedPathInAFlowMappingIsQuotedOnlyWhereYamlRefusesIt() {
        String written = "vary:\n  - {path: business_models[0].params.fee, values: [900, 1300]}  # de prijs\n";
        String read = SafeYaml.withIndexedPathsQuoted(written);
        assertEquals("vary:\n  - {path: \"business_models[0].params.fee\", values: [900, 1300]}  # de prijs\n", read);
        assertEquals(written.lines().count(), read.lines().count(), "lines stay where they are");
        // valid YAML is read as written, also with a path in brackets in block style or in quotes
        for (String valid : new String[] {
            "vary:\n  - path: business_models[0].params.fee\n    values: [900, 1300]\n",
            "vary:\n  - {path: 'business_models[0].params.fee', values: [900]}\n",
            "between: [\"partners[0].cash\", \"partners[1].cash\"]\n",
        }) {
            assertEquals(valid, SafeYaml.withIndexedPathsQuoted(valid));
        }
        // text that quoting does not make valid keeps its own error
        String broken = "vary: [a[0].b, {\n";
        assertEquals(broken, SafeYaml.withIndexedPathsQuoted(broken));
        // in a flow list too, and next to a comment with brackets that stays as it is
        assertEquals(
                "between: [\"partners[0].cash\", \"partners[1].cash\"] # [0] blijft\n",
                SafeYaml.withIndexedPathsQuoted("between: [partners[0].cash, partners[1].cash] # [0] blijft\n"));
    }
}
