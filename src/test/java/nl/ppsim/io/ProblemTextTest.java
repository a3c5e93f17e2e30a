package nl.ppsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;

/**
 * The core's problems are keys and values; the words come from the bundles at the edge: every key
 * the core throws has a Dutch and an English text, the two bundles have the same keys, and a text
 * renders its values (numbers as written, parameter names in the language, the way an input is
 * drawn).
 */
class ProblemTextTest {
    @Test
    void everyKeyTheCoreThrowsHasATextInBothLanguages() throws IOException {
        Properties nl = load("Problems.properties");
        Properties en = load("Problems_en.properties");
        assertEquals(nl.keySet(), en.keySet(), "the same keys in Dutch and English");
        Set<String> thrown = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:dist|correlation)\\.[a-z_]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/ppsim"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    thrown.add(m.group(1));
                }
            }
        }
        assertTrue(thrown.size() >= 17, "keys found in the sources: " + thrown);
        for (String k : thrown) {
            assertTrue(nl.containsKey(k), "no Dutch text for " + k);
        }
    }

    @Test
    void valuesAreShownAsWrittenAndParameterNamesInTheLanguage() {
        assertEquals(
                "standaardafwijking moet 0 of groter zijn, kreeg -1",
                ProblemText.say("dist.negative", List.of("sd", -1.0), false));
        assertEquals("sd must be 0 or more, got -1", ProblemText.say("dist.negative", List.of("sd", -1.0), true));
        assertEquals(
                "min (5) cannot be larger than max (1.5)",
                ProblemText.say("dist.min_above_max", List.of(5.0, 1.5), true));
    }

    @Test
    void aCorrelationErrorSaysHowEachInputIsDrawnAndWhere() {
        InvalidScenarioException e = InvalidScenarioException.keyed(
                "plan.yaml", "correlations[0]", 12, "correlation.drawn_differently", "a.x", 2, 10, "b.y", 0, 0);
        String dutch = ProblemText.message(e, false);
        String english = ProblemText.message(e, true);
        assertTrue(dutch.startsWith("plan.yaml, regel 12, correlations[0]: "), dutch);
        assertTrue(dutch.contains("a.x elk jaar (jaren 2-10), b.y één keer per trekking"), dutch);
        assertTrue(dutch.contains("'vary: per_iteration'"), dutch);
        assertTrue(english.contains("a.x every year (years 2-10), b.y once per iteration"), english);
        assertFalse(english.contains("trekking"), english);
        assertEquals(
                "correlation.drawn_differently", e.at("plan.xlsx", "Plan!B3", 0).key(), "kept in a workbook");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemText.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
