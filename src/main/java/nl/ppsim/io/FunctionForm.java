package nl.ppsim.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A distribution written as a call, the way ppsim prints one for a person and a spreadsheet user
 * types one: {@code triangular(60000; 80000; 90000)}, {@code uniform(12,75; 13,125)} (a decimal
 * comma), {@code uniform(12.75, 13.125)}, {@code discrete([0; 1; 2]; [1; 2; 1])}. Arguments are
 * separated by semicolons, or by a comma and a space; a number has at most one decimal sign (a
 * point or a comma) and no thousands separators. A number with one to three digits, a point or
 * comma and exactly three digits ({@code 60.000}, {@code 1,250}) could be either, and is refused
 * with what to write instead, so that it is never misread.
 */
final class FunctionForm {
    private static final Pattern CALL = Pattern.compile("\\s*([a-z0-9_]+)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(?:[.,][0-9]+)?(?:[eE][-+]?[0-9]+)?");

    /**
     * A call's name and its arguments as written ({@code raw}), as numbers (NaN where an argument is
     * not a number) and as lists of numbers (null where an argument is not a list).
     */
    record Call(String name, List<String> raw, double[] numbers, List<double[]> lists) {}

    private FunctionForm() {}

    /** Whether {@code text} is written as a call of one of {@code names}. */
    static boolean is(String text, List<String> names) {
        Matcher m = CALL.matcher(text);
        return m.matches() && names.contains(m.group(1));
    }

    /** The call in {@code text} (which {@link #is} one); errors at {@code node}. */
    static Call parse(String text, YamlNode node) {
        Matcher m = CALL.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        List<String> args = split(m.group(2));
        double[] numbers = new double[args.size()];
        List<double[]> lists = new ArrayList<>();
        for (int k = 0; k < args.size(); k++) {
            String a = args.get(k).strip();
            if (a.startsWith("[") && a.endsWith("]")) {
                List<String> items = split(a.substring(1, a.length() - 1));
                double[] list = new double[items.size()];
                for (int i = 0; i < list.length; i++) {
                    list[i] = number(items.get(i).strip(), node, text);
                }
                lists.add(list);
                numbers[k] = Double.NaN;
            } else if (CALL.matcher(a).matches()) {
                lists.add(null);
                numbers[k] = Double.NaN;
            } else {
                lists.add(null);
                numbers[k] = number(a, node, text);
            }
        }
        return new Call(m.group(1), args.stream().map(String::strip).toList(), numbers, lists);
    }

    /** The arguments: split at top-level semicolons, else at a comma followed by a space. */
    private static List<String> split(String inner) {
        List<String> out = new ArrayList<>();
        if (inner.isBlank()) {
            return out;
        }
        String separator = ";";
        List<Integer> at = topLevel(inner, separator);
        if (at.isEmpty()) {
            separator = ", ";
            at = topLevel(inner, separator);
        }
        int start = 0;
        for (int i : at) {
            out.add(inner.substring(start, i));
            start = i + separator.length();
        }
        out.add(inner.substring(start));
        return out;
    }

    /** Where {@code separator} stands outside brackets and parentheses in {@code inner}. */
    private static List<Integer> topLevel(String inner, String separator) {
        List<Integer> at = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
            if (depth == 0 && inner.startsWith(separator, i)) {
                at.add(i);
            }
        }
        return at;
    }

    private static double number(String a, YamlNode node, String text) {
        if (nl.ppsim.dist.Notation.ambiguous(a)) {
            String whole = a.replace(".", "").replace(",", "");
            String decimal = a.replace(',', '.') + "0";
            throw node.error(
                    "in " + text.strip() + " kan '" + a + "' duizendtallen of decimalen zijn; schrijf " + whole
                            + " (duizendtallen) of " + decimal.replace('.', ',') + " (een decimaal), en scheid de"
                            + " getallen met ; zoals triangular(3000; 4000; 6000)",
                    "in " + text.strip() + " '" + a + "' could be thousands or decimals; write " + whole
                            + " (thousands) or " + decimal + " (a decimal), and separate the numbers with ; as in"
                            + " triangular(3000; 4000; 6000)");
        }
        if (NUMBER.matcher(a).matches()) {
            double d = Double.parseDouble(a.replace(',', '.').replace("+", ""));
            if (Double.isFinite(d)) {
                return d;
            }
        }
        String advice = NumberForms.advice(a);
        throw node.error(
                "in " + text.strip() + " is '" + a + "' geen getal"
                        + (advice != null
                                ? ": " + advice
                                : a.contains(",") || a.contains(" ")
                                        ? "; scheid de getallen met ; zoals triangular(3000; 4000; 6000)"
                                        : ""),
                "in " + text.strip() + " '" + a + "' is not a number"
                        + (advice != null
                                ? ": " + NumberForms.adviceInEnglish(a)
                                : a.contains(",") || a.contains(" ")
                                        ? "; separate the numbers with ; as in triangular(3000; 4000; 6000)"
                                        : ""));
    }
}
