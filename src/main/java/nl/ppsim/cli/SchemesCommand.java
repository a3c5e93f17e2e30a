package nl.ppsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.ppsim.io.SchemeReader;
import nl.ppsim.report.Lang;
import nl.ppsim.report.SchemeText;
import nl.ppsim.scenario.SubsidyScheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the subsidy schemes ppsim knows, or one scheme's rules with their sources. */
@Command(name = "schemes", mixinStandardHelpOptions = true)
final class SchemesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", arity = "0..1", descriptionKey = "schemes.name")
    String name;

    @Option(names = "--variant", paramLabel = "NAAM", descriptionKey = "variant")
    String variant;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Override
    public Integer call() {
        Lang l = language.lang;
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            out.print(SchemeText.list(l));
            return ExitCodes.OK;
        }
        String id = SchemeReader.resolve(name);
        if (id == null) {
            throw new UserException(l.t("onbekende regeling '", "unknown scheme '") + name + "'; "
                    + l.t("geldig: ", "valid: ") + String.join(", ", SchemeReader.names()));
        }
        if (variant != null && !SchemeReader.variants(id).contains(variant)) {
            throw new UserException(l.t(
                            "regeling " + id + " kent geen variant '" + variant + "'",
                            "scheme " + id + " has no variant '" + variant + "'")
                    + "; " + l.t("geldig: ", "valid: ")
                    + (SchemeReader.variants(id).isEmpty()
                            ? l.t("geen", "none")
                            : String.join(", ", SchemeReader.variants(id))));
        }
        SubsidyScheme scheme = SchemeReader.shipped(id, variant);
        out.print(SchemeText.show(scheme, l));
        return ExitCodes.OK;
    }
}
