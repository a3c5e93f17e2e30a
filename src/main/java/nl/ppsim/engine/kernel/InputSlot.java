package nl.ppsim.engine.kernel;

import nl.ppsim.dist.Input;

/**
 * An input as the engine samples it: its distribution, the years it is drawn in (all years 1..H
 * for a new draw each year, year 0 for one draw per iteration), the floor applied to draws
 * (amounts cannot be negative) and the stream key of each year.
 */
final class InputSlot {
    final int index;
    final Input input;
    final boolean perYear;
    final int fromYear;
    final int toYear;
    final double floor;
    final long[] keys;
    /** Lag-1 correlation of the normal scores of consecutive years (0: independent years; only for inputs drawn each year). */
    final double persistence;
    /** True when a run setting replaced the scenario's distribution of this input. */
    boolean overridden;

    InputSlot(
            int index,
            Input input,
            boolean perYear,
            int fromYear,
            int toYear,
            double floor,
            RandomStreams streams,
            String streamName) {
        this.index = index;
        this.input = input;
        this.perYear = perYear;
        this.fromYear = perYear ? fromYear : 0;
        this.toYear = perYear ? toYear : 0;
        this.floor = floor;
        this.persistence = perYear && toYear > fromYear ? input.persistence() : 0;
        this.keys = new long[this.toYear + 1];
        for (int t = this.fromYear; t <= this.toYear; t++) {
            keys[t] = streams.streamKey(streamName, t);
        }
    }

    /** The row of a worker's buffer that holds this slot's draws for year {@code t} (row 0 when drawn once). */
    int row(int t) {
        return perYear ? t : 0;
    }
}
