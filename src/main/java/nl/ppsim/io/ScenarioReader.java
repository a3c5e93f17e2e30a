package nl.ppsim.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Input;
import nl.ppsim.dist.Numbers;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Correlation;
import nl.ppsim.scenario.EligibilityItem;
import nl.ppsim.scenario.Event;
import nl.ppsim.scenario.Group;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Loan;
import nl.ppsim.scenario.Partner;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.StopRule;
import nl.ppsim.scenario.SubsidyScheme;
import nl.ppsim.scenario.Sustainability;
import nl.ppsim.scenario.Vary;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a scenario file (schema version 1). Validation happens here, once: every
 * problem becomes an {@link InvalidScenarioException} naming the file, YAML path and line.
 */
public final class ScenarioReader {

    static final String[] TOP_KEYS = {
        "schema",
        "scenario",
        "title",
        "start_year",
        "subsidy_years",
        "horizon_years",
        "iterations",
        "seed",
        "initial_reserve",
        "subsidy",
        "partners",
        "lines",
        "business_models",
        "correlations",
        "sustainability",
        "events",
        "financing",
        "overdraft_interest",
        "indices",
        "amounts_include_vat",
        "crkbo_registered",
        "kind",
        "explore"
    };

    /** Iterations when the scenario names none. */
    public static final int DEFAULT_ITERATIONS = 10_000;
    /** Seed when the scenario names none. */
    public static final long DEFAULT_SEED = 1;
    /** The most iterations a run may have. */
    public static final int MAX_ITERATIONS = 100_000_000;
    /** Largest scenario file, comments included (a large plan is a few hundred lines, about 20 KB). */
    public static final int MAX_BYTES = 1 << 20;
    /** Longest scenario id: it names the report folder. */
    public static final int MAX_ID_LENGTH = 64;
    /** Longest name of a partner, line or business model, and of a title. */
    public static final int MAX_NAME_LENGTH = 200;
    /** At most this many partners, lines and business models each (memory stays bounded: see Plan). */
    public static final int MAX_ITEMS = 1000;

    /**
     * Reads a scenario file: only a regular file of at most {@link #MAX_BYTES} (a folder, device or
     * pipe is refused before anything is read), as UTF-8.
     */
    public Scenario read(Path file) {
        return read(readText(file), file.toString());
    }

    /** The text of an input file, with the same checks as {@link #read(Path)}; errors name the file. */
    public static String readText(Path file) {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new InvalidScenarioException(name, "", 0, "bestand bestaat niet", "file does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidScenarioException(
                    name, "", 0, "dit is een map, geen scenariobestand", "this is a folder, not a scenario file");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidScenarioException(
                    name,
                    "",
                    0,
                    "dit is geen gewoon bestand (maar bv. een apparaat of pipe); geef een scenariobestand (.yaml)",
                    "this is not a regular file (but e.g. a device or a pipe); give a scenario file (.yaml)");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidScenarioException(
                        name,
                        "",
                        0,
                        "bestand is groter dan " + (MAX_BYTES >> 10)
                                + " KB (commentaar meegeteld); een scenario is een paar honderd regels",
                        "file is larger than " + (MAX_BYTES >> 10)
                                + " KB (comments included); a scenario is a few hundred lines");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new InvalidScenarioException(
                        name,
                        "",
                        0,
                        "bestand is groter dan " + (MAX_BYTES >> 10) + " KB",
                        "file is larger than " + (MAX_BYTES >> 10) + " KB");
            }
            return java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new InvalidScenarioException(name, "", 0, "bestand bestaat niet", "file does not exist");
        } catch (CharacterCodingException e) {
            throw new InvalidScenarioException(name, "", 0, "bestand is geen UTF-8-tekst", "file is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidScenarioException(
                    name,
                    "",
                    0,
                    "kan niet gelezen worden (" + e.getMessage() + ")",
                    "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a scenario from text; {@code name} names it in errors. */
    public Scenario read(String text, String name) {
        if (text.length() > MAX_BYTES) {
            throw new InvalidScenarioException(
                    name,
                    "",
                    0,
                    "tekst is groter dan " + (MAX_BYTES >> 10) + " KB",
                    "text is larger than " + (MAX_BYTES >> 10) + " KB");
        }
        return parse(compose(text, name), name);
    }

    static YamlNode compose(String written, String file) {
        String text = written;
        Node root;
        try {
            try {
                root = SafeYaml.compose(text);
            } catch (MarkedYAMLException refused) {
                // a path with an index unquoted in { } or [ ]: quoted, the text is YAML (only then is it read so)
                String quoted = SafeYaml.withIndexedPathsQuoted(text);
                if (quoted.equals(text)) {
                    throw refused;
                }
                text = quoted;
                root = SafeYaml.compose(text);
            }
        } catch (SafeYaml.TooLarge e) {
            throw new InvalidScenarioException(file, "", 0, e.getMessage(), e.english());
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? "" : e.getProblem();
            String context = e.getContext() == null ? "" : e.getContext();
            String parser = problem + (context.isEmpty() ? "" : ", " + context);
            throw new InvalidScenarioException(
                    file,
                    "",
                    line,
                    "geen geldige YAML: " + explain(problem, context, false) + " (de YAML-lezer zegt: " + parser + ")",
                    "not valid YAML: " + explain(problem, context, true) + " (the YAML parser says: " + parser + ")");
        } catch (YAMLException e) {
            String m = String.valueOf(e.getMessage());
            throw new InvalidScenarioException(file, "", 0, "geen geldige YAML: " + m, "not valid YAML: " + m);
        }
        if (root == null) {
            throw new InvalidScenarioException(
                    file,
                    "",
                    0,
                    "bestand is leeg; een scenario begint met bv. 'scenario: mijn-pps' (zie scenarios/voorbeeld.yaml)",
                    "file is empty; a scenario starts with e.g. 'scenario: my-pps' (see scenarios/voorbeeld.yaml)");
        }
        return new YamlNode(root, file, "", text.codePoints().toArray());
    }

    /** A YAML parser's problem in words a penvoerder understands, with what to do about it. */
    static String explain(String problem, String context, boolean en) {
        if (problem.contains("'\\t'") || problem.contains("\\t")) {
            return en
                    ? "there is a tab: YAML indents with spaces only"
                    : "er staat een tab: YAML springt alleen in met spaties";
        }
        if (context.contains("flow sequence") || problem.contains("flow sequence")) {
            return en
                    ? "a list in [ ] lacks a comma or a closing ], or has [ ] inside [ ... ], as YAML paths like"
                            + " partners[0].cash_per_year do: put such paths in quotes or write the list one item per line with '- '"
                    : "in een lijst tussen [ ] ontbreekt een komma of een sluitende ], of er staan [ ] binnen [ ... ], zoals in YAML-paden"
                            + " als partners[0].cash_per_year: zet die paden tussen aanhalingstekens of schrijf de lijst onder elkaar met '- '";
        }
        if (context.contains("flow mapping") || problem.contains("flow mapping")) {
            return en
                    ? "a block in { } lacks a comma or a closing }, or a value has no colon"
                    : "in een blok tussen { } ontbreekt een komma of een sluitende }, of een waarde heeft geen dubbele punt";
        }
        if (problem.contains("mapping values are not allowed")) {
            return en
                    ? "a colon where YAML expects no key: are there two 'key: value' on one line, or is this line indented"
                            + " differently from the line above?"
                    : "een dubbele punt waar YAML geen sleutel verwacht: staan er twee 'sleutel: waarde' op één regel, of springt deze"
                            + " regel anders in dan de regel erboven?";
        }
        if (problem.contains("could not find expected ':'")) {
            return en
                    ? "a line without a colon after the key (write 'key: value')"
                    : "een regel zonder dubbele punt na de sleutel (schrijf 'sleutel: waarde')";
        }
        if (problem.contains("block end")
                || context.contains("block mapping")
                || context.contains("block collection")) {
            return en
                    ? "the indentation is wrong: this line is indented differently from the lines of the same block above (indent"
                            + " every level equally, with spaces)"
                    : "de inspringing klopt niet: deze regel springt anders in dan de regels van hetzelfde blok erboven (spring elk niveau"
                            + " even ver in, met spaties)";
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("unclosed")) {
            return en ? "a quote or bracket is not closed" : "een aanhalingsteken of haakje wordt niet gesloten";
        }
        return en ? "check indentation, colons and brackets" : "controleer inspringing, dubbele punten en haakjes";
    }

    private Scenario parse(YamlNode root, String file) {
        if (!root.isMap()) {
            throw root.error(
                    "een scenario is een blok met sleutels (scenario:, title:, partners: ...), kreeg " + root.kind(),
                    "a scenario is a block of keys (scenario:, title:, partners: ...), got " + root.kind(true));
        }
        YamlNode.Fields f = root.fields(TOP_KEYS);
        YamlNode schema = f.get("schema");
        if (schema != null) {
            schema.integer(1, 1);
        }
        String id = f.require(
                        "scenario",
                        "een naam van kleine letters, cijfers en streepjes, bv. 'scenario: techniek-noord'",
                        "a name of lower-case letters, digits and hyphens, e.g. 'scenario: techniek-noord'")
                .text()
                .trim();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw f.get("scenario")
                    .error(
                            "'" + id
                                    + "' is geen geldige naam; gebruik kleine letters, cijfers en streepjes, bv. techniek-noord",
                            "'" + id
                                    + "' is not a valid name; use lower-case letters, digits and hyphens, e.g. techniek-noord");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw f.get("scenario")
                    .error(
                            "de naam is de naam van de rapportmap en mag hoogstens " + MAX_ID_LENGTH
                                    + " tekens hebben, kreeg er " + id.length()
                                    + "; zet een langere omschrijving in 'title:'",
                            "the name is the report folder's name and has at most " + MAX_ID_LENGTH
                                    + " characters, got " + id.length() + "; put a longer description in 'title:'");
        }
        String title = f.get("title") == null ? id : f.get("title").name(MAX_NAME_LENGTH);
        int startYear = f.require(
                        "start_year",
                        "het kalenderjaar van simulatiejaar 1, bv. 2026",
                        "the calendar year of simulation year 1, e.g. 2026")
                .integer(1900, 2200);
        int subsidyYears = f.require(
                        "subsidy_years", "het aantal subsidiejaren, bv. 4", "the number of subsidy years, e.g. 4")
                .integer(0, 50);
        YamlNode horizonNode = f.require(
                "horizon_years",
                "het totaal aantal gesimuleerde jaren, bv. 10",
                "the total number of simulated years, e.g. 10");
        int horizon = horizonNode.integer(1, 100);
        if (horizon <= subsidyYears) {
            throw horizonNode.error(
                    "horizon_years (" + horizon + ") moet groter zijn dan subsidy_years (" + subsidyYears
                            + "): verduurzaming gaat over de jaren na de subsidie",
                    "horizon_years (" + horizon + ") must be larger than subsidy_years (" + subsidyYears
                            + "): sustainability is about the years after the subsidy");
        }
        int iterations = f.get("iterations") == null
                ? DEFAULT_ITERATIONS
                : f.get("iterations").integer(1, MAX_ITERATIONS);
        long seed = f.get("seed") == null ? DEFAULT_SEED : f.get("seed").longValue();
        double initialReserve = f.get("initial_reserve") == null ? 0 : Bounds.signedAmount(f.get("initial_reserve"));

        Input subsidy = null;
        SubsidyScheme scheme = null;
        if (f.get("subsidy") != null) {
            YamlNode.Fields s = f.get("subsidy").fields("per_year", "scheme", "variant", "rules");
            subsidy = amount(s.require(
                    "per_year",
                    "het subsidiebedrag per jaar, " + DistributionReader.VALID,
                    "the subsidy per year, " + DistributionReader.VALID_EN));
            List<String> schemes = new ArrayList<>(SchemeReader.names());
            schemes.add("custom");
            String schemeId = s.get("scheme") == null ? null : s.get("scheme").choice(schemes);
            String variant =
                    s.get("variant") == null ? null : s.get("variant").text().trim();
            if (variant != null && schemeId == null) {
                throw s.get("variant")
                        .error(
                                "'variant' hoort bij een regeling: geef ook 'scheme:' (ppsim schemes toont ze)",
                                "'variant' belongs to a scheme: give 'scheme:' too (ppsim schemes lists them)");
            }
            if ("custom".equals(schemeId)) {
                if (variant != null) {
                    throw s.get("variant")
                            .error(
                                    "eigen regels (scheme: custom) hebben geen varianten",
                                    "own rules (scheme: custom) have no variants");
                }
                scheme = SchemeReader.read(
                        s.require(
                                "rules",
                                "de eigen regels, met dezelfde sleutels als een regeling: "
                                        + String.join(", ", SchemeReader.RULE_KEYS),
                                "your own rules, with the same keys as a scheme: "
                                        + String.join(", ", SchemeReader.RULE_KEYS)),
                        false);
            } else if (schemeId != null) {
                if (s.get("rules") != null) {
                    throw s.get("rules")
                            .error(
                                    "'rules' hoort alleen bij scheme: custom; regeling " + schemeId
                                            + " heeft vaste regels",
                                    "'rules' belongs to scheme: custom only; scheme " + schemeId + " has fixed rules");
                }
                if (variant != null && !SchemeReader.variants(schemeId).contains(variant)) {
                    List<String> valid = SchemeReader.variants(schemeId);
                    throw s.get("variant")
                            .error(
                                    "regeling " + schemeId + " kent geen variant '" + variant + "'"
                                            + (valid.isEmpty()
                                                    ? "; ze heeft geen varianten"
                                                    : YamlNode.suggestion(variant, valid) + "; geldig: "
                                                            + String.join(", ", valid)),
                                    "scheme " + schemeId + " has no variant '" + variant + "'"
                                            + (valid.isEmpty()
                                                    ? "; it has no variants"
                                                    : YamlNode.suggestion(variant, valid, true) + "; valid: "
                                                            + String.join(", ", valid)));
                }
                scheme = SchemeReader.shipped(schemeId, variant);
            } else if (s.get("rules") != null) {
                throw s.get("rules").error("'rules' vereist 'scheme: custom'", "'rules' requires 'scheme: custom'");
            }
        }
        double hourRate = scheme == null ? Double.NaN : scheme.hourRate().value();

        Map<String, Input> indices = new java.util.LinkedHashMap<>();
        if (f.get("indices") != null) {
            YamlNode.Fields xf = f.get("indices").fields();
            for (String name : xf.keys()) {
                YamlNode v = xf.get(name);
                if (v == null) {
                    throw f.get("indices")
                            .error(
                                    "index '" + name
                                            + "' heeft geen waarde; geef een groei per jaar, bv. 0.02 of {normal: [0.035, 0.01]}",
                                    "index '" + name
                                            + "' has no value; give a growth per year, e.g. 0.02 or {normal: [0.035, 0.01]}");
                }
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw v.error(
                            "een indexnaam is kleine letters, cijfers en '_', bv. wages of prices; kreeg '" + name
                                    + "'",
                            "an index name is lower-case letters, digits and '_', e.g. wages or prices; got '" + name
                                    + "'");
                }
                Input rate = growth(v);
                indices.put(name, rate.withPersistence(DistributionReader.persistence(v, 0)));
            }
        }
        java.util.Set<String> indexNames = indices.keySet();

        List<Partner> partners = new ArrayList<>();
        if (f.get("partners") != null) {
            Set<String> names = new HashSet<>();
            for (YamlNode p : items(f.get("partners"), "partners")) {
                Partner partner = partner(p, horizon, hourRate, startYear, indexNames);
                if (!names.add(partner.name())) {
                    throw p.error(
                            "partnernaam '" + partner.name() + "' komt twee keer voor; namen moeten uniek zijn",
                            "partner name '" + partner.name() + "' appears twice; names must be unique");
                }
                partners.add(partner);
            }
        }

        List<Line> lines = new ArrayList<>();
        Map<String, YamlNode> allocations = new java.util.HashMap<>();
        if (f.get("lines") != null) {
            Set<String> names = new HashSet<>();
            for (YamlNode l : items(f.get("lines"), "regels")) {
                Line line = line(l, horizon, allocations, indexNames);
                if (!names.add(line.name())) {
                    throw l.error(
                            "regelnaam '" + line.name() + "' komt twee keer voor; namen moeten uniek zijn",
                            "line name '" + line.name() + "' appears twice; names must be unique");
                }
                lines.add(line);
            }
        }

        List<BusinessModelUse> models = f.get("business_models") == null
                ? List.of()
                : BusinessModelSection.read(f.get("business_models"), horizon, indexNames);
        checkPaysFor(f.get("partners"), partners, models);
        checkInKindFrom(f.get("business_models"), partners, models);
        checkAllocations(lines, allocations, models, f.get("business_models"));

        List<Correlation> correlations = new ArrayList<>();
        if (f.get("correlations") != null) {
            for (YamlNode c : items(f.get("correlations"), "correlaties")) {
                YamlNode.Fields cf = c.fields("between", "rank");
                List<YamlNode> between = cf.require(
                                "between",
                                "twee YAML-paden, bv. [business_models[0].params.courses_per_year, "
                                        + "partners[1].cash_per_year]",
                                "two YAML paths, e.g. [business_models[0].params.courses_per_year, "
                                        + "partners[1].cash_per_year]")
                        .list();
                if (between.size() != 2) {
                    throw cf.get("between")
                            .error(
                                    "between noemt precies twee invoerpaden, kreeg er " + between.size(),
                                    "between names exactly two input paths, got " + between.size());
                }
                String a = between.get(0).text().trim();
                String b = between.get(1).text().trim();
                if (a.equals(b)) {
                    throw cf.get("between")
                            .error(
                                    "een invoer kan niet met zichzelf gecorreleerd worden: " + a,
                                    "an input cannot be correlated with itself: " + a);
                }
                YamlNode rankNode = cf.require(
                        "rank",
                        "de rangcorrelatie tussen -1 en 1, bv. 'rank: 0.6'",
                        "the rank correlation between -1 and 1, e.g. 'rank: 0.6'");
                double rank = rankNode.number();
                if (!(rank >= -1 && rank <= 1)) {
                    throw rankNode.error(
                            "een rangcorrelatie ligt tussen -1 en 1, kreeg " + rank,
                            "a rank correlation lies between -1 and 1, got " + rank);
                }
                for (Correlation earlier : correlations) {
                    if (earlier.first().equals(a) && earlier.second().equals(b)
                            || earlier.first().equals(b) && earlier.second().equals(a)) {
                        String same = earlier.rank() == rank
                                ? "met dezelfde waarde"
                                : "met rank " + Numbers.plain(earlier.rank()) + ", hier " + Numbers.plain(rank);
                        String sameEn = earlier.rank() == rank
                                ? "with the same value"
                                : "with rank " + Numbers.plain(earlier.rank()) + ", here " + Numbers.plain(rank);
                        throw cf.get("between")
                                .error(
                                        "het paar " + a + " en " + b + " staat al in " + earlier.path() + " (" + same
                                                + "); noem elk paar één keer",
                                        "the pair " + a + " and " + b + " is already in " + earlier.path() + " ("
                                                + sameEn + "); name each pair once");
                    }
                }
                correlations.add(new Correlation(a, b, rank, file, c.path(), c.line()));
            }
        }
        Sustainability sustainability = f.get("sustainability") == null
                ? Sustainability.standard(horizon - subsidyYears)
                : sustainability(f.get("sustainability"), horizon - subsidyYears);
        List<Event> events = new ArrayList<>();
        if (f.get("events") != null) {
            Set<String> names = new HashSet<>();
            for (YamlNode e : items(f.get("events"), "gebeurtenissen")) {
                Event event = event(e, horizon, partners, models);
                if (!names.add(event.name())) {
                    throw e.error(
                            "gebeurtenis '" + event.name() + "' komt twee keer voor; namen moeten uniek zijn",
                            "event '" + event.name() + "' appears twice; names must be unique");
                }
                events.add(event);
            }
        }
        List<Loan> financing = new ArrayList<>();
        if (f.get("financing") != null) {
            Set<String> names = new HashSet<>();
            for (YamlNode n : items(f.get("financing"), "leningen")) {
                Loan loan = loan(n, horizon, partners);
                if (!names.add(loan.name())) {
                    throw n.error(
                            "lening '" + loan.name() + "' komt twee keer voor; namen moeten uniek zijn",
                            "loan '" + loan.name() + "' appears twice; names must be unique");
                }
                financing.add(loan);
            }
        }
        double overdraft = Scenario.DEFAULT_OVERDRAFT_INTEREST;
        if (f.get("overdraft_interest") != null) {
            overdraft = interest(f.get("overdraft_interest"), "overdraft_interest");
        }
        if (subsidy == null && partners.isEmpty() && lines.isEmpty() && models.isEmpty() && events.isEmpty()) {
            throw root.error(
                    "het scenario heeft geen geldstromen: geef een subsidie, partners, kosten- en opbrengstregels (lines),"
                            + " bedrijfsmodellen of risico's (zie scenarios/voorbeeld.yaml); zonder kosten zou elke pps 'verduurzaamd' zijn",
                    "the scenario has no money flows: give a subsidy, partners, cost and revenue lines, business models or risk events"
                            + " (see scenarios/voorbeeld.yaml); without costs every PPS would be 'sustainable'");
        }
        return new Scenario(
                file,
                id,
                title,
                startYear,
                subsidyYears,
                horizon,
                iterations,
                seed,
                initialReserve,
                subsidy,
                partners,
                lines,
                models,
                scheme,
                correlations,
                sustainability,
                events,
                financing,
                overdraft,
                indices,
                vatSettings(f),
                f.get("kind") != null
                        && f.get("kind")
                                .choice(List.of("application", "benchmark"))
                                .equals("benchmark"));
    }

    /**
     * {@code amounts_include_vat: true} (costs and revenue), {@code false}, or {@code {costs: true, revenue: false}} (a map's
     * defaults); without it no VAT is computed. {@code crkbo_registered: true} makes vocational training exempt.
     */
    private static Scenario.VatSettings vatSettings(YamlNode.Fields f) {
        YamlNode v = f.get("amounts_include_vat");
        boolean crkbo = f.get("crkbo_registered") != null
                && f.get("crkbo_registered").choice(List.of("true", "false")).equals("true");
        if (v == null) {
            if (f.get("crkbo_registered") != null) {
                throw f.get("crkbo_registered")
                        .error(
                                "crkbo_registered hoort bij de btw: zeg ook of de bedragen btw bevatten, bv."
                                        + " 'amounts_include_vat: {costs: true, revenue: false}'",
                                "crkbo_registered belongs with VAT: say too whether the"
                                        + " amounts include VAT, e.g. 'amounts_include_vat: {costs: true, revenue: false}'");
            }
            return Scenario.VatSettings.NOT_STATED;
        }
        boolean costs = true;
        boolean revenue = false;
        if (v.isScalar()) {
            costs = v.choice(List.of("true", "false")).equals("true");
            revenue = costs;
        } else {
            YamlNode.Fields vf = v.fields("costs", "revenue");
            if (vf.get("costs") != null) {
                costs = vf.get("costs").choice(List.of("true", "false")).equals("true");
            }
            if (vf.get("revenue") != null) {
                revenue = vf.get("revenue").choice(List.of("true", "false")).equals("true");
            }
        }
        return new Scenario.VatSettings(true, costs, revenue, crkbo);
    }

    /** {@code {name, lender, amount, year, repay: {from_year, years}, interest}} (see {@link Loan}). */
    private static Loan loan(YamlNode node, int horizon, List<Partner> partners) {
        YamlNode.Fields f = node.fields("name", "lender", "amount", "year", "repay", "interest");
        String name = f.require(
                        "name",
                        "de naam van de lening, bv. 'name: voorfinanciering ROC'",
                        "the name of the loan, e.g. 'name: voorfinanciering ROC'")
                .name(MAX_NAME_LENGTH);
        String lender = null;
        if (f.get("lender") != null) {
            lender = f.get("lender").name(MAX_NAME_LENGTH);
            List<String> known = partners.stream().map(Partner::name).toList();
            if (!known.contains(lender)) {
                throw f.get("lender")
                        .error(
                                "geen partner heet '" + lender + "'" + YamlNode.suggestion(lender, known)
                                        + "; lender noemt een partner van het scenario ("
                                        + (known.isEmpty() ? "er zijn geen partners" : String.join(", ", known))
                                        + "), of laat lender weg voor een lening van buiten (een bank)",
                                "no partner is called '" + lender + "'" + YamlNode.suggestion(lender, known, true)
                                        + "; lender names a partner of the"
                                        + " scenario ("
                                        + (known.isEmpty() ? "there are none" : String.join(", ", known))
                                        + "), or leave lender out for a loan"
                                        + " from outside (a bank)");
            }
        }
        YamlNode amountNode = f.require(
                "amount",
                "het geleende bedrag in euro, bv. 'amount: 200000'",
                "the amount lent in euro, e.g. 'amount: 200000'");
        double amount = Bounds.signedAmount(amountNode);
        if (!(amount > 0)) {
            throw amountNode.error(
                    "een lening is een bedrag groter dan 0, kreeg " + amountNode.text(),
                    "a loan is an amount above 0, got " + amountNode.text());
        }
        int year = f.get("year") == null ? 1 : f.get("year").integer(1, horizon);
        YamlNode repay = f.require(
                "repay",
                "wanneer de lening terugbetaald wordt, bv. 'repay: {from_year: 5, years: 4}' (simulatiejaren)",
                "when the loan is repaid, e.g. 'repay: {from_year: 5, years: 4}' (simulation years)");
        YamlNode.Fields rf = repay.fields("from_year", "years");
        YamlNode fromNode = rf.require(
                "from_year",
                "het simulatiejaar van de eerste aflossing, bv. 5 (mag na de horizon liggen)",
                "the simulation year of the first repayment, e.g. 5 (may lie past the horizon)");
        int from = fromNode.integer(1, 1000);
        if (from < year) {
            throw fromNode.error(
                    "de aflossing begint in jaar " + from + ", voor de lening er is (jaar " + year + "); geldig: "
                            + year + " of later",
                    "repayment starts in year " + from + ", before the loan is there (year " + year + "); valid: "
                            + year + " or later");
        }
        int years = rf.require(
                        "years",
                        "in hoeveel jaar de lening in gelijke delen wordt afgelost, bv. 4",
                        "in how many years the loan is repaid in equal parts, e.g. 4")
                .integer(1, 100);
        double interest = f.get("interest") == null ? 0 : interest(f.get("interest"), "interest");
        return new Loan(name, lender, amount, year, from, years, interest, node.path());
    }

    /** A yearly interest rate as a fraction: 0 to 1 (0.04 = 4%). */
    private static double interest(YamlNode node, String key) {
        double x = node.number();
        if (!(x >= 0)) {
            throw node.error(
                    key + " is een rente per jaar en kan niet negatief zijn, kreeg " + node.text()
                            + "; geldig: 0 tot 1 (0.04 = 4%)",
                    key + " is a yearly interest rate and cannot be negative, got " + node.text()
                            + "; valid: 0 to 1 (0.04 = 4%)");
        }
        if (x > 1) {
            throw node.error(
                    key + " is een fractie per jaar (0.04 = 4%); " + node.text()
                            + " betekent meer dan 100% per jaar. Bedoelt u " + nl.ppsim.dist.Numbers.brief(x / 100)
                            + "?",
                    key + " is a fraction per year (0.04 = 4%); " + node.text()
                            + " means more than 100% a year. Do you mean " + nl.ppsim.dist.Numbers.brief(x / 100)
                            + "?");
        }
        return x;
    }

    /** {@code sustainability: {criterion: ..., structural_years: 3, require_all_groups: false}} (see {@link Sustainability}). */
    private static Sustainability sustainability(YamlNode node, int yearsAfter) {
        YamlNode.Fields f = node.fields("criterion", "structural_years", "require_all_groups");
        Sustainability.Criterion criterion = f.get("criterion") == null
                ? Sustainability.Criterion.CONTINUES_AND_STRUCTURAL
                : Sustainability.Criterion.of(f.get("criterion").choice(Sustainability.Criterion.ids()));
        int years = Sustainability.standard(yearsAfter).structuralYears();
        if (f.get("structural_years") != null) {
            YamlNode y = f.get("structural_years");
            if (y.number() > yearsAfter && yearsAfter >= 1) {
                throw y.error(
                        "structural_years is hoogstens het aantal jaren na de subsidie (" + yearsAfter + "), kreeg "
                                + y.text(),
                        "structural_years is at most the number of years after the subsidy (" + yearsAfter + "), got "
                                + y.text());
            }
            years = y.integer(1, Math.max(1, yearsAfter));
        }
        boolean groups = false;
        if (f.get("require_all_groups") != null) {
            groups =
                    f.get("require_all_groups").choice(List.of("true", "false")).equals("true");
        }
        return new Sustainability(criterion, years, groups);
    }

    /** Every name in a model's {@code in_kind_from} is a partner of the scenario. */
    private static void checkInKindFrom(YamlNode modelsNode, List<Partner> partners, List<BusinessModelUse> models) {
        List<String> known = partners.stream().map(Partner::name).toList();
        for (int k = 0; k < models.size(); k++) {
            for (int j = 0; j < models.get(k).inKindFrom().size(); j++) {
                String name = models.get(k).inKindFrom().get(j);
                if (!known.contains(name)) {
                    YamlNode node = modelsNode
                            .list()
                            .get(k)
                            .fields()
                            .get("in_kind_from")
                            .list()
                            .get(j);
                    throw node.error(
                            "geen partner heet '" + name + "'" + YamlNode.suggestion(name, known)
                                    + "; in_kind_from noemt de"
                                    + " partners die geven wat het model in natura laat dragen ("
                                    + String.join(", ", known) + ")",
                            "no partner is called '" + name + "'" + YamlNode.suggestion(name, known, true)
                                    + "; in_kind_from names the"
                                    + " partners that give what the model has carried in kind ("
                                    + String.join(", ", known) + ")");
                }
            }
        }
    }

    /** Every {@code pays_for} names an earning business model of the scenario, and each model has at most one paying partner. */
    /**
     * Lines allocated to business models name models of the scenario; a stop rule judged after
     * overhead belongs to a model that gets overhead.
     */
    private static void checkAllocations(
            List<Line> lines, Map<String, YamlNode> allocations, List<BusinessModelUse> models, YamlNode modelsNode) {
        List<String> names = models.stream().map(BusinessModelUse::name).toList();
        java.util.Set<String> carrying = new java.util.HashSet<>();
        for (Line l : lines) {
            if (l.allocation() == null) {
                continue;
            }
            if (l.allocation().proportional()) {
                carrying.addAll(names);
                continue;
            }
            for (String model : l.allocation().shares().keySet()) {
                if (!names.contains(model)) {
                    throw allocations
                            .get(l.path())
                            .error(
                                    "geen bedrijfsmodel heet '" + model + "'" + YamlNode.suggestion(model, names)
                                            + "; de bedrijfsmodellen" + " van dit scenario: "
                                            + (names.isEmpty() ? "geen" : String.join(", ", names)),
                                    "no business model is called '" + model + "'"
                                            + YamlNode.suggestion(model, names, true)
                                            + "; the business models of this scenario: "
                                            + (names.isEmpty() ? "none" : String.join(", ", names)));
                }
                carrying.add(model);
            }
        }
        if (modelsNode != null) {
            List<YamlNode> items = modelsNode.list();
            for (int k = 0; k < models.size(); k++) {
                StopRule rule = models.get(k).stopRule();
                if (rule != null
                        && rule.afterOverhead()
                        && !carrying.contains(models.get(k).name())) {
                    throw items.get(k)
                            .error(
                                    "stop_rule.after_overhead beoordeelt de marge na overhead, maar geen regel verdeelt"
                                            + " overhead over '" + models.get(k).name()
                                            + "'; geef een kostenregel 'allocate:' of laat"
                                            + " after_overhead weg",
                                    "stop_rule.after_overhead judges the margin after overhead, but no line allocates overhead to '"
                                            + models.get(k).name()
                                            + "'; give a cost line 'allocate:' or leave after_overhead out");
                }
            }
        }
    }

    private static void checkPaysFor(YamlNode partnersNode, List<Partner> partners, List<BusinessModelUse> models) {
        List<String> names = models.stream().map(BusinessModelUse::name).toList();
        Set<String> paid = new HashSet<>();
        for (int k = 0; k < partners.size(); k++) {
            Partner p = partners.get(k);
            if (p.paysFor() == null) {
                continue;
            }
            YamlNode node = partnersNode.list().get(k).fields().get("pays_for");
            if (!names.contains(p.paysFor())) {
                throw node.error(
                        "onbekend bedrijfsmodel '" + p.paysFor() + "'" + YamlNode.suggestion(p.paysFor(), names)
                                + "; geldig: "
                                + (names.isEmpty()
                                        ? "(het scenario heeft geen bedrijfsmodellen)"
                                        : String.join(", ", names)),
                        "unknown business model '" + p.paysFor() + "'" + YamlNode.suggestion(p.paysFor(), names, true)
                                + "; valid: "
                                + (names.isEmpty()
                                        ? "(the scenario has no business models)"
                                        : String.join(", ", names)));
            }
            BusinessModelUse use = models.get(names.indexOf(p.paysFor()));
            if (!nl.ppsim.model.Catalog.find(use.model()).orElseThrow().earning()) {
                throw node.error(
                        "'" + p.paysFor() + "' (" + use.model()
                                + ") verdient op zichzelf niets; pays_for verbindt een partner met"
                                + " een model dat hij afneemt",
                        "'" + p.paysFor() + "' (" + use.model()
                                + ") earns nothing by itself; pays_for links a partner with a model it buys from");
            }
            if (!paid.add(p.paysFor())) {
                throw node.error(
                        "'" + p.paysFor()
                                + "' heeft al een betalende partner; een bedrijfsmodel heeft hoogstens één partner met"
                                + " pays_for",
                        "'" + p.paysFor()
                                + "' already has a paying partner; a business model has at most one partner with pays_for");
            }
        }
    }

    /** A risk event: name, probability per year or {once: p}, impact, years (see {@link Event}). */
    private static Event event(YamlNode node, int horizon, List<Partner> partners, List<BusinessModelUse> models) {
        YamlNode.Fields f = node.fields("name", "probability", "impact", "from_year", "to_year");
        String name = f.require(
                        "name",
                        "de naam van de gebeurtenis, bv. 'name: kernpartner valt weg'",
                        "the name of the event, e.g. 'name: core partner leaves'")
                .name(MAX_NAME_LENGTH);
        YamlNode pNode = f.require(
                "probability",
                "de kans per jaar, bv. 0.05, of {once: 0.3} voor hoogstens één keer",
                "the probability per year, e.g. 0.05, or {once: 0.3} for at most once");
        boolean once = false;
        YamlNode value = pNode;
        if (pNode.isMap()) {
            value = pNode.fields("once")
                    .require(
                            "once",
                            "de kans dat het één keer gebeurt, bv. {once: 0.3}",
                            "the probability that it happens once, e.g. {once: 0.3}");
            once = true;
        }
        double p = value.number();
        if (!(p >= 0 && p <= 1)) {
            throw value.error(
                    "een kans ligt tussen 0 en 1, kreeg " + nl.ppsim.dist.Numbers.brief(p),
                    "a probability lies between 0 and 1, got " + nl.ppsim.dist.Numbers.brief(p));
        }
        int from = f.get("from_year") == null ? 1 : f.get("from_year").integer(1, horizon);
        int to = f.get("to_year") == null ? horizon : f.get("to_year").integer(1, horizon);
        if (from > to) {
            throw (f.get("to_year") != null ? f.get("to_year") : f.get("from_year"))
                    .error(
                            "to_year (" + to + ") ligt voor from_year (" + from + ")",
                            "to_year (" + to + ") lies before from_year (" + from + ")");
        }
        YamlNode impactNode = f.require(
                "impact",
                "wat er gebeurt: {cost: bedrag}, {partner_exit: NAAM} of"
                        + " {revenue_loss: {model: NAAM, share: 0.5, years: 2}}",
                "what happens: {cost: amount}, {partner_exit: NAME} or"
                        + " {revenue_loss: {model: NAME, share: 0.5, years: 2}}");
        YamlNode.Fields imp = impactNode.fields("cost", "partner_exit", "revenue_loss");
        if (imp.keys().size() != 1) {
            throw impactNode.error(
                    "een gebeurtenis heeft precies één gevolg: cost, partner_exit of revenue_loss, kreeg " + imp.keys(),
                    "an event has exactly one impact: cost, partner_exit or revenue_loss, got " + imp.keys());
        }
        Event.Impact impact;
        if (imp.get("cost") != null) {
            Input cost = amount(imp.get("cost"));
            if (!(nl.ppsim.dist.Distributions.event(1, cost.distribution()).quantile(nl.ppsim.dist.Distribution.U_MIN)
                    > 0)) {
                throw imp.get("cost")
                        .error(
                                "de kosten van een gebeurtenis zijn groter dan 0 als ze gebeurt, kreeg "
                                        + cost.distribution().describe()
                                        + "; geef bv. {triangular: [20000, 50000, 120000]}",
                                "the cost of an event is above 0 when it happens, got "
                                        + cost.distribution().describe()
                                        + "; give e.g. {triangular: [20000, 50000, 120000]}");
            }
            impact = new Event.Cost(new Input(node.path() + ".impact", cost.distribution(), cost.source()));
        } else if (imp.get("partner_exit") != null) {
            String partner = imp.get("partner_exit").text().trim();
            List<String> names = partners.stream().map(Partner::name).toList();
            if (!names.contains(partner)) {
                throw imp.get("partner_exit")
                        .error(
                                "onbekende partner '" + partner + "'" + YamlNode.suggestion(partner, names)
                                        + "; geldig: " + String.join(", ", names),
                                "unknown partner '" + partner + "'" + YamlNode.suggestion(partner, names, true)
                                        + "; valid: " + String.join(", ", names));
            }
            impact = new Event.PartnerExit(partner, names.indexOf(partner));
        } else if (imp.get("revenue_loss") != null) {
            YamlNode.Fields r = imp.get("revenue_loss").fields("model", "share", "years");
            String model = r.require("model", "de naam van het bedrijfsmodel", "the name of the business model")
                    .text()
                    .trim();
            List<String> names = models.stream().map(BusinessModelUse::name).toList();
            if (!names.contains(model)) {
                throw r.get("model")
                        .error(
                                "onbekend bedrijfsmodel '" + model + "'" + YamlNode.suggestion(model, names)
                                        + "; geldig: "
                                        + (names.isEmpty()
                                                ? "(het scenario heeft geen bedrijfsmodellen)"
                                                : String.join(", ", names)),
                                "unknown business model '" + model + "'" + YamlNode.suggestion(model, names, true)
                                        + "; valid: "
                                        + (names.isEmpty()
                                                ? "(the scenario has no business models)"
                                                : String.join(", ", names)));
            }
            YamlNode shareNode = r.require(
                    "share",
                    "het deel van de opbrengst dat wegvalt, bv. 0.5",
                    "the share of the revenue that is lost, e.g. 0.5");
            double share = shareNode.number();
            if (!(share > 0 && share <= 1)) {
                throw shareNode.error(
                        "het deel dat wegvalt ligt tussen 0 (niet inbegrepen) en 1, kreeg "
                                + nl.ppsim.dist.Numbers.brief(share),
                        "the share that is lost lies between 0 (not included) and 1, got "
                                + nl.ppsim.dist.Numbers.brief(share));
            }
            int years = r.get("years") == null ? 1 : r.get("years").integer(1, horizon);
            impact = new Event.RevenueLoss(model, names.indexOf(model), share, years);
        } else {
            throw impactNode.error(
                    "een gebeurtenis heeft een gevolg nodig: {cost: bedrag}, {partner_exit: NAAM} of"
                            + " {revenue_loss: {model: NAAM, share: 0.5, years: 2}}",
                    "an event needs an impact: {cost: amount}, {partner_exit: NAME} or {revenue_loss: {model: NAME, share: 0.5, years: 2}}");
        }
        return new Event(name, p, once, impact, from, to, node.path());
    }

    /** The items of a list, at most {@link #MAX_ITEMS}. */
    static List<YamlNode> items(YamlNode node, String what) {
        List<YamlNode> items = node.list();
        if (items.size() > MAX_ITEMS) {
            throw node.error(
                    "hoogstens " + MAX_ITEMS + " " + what + ", kreeg er " + items.size(),
                    "at most " + MAX_ITEMS + " " + node.path().replaceAll("^.*\\.", "") + ", got " + items.size());
        }
        return items;
    }

    private static Partner partner(
            YamlNode node, int horizon, double hourRate, int startYear, java.util.Set<String> indexNames) {
        YamlNode.Fields f = node.fields(
                "name",
                "group",
                "cash_per_year",
                "in_kind_per_year",
                "in_kind_hours_per_year",
                "committed_years",
                "renewal_probability",
                "vary",
                "persistence",
                "pool",
                "after_subsidy_factor",
                "pays_for",
                "renewal_years",
                "renewal_every",
                "unconditional_cash",
                "drop_out_probability",
                "indexed",
                "in_kind_types");
        Vary vary = vary(f);
        double persistence = itemPersistence(f, vary);
        String name = f.require(
                        "name",
                        "de naam van de partner, bv. 'name: ROC Voorbeeld'",
                        "the name of the partner, e.g. 'name: ROC Voorbeeld'")
                .name(MAX_NAME_LENGTH);
        // the handbook's Dutch names, or their English ones (education, work field or work_field, government)
        List<String> groups =
                new ArrayList<>(Arrays.stream(Group.values()).map(Group::key).toList());
        List<String> english = Arrays.stream(Group.values()).map(Group::english).toList();
        List<String> accepted = new ArrayList<>(groups);
        accepted.addAll(english);
        accepted.addAll(english.stream().map(e -> e.replace(' ', '_')).toList());
        List<String> shown = new ArrayList<>(new java.util.LinkedHashSet<>(accepted));
        String groupKey = f.require(
                        "group",
                        "een van: " + String.join(", ", groups) + " (of in het Engels: " + String.join(", ", english)
                                + ")",
                        "one of: " + String.join(", ", english) + " (or in Dutch: " + String.join(", ", groups) + ")")
                .choice(shown);
        Group group = Group.values()[accepted.indexOf(groupKey) % Group.values().length];
        Input cash = f.get("cash_per_year") == null
                ? Input.constant(node.path() + ".cash_per_year", 0)
                : amount(f.get("cash_per_year"), persistence);
        Input inKind = f.get("in_kind_per_year") == null
                ? Input.constant(node.path() + ".in_kind_per_year", 0)
                : amount(f.get("in_kind_per_year"), persistence);
        for (String key : new String[] {"cash_per_year", "in_kind_per_year"}) {
            if (f.get(key) != null) {
                requireYearly(key.equals("cash_per_year") ? cash : inKind, f.get(key), vary);
            }
        }
        int committed = f.get("committed_years") == null
                ? horizon
                : f.get("committed_years").integer(0, horizon);
        Input renewal = f.get("renewal_probability") == null
                ? Input.constant(node.path() + ".renewal_probability", 0)
                : probability(f.get("renewal_probability"));
        Input hours = Input.constant(node.path() + ".in_kind_hours_per_year", 0);
        if (f.get("in_kind_hours_per_year") != null) {
            if (Double.isNaN(hourRate)) {
                throw f.get("in_kind_hours_per_year")
                        .error(
                                "uren in natura worden gewaardeerd tegen het uurtarief van een regeling;"
                                        + " geef een regeling met een uurtarief ('subsidy: {scheme: rif-2014, ...}': EUR 73/uur) of eigen regels met hour_rate, of geef in_kind_per_year in euro",
                                "in-kind hours are valued at a scheme's hour rate; give a scheme with an hour rate ('subsidy: {scheme: rif-2014, ...}': EUR 73/hour) or own rules with hour_rate, or give in_kind_per_year in euro");
            }
            hours = amount(f.get("in_kind_hours_per_year"), persistence);
            requireYearly(hours, f.get("in_kind_hours_per_year"), vary);
        }
        Partner.Pool pool = null;
        if (f.get("pool") != null) {
            if (f.get("renewal_probability") != null) {
                throw f.get("renewal_probability")
                        .error(
                                "een pool verlengt niet als geheel: zijn leden vertrekken elk jaar één voor één"
                                        + " met pool.leave_probability; laat renewal_probability weg",
                                "a pool does not renew as a whole: its members leave one by one each year with pool.leave_probability; leave renewal_probability out");
            }
            pool = pool(f.get("pool"));
        }
        Input factor = Input.constant(node.path() + ".after_subsidy_factor", 1);
        if (f.get("after_subsidy_factor") != null) {
            YamlNode fn = f.get("after_subsidy_factor");
            Distribution d = DistributionReader.distribution(fn);
            if (!(Bounds.lowest(d) >= 0 && Bounds.highest(d) <= 10)) {
                throw fn.error(
                        "after_subsidy_factor schaalt wat de partner na de subsidie geeft (0.5 = de helft, 1 = evenveel) en ligt"
                                + " voor elke trekking tussen 0 en 10, kreeg " + d.describe()
                                + "; bv. {uniform: [0.5, 1.0]}",
                        "after_subsidy_factor scales what the partner gives after the subsidy (0.5 = half, 1 = the same) and lies between 0 and 10 for every draw, got "
                                + d.describe() + "; e.g. {uniform: [0.5, 1.0]}");
            }
            factor = new Input(fn.path(), d, DistributionReader.source(fn));
        }
        String paysFor = f.get("pays_for") == null ? null : f.get("pays_for").name(MAX_NAME_LENGTH);
        List<Integer> renewalYears = renewalYears(f, committed, horizon, startYear);
        String unconditional = null;
        YamlNode reason = f.get("unconditional_cash");
        if (reason != null) {
            if (group != Group.WERKVELD || f.get("cash_per_year") == null) {
                throw reason.error(
                        "unconditional_cash geeft de reden voor geld van een bedrijf dat niet via een project of lidmaatschap"
                                + " loopt; het hoort bij een werkveldpartner met cash_per_year",
                        "unconditional_cash gives the reason for company money that does not flow through a project or membership;"
                                + " it belongs to a werkveld partner with cash_per_year");
            }
            unconditional = reason.name(MAX_NAME_LENGTH);
            if (unconditional.isBlank()) {
                throw reason.error(
                        "geef de reden in woorden, bv. unconditional_cash: \"convenant met jaarlijkse bijdrage\"",
                        "give the reason in words, e.g. unconditional_cash: \"covenant with a yearly contribution\"");
            }
        }
        Input dropOut = f.get("drop_out_probability") == null
                ? Input.constant(node.path() + ".drop_out_probability", 0)
                : probability(f.get("drop_out_probability"));
        if (f.get("drop_out_probability") != null && committed < 2) {
            throw f.get("drop_out_probability")
                    .error(
                            "drop_out_probability is de kans per jaar dat de partner tijdens zijn toezegging"
                                    + " (vanaf het tweede jaar) stopt; deze partner heeft " + committed
                                    + " toegezegde jaren. Na de toezegging geldt"
                                    + " renewal_probability (een pool: pool.leave_probability)",
                            "drop_out_probability is the yearly chance that the partner stops during its commitment (from the second year);"
                                    + " this partner has " + committed
                                    + " committed years. After the commitment renewal_probability applies (a pool:"
                                    + " pool.leave_probability)");
        }
        String all = f.get("indexed") == null ? null : DistributionReader.checkIndex(f.get("indexed"), indexNames);
        String cashIndex = DistributionReader.index(f.get("cash_per_year"), indexNames);
        String inKindIndex = DistributionReader.index(f.get("in_kind_per_year"), indexNames);
        java.util.Map<EligibilityItem, Double> inKindTypes = inKindTypes(f.get("in_kind_types"));
        if (!inKindTypes.isEmpty() && f.get("in_kind_per_year") == null && f.get("in_kind_hours_per_year") == null) {
            throw f.get("in_kind_types")
                    .error(
                            "in_kind_types zegt wat de bijdrage in natura is; deze partner geeft niets in natura"
                                    + " (geen in_kind_per_year of in_kind_hours_per_year)",
                            "in_kind_types says what the in-kind contribution is; this"
                                    + " partner gives nothing in kind (no in_kind_per_year or in_kind_hours_per_year)");
        }
        return new Partner(
                name,
                group,
                cash,
                inKind,
                committed,
                renewal,
                vary,
                node.path(),
                hours,
                hourRate,
                pool,
                factor,
                paysFor,
                renewalYears,
                unconditional,
                dropOut,
                cashIndex != null ? cashIndex : all,
                inKindIndex != null ? inKindIndex : all,
                inKindTypes);
    }

    /**
     * What a partner's in-kind contribution is, for the scheme's eligibility rules: one item
     * ({@code in_kind_types: bpv}) or shares that add up to 1 ({@code {bpv: 0.4, personnel: 0.6}});
     * empty (all "other") when absent.
     */
    private static java.util.Map<EligibilityItem, Double> inKindTypes(YamlNode node) {
        java.util.Map<EligibilityItem, Double> out = new java.util.EnumMap<>(EligibilityItem.class);
        if (node == null) {
            return out;
        }
        String valid = String.join(", ", EligibilityItem.ids());
        if (node.isScalar()) {
            out.put(item(node, node.text(), valid), 1.0);
            return out;
        }
        YamlNode.Fields f = node.fields(EligibilityItem.ids().toArray(String[]::new));
        double sum = 0;
        for (String key : f.keys()) {
            YamlNode v = f.get(key);
            double share = v.number();
            if (!(share >= 0 && share <= 1)) {
                throw v.error(
                        "een aandeel ligt tussen 0 en 1, kreeg " + Numbers.brief(share),
                        "a share lies between 0 and 1, got " + Numbers.brief(share));
            }
            out.put(EligibilityItem.of(key), share);
            sum += share;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw node.error(
                    "de aandelen van in_kind_types tellen op tot 1 (100%), kreeg " + Numbers.brief(sum)
                            + "; bv. {bpv: 0.4, personnel: 0.6}",
                    "the shares of in_kind_types add up to 1 (100%), got " + Numbers.brief(sum)
                            + "; e.g. {bpv: 0.4, personnel: 0.6}");
        }
        return out;
    }

    private static EligibilityItem item(YamlNode node, String id, String valid) {
        EligibilityItem item = EligibilityItem.of(id);
        if (item == null) {
            throw node.error(
                    "onbekende soort '" + id + "'; geldig: " + valid, "unknown kind '" + id + "'; valid: " + valid);
        }
        return item;
    }

    /** {@code pool: {members: 35, leave_probability: 0.1, join_per_year: {poisson: 2}}}. */
    private static Partner.Pool pool(YamlNode node) {
        YamlNode.Fields f = node.fields("members", "leave_probability", "join_per_year");
        int members = f.require(
                        "members",
                        "het aantal leden bij de start, bv. 'members: 35'",
                        "the number of members at the start, e.g. 'members: 35'")
                .integer(1, 100_000);
        Input leave = f.get("leave_probability") == null
                ? Input.constant(node.path() + ".leave_probability", 0)
                : probability(f.get("leave_probability"));
        Input join = f.get("join_per_year") == null
                ? Input.constant(node.path() + ".join_per_year", 0)
                : amount(f.get("join_per_year"));
        if (Bounds.highest(join.distribution()) > 100_000) {
            throw f.get("join_per_year")
                    .error(
                            "hoogstens 100000 nieuwe leden per jaar, kreeg "
                                    + join.distribution().describe(),
                            "at most 100000 new members a year, got "
                                    + join.distribution().describe());
        }
        return new Partner.Pool(members, leave, join);
    }

    /**
     * The simulation years of a partner's renewal decisions after its commitment: one at the end of
     * the commitment by default; {@code renewal_years: [2027, 2031]} (calendar years, e.g. the
     * elections) or {@code renewal_every: 4} for more.
     */
    private static List<Integer> renewalYears(YamlNode.Fields f, int committed, int horizon, int startYear) {
        YamlNode years = f.get("renewal_years");
        YamlNode every = f.get("renewal_every");
        if (years != null && every != null) {
            throw every.error(
                    "geef renewal_years of renewal_every, niet allebei",
                    "give renewal_years or renewal_every, not both");
        }
        List<Integer> out = new ArrayList<>();
        if (committed < horizon) {
            out.add(committed + 1);
        }
        if (every != null) {
            int k = every.integer(1, 50);
            for (int t = committed + 1 + k; t <= horizon; t += k) {
                out.add(t);
            }
        } else if (years != null) {
            for (YamlNode y : years.list()) {
                int calendar = y.integer(1900, 2200);
                int t = calendar - startYear + 1;
                if (t <= committed || t > horizon) {
                    throw y.error(
                            "een verlengingsjaar ligt na de toezegging en binnen de horizon (" + (startYear + committed)
                                    + "-" + (startYear + horizon - 1) + "), kreeg " + calendar,
                            "a renewal year lies after the commitment and within the horizon ("
                                    + (startYear + committed) + "-" + (startYear + horizon - 1) + "), got " + calendar);
                }
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            java.util.Collections.sort(out);
        }
        return out;
    }

    private static Line line(
            YamlNode node, int horizon, Map<String, YamlNode> allocations, java.util.Set<String> indexNames) {
        YamlNode.Fields f = node.fields(
                "name",
                "kind",
                "amount",
                "from_year",
                "to_year",
                "vary",
                "growth",
                "persistence",
                "allocate",
                "lifetime_years",
                "indexed",
                "type");
        String name = f.require(
                        "name",
                        "de naam van de regel, bv. 'name: kernteam'",
                        "the name of the line, e.g. 'name: kernteam'")
                .name(MAX_NAME_LENGTH);
        // the Dutch words are read too (a Dutch workbook's list offers them)
        String kind = switch (f.require("kind", "cost of revenue", "cost or revenue")
                .choice(List.of("cost", "revenue", "kosten", "opbrengsten"))) {
            case "kosten", "cost" -> "cost";
            default -> "revenue";
        };
        Vary vary = vary(f);
        YamlNode amountNode = f.require(
                "amount",
                "het bedrag per jaar, " + DistributionReader.VALID,
                "the amount per year, " + DistributionReader.VALID_EN);
        Input amount = amount(amountNode, itemPersistence(f, vary));
        requireYearly(amount, amountNode, vary);
        int from = f.get("from_year") == null ? 1 : f.get("from_year").integer(1, horizon);
        int to = f.get("to_year") == null ? horizon : f.get("to_year").integer(1, horizon);
        if (from > to) {
            throw f.get("to_year") != null
                    ? f.get("to_year")
                            .error(
                                    "to_year (" + to + ") ligt voor from_year (" + from + ")",
                                    "to_year (" + to + ") lies before from_year (" + from + ")")
                    : f.get("from_year")
                            .error(
                                    "from_year (" + from + ") ligt na to_year (" + to + ")",
                                    "from_year (" + from + ") lies after to_year (" + to + ")");
        }
        Input growth = f.get("growth") == null ? Input.constant(node.path() + ".growth", 0) : growth(f.get("growth"));
        Line.Allocation allocation = null;
        YamlNode allocate = f.get("allocate");
        if (allocate != null) {
            if (!kind.equals("cost")) {
                throw allocate.error(
                        "alleen een kostenregel (overhead) kan over bedrijfsmodellen verdeeld worden",
                        "only a cost line (overhead) can be allocated to business models");
            }
            if (allocate.isScalar()) {
                allocate.choice(List.of("proportional"));
                allocation = new Line.Allocation(true, Map.of());
            } else {
                YamlNode.Fields af = allocate.fields();
                Map<String, Double> shares = new java.util.LinkedHashMap<>();
                double sum = 0;
                for (String model : af.keys()) {
                    YamlNode v = af.get(model);
                    if (v == null) {
                        throw allocate.error(
                                "bedrijfsmodel '" + model + "' heeft geen aandeel",
                                "business model '" + model + "' has no share");
                    }
                    double share = v.number();
                    if (!(share >= 0 && share <= 1)) {
                        throw v.error(
                                "een aandeel ligt tussen 0 en 1 (0.25 = 25%), kreeg "
                                        + nl.ppsim.dist.Numbers.brief(share),
                                "a share lies between 0 and 1 (0.25 = 25%), got " + nl.ppsim.dist.Numbers.brief(share));
                    }
                    shares.put(model, share);
                    sum += share;
                }
                if (shares.isEmpty() || Math.abs(sum - 1) > 1e-9) {
                    throw allocate.error(
                            "de aandelen tellen op tot " + nl.ppsim.dist.Numbers.brief(Math.round(sum * 1e9) / 1e9)
                                    + "; de hele regel wordt"
                                    + " verdeeld, dus samen 1 (bv. {Trainingsbureau: 0.6, Laboratorium: 0.4}), of 'allocate: proportional'",
                            "the shares add up to " + nl.ppsim.dist.Numbers.brief(Math.round(sum * 1e9) / 1e9)
                                    + "; the whole line is allocated, so together 1 (e.g. {Trainingsbureau: 0.6, Laboratorium: 0.4}), or 'allocate: proportional'");
                }
                allocation = new Line.Allocation(false, shares);
            }
            allocations.put(node.path(), allocate);
        }
        int lifetime = 0;
        if (f.get("lifetime_years") != null) {
            YamlNode life = f.get("lifetime_years");
            if (!kind.equals("cost")) {
                throw life.error(
                        "lifetime_years maakt van een kostenregel een investering; een opbrengstregel heeft geen levensduur",
                        "lifetime_years makes a cost line an investment; a revenue line has no lifetime");
            }
            if (life.isScalar() && life.number() < 1) {
                throw life.error(
                        "een levensduur is minstens 1 jaar, kreeg " + life.text()
                                + "; de investering wordt elke lifetime_years"
                                + " jaar opnieuw betaald en de structurele toets rekent bedrag / levensduur per jaar",
                        "a lifetime is at least 1 year, got " + life.text()
                                + "; the investment is paid again every lifetime_years years"
                                + " and the structural test charges amount / lifetime a year");
            }
            lifetime = life.integer(1, 100);
            if (allocation != null) {
                throw life.error(
                        "een investering (lifetime_years) wordt niet als overhead over modellen verdeeld; laat 'allocate' weg",
                        "an investment (lifetime_years) is not allocated to models as overhead; leave 'allocate' out");
            }
        }
        String index = f.get("indexed") != null
                ? DistributionReader.checkIndex(f.get("indexed"), indexNames)
                : DistributionReader.index(amountNode, indexNames);
        nl.ppsim.model.CostType type = null;
        if (f.get("type") != null) {
            if (!kind.equals("cost")) {
                throw f.get("type")
                        .error(
                                "alleen een kostenregel heeft een soort; laat 'type' weg bij een opbrengstregel",
                                "only a cost line has a type; leave 'type' out of a revenue line");
            }
            type = nl.ppsim.model.CostType.of(f.get("type").choice(nl.ppsim.model.CostType.ids()));
        }
        return new Line(
                name,
                kind.equals("revenue"),
                amount,
                from,
                to,
                vary,
                growth,
                allocation,
                node.path(),
                lifetime,
                index,
                type);
    }

    private static Vary vary(YamlNode.Fields f) {
        YamlNode v = f.get("vary");
        if (v == null) {
            return Vary.PER_YEAR;
        }
        return v.choice(List.of("per_year", "per_iteration")).equals("per_year") ? Vary.PER_YEAR : Vary.PER_ITERATION;
    }

    /**
     * An amount of money or a count: a bounded distribution may not reach below zero; an unbounded
     * one (normal) may, and its negative draws count as zero.
     */
    static Input amount(YamlNode node) {
        return amount(node, 0);
    }

    /** An amount whose persistence (if drawn each year) is its own or else {@code persistence}. */
    static Input amount(YamlNode node, double persistence) {
        Distribution d = DistributionReader.distribution(node);
        if (d.lower() < 0 && Double.isFinite(d.lower())) {
            throw node.error(
                    "een bedrag of aantal kan niet negatief zijn, kreeg " + d.describe() + "; geldig: 0 of groter",
                    "an amount or count cannot be negative, got " + d.describe() + "; valid: 0 or more");
        }
        if (!(d.mean() >= 0)) {
            throw node.error(
                    "het gemiddelde van een bedrag of aantal moet 0 of groter zijn, kreeg " + d.describe(),
                    "the mean of an amount or count must be 0 or more, got " + d.describe());
        }
        Bounds.amount(node, d);
        Bounds.negativeShare(node, d);
        return new Input(
                node.path(), d, DistributionReader.source(node), DistributionReader.persistence(node, persistence));
    }

    /**
     * The {@code persistence} key of a partner, line or model: the default for its inputs drawn each
     * year; with {@code vary: per_iteration} (one draw for all years) it has no meaning and is an error.
     */
    static double itemPersistence(YamlNode.Fields f, Vary vary) {
        YamlNode p = f.get("persistence");
        if (p == null) {
            return 0;
        }
        double v = DistributionReader.persistenceValue(p);
        if (vary == Vary.PER_ITERATION && v > 0) {
            throw p.error(
                    "persistence verbindt opeenvolgende jaren en past bij vary: per_year; met vary: per_iteration is er één"
                            + " trekking voor alle jaren",
                    "persistence links consecutive years and goes with vary: per_year; with vary: per_iteration there is one draw for all years");
        }
        return v;
    }

    /** An input with persistence must be drawn each year. */
    static void requireYearly(Input input, YamlNode node, Vary vary) {
        if (input.persistence() > 0 && vary == Vary.PER_ITERATION) {
            throw node.error(
                    "persistence verbindt opeenvolgende jaren en past bij vary: per_year; met vary: per_iteration is er één"
                            + " trekking voor alle jaren",
                    "persistence links consecutive years and goes with vary: per_year; with vary: per_iteration there is one draw for all years");
        }
    }

    static Input probability(YamlNode node) {
        Distribution d = DistributionReader.distribution(node);
        if (!(d.lower() >= 0 && d.upper() <= 1)) {
            throw node.error(
                    "een kans ligt tussen 0 en 1, kreeg " + d.describe()
                            + "; geldig: een getal tussen 0 en 1 of bv. {beta: [6, 4]} of {uniform: [0.4, 0.8]}",
                    "a probability lies between 0 and 1, got " + d.describe()
                            + "; valid: a number between 0 and 1 or e.g. {beta: [6, 4]} or {uniform: [0.4, 0.8]}");
        }
        return new Input(node.path(), d, DistributionReader.source(node));
    }

    static Input growth(YamlNode node) {
        Distribution d = DistributionReader.distribution(node);
        if (d.lower() < -1 && Double.isFinite(d.lower())) {
            throw node.error(
                    "groei is een fractie per jaar (0.02 = 2%) en kan niet onder -1 liggen, kreeg " + d.describe(),
                    "growth is a fraction per year (0.02 = 2%) and cannot lie below -1, got " + d.describe());
        }
        if (d.mean() > 1) {
            throw node.error(
                    "groei is een fractie per jaar (0.02 = 2%); " + d.describe()
                            + " betekent meer dan 100% per jaar. Bedoelt u "
                            + nl.ppsim.dist.Numbers.brief(d.mean() / 100) + "?",
                    "growth is a fraction per year (0.02 = 2%); " + d.describe()
                            + " means more than 100% a year. Do you mean " + nl.ppsim.dist.Numbers.brief(d.mean() / 100)
                            + "?");
        }
        Bounds.growth(node, d);
        return new Input(node.path(), d, DistributionReader.source(node));
    }
}
