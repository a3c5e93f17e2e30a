package nl.ppsim.io;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Numbers;
import nl.ppsim.scenario.InvalidScenarioException;

/**
 * The words for problems the numerical core finds: the core gives a key and values
 * ({@link Distributions.Invalid}, {@link InvalidScenarioException#keyed}), and this class says
 * them in Dutch or English from the bundles {@code Problems.properties} and
 * {@code Problems_en.properties}. Numbers are shown as the user wrote them (no trailing ".0"),
 * parameter names by their word in the language ({@code name.mean}: gemiddelde, mean).
 */
public final class ProblemText {
    private ProblemText() {}

    /** The text of {@code key} with {@code values}, in English or Dutch. */
    public static String say(String key, List<Object> values, boolean english) {
        ResourceBundle bundle = bundle(english);
        Object[] shown = new Object[values.size()];
        for (int k = 0; k < shown.length; k++) {
            Object v = values.get(k);
            if (v instanceof Double d) {
                shown[k] = Numbers.brief(d);
            } else if (v instanceof String name && bundle.containsKey("name." + name)) {
                shown[k] = bundle.getString("name." + name);
            } else {
                shown[k] = v;
            }
        }
        try {
            return new MessageFormat(bundle.getString(key), english ? Locale.ENGLISH : Locale.ROOT).format(shown);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for problem " + key, e);
        }
    }

    /** A distribution's problem in English or Dutch. */
    public static String say(Distributions.Invalid problem, boolean english) {
        return say(problem.key(), problem.values(), english);
    }

    /**
     * The whole message of a scenario error (file, line, path, problem) in English or Dutch: a keyed
     * problem from the bundles, any other as its reader wrote it.
     */
    public static String message(InvalidScenarioException e, boolean english) {
        return e.key() == null ? e.message(english) : e.messageWith(say(e.key(), e.values(), english), english);
    }

    private static ResourceBundle bundle(boolean english) {
        return ResourceBundle.getBundle(
                "nl.ppsim.io.Problems",
                english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
