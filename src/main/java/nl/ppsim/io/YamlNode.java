package nl.ppsim.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ppsim.scenario.InvalidScenarioException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a composed YAML document that knows its file, YAML path and line, so that every
 * error can say where it is. Scalars are interpreted here, not by YAML 1.1 rules: {@code 010} is
 * ten and {@code yes} is text.
 */
final class YamlNode {
    private final Node node;
    private final String file;
    private final String path;
    /** The document's text as code points (the unit of SnakeYAML's marks), shared by all its nodes; may be null. */
    private final int[] source;

    YamlNode(Node node, String file, String path, int[] source) {
        this.node = node;
        this.file = file;
        this.path = path;
        this.source = source;
    }

    /** The text of this node as written in the file (for messages about how it was written), or "" when unknown. */
    String raw() {
        if (source == null || node.getStartMark() == null || node.getEndMark() == null) {
            return "";
        }
        int from = Math.max(0, node.getStartMark().getIndex());
        int to = Math.min(source.length, node.getEndMark().getIndex());
        return from < to ? new String(source, from, to - from) : "";
    }

    String path() {
        return path;
    }

    int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    InvalidScenarioException error(String problem) {
        return new InvalidScenarioException(file, path, line(), problem);
    }

    /** An error at this node, in Dutch and in English. */
    InvalidScenarioException error(String dutch, String english) {
        return new InvalidScenarioException(file, path, line(), dutch, english);
    }

    boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode s
                && s.getTag().equals(Tag.NULL)
                && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    String text() {
        if (!isScalar()) {
            throw error("verwacht een tekst, kreeg " + kind(), "expected text, got " + kind(true));
        }
        return ((ScalarNode) node).getValue();
    }

    /**
     * A finite number; plain scalars only, underscores allowed as digit separators. A number written
     * the Dutch way or with a unit ({@code 250.000}, {@code 0,25}, {@code € 250}, {@code 5%}) is an
     * error that says what to write ({@link NumberForms}), never a silently different value.
     */
    double number() {
        if (!(node instanceof ScalarNode s) || isNull()) {
            throw error("verwacht een getal, kreeg " + kind(), "expected a number, got " + kind(true));
        }
        String value = s.getValue().trim();
        Double comma = s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? NumberForms.decimalComma(value) : null;
        if (comma != null) {
            return comma;
        }
        String advice = NumberForms.advice(value);
        if (advice != null) {
            throw error(
                    "verwacht een getal, kreeg '" + value + "': " + advice,
                    "expected a number, got '" + value + "': " + NumberForms.adviceInEnglish(value));
        }
        if (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                && !value.isEmpty()
                && value.matches("[-+]?[0-9_]*\\.?[0-9_]*([eE][-+]?[0-9]+)?")) {
            try {
                double d = Double.parseDouble(value.replace("_", ""));
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(
                    "verwacht een getal, kreeg '" + value + "' (te groot of te klein om mee te rekenen)",
                    "expected a number, got '" + value + "' (too large or too small to compute with)");
        }
        boolean numberInQuotes = value.matches("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
        if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN && numberInQuotes) {
            throw error(
                    "verwacht een getal, kreeg de tekst '" + value
                            + "' tussen aanhalingstekens; schrijf het getal zonder aanhalingstekens",
                    "expected a number, got the text '" + value + "' in quotes; write the number without quotes");
        }
        throw error(
                "verwacht een getal, kreeg '" + value + "'; geldig: een getal zoals 60000 of 0,85, of een verdeling"
                        + " zoals triangular(50000; 60000; 80000)",
                "expected a number, got '" + value + "'; valid: a number such as 60000 or 0.85, or a distribution"
                        + " such as triangular(50000; 60000; 80000)");
    }

    /** A name: text that is not blank, at most {@code max} characters, without line breaks. */
    String name(int max) {
        String value = text().trim();
        if (value.isEmpty()) {
            throw error("een naam mag niet leeg zijn", "a name cannot be empty");
        }
        if (value.length() > max) {
            throw error(
                    "een naam is hoogstens " + max + " tekens, kreeg er " + value.length(),
                    "a name has at most " + max + " characters, got " + value.length());
        }
        if (value.contains("\n") || value.contains("\r")) {
            throw error("een naam past op één regel", "a name fits on one line");
        }
        int bad = value.codePoints()
                .filter(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)
                .findFirst()
                .orElse(-1);
        if (bad >= 0) {
            String code = String.format("U+%04X", bad);
            throw error(
                    "een naam bevat het stuurteken " + code
                            + " (onzichtbaar, of het keert de tekst om); typ de naam opnieuw",
                    "a name holds the control character " + code
                            + " (invisible, or it reverses the text); type the name again");
        }
        return value;
    }

    int integer(int min, int max) {
        double d = number();
        if (d != Math.rint(d)) {
            throw error("verwacht een geheel getal, kreeg " + text(), "expected a whole number, got " + text());
        }
        if (d < min || d > max) {
            throw error(
                    "moet tussen " + min + " en " + max + " liggen, kreeg " + text(),
                    "must lie between " + min + " and " + max + ", got " + text());
        }
        return (int) d;
    }

    long longValue() {
        double d = number();
        if (d != Math.rint(d) || Math.abs(d) > 9.007199254740992E15) {
            throw error(
                    "verwacht een geheel getal (hoogstens 16 cijfers), kreeg " + text(),
                    "expected a whole number (at most 16 digits), got " + text());
        }
        return (long) d;
    }

    /** One of the allowed words (case-sensitive), or an error that lists them. */
    String choice(Collection<String> allowed) {
        String value = text().trim();
        if (!allowed.contains(value)) {
            throw error(
                    "onbekende waarde '" + value + "'" + suggestion(value, allowed) + "; geldig: "
                            + String.join(", ", allowed),
                    "unknown value '" + value + "'" + suggestion(value, allowed, true) + "; valid: "
                            + String.join(", ", allowed));
        }
        return value;
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) {
            throw error(
                    "verwacht een lijst (regels die met '- ' beginnen), kreeg " + kind(),
                    "expected a list (lines starting with '- '), got " + kind(true));
        }
        List<YamlNode> out = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new YamlNode(items.get(i), file, path + "[" + i + "]", source));
        }
        return out;
    }

    /** The mapping's entries; rejects duplicate keys and keys not in {@code allowed}. */
    Fields fields(String... allowed) {
        if (!(node instanceof MappingNode map)) {
            throw error(
                    "verwacht sleutels met waarden (key: waarde), kreeg " + kind(),
                    "expected keys with values (key: value), got " + kind(true));
        }
        Set<String> valid = new LinkedHashSet<>(Arrays.asList(allowed));
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            YamlNode keyNode = new YamlNode(t.getKeyNode(), file, path, source);
            if (!(t.getKeyNode() instanceof ScalarNode)) {
                throw keyNode.error("een sleutel moet een woord zijn", "a key must be a word");
            }
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            YamlNode child = new YamlNode(t.getValueNode(), file, path.isEmpty() ? key : path + "." + key, source);
            if (entries.containsKey(key)) {
                throw child.error("sleutel '" + key + "' staat er twee keer", "key '" + key + "' appears twice");
            }
            if (allowed.length > 0
                    && !valid.contains(key)
                    && key.matches("[0-9].*")
                    && raw().startsWith("{")
                    && java.util.regex.Pattern.compile("[0-9],[0-9]")
                            .matcher(raw())
                            .find()) {
                throw error(
                        "in " + raw().strip()
                                + " staat een komma tussen cijfers: YAML leest dat als een nieuwe sleutel. Een decimaal"
                                + " schrijft u met een punt, en zonder duizendtalscheiding, bv. {per_year: 1250000.50}",
                        raw().strip()
                                + " has a comma between digits: YAML reads it as a new key. Write decimals with a point and without thousands"
                                + " separators, e.g. {per_year: 1250000.50}");
            }
            if (allowed.length > 0 && !valid.contains(key)) {
                throw child.error(
                                "onbekende sleutel '" + key + "'" + suggestion(key, valid) + "; geldig hier: "
                                        + String.join(", ", valid),
                                "unknown key '" + key + "'" + suggestion(key, valid, true) + "; valid here: "
                                        + String.join(", ", valid))
                        .aboutTheKey();
            }
            entries.put(key, child);
        }
        return new Fields(this, entries);
    }

    String kind() {
        return kind(false);
    }

    String kind(boolean english) {
        if (isNull()) {
            return english ? "nothing (an empty value)" : "niets (lege waarde)";
        }
        if (node instanceof ScalarNode s) {
            return "'" + s.getValue() + "'";
        }
        return node instanceof MappingNode
                ? (english ? "a block of keys" : "een blok met sleutels")
                : (english ? "a list" : "een lijst");
    }

    static String suggestion(String given, Collection<String> valid) {
        return suggestion(given, valid, false);
    }

    /** " (bedoelt u 'x'?)" or " (did you mean 'x'?)" for the closest valid word, or "" when none is close. */
    static String suggestion(String given, Collection<String> valid, boolean english) {
        String word = suggested(given, valid);
        return word == null ? "" : english ? " (did you mean '" + word + "'?)" : " (bedoelt u '" + word + "'?)";
    }

    private static String suggested(String given, Collection<String> valid) {
        for (String v : valid) {
            if (given.length() >= 4 && v.startsWith(given.toLowerCase(java.util.Locale.ROOT))) {
                return v;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), v.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        if (best != null && bestDistance <= Math.max(2, given.length() / 3)) {
            return best;
        }
        // a different ending of the same word (triangle for triangular, normaal for normal)
        for (String v : valid) {
            int common = 0;
            String a = given.toLowerCase(java.util.Locale.ROOT);
            String b = v.toLowerCase(java.util.Locale.ROOT);
            while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
                common++;
            }
            if (common >= 5 || common >= 4 && common >= Math.min(a.length(), b.length()) - 1) {
                return v;
            }
        }
        return null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The entries of one mapping, looked up by key. */
    static final class Fields {
        private final YamlNode owner;
        private final Map<String, YamlNode> entries;

        Fields(YamlNode owner, Map<String, YamlNode> entries) {
            this.owner = owner;
            this.entries = entries;
        }

        /** The value, or null when the key is absent or its value is empty. */
        YamlNode get(String key) {
            YamlNode n = entries.get(key);
            return n == null || n.isNull() ? null : n;
        }

        YamlNode require(String key, String whatIsValid) {
            return require(key, whatIsValid, null);
        }

        /** The value of a required key; its absence is an error saying what would be valid, in Dutch and English. */
        YamlNode require(String key, String whatIsValid, String inEnglish) {
            YamlNode n = get(key);
            if (n == null) {
                String where = owner.path.isEmpty() ? key : owner.path + "." + key;
                throw new InvalidScenarioException(
                        owner.file,
                        where,
                        owner.line(),
                        "verplichte sleutel '" + key + "' ontbreekt; " + whatIsValid,
                        "required key '" + key + "' is missing"
                                + (inEnglish == null || inEnglish.isEmpty() ? "" : "; " + inEnglish));
            }
            return n;
        }

        Set<String> keys() {
            return entries.keySet();
        }

        YamlNode owner() {
            return owner;
        }
    }
}
