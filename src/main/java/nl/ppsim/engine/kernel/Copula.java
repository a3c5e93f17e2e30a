package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.StandardNormal;
import nl.ppsim.scenario.Correlation;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Rank correlation between inputs by a Gaussian copula: the inputs' uniforms are turned into
 * normal scores, mixed with the Cholesky factor of the normal correlation matrix, and turned back
 * into uniforms before each input's own quantile function, so every input keeps its distribution.
 * A rank correlation r becomes the normal correlation 2 sin(pi r / 6) (exact for the Gaussian copula).
 * Normal scores come from the engine's own normal quantile ({@link StandardNormal}; the library's
 * inversion took a quarter of the time of a run with two correlations), the way back from the
 * library's normal distribution function.
 * Inputs correlated with each other form a group; pairs not given are independent.
 */
final class Copula {
    static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    final InputSlot[] slots;
    final double[][] lower;

    private Copula(InputSlot[] slots, double[][] lower) {
        this.slots = slots;
        this.lower = lower;
    }

    /** Builds the copula groups of a scenario's correlations over the plan's slots. */
    static List<Copula> build(List<Correlation> correlations, List<InputSlot> slots) {
        if (correlations.isEmpty()) {
            return List.of();
        }
        Map<String, InputSlot> byPath = new HashMap<>();
        for (InputSlot s : slots) {
            byPath.putIfAbsent(s.input.path(), s);
        }
        Map<String, String> parent = new LinkedHashMap<>();
        List<Correlation> active = new ArrayList<>();
        for (Correlation c : correlations) {
            InputSlot a = resolve(c, c.first(), byPath);
            InputSlot b = resolve(c, c.second(), byPath);
            if (a == null || b == null) {
                continue;
            }
            if (a.perYear != b.perYear || a.fromYear != b.fromYear || a.toYear != b.toYear) {
                // years 0-0: drawn once per iteration
                throw c.error(
                        "correlation.drawn_differently",
                        c.first(),
                        a.perYear ? a.fromYear : 0,
                        a.perYear ? a.toYear : 0,
                        c.second(),
                        b.perYear ? b.fromYear : 0,
                        b.perYear ? b.toYear : 0);
            }
            active.add(c);
            union(parent, c.first(), c.second());
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String path : parent.keySet()) {
            groups.computeIfAbsent(find(parent, path), k -> new ArrayList<>()).add(path);
        }
        List<Copula> out = new ArrayList<>();
        for (List<String> members : groups.values()) {
            int k = members.size();
            double[][] rho = new double[k][k];
            for (int i = 0; i < k; i++) {
                rho[i][i] = 1 + 1e-10;
            }
            Correlation first = null;
            for (Correlation c : active) {
                int i = members.indexOf(c.first());
                int j = members.indexOf(c.second());
                if (i < 0) {
                    continue;
                }
                first = first == null ? c : first;
                double r = 2 * Math.sin(Math.PI * c.rank() / 6);
                rho[i][j] = r;
                rho[j][i] = r;
            }
            double[][] lower;
            try {
                lower = new CholeskyDecomposition(new Array2DRowRealMatrix(rho), 1e-8, 1e-12)
                        .getL()
                        .getData();
            } catch (NonPositiveDefiniteMatrixException e) {
                throw first.error("correlation.inconsistent", String.join(", ", members));
            }
            InputSlot[] groupSlots = members.stream().map(byPath::get).toArray(InputSlot[]::new);
            out.add(new Copula(groupSlots, lower));
        }
        return out;
    }

    /** The slot of a path, null when an override made it constant; an error when it does not exist or is constant. */
    private static InputSlot resolve(Correlation c, String path, Map<String, InputSlot> byPath) {
        InputSlot s = byPath.get(path);
        if (s == null) {
            throw c.error("correlation.unknown_path", path);
        }
        if (s.input.isConstant()) {
            if (s.overridden) {
                return null;
            }
            throw c.error("correlation.fixed_input", path);
        }
        return s;
    }

    private static String find(Map<String, String> parent, String x) {
        parent.putIfAbsent(x, x);
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** Mixes the uniforms of this group for the {@code n} iterations of a chunk (in place; {@code values[slot][row][i]}). */
    void apply(double[][][] values, int n, double[] z, double[] mixed, double[][] rows) {
        int k = slots.length;
        InputSlot first = slots[0];
        for (int t = first.fromYear; t <= first.toYear; t++) {
            for (int j = 0; j < k; j++) {
                rows[j] = values[slots[j].index][slots[j].row(t)];
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    z[j] = StandardNormal.quantile(rows[j][i]);
                }
                for (int j = 0; j < k; j++) {
                    double sum = 0;
                    for (int m = 0; m <= j; m++) {
                        sum += lower[j][m] * z[m];
                    }
                    mixed[j] = sum;
                }
                for (int j = 0; j < k; j++) {
                    double u = STANDARD.cumulativeProbability(mixed[j]);
                    rows[j][i] = Math.min(1 - 0x1.0p-53, Math.max(0x1.0p-60, u));
                }
            }
        }
    }
}
