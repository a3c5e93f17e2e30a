package nl.ppsim.engine.kernel;

import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.scenario.Event;

/**
 * A risk event compiled for the engine: its draws and, per iteration of a chunk, in which years
 * it happens. An event drawn per year has one input per year (its impact: 0 when it does not
 * happen; for a partner's exit or a revenue loss, 1 when it happens); an event that happens at
 * most once has one impact input per iteration and a uniform that picks its year among the
 * event's years.
 */
final class EventRuntime {
    final int index;
    private final Event event;
    /** The impact: per year (fromYear..toYear), or once per iteration. */
    final InputSlot impact;
    /** For an event that happens at most once: the uniform that picks its year; else null. */
    final InputSlot year;
    /** Row of the event's costs in {@link Ledger#lump}, or -1 for events without a cost. */
    final int lump;

    EventRuntime(int index, Event event, PlanBuilder plan) {
        this.index = index;
        this.event = event;
        boolean cost = event.impact() instanceof Event.Cost;
        Distribution magnitude =
                cost ? ((Event.Cost) event.impact()).amount().distribution() : Distributions.constant(1);
        String source = cost ? ((Event.Cost) event.impact()).amount().source() : null;
        Input in = new Input(event.path() + ".impact", Distributions.event(event.probability(), magnitude), source);
        if (event.once()) {
            impact = plan.once(in, 0);
            year = event.years() > 1
                    ? plan.once(new Input(event.path() + ".year", Distributions.uniform(0, 1)), 0)
                    : null;
        } else {
            impact = plan.perYear(in, event.fromYear(), event.toYear(), 0);
            year = null;
        }
        lump = cost ? plan.lump(LumpSource.Kind.EVENT, event.name()) : -1;
    }

    Event event() {
        return event;
    }

    /** The event's impact in year t for iteration i (0 when it does not happen then). */
    double at(Workspace w, int t, int i) {
        if (t < event.fromYear() || t > event.toYear()) {
            return 0;
        }
        if (!event.once()) {
            return w.row(impact, t)[i];
        }
        return happensIn(w, i) == t ? w.row(impact, 0)[i] : 0;
    }

    /** The year an event that happens at most once falls in for iteration i, or 0 when it does not happen. */
    int happensIn(Workspace w, int i) {
        if (w.row(impact, 0)[i] == 0) {
            return 0;
        }
        int n = event.years();
        int k = year == null ? 0 : Math.min(n - 1, (int) (w.row(year, 0)[i] * n));
        return event.fromYear() + k;
    }

    /** The first year the event happens for iteration i, or 0 when it never does. */
    int firstYear(Workspace w, int i) {
        if (event.once()) {
            return happensIn(w, i);
        }
        for (int t = event.fromYear(); t <= event.toYear(); t++) {
            if (w.row(impact, t)[i] > 0) {
                return t;
            }
        }
        return 0;
    }
}
