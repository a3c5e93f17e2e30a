package nl.ppsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * An arithmetic expression of a business model's money logic, as it is written in the catalog and
 * printed in the docs: numbers, names (parameters, the year's context, earlier quantities of the
 * model), {@code + - * /}, parentheses, {@code min(a, b)}, {@code max(a, b)},
 * {@code due(period)} (1 in the model's first year and every {@code period} years after, else 0)
 * and {@code past(q, from, count)} (the sum of quantity {@code q} over {@code count} years, the
 * latest {@code from} years ago; years before the model's first count as 0).
 *
 * <p>It is evaluated two ways with the same operations in the same order, so the results are
 * identical: for one iteration ({@link #value}, the reference) and for a chunk of iterations at
 * once ({@link #rows}, the engine's form: one loop over the chunk per operation, the shape the JIT
 * vectorises).
 */
public abstract class Expr {
    /** The rows of the names an expression refers to, for a chunk of iterations: {@code rows[name][i]}. */
    public interface Rows {
        /** The chunk's values of name {@code name} (a parameter, context value or earlier step), one per lane. */
        double[] row(int name);

        /** The model's age this year (1 in its first year), the same for every iteration. */
        int age();

        /** The row of name {@code name} {@code yearsAgo} (at least 1) years ago, or null before the model's first year. */
        double[] past(int name, int yearsAgo);
    }

    /** The values of the names an expression refers to, for one iteration. */
    public interface Values {
        /** The value of name {@code name} in this iteration. */
        double value(int name);

        /** The model's age in years (1 in its first year). */
        int age();

        /** The value of name {@code name} {@code yearsAgo} (at least 1) years ago; 0 before the model's first year. */
        double past(int name, int yearsAgo);
    }

    private Expr() {}

    /** The value for one iteration. */
    public abstract double value(Values v);

    /**
     * The values for iterations 0..n-1, in {@code out} or (for a plain name) the name's own row,
     * which is returned; {@code out} must not be a row of a name.
     */
    public abstract double[] rows(Rows r, double[] out, int n, Scratch scratch);

    /** The names this expression uses, in order of appearance (with repeats), including those read from past years. */
    public abstract void names(List<Integer> into);

    /** The names whose values of past years this expression reads (through {@code past}). */
    public void pastNames(List<Integer> into) {}

    /** The names whose values of this year the expression reads (all names but those only inside {@code past}). */
    public void currentNames(List<Integer> into) {
        names(into);
    }

    /** Temporary rows for evaluating sub-expressions of a chunk; one per worker, reused. */
    public static final class Scratch {
        private final int lanes;
        private final List<double[]> free = new ArrayList<>();

        /** Scratch rows for evaluating expressions on chunks of {@code lanes} iterations. */
        public Scratch(int lanes) {
            this.lanes = lanes;
        }

        double[] take() {
            return free.isEmpty() ? new double[lanes] : free.remove(free.size() - 1);
        }

        void give(double[] row) {
            free.add(row);
        }
    }

    /**
     * Parses {@code text}; {@code resolve} gives the index of a name, or -1 for a name that does
     * not exist (an error naming it).
     */
    public static Expr parse(String text, ToIntFunction<String> resolve) {
        Parser p = new Parser(text, resolve);
        Expr e = p.sum();
        p.skip();
        if (p.at < text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(p.at) + "' at " + p.at + " in: " + text);
        }
        return e;
    }

    private static final class Parser {
        final String s;
        final ToIntFunction<String> resolve;
        int at;

        Parser(String s, ToIntFunction<String> resolve) {
            this.s = s;
            this.resolve = resolve;
        }

        void skip() {
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
        }

        boolean eat(char c) {
            skip();
            if (at < s.length() && s.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        Expr sum() {
            Expr e = product();
            while (true) {
                if (eat('+')) {
                    e = binary('+', e, product());
                } else if (eat('-')) {
                    e = binary('-', e, product());
                } else {
                    return e;
                }
            }
        }

        Expr product() {
            Expr e = factor();
            while (true) {
                if (eat('*')) {
                    e = binary('*', e, factor());
                } else if (eat('/')) {
                    e = binary('/', e, factor());
                } else {
                    return e;
                }
            }
        }

        /** {@code a op b}; a run of up to four names joined by + or by * becomes one {@link Chain} (one loop instead of three). */
        static Expr binary(char op, Expr a, Expr b) {
            if ((op == '+' || op == '*') && b instanceof Name nb) {
                if (a instanceof Name na) {
                    return new Chain(op, new int[] {na.index, nb.index});
                }
                if (a instanceof Chain ca && ca.op == op && ca.names.length < 4) {
                    int[] names = java.util.Arrays.copyOf(ca.names, ca.names.length + 1);
                    names[ca.names.length] = nb.index;
                    return new Chain(op, names);
                }
            }
            return new Binary(op, a, b);
        }

        Expr factor() {
            skip();
            if (eat('(')) {
                Expr e = sum();
                expect(')');
                return e;
            }
            if (eat('-')) {
                return new Binary('-', new Number(0), factor());
            }
            int start = at;
            if (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                    at++;
                }
                return new Number(Double.parseDouble(s.substring(start, at)));
            }
            while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
                at++;
            }
            String name = s.substring(start, at);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("expected a number or a name at " + at + " in: " + s);
            }
            if (eat('(')) {
                List<Expr> args = new ArrayList<>();
                do {
                    args.add(sum());
                } while (eat(','));
                expect(')');
                int arity = switch (name) {
                    case "min", "max" -> 2;
                    case "due" -> 1;
                    case "past" -> 3;
                    default -> throw new IllegalArgumentException("unknown function " + name + " in: " + s);
                };
                if (args.size() != arity) {
                    throw new IllegalArgumentException(name + " takes " + arity + " argument(s) in: " + s);
                }
                return switch (name) {
                    case "min" -> new Binary('m', args.get(0), args.get(1));
                    case "max" -> new Binary('M', args.get(0), args.get(1));
                    case "due" -> new Due(args.get(0));
                    default -> {
                        if (!(args.get(0) instanceof Name q)) {
                            throw new IllegalArgumentException("past takes a name as its first argument in: " + s);
                        }
                        yield new Past(q.index, args.get(1), args.get(2));
                    }
                };
            }
            int index = resolve.applyAsInt(name);
            if (index < 0) {
                throw new IllegalArgumentException("unknown name '" + name + "' in: " + s);
            }
            return new Name(index);
        }

        void expect(char c) {
            if (!eat(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + at + " in: " + s);
            }
        }
    }

    private static final class Number extends Expr {
        final double x;

        Number(double x) {
            this.x = x;
        }

        @Override
        public double value(Values v) {
            return x;
        }

        @Override
        public double[] rows(Rows r, double[] out, int n, Scratch scratch) {
            java.util.Arrays.fill(out, 0, n, x);
            return out;
        }

        @Override
        public void names(List<Integer> into) {}
    }

    private static final class Name extends Expr {
        final int index;

        Name(int index) {
            this.index = index;
        }

        @Override
        public double value(Values v) {
            return v.value(index);
        }

        @Override
        public double[] rows(Rows r, double[] out, int n, Scratch scratch) {
            return r.row(index);
        }

        @Override
        public void names(List<Integer> into) {
            into.add(index);
        }
    }

    private static final class Binary extends Expr {
        final char op;
        final Expr a;
        final Expr b;

        Binary(char op, Expr a, Expr b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        public double value(Values v) {
            double x = a.value(v);
            double y = b.value(v);
            return apply(op, x, y);
        }

        static double apply(char op, double x, double y) {
            return switch (op) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                case '/' -> x / y;
                case 'm' -> Math.min(x, y);
                default -> Math.max(x, y);
            };
        }

        @Override
        public double[] rows(Rows r, double[] out, int n, Scratch scratch) {
            if (b instanceof Number constant) {
                double[] left = scratch.take();
                double[] x = a.rows(r, left, n, scratch);
                withConstant(op, x, constant.x, out, n);
                scratch.give(left);
                return out;
            }
            double[] left = scratch.take();
            double[] x = a.rows(r, left, n, scratch);
            double[] right = scratch.take();
            double[] y = b.rows(r, right, n, scratch);
            // one loop per operation, each small enough for the JIT to vectorise
            switch (op) {
                case '+' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] + y[i];
                    }
                }
                case '-' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] - y[i];
                    }
                }
                case '*' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] * y[i];
                    }
                }
                case '/' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] / y[i];
                    }
                }
                case 'm' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.min(x[i], y[i]);
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.max(x[i], y[i]);
                    }
                }
            }
            scratch.give(right);
            scratch.give(left);
            return out;
        }

        /** {@code out[i] = x[i] op c}: a constant right operand needs no row of its own. */
        static void withConstant(char op, double[] x, double c, double[] out, int n) {
            switch (op) {
                case '+' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] + c;
                    }
                }
                case '-' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] - c;
                    }
                }
                case '*' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] * c;
                    }
                }
                case '/' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = x[i] / c;
                    }
                }
                case 'm' -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.min(x[i], c);
                    }
                }
                default -> {
                    for (int i = 0; i < n; i++) {
                        out[i] = Math.max(x[i], c);
                    }
                }
            }
        }

        @Override
        public void names(List<Integer> into) {
            a.names(into);
            b.names(into);
        }

        @Override
        public void pastNames(List<Integer> into) {
            a.pastNames(into);
            b.pastNames(into);
        }

        @Override
        public void currentNames(List<Integer> into) {
            a.currentNames(into);
            b.currentNames(into);
        }
    }

    /** Two to four names joined by + or by *, left to right, in one loop over the chunk. */
    private static final class Chain extends Expr {
        final char op;
        final int[] names;

        Chain(char op, int[] names) {
            this.op = op;
            this.names = names;
        }

        @Override
        public double value(Values v) {
            double x = v.value(names[0]);
            for (int j = 1; j < names.length; j++) {
                x = op == '+' ? x + v.value(names[j]) : x * v.value(names[j]);
            }
            return x;
        }

        @Override
        public double[] rows(Rows r, double[] out, int n, Scratch scratch) {
            double[] a = r.row(names[0]);
            double[] b = r.row(names[1]);
            if (names.length == 2) {
                if (op == '+') {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] + b[i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] * b[i];
                    }
                }
                return out;
            }
            double[] c = r.row(names[2]);
            if (names.length == 3) {
                if (op == '+') {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] + b[i] + c[i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        out[i] = a[i] * b[i] * c[i];
                    }
                }
                return out;
            }
            double[] d = r.row(names[3]);
            if (op == '+') {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] + b[i] + c[i] + d[i];
                }
            } else {
                for (int i = 0; i < n; i++) {
                    out[i] = a[i] * b[i] * c[i] * d[i];
                }
            }
            return out;
        }

        @Override
        public void names(List<Integer> into) {
            for (int name : names) {
                into.add(name);
            }
        }
    }

    /** 1 in the model's first year and in every year that ends a whole number of periods after it; 0 otherwise (period &lt; 1: never again). */
    /** Whether {@code due(period)} is 1 at a model's age: its first year and every period years after. */
    public static boolean dueIn(int age, double period) {
        return Due.due(age, period) == 1;
    }

    private static final class Due extends Expr {
        final Expr period;

        Due(Expr period) {
            this.period = period;
        }

        static double due(int age, double period) {
            long k = Math.round(period);
            return age == 1 || (k >= 1 && (age - 1) % k == 0) ? 1 : 0;
        }

        @Override
        public double value(Values v) {
            return due(v.age(), period.value(v));
        }

        @Override
        public double[] rows(Rows r, double[] out, int n, Scratch scratch) {
            double[] tmp = scratch.take();
            double[] p = period.rows(r, tmp, n, scratch);
            int age = r.age();
            for (int i = 0; i < n; i++) {
                out[i] = due(age, p[i]);
            }
            scratch.give(tmp);
            return out;
        }

        @Override
        public void names(List<Integer> into) {
            period.names(into);
        }

        @Override
        public void pastNames(List<Integer> into) {
            period.pastNames(into);
        }

        @Override
        public void currentNames(List<Integer> into) {
            period.currentNames(into);
        }
    }

    /** The sum of a name's values over {@code count} years, the latest {@code from} years ago (rounded; from at least 1). */
    private static final class Past extends Expr {
        final int name;
        final Expr from;
        final Expr count;

        Past(int name, Expr from, Expr count) {
            this.name = name;
            this.from = from;
            this.count = count;
        }

        @Override
        public double value(Values v) {
            long first = Math.max(1, Math.round(from.value(v)));
            long years = Math.round(count.value(v));
            double sum = 0;
            for (long j = 0; j < years && first + j < v.age(); j++) {
                sum += v.past(name, (int) (first + j));
            }
            return sum;
        }

        @Override
        public double[] rows(Rows r, double[] out, int n, Scratch scratch) {
            double[] tmpFrom = scratch.take();
            double[] f = from.rows(r, tmpFrom, n, scratch);
            double[] tmpCount = scratch.take();
            double[] c = count.rows(r, tmpCount, n, scratch);
            java.util.Arrays.fill(out, 0, n, 0);
            int age = r.age();
            for (int i = 0; i < n; i++) {
                long first = Math.max(1, Math.round(f[i]));
                long years = Math.round(c[i]);
                double sum = 0;
                for (long j = 0; j < years && first + j < age; j++) {
                    sum += r.past(name, (int) (first + j))[i];
                }
                out[i] = sum;
            }
            scratch.give(tmpCount);
            scratch.give(tmpFrom);
            return out;
        }

        @Override
        public void names(List<Integer> into) {
            into.add(name);
            from.names(into);
            count.names(into);
        }

        @Override
        public void pastNames(List<Integer> into) {
            into.add(name);
        }

        @Override
        public void currentNames(List<Integer> into) {
            from.currentNames(into);
            count.currentNames(into);
        }
    }
}
