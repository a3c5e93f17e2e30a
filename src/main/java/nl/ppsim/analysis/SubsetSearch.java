package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.ppsim.scenario.Exploration;

/**
 * The search of a space of routes too large to evaluate whole (more than
 * {@link Explore#MAX_ENUMERATED} candidates: many business models to choose from, many values):
 * a steepest-ascent local search with restarts, on the first round's draws.
 *
 * <ol>
 *   <li>{@value #STARTS} starting routes, drawn at random (seeded by the scenario's seed, so the same
 *       every time): a size between the minimum and the maximum, that many models, a value of each
 *       varied input; and the route with every model it may take (up to the maximum) at the middle
 *       values.
 *   <li>From the best {@value #CLIMBS} of them, each step evaluates every neighbour of the route (one
 *       model added or left out, one model swapped for another when the size is at a bound, one
 *       varied input one value up or down) and moves to the best when it scores higher; a climb
 *       stops at a route no neighbour beats.
 *   <li>At most {@link Exploration#searchEvaluations} routes in all.
 * </ol>
 *
 * <p>Neighbours that share their values are variants of one sampling
 * ({@link Explore#evaluate}), so a step costs little more than one run. The score is that of
 * {@link RouteSearch#score}. The search only proposes: every route it evaluated is a candidate of
 * the selection, whose statement speaks of the best candidate examined.
 */
final class SubsetSearch {
    /** Random starting routes. */
    static final int STARTS = 16;
    /** Climbs, from the best starts. */
    static final int CLIMBS = 3;

    private SubsetSearch() {}

    /** The routes the search evaluated, in the order evaluated. */
    static List<Explore.Candidate> search(Exploration e, Explore.FirstRound first, long seed) {
        Map<Explore.Candidate, Double> seen = new LinkedHashMap<>();
        int budget = e.searchEvaluations();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EA7C4L);
        List<Explore.Candidate> starts = new ArrayList<>();
        starts.add(full(e));
        for (int s = 0; s < STARTS; s++) {
            starts.add(randomRoute(e, random));
        }
        evaluate(e, starts, first, seen, budget);
        List<Explore.Candidate> best = seen.keySet().stream()
                .sorted(Comparator.comparingDouble((Explore.Candidate c) -> -seen.get(c)))
                .limit(CLIMBS)
                .toList();
        for (Explore.Candidate start : best) {
            Explore.Candidate at = start;
            while (seen.size() < budget) {
                List<Explore.Candidate> next = neighbours(e, at);
                evaluate(e, next, first, seen, budget);
                Explore.Candidate top = at;
                for (Explore.Candidate c : next) {
                    if (seen.containsKey(c) && seen.get(c) > seen.get(top)) {
                        top = c;
                    }
                }
                if (top.equals(at)) {
                    break;
                }
                at = top;
            }
        }
        return List.copyOf(seen.keySet());
    }

    /** Scores the routes not seen yet, as many as the budget allows, in one batch. */
    private static void evaluate(
            Exploration e,
            List<Explore.Candidate> routes,
            Explore.FirstRound first,
            Map<Explore.Candidate, Double> seen,
            int budget) {
        List<Explore.Candidate> fresh = routes.stream()
                .distinct()
                .filter(c -> !seen.containsKey(c))
                .limit(Math.max(0, budget - seen.size()))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        Explore.Runs runs = first.runs(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            seen.put(fresh.get(i), RouteSearch.score(e, runs, i));
        }
    }

    /** Every model it may take (up to the maximum, in the list's order), each input at its middle value. */
    static Explore.Candidate full(Exploration e) {
        List<String> models = e.models().subList(0, e.maxModels());
        Map<String, Double> values = new LinkedHashMap<>();
        for (Exploration.Vary v : e.vary()) {
            values.put(
                    v.path(), v.values().get(v.mattersWith(models) ? v.values().size() / 2 : 0));
        }
        return new Explore.Candidate(models, values);
    }

    /** A route drawn at random: a size, that many models, a value of each input. */
    static Explore.Candidate randomRoute(Exploration e, SplittableRandom random) {
        int n = e.models().size();
        int k = e.minModels() + random.nextInt(e.maxModels() - e.minModels() + 1);
        boolean[] in = new boolean[n];
        for (int chosen = 0; chosen < k; ) {
            int i = random.nextInt(n);
            if (!in[i]) {
                in[i] = true;
                chosen++;
            }
        }
        List<String> models = models(e, in);
        Map<String, Double> values = new LinkedHashMap<>();
        for (Exploration.Vary v : e.vary()) {
            int i = random.nextInt(v.values().size());
            values.put(v.path(), v.values().get(v.mattersWith(models) ? i : 0));
        }
        return new Explore.Candidate(models, values);
    }

    /**
     * The neighbours of a route: one model added or left out (within the minimum and maximum), one
     * model swapped for one left out when the size is at a bound, one input one value up or down.
     */
    static List<Explore.Candidate> neighbours(Exploration e, Explore.Candidate c) {
        int n = e.models().size();
        boolean[] in = new boolean[n];
        for (int i = 0; i < n; i++) {
            in[i] = c.models().contains(e.models().get(i));
        }
        int k = c.models().size();
        List<Explore.Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (in[i] ? k > e.minModels() : k < e.maxModels()) {
                in[i] = !in[i];
                out.add(canonical(e, models(e, in), c.values()));
                in[i] = !in[i];
            }
        }
        if (k == e.minModels() || k == e.maxModels()) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (in[i] && !in[j]) {
                        in[i] = false;
                        in[j] = true;
                        out.add(canonical(e, models(e, in), c.values()));
                        in[i] = true;
                        in[j] = false;
                    }
                }
            }
        }
        for (Exploration.Vary v : e.vary()) {
            if (!v.mattersWith(c.models())) {
                continue;
            }
            int at = v.values().indexOf(c.values().get(v.path()));
            for (int step : new int[] {-1, 1}) {
                int to = at + step;
                if (at >= 0 && to >= 0 && to < v.values().size()) {
                    Map<String, Double> values = new LinkedHashMap<>(c.values());
                    values.put(v.path(), v.values().get(to));
                    out.add(new Explore.Candidate(c.models(), values));
                }
            }
        }
        return out;
    }

    /** A route with these models and values, each value of a model it leaves out at its first value. */
    private static Explore.Candidate canonical(Exploration e, List<String> models, Map<String, Double> values) {
        Map<String, Double> v = new LinkedHashMap<>(values);
        for (Exploration.Vary x : e.vary()) {
            if (!x.mattersWith(models)) {
                v.put(x.path(), x.values().get(0));
            }
        }
        return new Explore.Candidate(models, v);
    }

    private static List<String> models(Exploration e, boolean[] in) {
        List<String> m = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i]) {
                m.add(e.models().get(i));
            }
        }
        return m;
    }
}
