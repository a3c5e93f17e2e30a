package nl.ppsim.scenario;

import java.util.List;

/** Reads the {@code business_models} section against the catalog. */
final class BusinessModelSection {
    private BusinessModelSection() {
    }

    static List<BusinessModelUse> read(YamlNode node, int horizon) {
        throw node.error("bedrijfsmodellen worden nog niet ondersteund");
    }
}
