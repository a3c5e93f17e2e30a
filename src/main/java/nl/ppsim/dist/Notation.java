package nl.ppsim.dist;

/**
 * How a distribution's numbers are written when it is described ({@link Distribution#describe(Notation)}):
 * the form of one number and the separator between arguments. The distribution gives its numbers
 * as numbers; the notation, chosen at the edge, writes them ({@link #PLAIN} for logs and errors,
 * a language's form for a report).
 */
public interface Notation {
    /** Numbers as written in a scenario, without a trailing ".0", arguments separated by ", ". */
    Notation PLAIN = new Notation() {
        @Override
        public String number(double x) {
            return unambiguous(Numbers.brief(x));
        }

        @Override
        public String separator() {
            return ", ";
        }
    };

    /**
     * One number, in a form the scenario reader takes back: no thousands separators, and never one
     * to three digits, a decimal sign and exactly three decimals ({@link #unambiguous}).
     */
    String number(double x);

    /**
     * {@code number} with a trailing zero when it has one to three digits, a decimal sign and
     * exactly three decimals ({@code 1.125} becomes {@code 1.1250}): the reader refuses that form,
     * which could be a thousands separator, and reads the longer one as the same number.
     */
    static String unambiguous(String number) {
        return ambiguous(number) ? number + "0" : number;
    }

    /**
     * Whether {@code number} could be a whole number with a thousands separator as well as a decimal:
     * one to three digits (not starting with 0), a point or a comma, exactly three digits
     * ({@code 60.000}, {@code 1,250}). The reader refuses such a number; the writer pads it.
     */
    static boolean ambiguous(String number) {
        return number.matches("[-+]?[1-9][0-9]{0,2}[.,][0-9]{3}");
    }

    /** Between two arguments (and two list items). */
    String separator();

    /** {@code name(a, b, ...)} with the numbers in this notation. */
    default String call(String name, double... args) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int k = 0; k < args.length; k++) {
            sb.append(k == 0 ? "" : separator()).append(number(args[k]));
        }
        return sb.append(')').toString();
    }

    /** {@code [a, b, ...]} with the numbers in this notation. */
    default String list(double... items) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < items.length; k++) {
            sb.append(k == 0 ? "" : separator()).append(number(items[k]));
        }
        return sb.append(']').toString();
    }
}
