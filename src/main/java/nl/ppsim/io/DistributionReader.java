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

    /**
     * The names a distribution written as a call may have ({@link FunctionForm}): those of
     * {@link #NAMES}, and {@code event(p; impact)}, a risk event's draw (0 with probability 1 - p),
     * as a report writes one.
     */
    static final List<String> CALL_NAMES = java.util.stream.Stream.concat(
                    NAMES.stream(), java.util.stream.Stream.of("event"))
            .toList();

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
        if (node.isScalar() && !node.isNull() && FunctionForm.is(node.text(), CALL_NAMES)) {
            return call(node, node.text());
        }
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
            if (name.equals("discrete")) {
                YamlNode.Fields d = args.fields("values", "weights");
                double[] values = list(d.require(
                        "values",
                        "bv. {discrete: {values: [0, 1, 2], weights: [1, 2, 1]}}",
                        "e.g. {discrete: {values: [0, 1, 2], weights: [1, 2, 1]}}"));
                YamlNode w = d.get("weights");
                return Distributions.discrete(values, w == null ? uniformWeights(values.length) : list(w));
            }
            Integer count = COUNT.get(name);
            if (count == null) {
                throw node.error("onbekende verdeling '" + name + "'", "unknown distribution '" + name + "'");
            }
            return make(name, count == 1 ? new double[] {args.number()} : numbers(args, name, FORM.get(name), count));
        } catch (Distributions.Invalid e) {
            throw node.error(name + ": " + ProblemText.say(e, false), name + ": " + ProblemText.say(e, true));
        } catch (IllegalArgumentException e) {
            // a library's own refusal, in its words
            throw node.error(name + ": " + e.getMessage(), name + ": " + e.getMessage());
        }
    }

    /** How many numbers each distribution with numbers for parameters takes (discrete takes lists). */
    private static final java.util.Map<String, Integer> COUNT = java.util.Map.of(
            "uniform",
            2,
            "triangular",
            3,
            "pert",
            3,
            "normal",
            2,
            "lognormal",
            2,
            "beta",
            2,
            "range90",
            2,
            "poisson",
            1,
            "bernoulli",
            1);

    /** The parameters of each, as a Dutch reader is told them (the English text replaces modus by mode). */
    private static final java.util.Map<String, String> FORM = java.util.Map.of(
            "uniform", "[min, max]",
            "triangular", "[min, modus, max]",
            "pert", "[min, modus, max]",
            "normal", "[gemiddelde, sd]",
            "lognormal", "[gemiddelde, sd]",
            "beta", "[alpha, beta]",
            "range90", "[laag, hoog]",
            "poisson", "gemiddelde",
            "bernoulli", "p");

    /** The distribution {@code name} with its numbers {@code a} (as many as {@link #COUNT} says). */
    private static Distribution make(String name, double[] a) {
        return switch (name) {
            case "uniform" -> Distributions.uniform(a[0], a[1]);
            case "triangular" -> Distributions.triangular(a[0], a[1], a[2]);
            case "pert" -> Distributions.pert(a[0], a[1], a[2]);
            case "normal" -> Distributions.normal(a[0], a[1]);
            case "lognormal" -> Distributions.lognormal(a[0], a[1]);
            case "beta" -> Distributions.beta(a[0], a[1]);
            case "range90" -> Distributions.range90(a[0], a[1]);
            case "poisson" -> Distributions.poisson(a[0]);
            case "bernoulli" -> Distributions.bernoulli(a[0]);
            default -> throw new IllegalStateException(name);
        };
    }

    /** A distribution written as a call ({@link FunctionForm}): {@code triangular(60000; 80000; 90000)}. */
    private static Distribution call(YamlNode node, String text) {
        FunctionForm.Call c = FunctionForm.parse(text, node);
        String name = c.name();
        try {
            if (name.equals("event")) {
                if (c.raw().size() != 2 || Double.isNaN(c.numbers()[0])) {
                    throw node.error(
                            "event verwacht een kans en een verdeling of getal, bv. event(0,1; triangular(1000; 2000;"
                                    + " 4000)), kreeg " + text.strip(),
                            "event expects a probability and a distribution or number, e.g. event(0.1; triangular(1000;"
                                    + " 2000; 4000)), got " + text.strip());
                }
                String impact = c.raw().get(1);
                return Distributions.event(
                        c.numbers()[0],
                        FunctionForm.is(impact, CALL_NAMES)
                                ? call(node, impact)
                                : Distributions.constant(c.numbers()[1]));
            }
            if (name.equals("discrete")) {
                if (c.lists().isEmpty() || c.lists().size() > 2 || c.lists().contains(null)) {
                    throw node.error(
                            "discrete verwacht een lijst waarden en eventueel een lijst gewichten, bv."
                                    + " discrete([0; 1; 2]; [1; 2; 1]), kreeg " + text.strip(),
                            "discrete expects a list of values and optionally a list of weights, e.g."
                                    + " discrete([0; 1; 2]; [1; 2; 1]), got " + text.strip());
                }
                double[] values = c.lists().get(0);
                return Distributions.discrete(
                        values, c.lists().size() == 2 ? c.lists().get(1) : uniformWeights(values.length));
            }
            int count = COUNT.get(name);
            if (c.numbers().length != count || c.lists().stream().anyMatch(java.util.Objects::nonNull)) {
                String form = FORM.get(name).replace("[", "(").replace("]", ")").replace(", ", "; ");
                throw node.error(
                        name + " verwacht " + count + (count == 1 ? " getal " : " getallen ") + name + form + ", kreeg "
                                + text.strip(),
                        name + " expects " + count + (count == 1 ? " number " : " numbers ") + name
                                + form.replace("modus", "mode")
                                        .replace("gemiddelde", "mean")
                                        .replace("laag", "low")
                                        .replace("hoog", "high")
                                + ", got " + text.strip());
            }
            return make(name, c.numbers());
        } catch (Distributions.Invalid e) {
            throw node.error(name + ": " + ProblemText.say(e, false), name + ": " + ProblemText.say(e, true));
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
