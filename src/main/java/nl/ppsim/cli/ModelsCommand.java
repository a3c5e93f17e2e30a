package nl.ppsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.ppsim.dist.Numbers;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.ModelGroup;
import nl.ppsim.model.Parameter;
import nl.ppsim.model.Step;
import nl.ppsim.report.Lang;
import nl.ppsim.report.ModelText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the business-model catalog, or shows one model's parameters and money logic. */
@Command(name = "models", mixinStandardHelpOptions = true)
final class ModelsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", descriptionKey = "models.name")
    String name;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Option(names = "--markdown", descriptionKey = "markdown")
    boolean markdown;

    @Override
    public Integer call() {
        if (markdown) {
            spec.commandLine().getOut().print(nl.ppsim.report.CatalogDoc.markdown());
            return ExitCodes.OK;
        }
        Lang l = language.lang;
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            list(out, l);
            return ExitCodes.OK;
        }
        BusinessModel m = Catalog.find(name)
                .orElseThrow(() -> new UserException(l.t("onbekend bedrijfsmodel '", "unknown business model '") + name
                        + "'; " + l.t("geldig: ", "valid: ") + String.join(", ", Catalog.keys())));
        show(out, m, l);
        return ExitCodes.OK;
    }

    private static void list(PrintWriter out, Lang l) {
        int count = Catalog.all().size();
        out.println(l.t(
                "De " + count + " bedrijfsmodellen van het Katapult-handboek (ppsim models NAAM voor details):",
                "The " + count + " business models of the Katapult handbook (ppsim models NAME for details):"));
        for (ModelGroup g : ModelGroup.values()) {
            out.println();
            out.println(l.t(g.dutch(), g.english()));
            for (BusinessModel m : Catalog.all()) {
                if (m.group() == g) {
                    out.printf(
                            "  %-22s %s%s%n",
                            m.key(),
                            l.t(m.dutchName(), m.englishName()),
                            m.earning() ? "" : l.t("  (verdient zelf niet)", "  (does not earn on its own)"));
                }
            }
        }
    }

    private static void show(PrintWriter out, BusinessModel m, Lang l) {
        out.println(l.t(m.dutchName(), m.englishName()) + " (" + m.key() + "), " + l.t("groep ", "group ")
                + l.t(m.group().dutch(), m.group().english()));
        out.println();
        out.println(l.t(m.logicDutch(), m.logicEnglish()));
        out.println();
        out.println(l.t("Handboek, \"", "Handbook, \"") + m.handbookHeading() + "\": '" + m.handbookQuote() + "'");
        out.println();
        out.println(l.t(
                "Per jaar en per trekking (zo rekent de engine):",
                "Per year and per iteration (as the engine computes):"));
        for (Step s : m.steps()) {
            String who = ModelText.who(s, l);
            out.printf(
                    "  %-18s %s = %s%s%n",
                    ModelText.kind(s, l), s.name(), s.text(), who.isEmpty() ? "" : "   [" + who + "]");
        }
        out.println(l.t("Synergie (uplift) werkt op: ", "The synergy multiplier (uplift) acts on: ")
                + ModelText.upliftSteps(m, l));
        out.println(
                l.t(
                        "Anders in een scenario: payers: {ITEM: {werkveld: 0.6, deelnemers: 0.4}}, carried_by: {ITEM: onderwijs|werkveld|overheid|pps}",
                        "Otherwise in a scenario: payers: {ITEM: {werkveld: 0.6, deelnemers: 0.4}}, carried_by: {ITEM: onderwijs|werkveld|overheid|pps}"));
        out.println();
        out.println(l.t(
                "Parameters (standaardwaarden zijn illustratieve aannames: vervang ze door eigen cijfers):",
                "Parameters (defaults are illustrative assumptions: replace them with your own figures):"));
        for (Parameter p : m.parameters()) {
            String def = p.optional() ? l.t("geen", "none") : l.describe(p.defaultValue());
            out.printf(
                    "  %-32s %-16s %-22s %s%s%n",
                    p.key(),
                    "[" + nl.ppsim.report.ModelText.unit(p.unit(), l) + "]",
                    l.t("standaard ", "default ") + def,
                    l.t(p.dutch(), p.english()),
                    (p.perYear() ? l.t(" (elk jaar nieuw getrokken)", " (drawn anew each year)") : "")
                            + (p.defaultIndex() == null ? "" : l.t(" (index: ", " (index: ") + p.defaultIndex() + ")"));
        }
        out.println();
        out.println(l.t("Voorbeeld in een scenario:", "Example in a scenario:"));
        out.println("business_models:");
        out.println("  - model: " + m.key());
        out.println("    from_year: 1");
        out.println("    params:");
        m.parameters().stream()
                .filter(p -> !p.optional())
                .limit(3)
                .forEach(p -> out.println("      " + p.key() + ": "
                        + (p.defaultValue().isConstant()
                                ? Numbers.plain(p.defaultValue().mean())
                                : "{triangular: [..., ..., ...]}")));
        out.println("    stop_rule: {margin_below: 0, years: 2, wind_down_cost: 10000}   # "
                + l.t("optioneel", "optional"));
    }
}
