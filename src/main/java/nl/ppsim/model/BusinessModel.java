package nl.ppsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ppsim.engine.Distribution;
import nl.ppsim.scenario.Group;

/**
 * One of the handbook's 15 business models as a simulated template: its parameters, its money
 * logic (how it earns, what it costs, what is given in kind) and its synergies with other models.
 * Immutable; built by {@link Catalog}.
 */
public final class BusinessModel {
    private final String key;
    private final ModelGroup group;
    private final String dutchName;
    private final String englishName;
    private final String logicDutch;
    private final String logicEnglish;
    private final String formulaText;
    private final List<Parameter> parameters;
    private final Group revenuePayer;
    private final Group inKindGroup;
    private final boolean earning;
    private final Formula formula;
    private final List<Uplift> uplifts;
    private final boolean runsResearchProjects;
    private final boolean usesResearchProjects;

    /**
     * A synergy: while this model runs, it multiplies the demand of the target models (all other
     * earning models when {@code targets} is empty) by 1 + the value of parameter {@code parameter}.
     */
    public record Uplift(int parameter, Set<String> targets) {
        public boolean appliesTo(BusinessModel source, BusinessModel target) {
            if (target == source) {
                return false;
            }
            return targets.isEmpty() ? target.earning() : targets.contains(target.key());
        }
    }

    private BusinessModel(Builder b) {
        key = b.key;
        group = b.group;
        dutchName = b.dutchName;
        englishName = b.englishName;
        logicDutch = b.logicDutch;
        logicEnglish = b.logicEnglish;
        formulaText = b.formulaText;
        parameters = List.copyOf(b.parameters);
        revenuePayer = b.revenuePayer;
        inKindGroup = b.inKindGroup;
        earning = b.earning;
        formula = b.formula;
        uplifts = List.copyOf(b.uplifts);
        runsResearchProjects = b.runsResearchProjects;
        usesResearchProjects = b.usesResearchProjects;
    }

    public String key() {
        return key;
    }

    public ModelGroup group() {
        return group;
    }

    public String dutchName() {
        return dutchName;
    }

    public String englishName() {
        return englishName;
    }

    /** How the model earns and spends money, after the handbook (Dutch). */
    public String logicDutch() {
        return logicDutch;
    }

    public String logicEnglish() {
        return logicEnglish;
    }

    /** The yearly formulas in plain notation. */
    public String formulaText() {
        return formulaText;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.key().equals(name)).findFirst();
    }

    /** Which partner group pays this model's revenue (companies pay for concrete projects). */
    public Group revenuePayer() {
        return revenuePayer;
    }

    /** Which partner group gives this model's in-kind contributions. */
    public Group inKindGroup() {
        return inKindGroup;
    }

    /** False for models that cannot earn on their own (opleidingshuis, loket without fee). */
    public boolean earning() {
        return earning;
    }

    public Formula formula() {
        return formula;
    }

    public List<Uplift> uplifts() {
        return uplifts;
    }

    public boolean runsResearchProjects() {
        return runsResearchProjects;
    }

    public boolean usesResearchProjects() {
        return usesResearchProjects;
    }

    static Builder builder(String key, ModelGroup group, String dutchName, String englishName) {
        return new Builder(key, group, dutchName, englishName);
    }

    /** Builds a model; parameters get their index in declaration order. */
    static final class Builder {
        private final String key;
        private final ModelGroup group;
        private final String dutchName;
        private final String englishName;
        private String logicDutch = "";
        private String logicEnglish = "";
        private String formulaText = "";
        private final List<Parameter> parameters = new ArrayList<>();
        private Group revenuePayer = Group.WERKVELD;
        private Group inKindGroup = Group.WERKVELD;
        private boolean earning = true;
        private Formula formula;
        private final List<Uplift> uplifts = new ArrayList<>();
        private boolean runsResearchProjects;
        private boolean usesResearchProjects;

        Builder(String key, ModelGroup group, String dutchName, String englishName) {
            this.key = key;
            this.group = group;
            this.dutchName = dutchName;
            this.englishName = englishName;
        }

        Builder logic(String dutch, String english) {
            logicDutch = dutch;
            logicEnglish = english;
            return this;
        }

        Builder formulaText(String text) {
            formulaText = text;
            return this;
        }

        Builder payers(Group revenue, Group inKind) {
            revenuePayer = revenue;
            inKindGroup = inKind;
            return this;
        }

        Builder notEarning() {
            earning = false;
            return this;
        }

        Builder runsResearchProjects() {
            runsResearchProjects = true;
            return this;
        }

        Builder usesResearchProjects() {
            usesResearchProjects = true;
            return this;
        }

        int param(String name, Parameter.Kind kind, String unit, String dutch, String english,
                  Distribution defaultValue, boolean perYear) {
            parameters.add(new Parameter(name, parameters.size(), kind, unit, dutch, english, defaultValue, perYear));
            return parameters.size() - 1;
        }

        Builder uplift(int parameter, Set<String> targets) {
            uplifts.add(new Uplift(parameter, targets));
            return this;
        }

        BusinessModel formula(Formula f) {
            formula = f;
            return new BusinessModel(this);
        }
    }
}
