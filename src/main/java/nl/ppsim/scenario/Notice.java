package nl.ppsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Something a valid scenario assumes that the sources say does not hold as a rule: not an error,
 * but every output says it (the words are {@code report.NoticeText}'s). {@code path} is the YAML
 * path of the item, {@code subject} its name.
 */
public record Notice(Kind kind, String path, String subject) {

    /** What a notice is about. */
    public enum Kind {
        /**
         * A werkveld partner gives cash bound to no project, membership or stated reason (no
         * {@code unconditional_cash}). Platform Katapult, "Stappenplan nieuwe pps", stap 4: company
         * money in practice comes only through concrete projects.
         */
        UNBOUND_COMPANY_CASH("unbound_company_cash"),
        /**
         * A pool of more than {@link #POOL_MEMBERS} members treats every commitment as certain (no
         * {@code drop_out_probability}): in the handbook's Festo example many ordinary members do not
         * come with projects.
         */
        POOL_COMMITMENTS_CERTAIN("pool_commitments_certain"),
        /** A cost line without a {@code type}: it counts as other, and no scheme exclusion can see it. */
        LINE_WITHOUT_TYPE("line_without_type"),
        /** The scenario does not say whether its amounts include VAT: ppsim computes no VAT. */
        VAT_NOT_STATED("vat_not_stated");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The notice's id in machine-readable output. */
        public String id() {
            return id;
        }
    }

    /** A pool with more members than this that never drops out gets {@link Kind#POOL_COMMITMENTS_CERTAIN}. */
    public static final int POOL_MEMBERS = 10;

    /** The notices of a scenario, in the order of its partners. */
    public static List<Notice> of(Scenario s) {
        List<Notice> out = new ArrayList<>();
        for (Partner p : s.partners()) {
            if (p.unboundCompanyCash()) {
                out.add(new Notice(Kind.UNBOUND_COMPANY_CASH, p.path(), p.name()));
            }
            if (p.pool() != null
                    && p.pool().members() > POOL_MEMBERS
                    && p.committedYears() >= 2
                    && p.dropOutProbability().isConstant()
                    && p.dropOutProbability().mean() == 0) {
                out.add(new Notice(Kind.POOL_COMMITMENTS_CERTAIN, p.path(), p.name()));
            }
        }
        if (!s.vat().stated()) {
            out.add(new Notice(Kind.VAT_NOT_STATED, "amounts_include_vat", ""));
        }
        for (Line l : s.lines()) {
            if (!l.revenue() && l.type() == null && !l.investment()) {
                out.add(new Notice(Kind.LINE_WITHOUT_TYPE, l.path(), l.name()));
            }
        }
        return out;
    }
}
