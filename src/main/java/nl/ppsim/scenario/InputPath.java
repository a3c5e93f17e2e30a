package nl.ppsim.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of an uncertain input: its YAML path ({@code partners[1].cash_per_year},
 * {@code business_models[0].params.fee_per_participant}, {@code subsidy.per_year}), read once here
 * for everything that needs its parts: the stable stream names of the engine, the labels of the
 * report and the kind of a solved input. A path of a list item has its list, the item's index and
 * what follows ({@link #suffix}: {@code .cash_per_year}); any other path has no list.
 *
 * @param path the path as written
 * @param list the list the input is an item of, or null
 * @param index the item's position in that list (-1 without a list)
 * @param suffix what follows the item, as written (with its leading dot; empty for the item itself)
 */
public record InputPath(String path, ItemList list, int index, String suffix) {
    /**
     * Path suffix of a partner's renewal decision ({@code partners[0].renewal}): a uniform u, and the
     * partner renews when u is below its renewal probability.
     */
    public static final String RENEWAL_EVENT = ".renewal";

    /** The lists whose items an input can belong to, by their YAML keys. */
    public enum ItemList {
        /** {@code partners}. */
        PARTNERS("partners"),
        /** {@code lines}. */
        LINES("lines"),
        /** {@code business_models}. */
        BUSINESS_MODELS("business_models"),
        /** {@code events}. */
        EVENTS("events");

        private final String key;

        ItemList(String key) {
            this.key = key;
        }

        /** The YAML key of the list. */
        public String key() {
            return key;
        }

        static ItemList of(String key) {
            for (ItemList l : values()) {
                if (l.key.equals(key)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(key);
        }
    }

    private static final Pattern ITEM = Pattern.compile("^(partners|lines|business_models|events)\\[(\\d+)](.*)$");
    private static final Pattern PARAMETER = Pattern.compile("^\\.params\\.(\\w+)$");

    /** The parts of {@code path}; a path that is no list item has no list. */
    public static InputPath parse(String path) {
        Matcher m = ITEM.matcher(path);
        if (!m.matches()) {
            return new InputPath(path, null, -1, "");
        }
        int index;
        try {
            index = Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            return new InputPath(path, null, -1, "");
        }
        return new InputPath(path, ItemList.of(m.group(1)), index, m.group(3));
    }

    /** True when the input belongs to an item of a list. */
    public boolean item() {
        return list != null;
    }

    /** The item's own path, {@code partners[1]}; null without a list. */
    public String itemPath() {
        return list == null ? null : list.key() + "[" + index + "]";
    }

    /** What follows the item without its leading dot: {@code cash_per_year}, {@code params.fee}. */
    public String key() {
        return suffix.startsWith(".") ? suffix.substring(1) : suffix;
    }

    /** The parameter name of a business model's parameter ({@code business_models[0].params.NAME}), else null. */
    public String parameter() {
        if (list != ItemList.BUSINESS_MODELS) {
            return null;
        }
        Matcher m = PARAMETER.matcher(suffix);
        return m.matches() ? m.group(1) : null;
    }
}
