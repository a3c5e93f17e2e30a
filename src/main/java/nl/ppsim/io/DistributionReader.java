package nl.ppsim.io;

import java.util.List;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Numbers;

/** Reads "a number or a distribution" wherever a scenario accepts one. */
final class DistributionReader {

    static final List<String> NAMES = List.of(
            "uniform",
            "triangular",
            "pert",
            "normal",
            "lognormal",
            "beta",
            "poisson",
            "bernoulli",
            "discrete",
            "range90");

    static final String VALID = "een getal of een verdeling, bv. 5000, {uniform: [min, max]}, "
            + "{triangular: [min, modus, max]}, {pert: [min, modus, max]}, {normal: [gemiddelde, sd]}, "
            + "{lognormal: [gemiddelde, sd]}, {beta: [alpha, beta]}, {poisson: gemiddelde}, {bernoulli: p}, "
            + "{discrete: {values: [...], weights: [...]}} of {range90: [laag, hoog]}";

    static final String VALID_EN = "a number or a distribution, e.g. 5000, {uniform: [min, max]}, "
            + "{triangular: [min, mode, max]}, {pert: [min, mode, max]}, {normal: [mean, sd]}, "
            + "{lognormal: [mean, sd]}, {beta: [alpha, beta]}, {poisson: mean}, {bernoulli: p}, "
            + "{discrete: {values: [...], weights: [...]}} or {range90: [low, high]}";

    private DistributionReader() {}

    /**
     * The {@code persistence} of an input written as a map ({@code {normal: [...], persistence: 0.8}}),
     * or {@code fallback} (the partner's, line's or model's own, or the catalog's default) when it has none.
     */
    static double persistence(YamlNode node, double fallback) {
        if (!node.isMap()) {
            return fallback;
        }
        YamlNode p = node.fields(KEYS).get("persistence");
        return p == null ? fallback : persistenceValue(p);
    }

    /** A persistence: a number in [0, 1). */
    static double persistenceValue(YamlNode p) {
        double v = p.number();
        if (!(v >= 0 && v < 1)) {
            throw p.error(
                    "persistence is de correlatie tussen opeenvolgende jaren en ligt in [0, 1) (0 = elk jaar onafhankelijk, 0.8"
                            + " = een goed jaar volgt meestal op een goed jaar), kreeg " + Numbers.brief(v),
                    "persistence is the correlation between"
                            + " consecutive years and lies in [0, 1) (0 = every year independent, 0.8 = a good year mostly follows a good year), got "
                            + Numbers.brief(v));
        }
        return v;
    }

    /** The optional {@code source} of an input written as a map, e.g. {@code {pert: [...], source: "offerte 2026"}}. */
    static String source(YamlNode node) {
        if (!node.isMap()) {
            return null;
        }
        YamlNode.Fields f = node.fields(KEYS);
        return f.get("source") == null ? null : f.get("source").text().trim();
    }

    /**
     * The index an amount written as a map follows ({@code {value: 5000, indexed: wages}}), checked
     * against the scenario's declared {@code indices}; null when it names none.
     */
    static String index(YamlNode node, java.util.Set<String> declared) {
        if (node == null || !node.isMap()) {
            return null;
        }
        YamlNode i = node.fields(KEYS).get("indexed");
        return i == null ? null : checkIndex(i, declared);
    }

    /** The index name at {@code node}, which must be one of the scenario's {@code indices}. */
    static String checkIndex(YamlNode node, java.util.Set<String> declared) {
        String name = node.text().trim();
        if (!declared.contains(name)) {
            throw node.error(
                    "onbekende index '" + name + "'" + YamlNode.suggestion(name, declared) + "; "
                            + (declared.isEmpty()
                                    ? "het scenario noemt geen indices: geef ze bovenaan, bv. 'indices: {wages: 0.035, prices: 0.02}'"
                                    : "het scenario noemt: " + String.join(", ", declared) + " (onder indices:)"),
                    "unknown index '" + name + "'" + YamlNode.suggestion(name, declared, true) + "; "
                            + (declared.isEmpty()
                                    ? "the scenario declares no indices: give them at the top, e.g. 'indices: {wages: 0.035, prices: 0.02}'"
                                    : "the scenario declares: " + String.join(", ", declared) + " (under indices:)"));
        }
        return name;
    }

    private static final String[] KEYS;

    static {
        List<String> keys = new java.util.ArrayList<>(NAMES);
        keys.add("value");
        keys.add("source");
        keys.add("persistence");
        keys.add("indexed");
        KEYS = keys.toArray(String[]::new);
    }

    static Distribution distribution(YamlNode node) {
        if (node.isScalar()) {
            return Distributions.constant(node.number());
        }
        if (!node.isMap()) {
            throw node.error("verwacht " + VALID, "expected " + VALID_EN);
        }
        YamlNode.Fields f = node.fields(KEYS);
        java.util.Set<String> names = new java.util.LinkedHashSet<>(f.keys());
        names.remove("source");
        names.remove("persistence");
        names.remove("indexed");
        if (names.size() != 1) {
            throw node.error(
                    "een verdeling heeft precies één naam (plus eventueel 'source' en 'persistence'), kreeg " + names
                            + "; verwacht " + VALID + ", of {value: 5000, source: \"...\"}",
                    "a distribution has exactly one name (plus 'source' and 'persistence' if you like), got " + names
                            + "; expected " + VALID_EN + ", or {value: 5000, source: \"...\"}");
        }
        String name = names.iterator().next();
        if (name.equals("value")) {
            return Distributions.constant(f.require(
                            "value",
                            "een getal, bv. {value: 5000, source: \"offerte 2026\"}",
                            "a number, e.g. {value: 5000, source: \"quote 2026\"}")
                    .number());
        }
        YamlNode args = f.get(name);
        if (args == null) {
            throw node.error("parameters van '" + name + "' ontbreken", "the parameters of '" + name + "' are missing");
        }
        try {
            return switch (name) {
                case "uniform" -> {
                    double[] a = numbers(args, name, "[min, max]", 2);
                    yield Distributions.uniform(a[0], a[1]);
                }
                case "triangular" -> {
                    double[] a = numbers(args, name, "[min, modus, max]", 3);
                    yield Distributions.triangular(a[0], a[1], a[2]);
                }
                case "pert" -> {
                    double[] a = numbers(args, name, "[min, modus, max]", 3);
                    yield Distributions.pert(a[0], a[1], a[2]);
                }
                case "normal" -> {
                    double[] a = numbers(args, name, "[gemiddelde, sd]", 2);
                    yield Distributions.normal(a[0], a[1]);
                }
                case "lognormal" -> {
                    double[] a = numbers(args, name, "[gemiddelde, sd]", 2);
                    yield Distributions.lognormal(a[0], a[1]);
                }
                case "beta" -> {
                    double[] a = numbers(args, name, "[alpha, beta]", 2);
                    yield Distributions.beta(a[0], a[1]);
                }
                case "range90" -> {
                    double[] a = numbers(args, name, "[laag, hoog]", 2);
                    yield Distributions.range90(a[0], a[1]);
                }
                case "poisson" -> Distributions.poisson(args.number());
                case "bernoulli" -> Distributions.bernoulli(args.number());
                case "discrete" -> {
                    YamlNode.Fields d = args.fields("values", "weights");
                    double[] values = list(d.require(
                            "values",
                            "bv. {discrete: {values: [0, 1, 2], weights: [1, 2, 1]}}",
                            "e.g. {discrete: {values: [0, 1, 2], weights: [1, 2, 1]}}"));
                    YamlNode w = d.get("weights");
                    double[] weights = w == null ? uniformWeights(values.length) : list(w);
                    yield Distributions.discrete(values, weights);
                }
                default ->
                    throw node.error("onbekende verdeling '" + name + "'", "unknown distribution '" + name + "'");
            };
        } catch (Distributions.Invalid e) {
            throw node.error(name + ": " + ProblemText.say(e, false), name + ": " + ProblemText.say(e, true));
        } catch (IllegalArgumentException e) {
            // a library's own refusal, in its words
            throw node.error(name + ": " + e.getMessage(), name + ": " + e.getMessage());
        }
    }

    private static double[] uniformWeights(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    private static double[] numbers(YamlNode args, String name, String form, int count) {
        if (!args.isList()) {
            throw args.error(
                    name + " verwacht een lijst " + form + ", kreeg " + args.kind(),
                    name + " expects a list " + form.replace("modus", "mode") + ", got " + args.kind(true));
        }
        double[] out = list(args);
        if (out.length != count) {
            throw args.error(
                    name + " verwacht " + count + " getallen " + form + ", kreeg er " + out.length,
                    name + " expects " + count + " numbers " + form.replace("modus", "mode") + ", got " + out.length);
        }
        return out;
    }

    /** Digits on both sides of a comma, as in {@code [0,5, 1,5]}: a decimal comma that YAML reads as two numbers. */
    private static final java.util.regex.Pattern COMMA_IN_NUMBER = java.util.regex.Pattern.compile("[0-9],[0-9]");

    private static double[] list(YamlNode args) {
        List<YamlNode> items = args.list();
        String raw = args.raw();
        if (raw.startsWith("[") && COMMA_IN_NUMBER.matcher(raw).find()) {
            throw args.error(
                    "in " + raw.strip()
                            + " staat een komma tussen cijfers: YAML leest dat als twee getallen. Een decimaal"
                            + " schrijft u met een punt en getallen scheidt u met komma en spatie, bv. [0.5, 1.5] of [10000, 20000]",
                    raw.strip()
                            + " has a comma between digits: YAML reads it as two numbers. Write decimals with a point and separate numbers with a"
                            + " comma and a space, e.g. [0.5, 1.5] or [10000, 20000]");
        }
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }
}
