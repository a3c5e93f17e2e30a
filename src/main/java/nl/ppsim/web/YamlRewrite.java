package nl.ppsim.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.io.SafeYaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes the page form's edited tree back into the scenario's YAML text so that what the form did
 * not change stays as the user wrote it: comments, flow or block style, the spelling of numbers, and
 * the alignment of end-of-line comments on unchanged lines. The text is composed into YAML nodes with
 * their comments; each node whose value the form kept is kept, a changed value gets a new node, a key
 * the form removed goes with its comments, a new key is added at the end of its mapping. Items of a
 * list are matched by position.
 */
public final class YamlRewrite {
    private YamlRewrite() {}

    /**
     * The YAML of {@code tree}, written into {@code original} when that is YAML (comments kept), or
     * freshly when it is not.
     */
    static String rewrite(String asWritten, Object tree) {
        // a path with an index unquoted in { } is YAML once quoted (as the scenario reader reads it); the
        // text is then rewritten with its comments, the path in quotes
        String original = asWritten == null ? null : SafeYaml.withIndexedPathsQuoted(asWritten);
        Node root = null;
        Object old = null;
        if (original != null && !original.isBlank()) {
            try {
                LoaderOptions options = SafeYaml.options();
                options.setProcessComments(true);
                root = SafeYaml.compose(original, options);
                old = load(original);
            } catch (RuntimeException e) {
                root = null;
            }
        }
        DumperOptions d = dumper();
        Representer representer = new Representer(d);
        Node merged = root == null ? fresh(representer, tree) : merge(root, old, tree, representer);
        if (root != null) {
            commentedFlowItemsAsBlocks(merged);
            String written = realign(serialize(representer, d, merged), original);
            try {
                if (same(load(written), integers(tree))) {
                    return written;
                }
            } catch (RuntimeException e) {
                // written fresh below
            }
        }
        return serialize(representer, d, fresh(representer, tree));
    }

    private static String serialize(Representer representer, DumperOptions d, Node node) {
        StringWriter out = new StringWriter();
        new Yaml(representer, d).serialize(node, out);
        return out.toString();
    }

    /**
     * SnakeYAML writes a comment above a flow-style item of a block list on the item's own line,
     * which breaks the YAML; such an item is written as a block.
     */
    private static void commentedFlowItemsAsBlocks(Node n) {
        if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                if (s.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                        && item.getBlockComments() != null
                        && !item.getBlockComments().isEmpty()) {
                    if (item instanceof MappingNode m) {
                        m.setFlowStyle(DumperOptions.FlowStyle.BLOCK);
                    } else if (item instanceof SequenceNode q) {
                        q.setFlowStyle(DumperOptions.FlowStyle.BLOCK);
                    }
                }
                commentedFlowItemsAsBlocks(item);
            }
        } else if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                commentedFlowItemsAsBlocks(t.getValueNode());
            }
        }
    }

    /**
     * A scenario text turned into one route of its exploration (docs/explore.md): each value
     * written in at its YAML path (a whole number as a whole number), the business models at
     * {@code dropModels} (indexes in {@code business_models}) left out, and the {@code explore:}
     * section removed; comments and style kept where nothing changed. The values are set before
     * any model is left out, so the paths are those of the text as written.
     */
    @SuppressWarnings("unchecked")
    public static String route(String text, java.util.Map<String, Double> values, java.util.Set<Integer> dropModels) {
        Object tree = load(text);
        for (java.util.Map.Entry<String, Double> v : values.entrySet()) {
            double x = v.getValue();
            Object value = x == Math.rint(x) && Math.abs(x) < 1e15 ? (Object) Long.valueOf((long) x) : (Object) x;
            set(tree, v.getKey(), value);
        }
        java.util.Map<String, Object> root = (java.util.Map<String, Object>) tree;
        root.remove("explore");
        if (root.get("business_models") instanceof java.util.List<?> models) {
            List<Object> kept = new java.util.ArrayList<>();
            for (int i = 0; i < models.size(); i++) {
                if (!dropModels.contains(i)) {
                    kept.add(models.get(i));
                }
            }
            root.put("business_models", kept);
        }
        return rewrite(text, tree);
    }

    /** Sets {@code value} at a YAML path such as {@code business_models[1].params.companies}. */
    @SuppressWarnings("unchecked")
    private static void set(Object tree, String path, Object value) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]").matcher(path);
        List<Object> steps = new java.util.ArrayList<>();
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        Object at = tree;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            at = step instanceof Integer n
                    ? ((List<Object>) at).get(n)
                    : ((java.util.Map<String, Object>) at).get(step);
            if (at == null) {
                throw new IllegalArgumentException("no " + path + " in the scenario");
            }
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer n) {
            ((List<Object>) at).set(n, value);
        } else {
            ((java.util.Map<String, Object>) at).put((String) last, value);
        }
    }

    /**
     * The tree of a YAML text as the form edits it. A number written the Dutch way ({@code 250.000})
     * stays the text it is, so that the form shows it with the scenario's error and never writes it
     * back as 250.
     */
    static Object load(String text) {
        return SafeYaml.load(SafeYaml.withIndexedPathsQuoted(text), new FormConstructor());
    }

    /** The safe constructor, with {@code 1.234} and {@code 250.000} kept as text. */
    private static final class FormConstructor extends SafeConstructor {
        FormConstructor() {
            super(SafeYaml.options());
            yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.FLOAT, new ConstructYamlFloat() {
                @Override
                public Object construct(Node node) {
                    String v = ((ScalarNode) node).getValue();
                    return nl.ppsim.io.NumberForms.dutchThousands(v) ? v : super.construct(node);
                }
            });
        }
    }

    private static DumperOptions dumper() {
        DumperOptions d = new DumperOptions();
        d.setProcessComments(true);
        d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        d.setIndent(2);
        d.setIndicatorIndent(2);
        d.setIndentWithIndicator(true);
        d.setWidth(120);
        return d;
    }

    private static Node merge(Node node, Object old, Object value, Representer representer) {
        if (node instanceof MappingNode map && old instanceof Map<?, ?> oldMap && value instanceof Map<?, ?> newMap) {
            List<NodeTuple> tuples = new ArrayList<>();
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && newMap.containsKey(k.getValue())) {
                    seen.add(k.getValue());
                    tuples.add(new NodeTuple(
                            t.getKeyNode(),
                            merge(t.getValueNode(), oldMap.get(k.getValue()), newMap.get(k.getValue()), representer)));
                }
            }
            for (Map.Entry<?, ?> e : newMap.entrySet()) {
                if (!seen.contains(String.valueOf(e.getKey()))) {
                    tuples.add(new NodeTuple(
                            fresh(representer, String.valueOf(e.getKey())), fresh(representer, e.getValue())));
                }
            }
            map.setValue(tuples);
            return map;
        }
        if (node instanceof SequenceNode seq && old instanceof List<?> oldList && value instanceof List<?> newList) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < newList.size(); i++) {
                items.add(
                        i < seq.getValue().size() && i < oldList.size()
                                ? merge(seq.getValue().get(i), oldList.get(i), newList.get(i), representer)
                                : fresh(representer, newList.get(i)));
            }
            seq.getValue().clear();
            seq.getValue().addAll(items);
            return seq;
        }
        if (node instanceof ScalarNode && same(old, value)) {
            return node;
        }
        Node replacement = fresh(representer, value);
        replacement.setInLineComments(node.getInLineComments());
        replacement.setBlockComments(node.getBlockComments());
        replacement.setEndComments(node.getEndComments());
        return replacement;
    }

    /** Equal as the form sees them: numbers by value (2026 and 2026.0), the rest by equals. */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size()
                    && x.entrySet().stream()
                            .allMatch(e -> y.containsKey(e.getKey()) && same(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /**
     * A new node for a value: whole numbers as integers, a distribution ({@code {triangular: [...]}})
     * and a list of numbers on one line, the rest as blocks.
     */
    private static Node fresh(Representer representer, Object value) {
        Node n = representer.represent(integers(value));
        flowSmall(n);
        return n;
    }

    private static boolean flowSmall(Node n) {
        if (n instanceof ScalarNode) {
            return true;
        }
        if (n instanceof SequenceNode s) {
            boolean simple = true;
            for (Node item : s.getValue()) {
                simple &= flowSmall(item) && item instanceof ScalarNode;
            }
            if (simple) {
                s.setFlowStyle(DumperOptions.FlowStyle.FLOW);
            }
            return simple;
        }
        if (n instanceof MappingNode m) {
            boolean small = m.getValue().size() == 1;
            for (NodeTuple t : m.getValue()) {
                small &= flowSmall(t.getValueNode());
            }
            m.setFlowStyle(small ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
            return small;
        }
        return false;
    }

    /** JSON numbers come as doubles: whole ones are written as integers (2026, not 2026.0). */
    static Object integers(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(k, integers(val)));
            return out;
        }
        if (v instanceof List<?> list) {
            return list.stream().map(YamlRewrite::integers).toList();
        }
        return v;
    }

    /**
     * The serializer writes one space before an end-of-line comment: a line that is the original's
     * but for that spacing is given back as the original wrote it, and a changed line keeps its
     * comment in the column the original had it.
     */
    private static String realign(String written, String original) {
        Map<String, String> byShape = new HashMap<>();
        Map<String, Integer> column = new HashMap<>();
        for (String line : original.split("\n", -1)) {
            byShape.putIfAbsent(shape(line), line);
            java.util.regex.Matcher m = TRAILING_COMMENT.matcher(line);
            if (m.find()) {
                column.putIfAbsent(m.group(2), m.start(2));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : written.split("\n", -1)) {
            String kept = byShape.get(shape(line));
            if (kept == null) {
                kept = line;
                java.util.regex.Matcher m = TRAILING_COMMENT.matcher(line);
                if (m.find() && column.containsKey(m.group(2)) && column.get(m.group(2)) > m.end(1)) {
                    kept = line.substring(0, m.end(1)) + " ".repeat(column.get(m.group(2)) - m.end(1)) + m.group(2);
                }
            }
            out.append(kept).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** Code, then spaces, then an end-of-line comment (group 1: the code, 2: the comment). */
    private static final java.util.regex.Pattern TRAILING_COMMENT =
            java.util.regex.Pattern.compile("^(\\s*\\S.*?)\\s+(#.*)$");

    private static String shape(String line) {
        return line.replaceAll("\\s+#", " #").stripTrailing();
    }
}
