package nl.ppsim.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ppsim.dist.Distribution;

/**
 * One of the handbook's business models as a simulated template: its parameters, its money logic
 * as named steps (quantities, revenue items with their payers, cost items with who carries them),
 * the handbook phrase that logic rests on, and its synergies with other models. Immutable; built
 * by {@link Catalog}.
 *
 * <p>The steps are the one definition of the money logic: the engine evaluates them for a chunk
 * of iterations at once, {@link #evaluate} for one iteration (the reference), and the docs print
 * their text.
 */
public final class BusinessModel {
    /** The parameter holding an investment's lifetime in years (the laboratorium's; its provision is investment / lifetime). */
    public static final String LIFETIME = "lifetime_years";
    /**
     * The year's context an expression can name, after the parameters, in the order of their name
     * numbers: this year's ramp-up factor, last year's (0 in the model's first year), the demand
     * multiplier from synergies and paying partners, and the projects run this year by the models
     * that run research projects.
     */
    public enum Context {
        /** This year's ramp-up factor. */
        RAMP,
        /** The ramp-up factor of the year before (for flows that lag a year). */
        RAMP_BEFORE,
        /** The uplift another model gives this one's demand. */
        UPLIFT,
        /** The number of research projects the PPS runs that year. */
        RESEARCH_PROJECTS;

        /** The name an expression uses ({@code ramp_before}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The context of an expression's name, or null when it names none. */
        static Context of(String name) {
            for (Context c : values()) {
                if (c.key().equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** How many context names there are. */
    public static final int CONTEXT_NAMES = Context.values().length;

    /** The name of the step holding the projects a research model runs (read by the laboratorium). */
    public static final String PROJECTS = "projects";
    /**
     * The parameter of the years to full volume (the S-curve ramp), which a model with a ramp
     * has; the engine computes the ramp from it.
     */
    public static final String RAMP_UP_YEARS = "ramp_up_years";

    private final String key;
    private final ModelGroup group;
    private final String dutchName;
    private final String englishName;
    private final String logicDutch;
    private final String logicEnglish;
    private final String handbookHeading;
    private final String handbookQuote;
    private final List<Parameter> parameters;
    private final List<Step> steps;
    private final boolean earning;
    private final List<Uplift> uplifts;
    private final boolean runsResearchProjects;
    private final boolean usesResearchProjects;

    /**
     * A synergy: while this model runs, it multiplies the demand of the target models (all other
     * earning models when {@code targets} is empty) by 1 + the value of parameter {@code parameter}.
     */
    public record Uplift(int parameter, Set<String> targets) {
        /** True when this uplift of {@code source} raises {@code target}'s demand. */
        public boolean appliesTo(BusinessModel source, BusinessModel target) {
            if (target == source) {
                return false;
            }
            return targets.isEmpty() ? target.earning() : targets.contains(target.key());
        }
    }

    /** The values one iteration's steps read, for {@link #evaluate}. */
    public interface Year {
        /** The value of parameter {@code index} in this iteration. */
        double parameter(int index);

        /** The value of a context name in this year. */
        double context(Context name);

        /** The model's age in years (1 in its first year). */
        int age();

        /** The value step {@code step} had {@code yearsAgo} years ago (0 before the model's first year). */
        double past(int step, int yearsAgo);
    }

    private BusinessModel(Builder b) {
        key = b.key;
        group = b.group;
        dutchName = b.dutchName;
        englishName = b.englishName;
        logicDutch = b.logicDutch;
        logicEnglish = b.logicEnglish;
        handbookHeading = b.handbookHeading;
        handbookQuote = b.handbookQuote;
        parameters = List.copyOf(b.parameters);
        steps = List.copyOf(b.steps);
        earning = b.earning;
        uplifts = List.copyOf(b.uplifts);
        runsResearchProjects = b.runsResearchProjects;
        usesResearchProjects = b.usesResearchProjects;
        if (runsResearchProjects && step(PROJECTS).isEmpty()) {
            throw new IllegalStateException(key + " runs research projects but has no step '" + PROJECTS + "'");
        }
    }

    /** The catalog key, as written in a scenario's {@code model:}. */
    public String key() {
        return key;
    }

    /** The handbook group the model belongs to. */
    public ModelGroup group() {
        return group;
    }

    /** The handbook's Dutch name. */
    public String dutchName() {
        return dutchName;
    }

    /** The English name. */
    public String englishName() {
        return englishName;
    }

    /** How the model earns and spends money, after the handbook (Dutch). */
    public String logicDutch() {
        return logicDutch;
    }

    /** How the model earns money, in English. */
    public String logicEnglish() {
        return logicEnglish;
    }

    /** The heading of the handbook paragraph the money logic rests on. */
    public String handbookHeading() {
        return handbookHeading;
    }

    /** The handbook's key phrase for the money logic, quoted (Dutch). */
    public String handbookQuote() {
        return handbookQuote;
    }

    /** The model's parameters, in their order. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The parameter with key {@code name}, if the model has it. */
    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.key().equals(name)).findFirst();
    }

    /** The money logic, in order: each step may use the steps before it. */
    public List<Step> steps() {
        return steps;
    }

    /** The step with this name, if the model has it. */
    public Optional<Step> step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The steps of one kind (quantities, revenue or cost items), in their order. */
    public List<Step> steps(Step.Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The name number of step {@code s} in expressions (after the parameters and the context). */
    public int stepName(int s) {
        return parameters.size() + CONTEXT_NAMES + s;
    }

    /** The name number of a context name in expressions. */
    public int contextName(Context name) {
        return parameters.size() + name.ordinal();
    }

    /** Whether any step uses the context name (directly). */
    public boolean uses(Context context) {
        int name = contextName(context);
        List<Integer> names = new ArrayList<>();
        for (Step s : steps) {
            s.expr().names(names);
        }
        return names.contains(name);
    }

    /**
     * The steps whose value depends, directly or through earlier steps, on the given name number
     * (a parameter, a context name or a step): those that change when it changes. With
     * {@code throughPast}, also those that read it from earlier years (through {@code past}),
     * which change a year or more later.
     */
    public Set<String> dependents(int name, boolean throughPast) {
        Set<Integer> affected = new LinkedHashSet<>();
        affected.add(name);
        Set<String> out = new LinkedHashSet<>();
        for (int s = 0; s < steps.size(); s++) {
            List<Integer> names = new ArrayList<>();
            if (throughPast) {
                steps.get(s).expr().names(names);
            } else {
                steps.get(s).expr().currentNames(names);
            }
            if (names.stream().anyMatch(affected::contains)) {
                affected.add(stepName(s));
                out.add(steps.get(s).name());
            }
        }
        return out;
    }

    /**
     * The reference evaluation of one iteration's year: the value of every step, in order, with
     * the same operations in the same order as the engine's chunked evaluation.
     */
    public double[] evaluate(Year year) {
        double[] values = new double[steps.size()];
        int params = parameters.size();
        int context = params + CONTEXT_NAMES;
        Expr.Values v = new Expr.Values() {
            @Override
            public double value(int name) {
                if (name < params) {
                    return year.parameter(name);
                }
                if (name < context) {
                    return year.context(Context.values()[name - params]);
                }
                return values[name - context];
            }

            @Override
            public int age() {
                return year.age();
            }

            @Override
            public double past(int name, int yearsAgo) {
                return year.past(name - context, yearsAgo);
            }
        };
        for (int s = 0; s < steps.size(); s++) {
            values[s] = steps.get(s).expr().value(v);
        }
        return values;
    }

    /** False for models that cannot earn on their own (opleidingshuis, loket without fee). */
    public boolean earning() {
        return earning;
    }

    /** The uplifts this model gives other models' demand. */
    public List<Uplift> uplifts() {
        return uplifts;
    }

    /** True when the model runs research projects that others can use. */
    public boolean runsResearchProjects() {
        return runsResearchProjects;
    }

    /** True when the model's formulas use the research projects of another model. */
    public boolean usesResearchProjects() {
        return usesResearchProjects;
    }

    static Builder builder(String key, ModelGroup group, String dutchName, String englishName) {
        return new Builder(key, group, dutchName, englishName);
    }

    /** Builds a model; parameters get their index in declaration order, steps are parsed as they are added. */
    static final class Builder {
        private final String key;
        private final ModelGroup group;
        private final String dutchName;
        private final String englishName;
        private String logicDutch = "";
        private String logicEnglish = "";
        private String handbookHeading = "";
        private String handbookQuote = "";
        private final List<Parameter> parameters = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private boolean earning = true;
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

        Builder handbook(String heading, String quote) {
            handbookHeading = heading;
            handbookQuote = quote;
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

        int param(
                String name,
                Parameter.Kind kind,
                String unit,
                String dutch,
                String english,
                Distribution defaultValue,
                boolean perYear) {
            parameters.add(
                    new Parameter(name, parameters.size(), kind, unit, dutch, english, defaultValue, perYear, null));
            return parameters.size() - 1;
        }

        /** Gives the source of the default of the parameter declared last (without one it is an assumption). */
        Builder source(String source) {
            Parameter p = parameters.remove(parameters.size() - 1);
            parameters.add(new Parameter(
                    p.key(),
                    p.index(),
                    p.kind(),
                    p.unit(),
                    p.dutch(),
                    p.english(),
                    p.defaultValue(),
                    p.perYear(),
                    source));
            return this;
        }

        Builder uplift(int parameter, Set<String> targets) {
            uplifts.add(new Uplift(parameter, targets));
            return this;
        }

        Builder quantity(String name, String text) {
            return step(name, Step.Kind.QUANTITY, text, null, null, false);
        }

        /** A revenue item paid wholly by one payer. */
        Builder revenue(String name, String text, Payer payer) {
            return step(name, Step.Kind.REVENUE, text, Map.of(payer, 1.0), null, false);
        }

        /** A revenue item split over payers: pairs of payer and share, adding up to 1. */
        Builder revenue(String name, String text, Payer a, double shareA, Payer b, double shareB) {
            Map<Payer, Double> shares = new EnumMap<>(Payer.class);
            shares.put(a, shareA);
            shares.put(b, shareB);
            return step(name, Step.Kind.REVENUE, text, shares, null, false);
        }

        /** A revenue item split over three payers, with shares adding up to 1. */
        Builder revenue(
                String name, String text, Payer a, double shareA, Payer b, double shareB, Payer c, double shareC) {
            Map<Payer, Double> shares = new EnumMap<>(Payer.class);
            shares.put(a, shareA);
            shares.put(b, shareB);
            shares.put(c, shareC);
            return step(name, Step.Kind.REVENUE, text, shares, null, false);
        }

        Builder cost(String name, String text, Bearer bearer) {
            return step(name, Step.Kind.COST, text, null, bearer, false);
        }

        /** A cost that is a one-off investment or replacement in the years it is due (shown apart in the report). */
        Builder oneOffCost(String name, String text, Bearer bearer) {
            return step(name, Step.Kind.COST, text, null, bearer, true);
        }

        /**
         * The yearly provision for the model's one-off investments (investment / lifetime): what the
         * structural test charges instead of the cash of a purchase or replacement.
         */
        Builder provision(String name, String text) {
            return step(name, Step.Kind.PROVISION, text, null, null, false);
        }

        /** Who the model reaches in a year (students, teachers or companies): a count, not money. */
        Builder reach(Step.Kind who, String text) {
            String name = switch (who) {
                case REACH_STUDENTS -> "students_reached";
                case REACH_TEACHERS -> "teachers_reached";
                case REACH_COMPANIES -> "companies_reached";
                default -> throw new IllegalArgumentException("not a reach: " + who);
            };
            return step(name, who, text, null, null, false);
        }

        private Builder step(
                String name, Step.Kind kind, String text, Map<Payer, Double> payers, Bearer bearer, boolean oneOff) {
            if (resolve(name) >= 0) {
                throw new IllegalStateException(key + ": step name '" + name + "' is already a name");
            }
            Expr expr = Expr.parse(text, this::resolve);
            steps.add(new Step(name, kind, text, expr, payers, bearer, oneOff));
            return this;
        }

        private int resolve(String name) {
            for (Parameter p : parameters) {
                if (p.key().equals(name)) {
                    return p.index();
                }
            }
            Context c = Context.of(name);
            if (c != null) {
                return parameters.size() + c.ordinal();
            }
            for (int s = 0; s < steps.size(); s++) {
                if (steps.get(s).name().equals(name)) {
                    return parameters.size() + CONTEXT_NAMES + s;
                }
            }
            return -1;
        }

        BusinessModel build() {
            return new BusinessModel(this);
        }
    }
}
