package nl.ppsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The form writes into the user's YAML: comments, styles and untouched lines stay as written. */
class YamlRewriteTest {
    private static Object load(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    private static List<String> comments(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("#\\s*(.*)").matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    @Test
    void anUnchangedTreeGivesTheSameScenarioWithEveryComment() throws IOException {
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(f);
                String out = YamlRewrite.rewrite(text, load(text));
                assertEquals(load(text), load(out), f + "\n" + out);
                assertEquals(comments(text), comments(out), f.toString());
            }
        }
        String example = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        assertEquals(example, YamlRewrite.rewrite(example, load(example)), "the example comes back byte for byte");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditChangesItsOwnLineOnly() throws IOException {
        String text = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        Map<String, Object> tree = (Map<String, Object>) load(text);
        ((Map<String, Object>) tree.get("subsidy")).put("per_year", 300000.0);
        List<Map<String, Object>> partners = (List<Map<String, Object>>) tree.get("partners");
        partners.get(0).put("in_kind_per_year", Map.of("pert", List.of(60000.0, 80000.0, 95000.0)));
        partners.get(1).remove("renewal_years");
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("name", "brand");
        event.put("probability", 0.05);
        event.put("impact", Map.of("cost", 50000.0));
        tree.put("events", List.of(event));
        String out = YamlRewrite.rewrite(text, tree);
        List<String> before = text.lines().toList();
        List<String> after = out.lines().toList();
        assertTrue(after.contains("  per_year: 300000"), out);
        // the comment stays in the column the original had it
        String original = before.stream()
                .filter(l -> l.contains("# docenturen"))
                .findFirst()
                .orElseThrow();
        String edited = after.stream()
                .filter(l -> l.contains("# docenturen"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "    in_kind_per_year: {pert: [60000, 80000, 95000]}",
                edited.substring(0, edited.indexOf('#')).stripTrailing());
        assertEquals(original.indexOf('#'), edited.indexOf('#'), edited);
        assertTrue(out.contains("events:\n  - name: brand\n") && out.contains("    impact: {cost: 50000}"), out);
        long changed = before.stream().filter(l -> !after.contains(l)).count();
        assertEquals(3, changed, "subsidy, the in-kind line and the removed renewal_years: " + out);
        assertTrue(YamlRewrite.same(tree, load(out)), out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDutchNumberIsNeverWrittenBackAsAnotherNumber() {
        String text = "subsidy:\n  per_year: 250.000   # fout\nstart_year: 2026\n";
        Map<String, Object> tree = (Map<String, Object>) YamlRewrite.load(text);
        assertEquals("250.000", ((Map<String, Object>) tree.get("subsidy")).get("per_year"), "text, not 250");
        assertEquals(0.5, YamlRewrite.load("0.5"));
        assertEquals(0.025, YamlRewrite.load("0.025"), "a decimal with three digits is a decimal");
        tree.put("start_year", 2027.0);
        assertEquals("subsidy:\n  per_year: 250.000   # fout\nstart_year: 2027\n", YamlRewrite.rewrite(text, tree));
    }

    @Test
    void textThatIsNotYamlIsWrittenFresh() {
        String out = YamlRewrite.rewrite("a: [", Map.of("scenario", "x", "start_year", 2026.0));
        assertEquals(Map.of("scenario", "x", "start_year", 2026), load(out));
    }

    /** A path with an index unquoted in { } (as docs/explore.md writes it): the form reads it and keeps the comments. */
    @Test
    void anUnquotedIndexedPathInBracesIsReadAndTheTextKeepsItsComments() {
        String text =
                "title: x  # mijn plan\nexplore:\n  vary:\n    - {path: partners[0].cash_per_year, values: [1, 2]}\n";
        Object tree = YamlRewrite.load(text);
        String written = YamlRewrite.rewrite(text, tree);
        assertTrue(written.contains("# mijn plan"), written);
        assertTrue(written.contains("partners[0].cash_per_year"), written);
        assertEquals(load(nl.ppsim.io.SafeYaml.withIndexedPathsQuoted(text)), load(written), "the same document");
    }
}
