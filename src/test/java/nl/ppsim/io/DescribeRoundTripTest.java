package nl.ppsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.TestScenarios;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.Inputs;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;

/**
 * Every distribution ppsim prints for a person reads back as the same distribution: every input of
 * every shipped scenario and every catalog default, as the report writes it in Dutch and English
 * and as messages write it, pasted into a scenario (a YAML value) or a workbook cell.
 */
class DescribeRoundTripTest {
    static Distribution read(String text) {
        String yaml = "x: " + text;
        org.yaml.snakeyaml.nodes.MappingNode root = (org.yaml.snakeyaml.nodes.MappingNode) SafeYaml.compose(yaml);
        YamlNode node = new YamlNode(root.getValue().get(0).getValueNode(), "test.yaml", "x", null);
        return DistributionReader.distribution(node);
    }

    @Test
    void everyShippedInputAndCatalogDefaultReadsBackAsWritten() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (java.nio.file.Path file : TestScenarios.shippedFiles()) {
            inputs.addAll(Inputs.all(new ScenarioReader().read(file)));
        }
        for (BusinessModel m : Catalog.all()) {
            for (Parameter p : m.parameters()) {
                if (!p.optional()) {
                    inputs.add(new Input(m.key() + "." + p.key(), p.defaultValue(), null));
                }
            }
        }
        assertTrue(inputs.size() > 300, "inputs: " + inputs.size());
        int calls = 0;
        for (Input in : inputs) {
            Distribution d = in.distribution();
            for (String text : List.of(Lang.NL.describe(d), Lang.EN.describe(d), d.describe())) {
                Distribution back = read(text);
                assertEquals(d.describe(), back.describe(), in.path() + ": " + text);
                for (double u : new double[] {0.01, 0.3, 0.5, 0.9, 0.999}) {
                    assertEquals(d.quantile(u), back.quantile(u), 1e-9 * (1 + Math.abs(d.quantile(u))), text);
                }
                calls += text.contains("(") ? 1 : 0;
            }
        }
        assertTrue(calls > 100, "distributions written as calls: " + calls);
    }

    @Test
    void callsAreReadWithEitherDecimalSignAndAmbiguousNumbersAreRefused() {
        assertEquals("uniform(12.75, 13.1250)", read("uniform(12,75; 13,1250)").describe());
        assertEquals(
                Distributions.uniform(12.75, 13.5).describe(),
                read("uniform(12.75, 13.5)").describe());
        assertEquals(
                Distributions.discrete(new double[] {0, 1, 2}, new double[] {1, 2, 1})
                        .describe(),
                read("discrete([0; 1; 2]; [1; 2; 1])").describe());
        assertEquals(Distributions.poisson(4.5).describe(), read("poisson(4,5)").describe());
        InvalidScenarioException e =
                assertThrows(InvalidScenarioException.class, () -> read("triangular(60.000; 80.000; 90.000)"));
        assertTrue(e.problem().contains("60000") && e.problem().contains("60,0000"), e.problem());
        assertThrows(InvalidScenarioException.class, () -> read("triangular(1,500; 2000; 3000)"), "English thousands");
        InvalidScenarioException count = assertThrows(InvalidScenarioException.class, () -> read("triangular(1; 2)"));
        assertTrue(count.english().contains("triangular(min; mode; max)"), count.english());
        InvalidScenarioException comma = assertThrows(InvalidScenarioException.class, () -> read("triangular(1,2,3)"));
        assertTrue(comma.problem().contains("scheid de getallen met ;"), comma.problem());
    }
}
