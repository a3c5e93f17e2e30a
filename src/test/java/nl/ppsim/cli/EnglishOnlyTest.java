package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English run is English throughout: the console, every text file of the report (HTML text,
 * CSV values, JSON) and the names of its files hold none of the domain's Dutch terms. What may stay
 * Dutch: the user's own names (partners, lines, models, events, the title), the handbook's model
 * names, sources cited "(in Dutch)", the quoted titles of cited publications, and ids (the rules'
 * ids, documented as ids).
 */
class EnglishOnlyTest {
    /** The domain's Dutch terms ppsim itself writes; none belongs in an English run. */
    static final List<String> DUTCH = List.of(
            "trekkingen",
            "trekking",
            "subsidiejaren",
            "zelfstandig",
            "opbrengsten",
            "kosten",
            "natura",
            "voldoet",
            "waarschuwing",
            "toelichting",
            "werkveld",
            "onderwijs",
            "overheid",
            "na_subsidie",
            "gemiddeld",
            "catalogusstandaard",
            "jaar",
            "kans",
            "eindreserve",
            "waaier",
            "financieringsmix",
            "bedrijfsmodel",
            "bedrijfsmodellen",
            "standaardfout",
            "regeling");

    @Test
    void anEnglishRunHoldsNoDutchTerms(@TempDir Path dir) throws IOException {
        Path plan = Path.of("scenarios/techniek-mbo.yaml");
        Scenario s = new ScenarioReader().read(plan);
        List<String> texts = new ArrayList<>();
        List<Path> outputs = runs(dir, plan, texts, "--lang", "en");
        int files = 0;
        for (Path out : outputs) {
            try (Stream<Path> all = Files.list(out)) {
                for (Path f : all.toList()) {
                    String name = f.getFileName().toString();
                    texts.add(name);
                    if (name.endsWith(".csv")) {
                        texts.add(values(f));
                        files++;
                    } else if (name.matches(".*\\.(html|json)")) {
                        texts.add(visible(Files.readString(f)));
                        files++;
                    }
                }
            }
        }
        assertTrue(files >= 20, "files read: " + files);
        List<String> own = ownNames(s);
        for (BusinessModel m : Catalog.all()) {
            own.add(m.dutchName());
        }
        own.sort((a, b) -> b.length() - a.length());
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                String l = line.replaceAll("\\(in Dutch\\)[^)]*(\\)|$)", "")
                        // a citation: a publication's own title, quoted in parentheses
                        .replaceAll("\\([^()]*'[^']*'[^()]*\\)", "")
                        .replaceAll("\\b(regeling|onzekerheid|verduurzaming|plausibiliteit|register)\\.[a-z_.]+", "");
                for (String name : own) {
                    l = l.replace(name, "");
                }
                for (String word : DUTCH) {
                    Matcher m = Pattern.compile("(?<![\\p{L}_])" + word + "(?![\\p{L}_])", Pattern.CASE_INSENSITIVE)
                            .matcher(l);
                    if (m.find()) {
                        found.add(word + " | " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found.stream().distinct().limit(20).toList(), "Dutch in an English run");
    }

    /** English words ppsim itself writes in an English run; none belongs in a Dutch one. */
    static final List<String> ENGLISH = List.of(
            "probability",
            "sustainability",
            "sustainable",
            "self-sufficient",
            "draws",
            "iterations",
            "subsidy",
            "revenue",
            "funding",
            "shortfall",
            "uncertainty",
            "business model",
            "partner cash",
            "in kind",
            "median",
            "without",
            "margin",
            "year",
            "reserve fan",
            "the");

    /**
     * And the other way round (#33 part 3): a Dutch run's console and report text hold none of the
     * English words ppsim writes, apart from the user's own names, the handbook's model names, cited
     * sources and the names of files and YAML keys (stable ids, English in both languages).
     */
    @Test
    void aDutchRunHoldsNoEnglishTerms(@TempDir Path dir) throws IOException {
        Path plan = Path.of("scenarios/techniek-mbo.yaml");
        Scenario s = new ScenarioReader().read(plan);
        List<String> texts = new ArrayList<>();
        for (Path out : runs(dir, plan, texts)) {
            try (Stream<Path> all = Files.list(out)) {
                for (Path f : all.filter(f -> f.toString().endsWith(".html")).toList()) {
                    texts.add(visible(Files.readString(f)));
                }
            }
        }
        assertTrue(texts.size() >= 8, "texts read: " + texts.size());
        List<String> own = ownNames(s);
        own.sort((a, b) -> b.length() - a.length());
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                // file names, YAML keys and paths, options and the Latin hypercube's name are ids
                String l = line.replaceAll("[\\w.\\[\\]-]*[._\\[][\\w.\\[\\]-]*", "")
                        .replaceAll("--[a-z-]+", "");
                for (String name : own) {
                    l = l.replace(name, "");
                }
                for (String word : ENGLISH) {
                    Matcher m = Pattern.compile("(?<![\\p{L}_])" + word + "(?![\\p{L}_])", Pattern.CASE_INSENSITIVE)
                            .matcher(l);
                    if (m.find()) {
                        found.add(word + " | " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found.stream().distinct().limit(30).toList(), "English in a Dutch run");
    }

    /**
     * Runs run, check, sensitivity and compare on {@code plan} with {@code options}, adding each
     * console output to {@code texts}; returns their report folders.
     */
    private static List<Path> runs(Path dir, Path plan, List<String> texts, String... options) {
        List<Path> outputs = new ArrayList<>();
        for (String[] command : List.of(
                new String[] {"run", plan.toString()},
                new String[] {"check", plan.toString()},
                new String[] {"sensitivity", plan.toString(), "--iterations", "2000"},
                new String[] {"compare", plan.toString(), "scenarios/zorg.yaml", "--iterations", "2000"})) {
            Path out = dir.resolve(command[0]);
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of(options));
            args.addAll(List.of("--out", out.toString()));
            CliTest.Outcome o = CliTest.exec(args.toArray(String[]::new));
            assertTrue(o.code() == 0 || o.code() == 3, String.join(" ", command) + ": " + o.err());
            texts.add(o.out() + "\n" + o.err());
            outputs.add(out);
        }
        return outputs;
    }

    /** The user's own names in a scenario, and its regulation's names as published: they stay as written. */
    private static List<String> ownNames(Scenario s) {
        List<String> own = new ArrayList<>();
        own.add(s.title());
        if (s.scheme() != null) {
            own.add(s.scheme().title());
            own.add(s.scheme().regulation());
        }
        s.partners().forEach(p -> own.add(p.name()));
        s.lines().forEach(l -> own.add(l.name()));
        s.businessModels().forEach(u -> own.add(u.name()));
        s.events().forEach(e -> own.add(e.name()));
        return own;
    }

    /** Columns of ids and of the user's own names and paths: the same in both languages. */
    static final java.util.Set<String> ID_COLUMNS = java.util.Set.of(
            "rule",
            "items",
            "worst_rule",
            "main_risk",
            "path",
            "scenario",
            "scenario_a",
            "scenario_b",
            "file",
            "name",
            "model",
            "source",
            "title",
            "input",
            "event",
            "label");

    /** A CSV file's values, one row per line, without the columns of ids. */
    private static String values(Path csv) throws IOException {
        try (com.opencsv.CSVReader r = new com.opencsv.CSVReader(Files.newBufferedReader(csv))) {
            List<String[]> rows = r.readAll();
            String[] head = rows.get(0);
            StringBuilder sb = new StringBuilder(String.join(",", head)).append('\n');
            for (String[] row : rows.subList(1, rows.size())) {
                for (int c = 0; c < row.length && c < head.length; c++) {
                    if (!ID_COLUMNS.contains(head[c])) {
                        sb.append(row[c]).append(" ; ");
                    }
                }
                sb.append('\n');
            }
            return sb.toString();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    /** The text a person reads in a file: for HTML the text between tags, without the embedded images and styles. */
    private static String visible(String text) {
        if (!text.contains("<html")) {
            return text;
        }
        return text.replaceAll("(?s)<style.*?</style>", "")
                .replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("data:image/[^\"]+", "")
                .replaceAll("<[^>]+>", "\n")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
