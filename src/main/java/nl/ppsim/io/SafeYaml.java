package nl.ppsim.io;

import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.BaseConstructor;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The one way ppsim reads YAML from anyone (a scenario file, a workbook's YAML cells, a request to
 * the web server, a report's manifest): SnakeYAML's safe constructor with limits that keep a small
 * text from becoming a large document. Anchors and aliases stay allowed, but the document as its
 * aliases expand it may hold at most {@value #MAX_NODES} nodes and {@value #MAX_CHARACTERS}
 * characters of scalars, and no alias may refer to a node that contains it (a cycle). Without this
 * a 359-byte "billion laughs" text expands to gigabytes when it is converted or serialised (an
 * alias is shared in the composed graph, copied in everything built from it). Nesting is limited to
 * {@value #MAX_DEPTH} levels and duplicate keys are an error.
 */
public final class SafeYaml {
    /** Most nodes of a document with its aliases expanded: a large plan has a few thousand. */
    public static final int MAX_NODES = 200_000;
    /** Most characters of scalars with the aliases expanded: four times the largest scenario file. */
    public static final long MAX_CHARACTERS = 4L * ScenarioReader.MAX_BYTES;
    /** Deepest nesting of lists and mappings. */
    public static final int MAX_DEPTH = 50;
    /** Most aliases to a list or mapping in one document. */
    public static final int MAX_ALIASES = 50;

    /** A document that expands beyond the limits; the message says which and by how much. */
    public static final class TooLarge extends YAMLException {
        private final String english;

        TooLarge(String dutch, String english) {
            super(dutch);
            this.english = english;
        }

        /** The problem in English ({@link #getMessage()} is Dutch). */
        public String english() {
            return english;
        }
    }

    private SafeYaml() {}

    /** The loader options every read uses: limits on size, aliases and nesting, duplicate keys refused. */
    public static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(2 * ScenarioReader.MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** A YAML path with an index, such as {@code business_models[0].params.fee_per_participant}. */
    private static final java.util.regex.Pattern INDEXED_PATH =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])(\\.[A-Za-z0-9_]+|\\[[0-9]+\\])*");

    /**
     * The text with every unquoted YAML path that has an index put in double quotes, when the text
     * is not valid YAML as written and is with them. In a flow collection ({@code {path:
     * business_models[0].params.fee, values: [900, 1300]}}) the brackets of an index end a plain
     * scalar, so YAML refuses what people naturally write (docs/explore.md writes it so); such a
     * path has no other reading. A text that is valid YAML, or that quoting does not make valid, is
     * returned as written (its own error is the one to report). Lines stay where they are.
     */
    public static String withIndexedPathsQuoted(String text) {
        if (text.indexOf('[') < 0 || parses(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        char quote = 0;
        boolean comment = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                comment = false;
                if (quote == '\'') {
                    quote = 0; // a single-quoted scalar may span lines; keep it simple and safe: restart
                }
            }
            if (comment) {
                out.append(c);
                i++;
                continue;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
                i++;
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                comment = true;
                out.append(c);
                i++;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                out.append(c);
                i++;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int prev = out.length() - 1;
                while (prev >= 0 && out.charAt(prev) == ' ') {
                    prev--;
                }
                boolean starts = prev < 0 || "{[,:-\n".indexOf(out.charAt(prev)) >= 0;
                java.util.regex.Matcher m = INDEXED_PATH.matcher(text).region(i, text.length());
                if (starts && m.lookingAt()) {
                    int end = m.end();
                    boolean ends = end == text.length() || ",}] \r\n#".indexOf(text.charAt(end)) >= 0;
                    if (ends) {
                        out.append('"').append(text, i, end).append('"');
                        i = end;
                        continue;
                    }
                }
                // the rest of this word as written
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
                    j++;
                }
                out.append(text, i, j);
                i = j;
                continue;
            }
            out.append(c);
            i++;
        }
        String quoted = out.toString();
        return parses(quoted) ? quoted : text;
    }

    private static boolean parses(String text) {
        try {
            compose(text);
            return true;
        } catch (YAMLException e) {
            return false;
        }
    }

    /** The composed document (null for an empty text), checked against the limits. */
    public static Node compose(String text) {
        return compose(text, options());
    }

    /** As {@link #compose(String)} with other options (for example comments kept); the limits apply. */
    public static Node compose(String text, LoaderOptions options) {
        DumperOptions d = new DumperOptions();
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options), new Representer(d), d, options)
                    .compose(new StringReader(text));
        } catch (YAMLException e) {
            throw limit(e);
        }
        if (root != null) {
            check(root);
        }
        return root;
    }

    /** The document as Java values (maps, lists, strings, numbers, booleans), checked against the limits first. */
    public static Object load(String text) {
        return load(text, new SafeConstructor(options()));
    }

    /** As {@link #load(String)} with a constructor of the caller's (a subclass of SafeConstructor). */
    public static Object load(String text, BaseConstructor constructor) {
        if (compose(text) == null) {
            return null;
        }
        DumperOptions d = new DumperOptions();
        return new Yaml(constructor, new Representer(d), d, options()).load(text);
    }

    /** SnakeYAML's own limits as a {@link TooLarge} in both languages; other problems as they are. */
    private static YAMLException limit(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.startsWith("Number of aliases")) {
            return new TooLarge(
                    "de YAML gebruikt meer dan " + MAX_ALIASES
                            + " aliassen (*naam) naar lijsten of mappings: schrijf de waarden uit",
                    "the YAML uses more than " + MAX_ALIASES
                            + " aliases (*name) to lists or mappings: write the values out");
        }
        if (m.startsWith("Nesting Depth exceeded")) {
            return new TooLarge(
                    "de YAML nest lijsten en mappings dieper dan " + MAX_DEPTH + " niveaus",
                    "the YAML nests lists and mappings deeper than " + MAX_DEPTH + " levels");
        }
        if (m.contains("exceeds the limit")) {
            return new TooLarge(
                    "de tekst is groter dan " + (2 * ScenarioReader.MAX_BYTES >> 10) + " KB",
                    "the text is larger than " + (2 * ScenarioReader.MAX_BYTES >> 10) + " KB");
        }
        return e;
    }

    /** Throws {@link TooLarge} when the expanded document exceeds the limits or refers to itself. */
    static void check(Node root) {
        long[] size = expanded(root, new IdentityHashMap<>(), new IdentityHashMap<>());
        if (size[0] > MAX_NODES) {
            throw new TooLarge(
                    "de YAML wordt door zijn aliassen (*naam) " + size[0] + " elementen groot; hoogstens " + MAX_NODES
                            + " mag: schrijf de waarden uit of gebruik minder aliassen",
                    "the YAML expands through its aliases (*name) to " + size[0] + " elements; at most " + MAX_NODES
                            + " are allowed: write the values out or use fewer aliases");
        }
        if (size[1] > MAX_CHARACTERS) {
            throw new TooLarge(
                    "de YAML wordt door zijn aliassen (*naam) " + size[1] + " tekens groot; hoogstens " + MAX_CHARACTERS
                            + " mag",
                    "the YAML expands through its aliases (*name) to " + size[1] + " characters; at most "
                            + MAX_CHARACTERS + " are allowed");
        }
    }

    /** {nodes, scalar characters} of {@code n} with its aliases expanded; memoised per node, saturating above the limits. */
    private static long[] expanded(Node n, Map<Node, long[]> done, Map<Node, Boolean> open) {
        long[] known = done.get(n);
        if (known != null) {
            return known;
        }
        if (open.containsKey(n)) {
            throw new TooLarge(
                    "de YAML verwijst naar zichzelf (een alias binnen zijn eigen anker)",
                    "the YAML refers to itself (an alias inside its own anchor)");
        }
        open.put(n, Boolean.TRUE);
        long nodes = 1;
        long chars = 0;
        if (n instanceof ScalarNode s) {
            chars = s.getValue().length();
        } else if (n instanceof SequenceNode q) {
            for (Node item : q.getValue()) {
                long[] k = expanded(item, done, open);
                nodes = Math.min(Long.MAX_VALUE / 4, nodes + k[0]);
                chars = Math.min(Long.MAX_VALUE / 4, chars + k[1]);
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                long[] k = expanded(t.getKeyNode(), done, open);
                long[] v = expanded(t.getValueNode(), done, open);
                nodes = Math.min(Long.MAX_VALUE / 4, nodes + k[0] + v[0]);
                chars = Math.min(Long.MAX_VALUE / 4, chars + k[1] + v[1]);
            }
        }
        open.remove(n);
        long[] out = {nodes, chars};
        done.put(n, out);
        return out;
    }
}
