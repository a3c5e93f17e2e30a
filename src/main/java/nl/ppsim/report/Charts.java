package nl.ppsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import nl.ppsim.engine.result.Funding;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.scenario.Group;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Summary;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's charts, built with JFreeChart from a run's results. Sized for A4 width, with the
 * same colour per funding source everywhere, labels in the report language and amounts written as
 * people say them (EUR 1,2 mln).
 */
public final class Charts {
    /** The width of a chart in pixels (fits A4 at a legible font size). */
    public static final int WIDTH = 1200;
    /** The height of a chart in pixels. */
    public static final int HEIGHT = 640;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 18);

    /**
     * Resolves the charts' fonts on the calling thread, before charts are drawn on several threads
     * at once: once a report came out with the plain font's text drawn as empty boxes in every
     * chart (the bold title was fine; it did not recur in 24 runs), which points at the JDK's
     * font set-up racing when threads first use a font together.
     */
    static void prepareFonts() {
        if (FONTS_EARLY.get()) {
            try {
                FONTS.get();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // resolve them here instead
            }
        }
        resolveFonts();
    }

    /**
     * Starts resolving the charts' fonts on a background thread (the JDK's font and graphics set-up,
     * about 0.1-0.15 s at its first use in a process), so that it is done while the scenario is read
     * and simulated; {@link #prepareFonts} then waits for it instead of doing it again.
     */
    public static void prepareFontsEarly() {
        if (FONTS_EARLY.compareAndSet(false, true)) {
            Thread t = new Thread(FONTS, "ppsim-fonts");
            t.setDaemon(true);
            t.start();
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean FONTS_EARLY =
            new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.concurrent.FutureTask<Void> FONTS =
            new java.util.concurrent.FutureTask<>(Charts::resolveFonts, null);

    private static void resolveFonts() {
        java.awt.Graphics2D g =
                new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            for (Font f : new Font[] {TITLE, LABEL, TICK}) {
                g.setFont(f);
                g.drawString("Kans 0,3% € ë", 0, 0);
            }
        } finally {
            g.dispose();
        }
    }

    /** Something that draws itself into a rectangle (one chart or several side by side). */
    @FunctionalInterface
    public interface Drawing {
        /** Draws into {@code area}. */
        void draw(Graphics2D g, Rectangle2D area);
    }

    /** A chart to write as {@code name.png} and {@code name.svg}, with its caption. */
    public record Chart(String name, String caption, Drawing drawing, int width, int height) {}

    private Charts() {}

    /** The report's charts for one run, in the order of the report. */
    public static List<Chart> all(SimulationResult r, Lang l) {
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(
                l.t("kans-zelfstandig", "probability-self-sufficient"),
                l.t("Kans om zelfstandig te zijn, per jaar", "Probability of being self-sufficient, per year"),
                single(selfSufficiency(r, l)),
                WIDTH,
                HEIGHT));
        charts.add(new Chart(
                l.t("reserve-waaier", "reserve-fan"),
                l.t("Reserve over de jaren (waaier)", "Reserve over the years (fan chart)"),
                single(reserveFan(r, l)),
                WIDTH,
                HEIGHT));
        charts.add(new Chart(
                l.t("netto-waaier", "net-cash-fan"),
                l.t("Netto geldstroom per jaar (waaier)", "Net cash flow per year (fan chart)"),
                single(netFan(r, l)),
                WIDTH,
                HEIGHT));
        JFreeChart mix = fundingMix(r, l);
        JFreeChart split = fundingSplit(r, l);
        charts.add(new Chart(
                l.t("financieringsmix", "funding-mix"),
                l.t(
                        "Financiering per jaar en verdeling over de partijen",
                        "Funding per year and split between the parties"),
                (g, a) -> {
                    double left = a.getWidth() * 0.66;
                    mix.draw(g, new Rectangle2D.Double(a.getX(), a.getY(), left, a.getHeight()));
                    split.draw(
                            g, new Rectangle2D.Double(a.getX() + left, a.getY(), a.getWidth() - left, a.getHeight()));
                },
                WIDTH,
                HEIGHT + 120));
        charts.add(new Chart(
                l.t("jaar-zelfstandig", "year-self-sufficient"),
                l.t("Jaar waarin de pps zelfstandig wordt", "Year in which the PPS becomes self-sufficient"),
                single(yearDistribution(r, l)),
                WIDTH,
                HEIGHT));
        charts.add(new Chart(
                l.t("eindreserve", "final-reserve"),
                l.t("Verdeling van de eindreserve", "Distribution of the final reserve"),
                single(finalReserve(r, l)),
                WIDTH,
                HEIGHT));
        charts.add(new Chart(
                l.t("eindreserve-histogram", "final-reserve-histogram"),
                l.t("Eindreserve als histogram", "Final reserve as a histogram"),
                single(finalReserveHistogram(r, l)),
                WIDTH,
                HEIGHT));
        if (!r.models().isEmpty()) {
            charts.add(new Chart(
                    l.t("bedrijfsmodellen", "business-models"),
                    l.t("Marge per bedrijfsmodel", "Margin per business model"),
                    single(modelMargins(r, l)),
                    WIDTH,
                    HEIGHT));
        }
        charts.add(new Chart(
                l.t("convergentie", "convergence"),
                l.t("Convergentie van de kopkans", "Convergence of the headline probability"),
                single(convergence(r, l)),
                WIDTH,
                HEIGHT));
        return charts;
    }

    // ------------------------------------------------------------------ 7. convergence

    static JFreeChart convergence(SimulationResult r, Lang l) {
        YIntervalSeries s =
                new YIntervalSeries(l.t("lopende schatting met 95%-band", "running estimate with 95% band"));
        for (double[] point : r.convergence()) {
            double n = point[0];
            double p = point[1];
            double half = nl.ppsim.stats.Proportion.Z975 * Math.sqrt(p * (1 - p) / n);
            s.add(n, p, Math.max(0, p - half), Math.min(1, p + half));
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        d.addSeries(s);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.SUBSIDY);
        renderer.setSeriesFillPaint(0, Palette.SUBSIDY);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setAlpha(0.25f);
        NumberAxis x = new NumberAxis(l.t("Aantal doorrekeningen", "Draws"));
        x.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(l.locale()));
        style(x);
        x.setAutoRangeIncludesZero(false);
        XYPlot p = xyPlot(d, x, percentAxis(l.t("Kans op verduurzaming", "Probability of sustainability")), renderer);
        JFreeChart c = chart(
                l.t("Convergentie: ", "Convergence: ")
                        + l.percent(r.verduurzaamd().estimate())
                        + l.t(" na ", " after ")
                        + l.integer(r.iterations())
                        + l.t(" doorrekeningen", " draws"),
                p,
                true);
        subtitle(
                c,
                l.t("Standaardfout ", "Standard error ")
                        + l.sePercent(r.verduurzaamd().standardError())
                        + l.t(
                                "; een vlakke lijn met een smalle band betekent genoeg doorrekeningen",
                                "; a flat line with a narrow band means enough draws"));
        return c;
    }

    // ------------------------------------------------------------------ tornado

    /** The tornado of the final reserve, each bar named by its input's label. */
    public static Chart tornado(nl.ppsim.analysis.Tornado.Result t, Scenario scenario, Lang l, int top) {
        InputLabels labels = new InputLabels(scenario, l);
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        boolean renewals = t.bars().stream()
                .limit(top)
                .anyMatch(b -> InputLabels.isRenewal(b.input().path()));
        String low =
                l.t("invoer op p10", "input at p10") + (renewals ? l.t(" (verlenging: nee)", " (renewal: no)") : "");
        String high =
                l.t("invoer op p90", "input at p90") + (renewals ? l.t(" (verlenging: ja)", " (renewal: yes)") : "");
        int n = Math.min(top, t.bars().size());
        for (int k = 0; k < n; k++) {
            var b = t.bars().get(k);
            String name = labels.of(b.input().path());
            d.addValue(b.reserveLow() - t.baseReserve(), low, name);
            d.addValue(b.reserveHigh() - t.baseReserve(), high, name);
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.REVENUE);
        renderer.setSeriesPaint(1, Palette.SUBSIDY);
        CategoryAxis x = new CategoryAxis(null);
        style(x);
        x.setTickLabelFont(TICK);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        x.setMaximumCategoryLabelLines(2);
        CategoryPlot p = new CategoryPlot(
                d,
                x,
                euroAxis(l, l.t("Verschil in gemiddelde eindreserve (EUR)", "Change in mean final reserve (EUR)")),
                renderer);
        p.setOrientation(PlotOrientation.HORIZONTAL);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        p.addRangeMarker(new ValueMarker(0, Palette.NEUTRAL, new BasicStroke(1.5f)));
        JFreeChart c =
                chart(l.t("Welke invoer het meest uitmaakt (tornado)", "Which inputs matter most (tornado)"), p, true);
        subtitle(
                c,
                l.t(
                                "Eén invoer op zijn 10e en 90e percentiel, de rest even onzeker (zelfde doorrekeningen); basis ",
                                "One input at its 10th and 90th percentile, the rest as uncertain (same draws); base ")
                        + l.euro(t.baseReserve()));
        return new Chart(
                "tornado",
                l.t("Tornado van de eindreserve", "Tornado of the final reserve"),
                single(c),
                WIDTH,
                Math.max(HEIGHT, 170 + 52 * n));
    }

    // ------------------------------------------------------------------ comparison

    /** The probability of being self-sufficient per year for several scenarios. */
    public static Chart comparison(List<SimulationResult> results, Lang l) {
        XYSeriesCollection d = new XYSeriesCollection();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int k = 0; k < results.size(); k++) {
            SimulationResult r = results.get(k);
            String key = r.scenario().id() + " (" + l.percent(r.verduurzaamd().estimate()) + ")";
            // the same scenario twice (compare a.yaml a.yaml): a series key must be unique
            XYSeries s = new XYSeries(keys.add(key) ? key : (k + 1) + ". " + key, false, true);
            for (YearResult y : r.years()) {
                s.add(y.calendarYear(), y.selfSufficient().estimate());
            }
            d.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < results.size(); k++) {
            renderer.setSeriesPaint(k, Palette.series(k));
            renderer.setSeriesStroke(k, new BasicStroke(3f));
        }
        NumberAxis x = new NumberAxis(l.t("Jaar", "Year"));
        x.setTickUnit(new NumberTickUnit(1, new LangNumberFormat(l, LangNumberFormat.Kind.YEAR)));
        x.setAutoRangeIncludesZero(false);
        style(x);
        NumberAxis y = percentAxis(l.t("Kans zelfstandig", "Probability self-sufficient"));
        y.setRange(0, 1.02);
        XYPlot p = xyPlot(d, x, y, renderer);
        JFreeChart c = chart(
                l.t(
                        "Scenario's vergeleken: kans om zelfstandig te zijn per jaar",
                        "Scenarios compared: probability of being self-sufficient per year"),
                p,
                true);
        subtitle(
                c,
                l.t(
                        "Tussen haakjes de kopkans van elk scenario (zijn eigen criterium)",
                        "In brackets each scenario's headline (by its own criterion)"));
        return new Chart(
                l.t("vergelijking", "comparison"),
                l.t("Vergelijking van scenario's", "Scenario comparison"),
                single(c),
                WIDTH,
                HEIGHT);
    }

    private static Drawing single(JFreeChart chart) {
        return (g, a) -> chart.draw(g, a);
    }

    /**
     * The trade-off of {@code ppsim explore}: each route's probability of sustainability against
     * what it asks of companies (mean total over the horizon); the routes no other beats on both
     * (the front) stand out, the chosen one most.
     */
    public static Chart routes(nl.ppsim.analysis.Explore.Result r, Lang l) {
        XYSeries other = new XYSeries(l.t("andere routes", "other routes"));
        XYSeries front = new XYSeries(
                l.t("niet te verbeteren zonder meer van bedrijven", "not better without more from companies"));
        XYSeries chosen = new XYSeries(l.t("gekozen route", "chosen route"));
        for (nl.ppsim.analysis.Explore.Evaluated x : r.candidates()) {
            (x.chosen() ? chosen : x.pareto() ? front : other).add(x.companies(), x.value());
        }
        boolean byQuantile = r.objective() == nl.ppsim.scenario.Exploration.Objective.RESERVE_QUANTILE;
        XYSeriesCollection d = new XYSeriesCollection();
        d.addSeries(other);
        d.addSeries(front);
        d.addSeries(chosen);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, new Color(0xAA, 0xAA, 0xAA));
        renderer.setSeriesPaint(1, Palette.SUBSIDY);
        renderer.setSeriesPaint(2, Palette.REVENUE);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(2, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis x = euroAxis(
                l, l.t("Van bedrijven (EUR, totaal over de horizon)", "From companies (EUR, total over the horizon)"));
        x.setAutoRangeIncludesZero(false);
        NumberAxis y;
        if (byQuantile) {
            y = euroAxis(l, ExploreReport.objectiveName(r, l) + " (EUR)");
            y.setAutoRangeIncludesZero(false);
        } else {
            y = percentAxis(l.t("Kans op verduurzaming", "Probability of sustainability"));
            y.setNumberFormatOverride(new LangNumberFormat(l, LangNumberFormat.Kind.PERCENT));
        }
        JFreeChart c = chart(
                byQuantile
                        ? l.t("Eindreserve tegen wat bedrijven geven", "Final reserve against what companies give")
                        : l.t("Kans tegen wat bedrijven geven", "Probability against what companies give"),
                xyPlot(d, x, y, renderer),
                true);
        String caption = byQuantile
                ? l.t(
                        "Elke route: " + ExploreReport.objectiveName(r, l).toLowerCase(java.util.Locale.ROOT)
                                + " en wat zij van bedrijven vraagt (geld, natura en betaalde diensten); blauw: geen"
                                + " andere route doet het even goed voor minder",
                        "Each route: " + ExploreReport.objectiveName(r, l).toLowerCase(java.util.Locale.ROOT)
                                + " and what it asks of companies (cash, in kind and paid services); blue: no other"
                                + " route does as well for less")
                : l.t(
                        "Elke route: haar kans op verduurzaming en wat zij van bedrijven vraagt (geld, natura en betaalde diensten);"
                                + " blauw: geen andere route is even kansrijk voor minder",
                        "Each route: its probability of sustainability and what it asks of companies (cash, in kind and paid"
                                + " services); blue: no other route is as likely for less");
        return new Chart(l.t("routes", "routes"), caption, c::draw, 900, 500);
    }

    static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    // ------------------------------------------------------------------ helpers

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart c = new JFreeChart(title, TITLE, plot, legend);
        c.setBackgroundPaint(Color.WHITE);
        c.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (legend) {
            c.getLegend().setItemFont(LABEL);
            c.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return c;
    }

    private static void subtitle(JFreeChart c, String text) {
        TextTitle t = new TextTitle(text, LABEL);
        t.setPaint(Palette.NEUTRAL);
        c.addSubtitle(0, t);
    }

    private static NumberAxis yearAxis(Lang l, Scenario s) {
        NumberAxis x = new NumberAxis(l.t("Jaar", "Year"));
        x.setTickUnit(new NumberTickUnit(1, new LangNumberFormat(l, LangNumberFormat.Kind.YEAR)));
        x.setRange(s.startYear() - 0.5, s.calendarYear(s.horizonYears()) + 0.5);
        style(x);
        return x;
    }

    private static NumberAxis euroAxis(Lang l, String label) {
        NumberAxis y = new NumberAxis(label);
        y.setNumberFormatOverride(new LangNumberFormat(
                l,
                LangNumberFormat.Kind.EURO,
                () -> Math.max(Math.abs(y.getLowerBound()), Math.abs(y.getUpperBound()))));
        y.setAutoRangeIncludesZero(true);
        style(y);
        return y;
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis y = new NumberAxis(label);
        y.setNumberFormatOverride(new LangNumberFormat(Lang.NL, LangNumberFormat.Kind.PERCENT));
        style(y);
        return y;
    }

    private static void style(org.jfree.chart.axis.Axis a) {
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
    }

    private static XYPlot xyPlot(
            org.jfree.data.xy.XYDataset d,
            NumberAxis x,
            NumberAxis y,
            org.jfree.chart.renderer.xy.XYItemRenderer renderer) {
        XYPlot p = new XYPlot(d, x, y, renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinesVisible(false);
        p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        p.setRangeGridlineStroke(new BasicStroke(1f));
        p.setOutlineVisible(false);
        return p;
    }

    private static void shadeSubsidy(XYPlot p, Scenario s, Lang l) {
        if (s.subsidyYears() == 0) {
            return;
        }
        IntervalMarker m = new IntervalMarker(s.startYear() - 0.5, s.calendarYear(s.subsidyYears()) + 0.5);
        m.setPaint(Palette.SHADE);
        m.setLabel(l.t("subsidieperiode", "subsidy period"));
        m.setLabelFont(TICK);
        m.setLabelPaint(Palette.NEUTRAL);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(6, 8, 6, 6));
        p.addDomainMarker(m, Layer.BACKGROUND);
    }

    private static void zeroLine(XYPlot p, boolean range) {
        ValueMarker zero = new ValueMarker(0, Palette.NEUTRAL, new BasicStroke(1.5f));
        if (range) {
            p.addRangeMarker(zero);
        } else {
            p.addDomainMarker(zero);
        }
    }

    // ------------------------------------------------------------------ 1. P(self-sufficient)

    /**
     * Per year: the probability of being self-sufficient that year (with its 95% band), of a
     * negative reserve, and, after the subsidy, the headline's probability as if the horizon ended
     * that year; at the horizon that line ends at the headline, which is labelled there and in the title.
     */
    static JFreeChart selfSufficiency(SimulationResult r, Lang l) {
        YIntervalSeries s = new YIntervalSeries(
                l.t("kans zelfstandig in dat jaar (95%-band)", "probability self-sufficient that year (95% band)"));
        YIntervalSeries insolvent = new YIntervalSeries(l.t("kans reserve negatief", "probability reserve negative"));
        YIntervalSeries headline = new YIntervalSeries(l.t(
                "kans verduurzaamd als de horizon dat jaar eindigt",
                "probability sustainable if the horizon ended that year"));
        for (YearResult y : r.years()) {
            double p = y.selfSufficient().estimate();
            double[] ci = y.selfSufficient().wilson95();
            s.add(y.calendarYear(), p, ci[0], ci[1]);
            double q = y.insolvent().estimate();
            double[] qi = y.insolvent().wilson95();
            insolvent.add(y.calendarYear(), q, qi[0], qi[1]);
            if (y.headlineThrough() != null) {
                double h = y.headlineThrough().estimate();
                double[] hi = y.headlineThrough().wilson95();
                headline.add(y.calendarYear(), h, hi[0], hi[1]);
            }
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        d.addSeries(headline);
        d.addSeries(s);
        d.addSeries(insolvent);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.WERKVELD);
        renderer.setSeriesFillPaint(0, Palette.WERKVELD);
        renderer.setSeriesStroke(0, new BasicStroke(4f));
        renderer.setSeriesPaint(1, Palette.SUBSIDY);
        renderer.setSeriesFillPaint(1, Palette.SUBSIDY);
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setSeriesPaint(2, Palette.REVENUE);
        renderer.setSeriesFillPaint(2, Palette.REVENUE);
        renderer.setSeriesStroke(
                2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        renderer.setAlpha(0.2f);
        NumberAxis y = percentAxis(l.t("Kans", "Probability"));
        y.setRange(0, 1.02);
        XYPlot p = xyPlot(d, yearAxis(l, r.scenario()), y, renderer);
        shadeSubsidy(p, r.scenario(), l);
        double value = r.verduurzaamd().estimate();
        // above the lines of the last two years, so that the label never sits on a line
        double top = value;
        for (YearResult last :
                r.years().subList(Math.max(0, r.years().size() - 2), r.years().size())) {
            top = Math.max(
                    top,
                    Math.max(
                            last.selfSufficient().estimate(),
                            last.headlineThrough() == null
                                    ? 0
                                    : last.headlineThrough().estimate()));
        }
        boolean below = top > 0.85;
        org.jfree.chart.annotations.XYTextAnnotation label = new org.jfree.chart.annotations.XYTextAnnotation(
                l.percent(value),
                r.scenario().calendarYear(r.scenario().horizonYears()),
                below ? value - 0.04 : top + 0.04);
        label.setFont(TITLE);
        label.setPaint(Palette.WERKVELD);
        label.setTextAnchor(below ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
        p.addAnnotation(label);
        double[] ci = r.verduurzaamd().wilson95();
        JFreeChart c = chart(
                l.t("Kans op verduurzaming: ", "Probability of sustainability: ") + l.percent(value) + " (95%: "
                        + l.percent(ci[0]) + " - " + l.percent(ci[1]) + ")",
                p,
                true);
        subtitle(c, l.t("Verduurzaamd: ", "Sustainable: ") + HeadlineText.criterion(r.scenario(), l));
        return c;
    }

    // ------------------------------------------------------------------ 2. reserve fan

    /** A fan of one metric per year: its 90% and 50% bands and its median, with a legend of swatches. */
    private static XYPlot fan(SimulationResult r, Lang l, Metric metric, String axis) {
        YIntervalSeries outer =
                new YIntervalSeries(l.t("90% van de doorrekeningen (p05-p95)", "90% of draws (p05-p95)"));
        YIntervalSeries inner = new YIntervalSeries(l.t("50% (p25-p75) en mediaan", "50% (p25-p75) and median"));
        for (YearResult y : r.years()) {
            Summary s = y.metric(metric);
            outer.add(y.calendarYear(), s.p50(), s.p05(), s.p95());
            inner.add(y.calendarYear(), s.p50(), s.p25(), s.p75());
        }
        YIntervalSeriesCollection d = new YIntervalSeriesCollection();
        d.addSeries(outer);
        d.addSeries(inner);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.SUBSIDY);
        renderer.setSeriesFillPaint(0, Palette.tint(Palette.SUBSIDY));
        renderer.setSeriesPaint(1, Palette.SUBSIDY);
        renderer.setSeriesFillPaint(1, Palette.SUBSIDY);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesStroke(1, new BasicStroke(3f));
        renderer.setAlpha(0.35f);
        XYPlot p = xyPlot(d, yearAxis(l, r.scenario()), euroAxis(l, axis), renderer);
        // one swatch per band and one for the median line: the renderer's own legend shows the same line twice
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape box = new Rectangle2D.Double(-8, -6, 16, 12);
        legend.add(new org.jfree.chart.LegendItem(
                l.t("90% van de doorrekeningen (p05-p95)", "90% of draws (p05-p95)"),
                null,
                null,
                null,
                box,
                Palette.tint(Palette.SUBSIDY)));
        legend.add(new org.jfree.chart.LegendItem(
                l.t("50% van de doorrekeningen (p25-p75)", "50% of draws (p25-p75)"),
                null,
                null,
                null,
                box,
                blend(Palette.SUBSIDY, Palette.tint(Palette.SUBSIDY), 0.35)));
        legend.add(new org.jfree.chart.LegendItem(
                l.t("mediaan", "median"),
                null,
                null,
                null,
                new java.awt.geom.Line2D.Double(-10, 0, 10, 0),
                new BasicStroke(3f),
                Palette.SUBSIDY));
        p.setFixedLegendItems(legend);
        return p;
    }

    /** Net cash per year (partner cash, subsidy and revenue minus costs): median and bands. */
    static JFreeChart netFan(SimulationResult r, Lang l) {
        XYPlot p = fan(r, l, Metric.NET, l.t("Netto geldstroom per jaar (EUR)", "Net cash flow per year (EUR)"));
        shadeSubsidy(p, r.scenario(), l);
        zeroLine(p, true);
        return chart(
                l.t(
                        "Netto geldstroom per jaar: wat er in een jaar bij komt of af gaat",
                        "Net cash flow per year: what a year adds or takes"),
                p,
                true);
    }

    static JFreeChart reserveFan(SimulationResult r, Lang l) {
        XYPlot p = fan(r, l, Metric.RESERVE, l.t("Reserve (EUR)", "Reserve (EUR)"));
        shadeSubsidy(p, r.scenario(), l);
        zeroLine(p, true);
        JFreeChart c = chart(
                l.t("Reserve: mediaan eind ", "Reserve: median at end of ")
                        + r.scenario().calendarYear(r.scenario().horizonYears()) + " "
                        + l.euro(r.finalReserve().p50()),
                p,
                true);
        // the same number as the console's and the report's "reserve stays >= 0": the years after the subsidy, with its
        // interval
        nl.ppsim.scenario.Scenario s = r.scenario();
        nl.ppsim.stats.Proportion stays = r.outcomes().continues();
        double[] ci = stays.wilson95();
        String years = s.calendarYear(s.subsidyYears() + 1) + "-" + s.calendarYear(s.horizonYears());
        subtitle(
                c,
                l.t(
                                "Kans dat de reserve na de subsidie (" + years + ") elk jaar ten minste 0 blijft: ",
                                "Probability that the reserve" + " stays at least 0 in every year after the subsidy ("
                                        + years + "): ")
                        + l.percent(stays.estimate()) + l.t(" (95%: ", " (95%: ")
                        + l.percent(ci[0]) + " - " + l.percent(ci[1]) + ")");
        return c;
    }

    /** The colour of {@code top} drawn with opacity {@code alpha} over {@code under}, as the fan's inner band looks. */
    private static Color blend(Color top, Color under, double alpha) {
        return new Color(
                (int) Math.round(alpha * top.getRed() + (1 - alpha) * under.getRed()),
                (int) Math.round(alpha * top.getGreen() + (1 - alpha) * under.getGreen()),
                (int) Math.round(alpha * top.getBlue() + (1 - alpha) * under.getBlue()));
    }

    // ------------------------------------------------------------------ 3. funding mix

    /**
     * Mean funding per year, stacked by source. A source that is zero in every year gets no bar and
     * no legend entry; the repayment of subsidy after the settlement is its own series below zero,
     * named as such, rather than a negative subsidy bar.
     */
    static JFreeChart fundingMix(SimulationResult r, Lang l) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        List<Color> colours = new ArrayList<>();
        String cash = l.t(" (geld)", " (cash)");
        String inKind = l.t(" (natura)", " (in kind)");
        int n = r.years().size();
        double[] subsidy = new double[n];
        double[] repaid = new double[n];
        double[] revenue = new double[n];
        for (int k = 0; k < n; k++) {
            double x = r.years().get(k).metric(Metric.SUBSIDY).mean();
            subsidy[k] = Math.max(0, x);
            repaid[k] = Math.min(0, x);
            revenue[k] = r.years().get(k).metric(Metric.REVENUE).mean();
        }
        series(d, colours, r, l.t("subsidie", "subsidy"), subsidy, Palette.SUBSIDY);
        for (Group g : Group.values()) {
            double[] c = new double[n];
            double[] k2 = new double[n];
            for (int k = 0; k < n; k++) {
                c[k] = r.years().get(k).cashByGroup()[g.ordinal()];
                k2[k] = r.years().get(k).inKindByGroup()[g.ordinal()];
            }
            series(d, colours, r, groupName(g, l) + cash, c, Palette.groups()[g.ordinal()]);
            series(d, colours, r, groupName(g, l) + inKind, k2, Palette.tint(Palette.groups()[g.ordinal()]));
        }
        series(d, colours, r, l.t("opbrengsten", "earned revenue"), revenue, Palette.REVENUE);
        series(
                d,
                colours,
                r,
                l.t("terugbetaalde subsidie (vaststelling)", "subsidy repaid (settlement)"),
                repaid,
                Palette.NEUTRAL);
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int k = 0; k < colours.size(); k++) {
            renderer.setSeriesPaint(k, colours.get(k));
        }
        renderer.setDrawBarOutline(false);
        CategoryAxis x = new CategoryAxis(l.t("Jaar", "Year"));
        style(x);
        CategoryPlot p =
                new CategoryPlot(d, x, euroAxis(l, l.t("Gemiddeld per jaar (EUR)", "Mean per year (EUR)")), renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        p.setOutlineVisible(false);
        JFreeChart c = chart(l.t("Financiering per jaar", "Funding per year"), p, true);
        Funding f = r.funding();
        subtitle(
                c,
                l.t("Natura (licht) is ", "In kind (light) is ")
                        + l.percent(f.share(f.inKindTotal()))
                        + l.t(" van alle financiering over de hele periode", " of all funding over the whole period"));
        return c;
    }

    private static void series(
            DefaultCategoryDataset d,
            List<Color> colours,
            SimulationResult r,
            String name,
            double[] values,
            Color colour) {
        boolean any = false;
        for (double v : values) {
            any |= Math.abs(v) >= 0.5;
        }
        if (!any) {
            return;
        }
        for (int k = 0; k < values.length; k++) {
            d.addValue(values[k], name, Integer.toString(r.years().get(k).calendarYear()));
        }
        colours.add(colour);
    }

    static JFreeChart fundingSplit(SimulationResult r, Lang l) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        double[] shares = r.funding().partyShares();
        String series = l.t("aandeel", "share");
        for (Group g : Group.values()) {
            d.addValue(shares[g.ordinal()], series, groupName(g, l));
        }
        // the share is written inside the top of its bar (white), above a bar too short to hold it:
        // above the bar, a share just under 1/3 would sit on the 1/3 line
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return Palette.groups()[column];
            }

            @Override
            public java.awt.Paint getItemLabelPaint(int row, int column) {
                return shares[column] < 0.12 ? Palette.NEUTRAL : Color.WHITE;
            }

            @Override
            public org.jfree.chart.labels.ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
                return shares[column] < 0.12
                        ? new org.jfree.chart.labels.ItemLabelPosition(
                                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                        : new org.jfree.chart.labels.ItemLabelPosition(
                                org.jfree.chart.labels.ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", new LangNumberFormat(l, LangNumberFormat.Kind.PERCENT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL.deriveFont(Font.BOLD));
        CategoryAxis x = new CategoryAxis(null);
        style(x);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        x.setMaximumCategoryLabelWidthRatio(1.6f);
        x.setCategoryMargin(0.12);
        NumberAxis y = percentAxis(l.t("Aandeel over de hele periode", "Share over the whole period"));
        y.setRange(0, 1);
        y.setTickUnit(new NumberTickUnit(0.1, new LangNumberFormat(l, LangNumberFormat.Kind.PERCENT)));
        CategoryPlot p = new CategoryPlot(d, x, y, renderer);
        p.setOrientation(PlotOrientation.VERTICAL);
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        ValueMarker third = new ValueMarker(
                1.0 / 3,
                Palette.NEUTRAL,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        third.setLabel("1/3");
        third.setLabelFont(LABEL);
        third.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        third.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        p.addRangeMarker(third);
        JFreeChart c = chart(l.t("Verdeling vs 1/3-1/3-1/3", "Split vs 1/3-1/3-1/3"), p, false);
        subtitle(
                c,
                l.t(
                        "geld + natura + betaalde opbrengsten, zonder subsidie",
                        "cash + in kind + revenue paid, excluding subsidy"));
        return c;
    }

    static String groupName(Group g, Lang l) {
        return l.t(g.key(), g.english());
    }

    // ------------------------------------------------------------------ 4. year of self-sufficiency

    static JFreeChart yearDistribution(SimulationResult r, Lang l) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        Scenario s = r.scenario();
        String series = l.t("aandeel doorrekeningen", "share of draws");
        for (int t = s.subsidyYears() + 1; t <= s.horizonYears(); t++) {
            d.addValue(
                    (double) r.selfSufficiencyYear()[t] / r.iterations(), series, Integer.toString(s.calendarYear(t)));
        }
        d.addValue((double) r.never() / r.iterations(), series, l.t("nooit", "never"));
        int neverColumn = s.horizonYears() - s.subsidyYears();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column == neverColumn ? Palette.REVENUE : Palette.WERKVELD;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator("{2}", new LangNumberFormat(l, LangNumberFormat.Kind.PERCENT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK);
        CategoryAxis x = new CategoryAxis(l.t(
                "Eerste jaar vanaf wanneer de pps het criterium tot het eind haalt (nooit: verduurzaamt niet)",
                "First year from which the PPS meets the criterion to the end (never: not sustainable)"));
        style(x);
        NumberAxis y = percentAxis(l.t("Aandeel doorrekeningen", "Share of draws"));
        y.setUpperMargin(0.12);
        CategoryPlot p = new CategoryPlot(d, x, y, renderer);
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        p.setOutlineVisible(false);
        Integer median = r.medianYearSelfSufficient();
        return chart(
                l.t("Jaar van zelfstandigheid (mediaan: ", "Year of self-sufficiency (median: ")
                        + (median == null ? l.t("nooit", "never") : median.toString()) + ")",
                p,
                false);
    }

    // ------------------------------------------------------------------ 5. final reserve S-curve

    static JFreeChart finalReserve(SimulationResult r, Lang l) {
        XYSeries curve = new XYSeries(l.t("cumulatieve kans", "cumulative probability"), false, true);
        double[] q = r.finalReservePercentiles();
        for (int k = 0; k < q.length; k++) {
            curve.add(q[k], k / 100.0);
        }
        XYSeriesCollection d = new XYSeriesCollection(curve);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.SUBSIDY);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        NumberAxis x = euroAxis(
                l,
                l.t("Reserve eind ", "Reserve at end of ")
                        + r.scenario().calendarYear(r.scenario().horizonYears()) + " (EUR)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = percentAxis(l.t("Kans dat de reserve lager is", "Probability the reserve is lower"));
        y.setRange(0, 1);
        XYPlot p = xyPlot(d, x, y, renderer);
        if (q[0] < 0 && q[100] > 0) {
            zeroLine(p, false);
        }
        JFreeChart c = chart(
                l.t("Eindreserve: 90% tussen ", "Final reserve: 90% between ")
                        + l.euro(r.finalReserve().p05())
                        + l.t(" en ", " and ")
                        + l.euro(r.finalReserve().p95()),
                p,
                false);
        subtitle(
                c,
                l.t(
                        "Lees af: bij een reserve van X op de horizontale as is de kans op minder dan X de hoogte van de lijn",
                        "Read: at reserve X on the horizontal axis, the height of the line is the probability of less than X"));
        return c;
    }

    /**
     * The final reserve as a histogram (read off its percentiles, {@link nl.ppsim.stats.Histogram}):
     * bins below zero in orange, the rest in blue, each bar the share of draws in its range.
     */
    static JFreeChart finalReserveHistogram(SimulationResult r, Lang l) {
        nl.ppsim.stats.Histogram h = nl.ppsim.stats.Histogram.fromPercentiles(r.finalReservePercentiles(), 25);
        org.jfree.data.xy.XYIntervalSeries below =
                new org.jfree.data.xy.XYIntervalSeries(l.t("tekort (onder 0)", "shortfall (below 0)"));
        org.jfree.data.xy.XYIntervalSeries above =
                new org.jfree.data.xy.XYIntervalSeries(l.t("0 of meer", "0 or more"));
        for (int k = 0; k < h.bins(); k++) {
            double mid = (h.from(k) + h.to(k)) / 2;
            (mid < 0 ? below : above).add(mid, h.from(k), h.to(k), h.share(k), h.share(k), h.share(k));
        }
        org.jfree.data.xy.XYIntervalSeriesCollection d = new org.jfree.data.xy.XYIntervalSeriesCollection();
        d.addSeries(below);
        d.addSeries(above);
        org.jfree.chart.renderer.xy.XYBarRenderer renderer = new org.jfree.chart.renderer.xy.XYBarRenderer(0.08);
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.REVENUE);
        renderer.setSeriesPaint(1, Palette.SUBSIDY);
        NumberAxis x = euroAxis(
                l,
                l.t("Reserve eind ", "Reserve at end of ")
                        + r.scenario().calendarYear(r.scenario().horizonYears()) + " (EUR)");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = percentAxis(l.t("Deel van de doorrekeningen", "Share of draws"));
        y.setUpperMargin(0.1);
        XYPlot p = xyPlot(d, x, y, renderer);
        double[] e = h.edges();
        if (e[0] < 0 && e[e.length - 1] > 0) {
            zeroLine(p, false);
        }
        nl.ppsim.stats.Proportion shortfall =
                r.years().get(r.years().size() - 1).insolvent();
        double[] ci = shortfall.wilson95();
        JFreeChart c = chart(
                l.t("Eindreserve: kans op een tekort ", "Final reserve: probability of a shortfall ")
                        + l.percent(shortfall.estimate()) + " (95%: " + l.percent(ci[0]) + " - " + l.percent(ci[1])
                        + ")",
                p,
                true);
        subtitle(
                c,
                l.t(
                        "Elke staaf: het deel van de doorrekeningen met een eindreserve in dat bereik"
                                + " (de buitenste staven tellen de 1% laagste en hoogste mee)",
                        "Each bar: the share of draws whose final reserve lies in that range"
                                + " (the outer bars include the lowest and highest 1%)"));
        return c;
    }

    // ------------------------------------------------------------------ 6. business models

    static JFreeChart modelMargins(SimulationResult r, Lang l) {
        XYSeriesCollection d = new XYSeriesCollection();
        for (int k = 0; k < r.models().size(); k++) {
            ModelResult m = r.models().get(k);
            nl.ppsim.scenario.BusinessModelUse use =
                    k < r.scenario().businessModels().size()
                            ? r.scenario().businessModels().get(k)
                            : null;
            XYSeries s = new XYSeries(m.name(), false, true);
            for (ModelResult.Year y : m.years()) {
                // a model is drawn only in the years it runs, not as a margin of 0 before it starts
                if (use == null
                        || (y.calendarYear() >= r.scenario().calendarYear(use.fromYear())
                                && y.calendarYear() <= r.scenario().calendarYear(use.toYear()))) {
                    s.add(y.calendarYear(), y.margin().mean());
                }
            }
            d.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int k = 0; k < r.models().size(); k++) {
            renderer.setSeriesPaint(k, Palette.series(k));
            renderer.setSeriesStroke(k, new BasicStroke(3f));
        }
        XYPlot p = xyPlot(
                d,
                yearAxis(l, r.scenario()),
                euroAxis(l, l.t("Gemiddelde marge per jaar (EUR)", "Mean margin per year (EUR)")),
                renderer);
        shadeSubsidy(p, r.scenario(), l);
        zeroLine(p, true);
        JFreeChart c = chart(
                l.t("Marge per bedrijfsmodel (opbrengst - kosten)", "Margin per business model (revenue - costs)"),
                p,
                true);
        subtitle(
                c,
                l.t(
                        "Onder de nullijn kost het model geld; samen moeten de modellen en partners de kosten dekken",
                        "Below zero the model costs money; together, models and partners must cover the costs"));
        return c;
    }
}
