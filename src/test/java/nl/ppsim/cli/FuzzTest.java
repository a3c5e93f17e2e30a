package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.ppsim.cli.CliTest.Outcome;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Fuzzing through the command line's entry point, in-process: for every shipped scenario a fixed
 * corpus of mutations, generated here (not stored), each run as {@code ppsim run} with few
 * iterations. Every outcome must be exit 0 or 2, with no stack trace or exception name; exit 2
 * writes nothing; exit 0 gives finite numbers only.
 *
 * <p>The corpus: every key deleted; every scalar value replaced, as it would be typed in the file,
 * by a wrong type, two out-of-range values, a non-finite value and a Dutch number form (each kind
 * cycling through its list, so that every replacement is used on every scenario); an unknown key
 * in every mapping: about 2,000 mutations. {@code mvn verify} runs a fixed third of them (every
 * third mutation, each scenario starting at a different one, so every kind of mutation runs on
 * some scenario), some 10-20 seconds; {@code -Dppsim.fuzz=full} runs the whole corpus.
 */
class FuzzTest {
    /** Every how many mutations of the corpus a default build runs (see the class comment). */
    private static final int SAMPLE_STRIDE = 3;

    private static final String[] WRONG_TYPE = {
        "tekst",
        "[1, 2]",
        "{a: 1}",
        "",
        "true",
        "~",
        "'5000'",
        "\"a\\u202Eb\"",
        "\"a\\0b\"",
        "\"\\e[31m\"",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
    };
    private static final String[] OUT_OF_RANGE = {
        "-1",
        "0",
        "1e13",
        "1e308",
        "-1e308",
        "2",
        "1.5",
        "100000",
        "-0.5",
        "0.999999",
        "4.5",
        "1e-320",
        "{normal: [100, 10000]}",
        "{normal: [0, 1]}",
        "7.5"
    };
    private static final String[] NON_FINITE = {".nan", ".inf", "-.inf"};
    private static final String[] DUTCH = {"250.000", "0,25", "€ 100", "5%", "1.250.000,50", "10.000", "3,5 mln", "100k"
    };

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            return s.map(Path::toString).filter(p -> p.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** One mutated scenario text and what was done, for the failure message. */
    record Mutation(String what, String text) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyMutationEndsCleanly(String file, @TempDir Path dir) throws IOException {
        String original = Files.readString(Path.of(file));
        List<Mutation> corpus = corpus(original);
        assertTrue(corpus.size() > 100, "corpus of " + corpus.size());
        Path scenario = dir.resolve("m.yaml");
        int ok = 0;
        int invalid = 0;
        boolean full = "full".equals(System.getProperty("ppsim.fuzz"));
        int stride = full ? 1 : SAMPLE_STRIDE;
        int offset = Math.floorMod(file.hashCode(), stride);
        for (int k = offset; k < corpus.size(); k += stride) {
            Mutation m = corpus.get(k);
            Files.writeString(scenario, m.text());
            Path out = dir.resolve("r" + k);
            Outcome o = CliTest.exec(
                    "run",
                    scenario.toString(),
                    "--iterations",
                    "64",
                    "--threads",
                    "1",
                    "--no-charts",
                    "--out",
                    out.toString());
            String where = file + ", " + m.what() + ": exit " + o.code() + "\n" + o.err();
            assertTrue(o.code() == 0 || o.code() == 2, where);
            ReliabilityTest.noTrace(o);
            if (o.code() == 2) {
                invalid++;
                assertFalse(Files.exists(out), "no report on exit 2: " + where);
                assertTrue(o.err().startsWith("Fout"), where);
            } else {
                ok++;
                for (String csv : new String[] {"summary.csv", "yearly.csv"}) {
                    for (String line : Files.readAllLines(out.resolve(csv))) {
                        for (String cell : line.split(",")) {
                            assertFalse(
                                    cell.equals("NaN") || cell.contains("Infinity"),
                                    csv + " of " + where + ": " + line);
                        }
                    }
                }
                deleteReport(out);
            }
        }
        assertTrue(ok > 0 && invalid > 0, ok + " valid and " + invalid + " invalid mutations");
    }

    private static void deleteReport(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(out);
    }

    /** The mutations of one scenario: by the text of each scalar, and by the tree for deleted and unknown keys. */
    static List<Mutation> corpus(String text) {
        List<Mutation> out = new ArrayList<>();
        int[] source = text.codePoints().toArray();
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        List<Object[]> scalars = new ArrayList<>();
        collect(root, "", scalars);
        int[] cursor = new int[4];
        for (Object[] s : scalars) {
            ScalarNode node = (ScalarNode) s[1];
            String path = (String) s[0];
            List<String> replacements = List.of(
                    next(WRONG_TYPE, cursor, 0),
                    next(OUT_OF_RANGE, cursor, 1),
                    next(OUT_OF_RANGE, cursor, 1),
                    next(NON_FINITE, cursor, 2),
                    next(DUTCH, cursor, 3));
            for (String r : replacements) {
                int from = node.getStartMark().getIndex();
                int to = node.getEndMark().getIndex();
                String mutated = new String(source, 0, from) + r + new String(source, to, source.length - to);
                out.add(new Mutation(path + " = " + r, mutated));
            }
        }
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        List<String> maps = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        paths(tree, "", maps, keys);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Yaml dumper = new Yaml(options);
        for (String key : keys) {
            Object copy = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            remove(copy, key);
            out.add(new Mutation("delete " + key, dumper.dump(copy)));
        }
        for (String map : maps) {
            Object copy = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            addUnknown(copy, map);
            out.add(new Mutation("unknown key in " + map, dumper.dump(copy)));
        }
        return out;
    }

    private static String next(String[] list, int[] cursor, int kind) {
        return list[cursor[kind]++ % list.length];
    }

    /** Scalar values (not keys), with their YAML paths. */
    private static void collect(Node node, String path, List<Object[]> out) {
        if (node instanceof ScalarNode s) {
            out.add(new Object[] {path, s});
        } else if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                collect(t.getValueNode(), path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (node instanceof SequenceNode q) {
            for (int i = 0; i < q.getValue().size(); i++) {
                collect(q.getValue().get(i), path + "[" + i + "]", out);
            }
        }
    }

    /** Paths of every mapping and of every key (as "path/key" steps separated by '/'). */
    @SuppressWarnings("unchecked")
    private static void paths(Object node, String path, List<String> maps, List<String> keys) {
        if (node instanceof Map<?, ?> m) {
            maps.add(path);
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                String child = path + "/" + e.getKey();
                keys.add(child);
                paths(e.getValue(), child, maps, keys);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                paths(l.get(i), path + "/#" + i, maps, keys);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Object at(Object root, String path) {
        Object node = root;
        for (String step : path.split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("#")
                    ? ((List<Object>) node).get(Integer.parseInt(step.substring(1)))
                    : ((Map<String, Object>) node).get(step);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static void remove(Object root, String keyPath) {
        int slash = keyPath.lastIndexOf('/');
        ((Map<String, Object>) at(root, keyPath.substring(0, slash))).remove(keyPath.substring(slash + 1));
    }

    @SuppressWarnings("unchecked")
    private static void addUnknown(Object root, String mapPath) {
        Map<String, Object> map = (Map<String, Object>) at(root, mapPath);
        Map<String, Object> copy = new LinkedHashMap<>(map);
        map.clear();
        map.putAll(copy);
        map.put("onbekend_veld", 1);
    }

    @org.junit.jupiter.api.Test
    void theCorpusIsTheSameEveryTime() throws IOException {
        String text = Files.readString(Path.of("scenarios/voorbeeld.yaml"));
        List<Mutation> a = corpus(text);
        List<Mutation> b = corpus(text);
        assertEquals(a, b);
    }
}
