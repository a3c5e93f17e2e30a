package nl.ppsim.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ppsim.engine.Distribution;
import nl.ppsim.engine.Input;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Parameter;

/** Reads the {@code business_models} section against the catalog. */
final class BusinessModelSection {
    private BusinessModelSection() {
    }

    static List<BusinessModelUse> read(YamlNode node, int horizon) {
        List<BusinessModelUse> uses = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode item : ScenarioReader.items(node, "bedrijfsmodellen")) {
            BusinessModelUse use = one(item, horizon);
            if (!names.add(use.name())) {
                throw item.error("naam '" + use.name() + "' komt twee keer voor; geef elk bedrijfsmodel een eigen 'name'");
            }
            uses.add(use);
        }
        return uses;
    }

    private static BusinessModelUse one(YamlNode node, int horizon) {
        YamlNode.Fields f = node.fields("model", "name", "from_year", "to_year", "params", "vary", "stop_rule", "persistence");
        String key = f.require("model", "een van: " + String.join(", ", Catalog.keys())).choice(Catalog.keys());
        BusinessModel model = Catalog.find(key).orElseThrow();
        String name = f.get("name") == null ? model.dutchName() : f.get("name").name(ScenarioReader.MAX_NAME_LENGTH);
        int from = f.get("from_year") == null ? 1 : f.get("from_year").integer(1, horizon);
        int to = f.get("to_year") == null ? horizon : f.get("to_year").integer(1, horizon);
        if (from > to) {
            throw (f.get("to_year") != null ? f.get("to_year") : f.get("from_year"))
                    .error("to_year (" + to + ") ligt voor from_year (" + from + ")");
        }
        Boolean varyAll = null;
        if (f.get("vary") != null) {
            varyAll = f.get("vary").choice(List.of("per_year", "per_iteration")).equals("per_year");
        }
        Map<String, YamlNode> given = new LinkedHashMap<>();
        if (f.get("params") != null) {
            String[] valid = model.parameters().stream().map(Parameter::key).toArray(String[]::new);
            YamlNode.Fields pf = f.get("params").fields(valid);
            for (String k : pf.keys()) {
                YamlNode v = pf.get(k);
                if (v == null) {
                    throw f.get("params").error("parameter '" + k + "' heeft geen waarde");
                }
                given.put(k, v);
            }
        }
        YamlNode modelPersistence = f.get("persistence");
        if (modelPersistence != null && Boolean.FALSE.equals(varyAll) && DistributionReader.persistenceValue(modelPersistence) > 0) {
            throw modelPersistence.error("persistence verbindt opeenvolgende jaren en past niet bij vary: per_iteration");
        }
        Map<String, Input> params = new LinkedHashMap<>();
        Map<String, Boolean> perYear = new LinkedHashMap<>();
        String paramsPath = node.path() + ".params";
        for (Parameter p : model.parameters()) {
            YamlNode v = given.get(p.key());
            boolean yearly = varyAll != null ? varyAll : p.perYear();
            double fallback = !yearly ? 0 : modelPersistence != null ? DistributionReader.persistenceValue(modelPersistence)
                    : p.kind() == Parameter.Kind.COUNT ? Catalog.VOLUME_PERSISTENCE : 0;
            Input input;
            if (v != null) {
                input = validate(v, p);
                input = input.withPersistence(DistributionReader.persistence(v, fallback));
                if (!yearly && input.persistence() > 0) {
                    throw v.error("persistence verbindt opeenvolgende jaren; deze parameter wordt één keer per trekking getrokken"
                            + " (geef het model 'vary: per_year' als hij elk jaar anders moet zijn)");
                }
            } else if (p.optional()) {
                continue;
            } else {
                input = new Input(paramsPath + "." + p.key(), p.defaultValue(), Input.CATALOG_DEFAULT, fallback);
            }
            params.put(p.key(), input);
            perYear.put(p.key(), yearly);
        }
        StopRule stop = f.get("stop_rule") == null ? null : stopRule(f.get("stop_rule"), horizon);
        return new BusinessModelUse(key, name, from, to, params, perYear, stop, node.path());
    }

    private static Input validate(YamlNode v, Parameter p) {
        return switch (p.kind()) {
            case AMOUNT, COUNT -> ScenarioReader.amount(v);
            case FRACTION -> {
                Distribution d = DistributionReader.distribution(v);
                if (!(d.lower() >= 0 && d.upper() <= 1)) {
                    throw v.error("een fractie ligt tussen 0 en 1 (0.25 = 25%), kreeg " + d.describe());
                }
                yield new Input(v.path(), d, DistributionReader.source(v));
            }
            case YEARS -> {
                Distribution d = DistributionReader.distribution(v);
                if (d.lower() < 0 || d.upper() > 100) {
                    throw v.error("een aantal jaren ligt tussen 0 en 100, kreeg " + d.describe());
                }
                yield new Input(v.path(), d, DistributionReader.source(v));
            }
        };
    }

    private static StopRule stopRule(YamlNode node, int horizon) {
        YamlNode.Fields f = node.fields("margin_below", "years", "wind_down_cost");
        int years = f.require("years", "het aantal opeenvolgende jaren met een te lage marge, bv. 'years: 2'").integer(1, horizon);
        double margin = f.get("margin_below") == null ? 0 : Bounds.signedAmount(f.get("margin_below"));
        double windDown = 0;
        if (f.get("wind_down_cost") != null) {
            windDown = Bounds.signedAmount(f.get("wind_down_cost"));
            if (windDown < 0) {
                throw f.get("wind_down_cost").error("afbouwkosten kunnen niet negatief zijn, kreeg " + nl.ppsim.engine.Numbers.brief(windDown));
            }
        }
        return new StopRule(margin, years, windDown);
    }
}
