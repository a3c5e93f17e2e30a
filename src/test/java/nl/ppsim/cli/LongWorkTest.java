package nl.ppsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.ppsim.report.Lang;
import org.junit.jupiter.api.Test;

/** Long work is announced with an estimate over a minute, in the run's language, and quick work is not. */
class LongWorkTest {
    private static String announced(double seconds, Lang lang) {
        StringWriter out = new StringWriter();
        LongWork.announce(new PrintWriter(out), lang, seconds, "waarom", "korter");
        return out.toString();
    }

    @Test
    void onlyWorkOverAMinuteIsAnnounced() {
        assertEquals("", announced(59, Lang.NL));
        assertEquals("", announced(Double.NaN, Lang.NL));
        String s = announced(4_620, Lang.NL);
        assertTrue(s.startsWith("Dit duurt naar schatting 1 uur 17 min (waarom; korter; stoppen met Ctrl-C"), s);
        assertTrue(announced(661, Lang.EN).startsWith("This will take about 11 min"), announced(661, Lang.EN));
        assertEquals("2 h", LongWork.duration(7_200, Lang.EN));
    }
}
