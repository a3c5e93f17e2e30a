package nl.ppsim.model;

import static nl.ppsim.model.Parameter.Kind.AMOUNT;
import static nl.ppsim.model.Parameter.Kind.COUNT;
import static nl.ppsim.model.Parameter.Kind.FRACTION;
import static nl.ppsim.model.Parameter.Kind.YEARS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;

/**
 * The 15 business models of the Katapult handbook ("15 businessmodellen ter inspiratie"), each
 * with the money logic of its "Verdienen &amp; verduurzamen" section turned into yearly formulas.
 *
 * <p>All defaults are illustrative assumptions (orders of magnitude for a small regional PPS),
 * not facts: users replace them with their own figures. Volumes (courses, projects, hours) get a
 * new draw every year by default; prices, rates and structural choices one draw per iteration.
 */
public final class Catalog {

    /**
     * Default persistence of business-model volumes drawn each year (the lag-1 correlation of their
     * normal scores): demand that is high one year tends to be high the next, because clients,
     * reputation and capacity carry over. An assumption, argued in docs/bedrijfsmodellen.md; a
     * scenario sets it per parameter or per model with {@code persistence:}.
     */
    public static final double VOLUME_PERSISTENCE = 0.5;

    private static final List<BusinessModel> MODELS = List.of(
            opleidingshuis(),
            lerenInDePraktijk(),
            entreeonderwijs(),
            practoraat(),
            onderzoekshuis(),
            innovatiewerkplaats(),
            innovatieteams(),
            trainingsbureau(),
            projectbureau(),
            verkoopkantoor(),
            laboratorium(),
            marketingorganisatie(),
            netwerkorganisatie(),
            loket(),
            inzetStudenten());

    private Catalog() {}

    /** Every business model of the catalog, in the handbook's order. */
    public static List<BusinessModel> all() {
        return MODELS;
    }

    /** The model with this key, if the catalog has it. */
    public static Optional<BusinessModel> find(String key) {
        return MODELS.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** Every model key, in the handbook's order. */
    public static List<String> keys() {
        return MODELS.stream().map(BusinessModel::key).toList();
    }

    private static Distribution c(double v) {
        return Distributions.constant(v);
    }

    private static Distribution tri(double a, double m, double b) {
        return Distributions.triangular(a, m, b);
    }

    private static Distribution uni(double a, double b) {
        return Distributions.uniform(a, b);
    }

    private static Distribution pert(double a, double m, double b) {
        return Distributions.pert(a, m, b);
    }

    private static int ramp(BusinessModel.Builder b, double years) {
        return b.param(
                BusinessModel.RAMP_UP_YEARS,
                YEARS,
                "jaar",
                "Jaren tot het volle volume (S-curve); 0 = meteen vol",
                "Years to full volume (S-curve); 0 = full from the start",
                c(years),
                false);
    }

    private static int capacity(BusinessModel.Builder b, String unit, String dutch, String english) {
        return b.param(
                "capacity",
                COUNT,
                unit,
                dutch + " (plafond; standaard geen)",
                english + " (ceiling; none by default)",
                null,
                false);
    }

    // ---------------------------------------------------------------- initieel onderwijs

    static BusinessModel opleidingshuis() {
        var b = BusinessModel.builder(
                        "opleidingshuis", ModelGroup.INITIEEL_ONDERWIJS, "Opleidingshuis", "Education house")
                .logic(
                        "De pps als innovatieafdeling of proeftuin van de onderwijsinstellingen: docenten worden vrij"
                                + " geroosterd om met het bedrijfsleven onderwijs te ontwikkelen. Met dit model alleen is geen geld"
                                + " te verdienen; het moet gecombineerd worden met modellen die wel verdienen. De vrij geroosterde"
                                + " docenten zijn mensen van de school: standaard haar inbreng in natura. Bedrijven dragen bij in"
                                + " natura (gastdocenten, experts in ontwikkelteams).",
                        "The PPS as the schools' innovation department: teachers are freed up to develop education with"
                                + " companies. It earns nothing on its own and must be combined with earning models. The freed-up"
                                + " teachers are the school's people: by default its contribution in kind. Companies contribute in kind"
                                + " (guest lecturers, experts in development teams).")
                .notEarning();
        b.param("teacher_fte", COUNT, "fte", "Vrij geroosterde docenten", "Teachers freed up", tri(1, 2, 3), false);
        b.param(
                "cost_per_fte",
                AMOUNT,
                "EUR/fte/jaar",
                "Loonkosten per fte docent",
                "Cost per teacher FTE",
                c(85000),
                false);
        b.param(
                "development_costs",
                AMOUNT,
                "EUR/jaar",
                "Co-creatie en ontwikkelkosten (materiaal, pilots)",
                "Co-creation and development costs",
                tri(10000, 20000, 40000),
                true);
        b.param(
                "expert_hours",
                COUNT,
                "uur/jaar",
                "Uren van bedrijfsexperts en gastdocenten",
                "Hours of company experts and guest lecturers",
                tri(200, 400, 800),
                true);
        b.param(
                "in_kind_hour_value",
                AMOUNT,
                "EUR/uur",
                "Waarde van een uur in natura",
                "Value of an in-kind hour",
                c(75),
                false);
        b.handbook(
                        "Verdienen & verduurzamen",
                        "Met dit businessmodel alléén is echter geen geld te verdienen. Het zal gecombineerd moeten worden"
                                + " met andere businessmodellen waarin een verdienmodel wel voor financiering van de PPS zorgt.")
                .cost("teachers", "teacher_fte * cost_per_fte", Bearer.ONDERWIJS)
                .cost("development", "development_costs", Bearer.PPS)
                .cost("company_experts", "expert_hours * in_kind_hour_value", Bearer.WERKVELD)
                .reach(Step.Kind.REACH_TEACHERS, "teacher_fte");
        return b.build();
    }

    static BusinessModel lerenInDePraktijk() {
        var b = BusinessModel.builder(
                        "leren_in_de_praktijk",
                        ModelGroup.INITIEEL_ONDERWIJS,
                        "Leren in de praktijk",
                        "Learning in practice")
                .logic(
                        "Studenten leren in hybride leeromgevingen bij bedrijven of zorginstellingen. Die brengen leeromgeving,"
                                + " begeleiding en gastcolleges meestal in natura in. Soms vraagt een bedrijf een vergoeding voor het"
                                + " inrichten (bij de start mee te financieren) of voor begeleiding in de exploitatie: dan moet vroeg"
                                + " over verduurzaming worden nagedacht. Het model verdient zelf niets: het is een kostenpost die"
                                + " andere modellen of de partners dragen.",
                        "Students learn in hybrid learning environments at companies or care institutions, which give the"
                                + " workplace, coaching and guest lectures mostly in kind. A company may ask a fee for setting up or"
                                + " for coaching during operation, which the PPS pays. The model earns nothing itself.")
                .notEarning();
        ramp(b, 2);
        b.param(
                "environments",
                COUNT,
                "omgevingen",
                "Hybride leeromgevingen bij vol volume",
                "Hybrid learning environments at full volume",
                tri(2, 4, 6),
                false);
        b.param(
                "students_per_environment",
                COUNT,
                "studenten",
                "Studenten per leeromgeving per jaar",
                "Students per environment per year",
                uni(8, 16),
                true);
        b.param(
                "coaching_hours_per_student",
                COUNT,
                "uur",
                "Coachuren van docenten per student (standaard de school in natura;"
                        + " 'carried_by: {coaching: pps}' als de pps ze betaalt)",
                "Teachers' coaching hours per student (by default the school in"
                        + " kind; 'carried_by: {coaching: pps}' when the PPS pays them)",
                c(15),
                false);
        b.param("coaching_hour_cost", AMOUNT, "EUR/uur", "Kosten per coachuur", "Cost per coaching hour", c(70), false);
        b.param(
                "company_fee_per_environment",
                AMOUNT,
                "EUR/jaar",
                "Vergoeding die een bedrijf per omgeving vraagt in de exploitatie",
                "Fee a company asks per environment in operation",
                uni(0, 5000),
                false);
        b.param(
                "setup_fee",
                AMOUNT,
                "EUR",
                "Vergoeding die een bedrijf vraagt voor het inrichten van een nieuwe omgeving (eenmalig, door de pps betaald)",
                "Fee a company asks for setting up a new environment (one-off, paid by the PPS)",
                uni(0, 5000),
                false);
        b.param(
                "in_kind_per_environment",
                AMOUNT,
                "EUR/jaar",
                "Werkplek, begeleiding en gastcolleges in natura",
                "Workplace, coaching and guest lectures in kind",
                tri(10000, 15000, 25000),
                true);
        b.handbook(
                        "In-kind-bijdragen; Verdienen & verduurzamen",
                        "In het businessmodel 'leren in de praktijk' wordt het onderwijs (deels)"
                                + " verplaatst naar de werkvloer, met leercoaches of docenten op de werkplek. [...] Organisaties (bedrijven of zorginstellingen)"
                                + " brengen naast de leeromgeving en faciliteiten vaak ook intensieve begeleiding en/of gastcolleges in. Meestal gebeurt dat"
                                + " in-kind. Soms vraagt een bedrijf een vergoeding voor het inrichten van een hybride leeromgeving; dat is bij de opstart"
                                + " meestal mee te financieren.")
                .quantity("environments_now", "environments * ramp")
                .quantity("new_environments", "max(0, environments * (ramp - ramp_before))")
                .oneOffCost("setup_fees", "new_environments * setup_fee", Bearer.PPS)
                .cost(
                        "coaching",
                        "environments_now * students_per_environment * coaching_hours_per_student * coaching_hour_cost",
                        Bearer.ONDERWIJS)
                .cost("company_fees", "environments_now * company_fee_per_environment", Bearer.PPS)
                .cost("workplaces", "environments_now * in_kind_per_environment", Bearer.WERKVELD)
                .reach(Step.Kind.REACH_STUDENTS, "environments_now * students_per_environment")
                .reach(Step.Kind.REACH_COMPANIES, "environments_now");
        return b.build();
    }

    static BusinessModel entreeonderwijs() {
        var b = BusinessModel.builder(
                        "entreeonderwijs", ModelGroup.INITIEEL_ONDERWIJS, "Entreeonderwijs", "Entry-level education")
                .logic(
                        "Trajecten naar werk (inclusief scholing) voor kwetsbare jongeren, nieuwkomers en mensen met afstand"
                                + " tot de arbeidsmarkt, met intensieve begeleiding. Partners dekken hun begeleiding zoveel mogelijk uit"
                                + " hun eigen businessmodel; de pps kan gemeenten bedienen met toeleidingstrajecten inclusief scholing.",
                        "Trajectories to work (including schooling) with intensive guidance. Partners cover their own guidance"
                                + " staff where they can; the PPS can sell municipalities trajectories to work including schooling.");
        ramp(b, 2);
        b.param(
                "trajectories_per_year",
                COUNT,
                "trajecten/jaar",
                "Trajecten per jaar bij vol volume",
                "Trajectories per year at full volume",
                tri(10, 20, 35),
                true);
        b.param(
                "fee_per_trajectory",
                AMOUNT,
                "EUR",
                "Vergoeding van de gemeente per traject",
                "Municipal fee per trajectory",
                pert(4000, 6000, 9000),
                false);
        b.param(
                "guidance_hours_per_trajectory",
                COUNT,
                "uur",
                "Uren intensieve begeleiding per traject (standaard door de partners"
                        + " zelf, in natura: 'carried_by: {guidance: pps}' als de pps ze betaalt)",
                "Hours of intensive guidance per trajectory (by"
                        + " default the partners' own staff, in kind: 'carried_by: {guidance: pps}' when the PPS pays them)",
                tri(40, 60, 90),
                false);
        b.param(
                "guidance_hour_cost",
                AMOUNT,
                "EUR/uur",
                "Kosten per begeleidingsuur",
                "Cost per guidance hour",
                c(65),
                false);
        b.param(
                "recruitment_costs",
                AMOUNT,
                "EUR/jaar",
                "Werven van leerwerkbedrijven (social business development)",
                "Recruiting work-learn companies",
                c(15000),
                true);
        b.param(
                "in_kind_per_trajectory",
                AMOUNT,
                "EUR",
                "Begeleiding door partners in natura per traject",
                "Partners' own guidance in kind per trajectory",
                c(1500),
                false);
        capacity(b, "trajecten/jaar", "Maximaal aantal trajecten per jaar", "Maximum trajectories per year");
        b.handbook(
                        "Verdienen & verduurzamen",
                        "Voor de exploitatie is van belang dat de verschillende partners de personele inzet voor de"
                                + " intensieve begeleiding zoveel mogelijk zelf kunnen dekken vanuit hun eigen businessmodel. [...] Ook liggen er kansen om"
                                + " vanuit de PPS gemeenten te bedienen met toeleidingstrajecten naar werk, maar dan wel inclusief scholing.")
                .quantity("trajectories", "min(capacity, trajectories_per_year * ramp * uplift)")
                .revenue("municipal_fees", "trajectories * fee_per_trajectory", Payer.OVERHEID)
                .cost("guidance", "trajectories * guidance_hours_per_trajectory * guidance_hour_cost", Bearer.ONDERWIJS)
                .cost("recruitment", "recruitment_costs", Bearer.PPS)
                .cost("partner_guidance", "trajectories * in_kind_per_trajectory", Bearer.WERKVELD)
                .reach(Step.Kind.REACH_STUDENTS, "trajectories");
        return b.build();
    }

    static BusinessModel practoraat() {
        var b = BusinessModel.builder("practoraat", ModelGroup.INITIEEL_ONDERWIJS, "Practoraat", "Practorate")
                .logic(
                        "Een practor met een team van docenten werkt in co-creatie met bedrijven aan innovatiever mbo-onderwijs"
                                + " en praktijkgericht onderzoek. Het is meestal onderdeel van de school en wordt uit haar structurele"
                                + " budget betaald: practor, docenten en uren zijn standaard inbreng van het onderwijs in natura."
                                + " Het handboek noemt geen verdienmodel; kleine opdrachten zijn optioneel.",
                        "A practor and a teacher team work with companies on more innovative vocational education and"
                                + " practice-based research. It is usually part of the school and paid from its structural budget: the"
                                + " practor, teachers and hours are the school's contribution in kind by default. The handbook gives no"
                                + " revenue model; small assignments are optional.")
                .notEarning();
        ramp(b, 1);
        b.param(
                "assignment_income",
                AMOUNT,
                "EUR/jaar",
                "Opbrengst van kleine onderzoeksopdrachten bij vol volume (het handboek noemt geen verdienmodel)",
                "Income from small research assignments at full volume",
                c(0),
                true);
        b.param("practor_fte", COUNT, "fte", "Practor", "Practor", c(0.6), false);
        b.param(
                "practor_cost_per_fte",
                AMOUNT,
                "EUR/fte/jaar",
                "Kosten per fte practor",
                "Cost per practor FTE",
                c(100000),
                false);
        b.param(
                "teacher_fte",
                COUNT,
                "fte",
                "Docenten in het practoraatsteam",
                "Teachers in the practorate team",
                c(0.5),
                false);
        b.param(
                "teacher_cost_per_fte",
                AMOUNT,
                "EUR/fte/jaar",
                "Kosten per fte docent",
                "Cost per teacher FTE",
                c(85000),
                false);
        b.param(
                "school_hours",
                COUNT,
                "uur/jaar",
                "Uren van de school in natura",
                "School hours in kind",
                tri(300, 600, 1000),
                true);
        b.param(
                "in_kind_hour_value",
                AMOUNT,
                "EUR/uur",
                "Waarde van een uur in natura",
                "Value of an in-kind hour",
                c(73),
                false);
        b.handbook(
                        "Practoraat",
                        "Het businessmodel van een practoraat maakt vaak onderdeel uit van een mbo-instelling en is daarmee"
                                + " dan geen publiek-privaat samenwerkingsverband, maar een strategie van de school")
                .revenue("assignments", "assignment_income * ramp", Payer.WERKVELD)
                .cost("practor", "practor_fte * practor_cost_per_fte", Bearer.ONDERWIJS)
                .cost("teachers", "teacher_fte * teacher_cost_per_fte", Bearer.ONDERWIJS)
                .cost("school_time", "school_hours * in_kind_hour_value", Bearer.ONDERWIJS)
                .reach(Step.Kind.REACH_TEACHERS, "teacher_fte");
        return b.build();
    }

    // ---------------------------------------------------------------- innovatie

    static BusinessModel onderzoekshuis() {
        var b = BusinessModel.builder("onderzoekshuis", ModelGroup.INNOVATIE, "Onderzoekshuis", "Research house")
                .logic(
                        "De pps neemt enkele onderzoekers aan (een vaste capaciteit, ook betaald als er minder projecten zijn) en"
                                + " verkoopt onderzoeksprojecten aan bedrijven, gekoppeld aan studenten en onderwijs, tegen een"
                                + " fixed fee of op basis van onderzoeksuren en materialen; daarnaast innovatiesubsidies. Een docent of"
                                + " lector staat in voor het resultaat; een business developer zoekt klanten in het warme netwerk van"
                                + " lectoraten en practoraten.",
                        "The PPS hires a few researchers (a fixed capacity, paid when projects are fewer too) and sells research"
                                + " projects to companies, linked to students and education, for a fixed fee or"
                                + " hours plus materials, plus innovation grants. A lecturer is responsible for the result; a business"
                                + " developer finds clients through the lectorates' network.")
                .runsResearchProjects();
        ramp(b, 3);
        b.param(
                "projects_per_year",
                COUNT,
                "projecten/jaar",
                "Verkochte onderzoeksprojecten per jaar bij vol volume",
                "Research projects sold per year at full volume",
                tri(4, 8, 14),
                true);
        b.param(
                "fee_per_project",
                AMOUNT,
                "EUR",
                "Prijs per project (fixed fee)",
                "Price per project (fixed fee)",
                pert(10000, 25000, 50000),
                false);
        b.param(
                "researcher_fte",
                COUNT,
                "fte",
                "Eigen onderzoekers in dienst van de pps bij vol volume (aangenomen met de opbouw;"
                        + " daarna een vaste capaciteit, ook in een mager jaar betaald)",
                "Own researchers employed by the PPS at full volume (hired"
                        + " during the ramp-up; then a fixed capacity, paid in a lean year too)",
                c(2),
                false);
        b.param(
                "cost_per_researcher_fte",
                AMOUNT,
                "EUR/fte/jaar",
                "Loonkosten per fte onderzoeker",
                "Cost per researcher FTE",
                c(75000),
                false);
        b.param(
                "projects_per_researcher_fte",
                COUNT,
                "projecten/fte/jaar",
                "Projecten die één fte onderzoeker per jaar uitvoert",
                "Projects one researcher FTE carries out per year",
                c(4),
                false);
        b.param(
                "material_share",
                FRACTION,
                "fractie",
                "Materiaal en externe kosten als deel van de projectprijs",
                "Materials and external costs as a share of the project price",
                c(0.1),
                false);
        b.param(
                "cost_overrun",
                FRACTION,
                "fractie",
                "Overschrijding van de materiaalkosten door de resultaatverplichting van een" + " fixed fee",
                "Overrun of material costs from the obligation of result of a fixed fee",
                tri(0, 0.05, 0.25),
                true);
        b.param(
                "business_developer_costs",
                AMOUNT,
                "EUR/jaar",
                "Business developer",
                "Business developer",
                c(50000),
                false);
        b.param(
                "innovation_grants",
                AMOUNT,
                "EUR/jaar",
                "Innovatiesubsidies (bv. RAAK), netto voor de pps",
                "Innovation grants, net for the PPS",
                uni(0, 40000),
                true);
        b.param(
                "lectorate_in_kind",
                AMOUNT,
                "EUR/jaar",
                "Inzet van lectoraten in natura",
                "Lectorates' time in kind",
                tri(10000, 25000, 40000),
                true);
        capacity(
                b,
                "projecten/jaar",
                "Maximaal aantal projecten (onderzoekscapaciteit)",
                "Maximum projects (research capacity)");
        b.handbook(
                        "Key resources; Verdienen & verduurzamen",
                        "In dit businessmodel worden binnen de PPS enkele onderzoekers aangenomen"
                                + " die de onderzoeksprojecten in eerste instantie oppakken. [...] De PPS verdient geld door de verkoop van"
                                + " onderzoeksprojecten aan het bedrijfsleven. [...] De vergoeding van het bedrijf is verbonden met de resultaatverplichting.")
                .quantity(
                        "projects",
                        "min(min(capacity, researcher_fte * ramp * projects_per_researcher_fte), projects_per_year * ramp * uplift)")
                .revenue("project_fees", "projects * fee_per_project", Payer.WERKVELD)
                .revenue("grants", "innovation_grants", Payer.OVERHEID)
                .cost("researchers", "researcher_fte * ramp * cost_per_researcher_fte", Bearer.PPS)
                .cost("materials", "projects * fee_per_project * material_share * (1 + cost_overrun)", Bearer.PPS)
                .cost("business_developer", "business_developer_costs", Bearer.PPS)
                .cost("lectorates", "lectorate_in_kind", Bearer.ONDERWIJS)
                .reach(Step.Kind.REACH_COMPANIES, "projects");
        return b.build();
    }

    static BusinessModel innovatiewerkplaats() {
        var b = BusinessModel.builder(
                        "innovatiewerkplaats",
                        ModelGroup.INNOVATIE,
                        "Innovatiewerkplaats",
                        "Innovation workplace (community of practice)")
                .logic(
                        "Een community of practice rond een thema waarin onderwijs, onderzoek en praktijk langdurig samen"
                                + " werken. Een lidmaatschapsmodel werkt het best met afspraken over bijdragen in geld én in natura.",
                        "A community of practice around a theme where education, research and practice work together for the"
                                + " long term. A membership model works best with agreements on both cash and in-kind contributions.");
        ramp(b, 2);
        b.param(
                "members",
                COUNT,
                "leden",
                "Betalende leden bij vol volume",
                "Paying members at full volume",
                tri(8, 15, 25),
                true);
        b.param(
                "membership_fee",
                AMOUNT,
                "EUR/jaar",
                "Contributie in geld per lid",
                "Cash membership fee per member",
                c(2500),
                false);
        b.param(
                "member_hours",
                COUNT,
                "uur/jaar",
                "Uren per lid in natura",
                "Hours per member in kind",
                tri(20, 40, 80),
                false);
        b.param(
                "in_kind_hour_value",
                AMOUNT,
                "EUR/uur",
                "Waarde van een uur in natura",
                "Value of an in-kind hour",
                c(75),
                false);
        b.param(
                "coordination_costs",
                AMOUNT,
                "EUR/jaar",
                "Programmacoördinatie",
                "Programme coordination",
                tri(50000, 70000, 90000),
                true);
        capacity(b, "leden", "Maximaal aantal leden", "Maximum members");
        b.handbook(
                        "Verdienen & verduurzamen",
                        "Vanwege de langeretermijnaanpak werkt een lidmaatschapsmodel voor dit businessmodel het beste met"
                                + " afspraken over zowel in-kind- als in-cash-bijdragen.")
                .quantity("active_members", "min(capacity, members * ramp * uplift)")
                .revenue("membership_fees", "active_members * membership_fee", Payer.WERKVELD)
                .cost("coordination", "coordination_costs", Bearer.PPS)
                .cost("member_hours_in_kind", "active_members * member_hours * in_kind_hour_value", Bearer.WERKVELD)
                .reach(Step.Kind.REACH_COMPANIES, "active_members");
        return b.build();
    }

    static BusinessModel innovatieteams() {
        var b = BusinessModel.builder("innovatieteams", ModelGroup.INNOVATIE, "Innovatieteams", "Innovation teams")
                .logic(
                        "(Multidisciplinaire) studententeams beantwoorden innovatievragen van ondernemers. Bedrijven betalen"
                                + " een gunstig tarief per project (of geven begeleiding en een locatie in natura); met bedrijven worden"
                                + " jaarlijks afspraken gemaakt over het aantal projecten, via een accountmanager.",
                        "(Multidisciplinary) student teams answer entrepreneurs' innovation questions. Companies pay a"
                                + " favourable rate per project (or give supervision and a location in kind); the number of projects is"
                                + " agreed yearly per company, through an account manager.")
                .runsResearchProjects();
        ramp(b, 2);
        b.param(
                "companies",
                COUNT,
                "bedrijven",
                "Bedrijven met een jaarafspraak bij vol volume",
                "Companies with a yearly agreement at full volume",
                tri(5, 10, 16),
                true);
        b.param(
                "projects_per_company",
                COUNT,
                "projecten",
                "Projecten per bedrijf per jaar",
                "Projects per company per year",
                uni(1, 3),
                true);
        b.param(
                "fee_per_project",
                AMOUNT,
                "EUR",
                "Tarief per project (gunstig)",
                "Rate per project (favourable)",
                tri(3000, 5000, 8000),
                false);
        b.param(
                "supervision_cost_per_project",
                AMOUNT,
                "EUR",
                "Begeleidingskosten van de pps per project",
                "PPS supervision cost per project",
                c(2000),
                false);
        b.param("account_manager_costs", AMOUNT, "EUR/jaar", "Accountmanager", "Account manager", c(40000), false);
        b.param(
                "company_in_kind_per_project",
                AMOUNT,
                "EUR",
                "Begeleiding en locatie door het bedrijf in natura",
                "Company supervision and location in kind",
                c(2000),
                false);
        b.param(
                "in_kind_share",
                FRACTION,
                "fractie",
                "Deel van de projecten waarvoor het bedrijf in natura bijdraagt in plaats van het"
                        + " tarief te betalen (het handboek: een tarief 'of' een inbreng in natura)",
                "Share of projects for which the company"
                        + " contributes in kind instead of paying the rate (the handbook: a rate 'or' a contribution in kind)",
                c(0.5),
                false);
        capacity(
                b,
                "projecten/jaar",
                "Maximaal aantal projecten (studenten, begeleiders)",
                "Maximum projects (students, supervisors)");
        b.handbook(
                        "Waardecreatie",
                        "Bedrijven krijgen voor een gunstig tarief (of een in-kind-inbreng van begeleiding en een"
                                + " locatie) een verrassend en verfrissend antwoord op hun innovatievraag.")
                .quantity("projects", "min(capacity, companies * projects_per_company * ramp * uplift)")
                .revenue("project_fees", "projects * (1 - in_kind_share) * fee_per_project", Payer.WERKVELD)
                .cost("supervision", "projects * supervision_cost_per_project", Bearer.PPS)
                .cost("account_manager", "account_manager_costs", Bearer.PPS)
                .cost("company_supervision", "projects * in_kind_share * company_in_kind_per_project", Bearer.WERKVELD)
                .reach(Step.Kind.REACH_COMPANIES, "projects / projects_per_company");
        return b.build();
    }

    // ---------------------------------------------------------------- leven lang leren

    static BusinessModel trainingsbureau() {
        var b = BusinessModel.builder(
                        "trainingsbureau", ModelGroup.LEVEN_LANG_LEREN, "Trainingsbureau", "Training agency")
                .logic(
                        "Trainingen, masterclasses en maatwerk voor werkenden, commercieel in de markt gezet door"
                                + " accountmanagers. Private trainingen krijgen kostendekkende tarieven, zodat publiek geld geen private"
                                + " activiteiten financiert. Trainers komen van partners (bedrijven, scholen) en van buiten.",
                        "Courses, masterclasses and tailored training for working people, sold by account managers. Private"
                                + " courses have cost-covering fees, so public money does not fund private activity. Trainers come from"
                                + " partners and outside.");
        ramp(b, 2);
        b.param(
                "courses_per_year",
                COUNT,
                "cursussen/jaar",
                "Cursussen per jaar bij vol volume",
                "Courses per year at full volume",
                tri(4, 8, 14),
                true);
        b.param(
                "participants_per_course",
                COUNT,
                "deelnemers",
                "Deelnemers per cursus",
                "Participants per course",
                uni(8, 16),
                true);
        b.param(
                "fee_per_participant",
                AMOUNT,
                "EUR",
                "Prijs per deelnemer (kostendekkend)",
                "Fee per participant (cost-covering)",
                c(950),
                false);
        b.param(
                "trainer_cost_per_course",
                AMOUNT,
                "EUR",
                "Trainer- en locatiekosten per cursus",
                "Trainer and venue cost per course",
                tri(3000, 4000, 6000),
                false);
        b.param(
                "module_development_costs",
                AMOUNT,
                "EUR/jaar",
                "Ontwikkeling van modules",
                "Module development",
                tri(5000, 15000, 30000),
                true);
        b.param(
                "sales_costs",
                AMOUNT,
                "EUR/jaar",
                "Verkoop en marketing (accountmanagers)",
                "Sales and marketing",
                c(20000),
                false);
        b.param(
                "partner_trainer_share",
                FRACTION,
                "fractie",
                "Deel van de cursussen gegeven door partnertrainers in natura (dat deel kost de pps niets)",
                "Share of courses taught by partner trainers in kind (free for the PPS)",
                c(0.2),
                false);
        capacity(b, "cursussen/jaar", "Maximaal aantal cursussen (trainerdagen)", "Maximum courses (trainer days)");
        b.handbook(
                        "Verdienen & verduurzamen",
                        "Voor private inkomsten voor deze trainingen worden tarieven berekend die kostendekkend zijn."
                                + " Daarmee wordt voorkomen dat publieke middelen private activiteiten financieren.")
                .quantity("courses", "min(capacity, courses_per_year * ramp * uplift)")
                .revenue(
                        "course_fees",
                        "courses * participants_per_course * fee_per_participant",
                        Payer.WERKVELD,
                        0.8,
                        Payer.DEELNEMERS,
                        0.2)
                .cost("trainers", "courses * (1 - partner_trainer_share) * trainer_cost_per_course", Bearer.PPS)
                .cost("partner_trainers", "courses * partner_trainer_share * trainer_cost_per_course", Bearer.WERKVELD)
                .cost("modules", "module_development_costs", Bearer.PPS)
                .cost("sales", "sales_costs", Bearer.PPS);
        return b.build();
    }

    // ---------------------------------------------------------------- faciliterend

    static BusinessModel projectbureau() {
        var b = BusinessModel.builder("projectbureau", ModelGroup.FACILITEREND, "Projectbureau", "Project office")
                .logic(
                        "Projectmanagers van de pps ondersteunen partners bij subsidieaanvragen, innovatieprojecten en"
                                + " campagnes. In de praktijk is het lastig hiermee genoeg te verdienen: veel werk wordt de partners uit"
                                + " handen genomen zonder factuur. Wel verdienen partners vaak direct dankzij de ondersteuning.",
                        "PPS project managers support partners with grant applications, innovation projects and campaigns."
                                + " It is hard to earn enough: much work is done for partners without an invoice, although partners"
                                + " often earn directly thanks to the support.");
        ramp(b, 1);
        b.param("project_manager_fte", COUNT, "fte", "Projectmanagers", "Project managers", c(2), false);
        b.param(
                "hours_per_fte",
                COUNT,
                "uur/jaar",
                "Productieve uren per fte",
                "Productive hours per FTE",
                c(1300),
                false);
        b.param(
                "billable_share",
                FRACTION,
                "fractie",
                "Deel van de uren dat gefactureerd wordt",
                "Share of hours invoiced",
                uni(0.25, 0.6),
                true);
        b.param("hourly_rate", AMOUNT, "EUR/uur", "Uurtarief", "Hourly rate", c(95), false);
        b.param(
                "cost_per_fte",
                AMOUNT,
                "EUR/fte/jaar",
                "Kosten per fte projectmanager",
                "Cost per project manager FTE",
                c(90000),
                false);
        b.handbook(
                        "Klantgroepen; Verdienen & verduurzamen",
                        "Opleidings- en onderzoeksinstellingen, gemeentes of provincie en bedrijven."
                                + " [...] De PPS kan en moet de partners dikwijls projecten uit handen nemen zonder dat hier een factuur"
                                + " tegenover staat.")
                .quantity("available_hours", "project_manager_fte * hours_per_fte")
                .quantity("billed_hours", "min(available_hours, available_hours * billable_share * ramp * uplift)")
                .revenue(
                        "invoiced_hours",
                        "billed_hours * hourly_rate",
                        Payer.WERKVELD,
                        1.0 / 3,
                        Payer.ONDERWIJS,
                        1.0 / 3,
                        Payer.OVERHEID,
                        1.0 / 3)
                .cost("project_managers", "project_manager_fte * cost_per_fte", Bearer.PPS);
        return b.build();
    }

    static BusinessModel verkoopkantoor() {
        var b = BusinessModel.builder("verkoopkantoor", ModelGroup.FACILITEREND, "Verkoopkantoor", "Sales office")
                .logic(
                        "De pps koopt en verkoopt onderwijs en onderzoek van de partners: de klantvraag staat centraal en de"
                                + " pps verdient een marge of percentage van de dealprijs. Er zijn heel veel transacties nodig om"
                                + " kostendekkend te worden. Goed te combineren met opleidingshuis, onderzoekshuis, leven lang leren,"
                                + " projectbureau en laboratorium: het verkoopkantoor brengt ook hun aanbod aan de man.",
                        "The PPS brokers the partners' education and research: it earns a margin or percentage of each deal"
                                + " and needs very many deals to cover its costs. Combines well with the other models, whose offerings"
                                + " it also sells.");
        ramp(b, 2);
        b.param(
                "deals_per_year",
                COUNT,
                "deals/jaar",
                "Bemiddelde deals per jaar bij vol volume",
                "Deals brokered per year at full volume",
                tri(10, 25, 50),
                true);
        b.param(
                "deal_value",
                AMOUNT,
                "EUR",
                "Gemiddelde dealwaarde",
                "Average deal value",
                Distributions.lognormal(15000, 6000),
                false);
        b.param(
                "margin",
                FRACTION,
                "fractie",
                "Marge van de pps op de dealprijs",
                "PPS margin on the deal price",
                uni(0.08, 0.15),
                false);
        b.param("account_manager_fte", COUNT, "fte", "Accountmanagers", "Account managers", c(1), false);
        b.param(
                "cost_per_fte",
                AMOUNT,
                "EUR/fte/jaar",
                "Kosten per fte accountmanager",
                "Cost per account manager FTE",
                c(80000),
                false);
        int uplift = b.param(
                "brokered_uplift",
                FRACTION,
                "fractie",
                "Extra vraag die het verkoopkantoor de andere verdienende" + " modellen oplevert (0 = uit)",
                "Extra demand the sales office brings the other earning models (0 = off)",
                c(0.10),
                false);
        capacity(b, "deals/jaar", "Maximaal aantal deals", "Maximum deals");
        b.uplift(uplift, Set.of());
        b.handbook(
                        "Verdienen & verduurzamen",
                        "De PPS verdient geld door een marge of percentage van de dealprijs af te spreken. Wel zal de PPS"
                                + " heel veel transacties tot stand moeten brengen om hiermee uiteindelijk tot een kostendekkend businessmodel"
                                + " te komen.")
                .quantity("deals", "min(capacity, deals_per_year * ramp * uplift)")
                .revenue("deal_margins", "deals * deal_value * margin", Payer.WERKVELD)
                .cost("account_managers", "account_manager_fte * cost_per_fte", Bearer.PPS)
                .reach(Step.Kind.REACH_COMPANIES, "deals");
        return b.build();
    }

    static BusinessModel laboratorium() {
        var b = BusinessModel.builder("laboratorium", ModelGroup.FACILITEREND, "Laboratorium", "Laboratory")
                .logic(
                        "Labs of werkplaatsen met state-of-the-art apparatuur en experts. Mkb'ers en start-ups huren"
                                + " faciliteiten, tegen een meerprijs met hulp van studenten; werknemers worden op de apparatuur"
                                + " geschoold; scholen geven er praktijklessen. Technologieleveranciers stellen apparatuur beschikbaar."
                                + " Let op: een eigen lab legt veel vast (investering, vervanging, onderhoud). Goed te combineren met"
                                + " onderzoekshuis en innovatieteams (praktijktesten, prototypes) en trainingsbureau (training op"
                                + " nieuwe apparatuur).",
                        "Labs or workshops with state-of-the-art equipment and experts. SMEs and start-ups rent facilities,"
                                + " with student help at a surcharge; staff are trained on the equipment. Technology suppliers lend"
                                + " equipment. An own lab commits a lot (investment, replacement, maintenance). Combines with research"
                                + " models (tests, prototypes) and the training agency (training on new equipment).")
                .usesResearchProjects();
        ramp(b, 2);
        b.param(
                "rental_hours",
                COUNT,
                "uur/jaar",
                "Verhuururen aan bedrijven bij vol volume",
                "Hours rented to companies at full volume",
                tri(300, 700, 1200),
                true);
        b.param(
                "hourly_rate",
                AMOUNT,
                "EUR/uur",
                "Huurprijs per uur (fee voor labgebruik)",
                "Rental price per hour",
                c(110),
                false);
        b.param(
                "capacity_hours",
                COUNT,
                "uur/jaar",
                "Beschikbare uren voor verhuur (plafond)",
                "Hours available for rent (ceiling)",
                c(1600),
                false);
        b.param(
                "student_help_share",
                FRACTION,
                "fractie",
                "Deel van de uren met hulp van studenten",
                "Share of hours with student help",
                c(0.3),
                false);
        b.param(
                "student_surcharge",
                AMOUNT,
                "EUR/uur",
                "Meerprijs per uur met studenten",
                "Surcharge per hour with students",
                c(25),
                false);
        b.param(
                "trainings_per_year",
                COUNT,
                "trainingen/jaar",
                "Trainingen op de apparatuur",
                "Trainings on the equipment",
                tri(2, 5, 10),
                true);
        b.param("training_fee", AMOUNT, "EUR", "Opbrengst per training", "Income per training", c(3000), false);
        b.param(
                "school_lesson_hours",
                COUNT,
                "uur/jaar",
                "Praktijklessen van de aangesloten scholen in het lab (na verhuur en"
                        + " projecten, binnen de capaciteit)",
                "Practical lessons of the partner schools in the lab (after rent and" + " projects, within capacity)",
                tri(0, 100, 300),
                true);
        b.param(
                "school_hour_rate",
                AMOUNT,
                "EUR/uur",
                "Wat een school per lesuur in het lab betaalt",
                "What a school pays per lesson hour in the lab",
                c(60),
                false);
        b.param(
                "investment",
                AMOUNT,
                "EUR",
                "Investering in apparatuur (in het eerste jaar)",
                "Equipment investment (first year)",
                pert(150000, 250000, 400000),
                false);
        b.param(
                "lifetime_years",
                YEARS,
                "jaar",
                "Levensduur van de apparatuur: vervangen na zoveel jaar; de structurele toets"
                        + " rekent investering / levensduur per jaar (oude naam: replacement_years)",
                "Equipment lifetime: replaced after so many"
                        + " years; the structural test charges investment / lifetime a year (old name: replacement_years)",
                c(7),
                false);
        b.param(
                "maintenance_rate",
                FRACTION,
                "fractie/jaar",
                "Onderhoud per jaar als deel van de investering",
                "Yearly maintenance as share of the investment",
                uni(0.05, 0.10),
                false);
        b.param(
                "supervision_costs",
                AMOUNT,
                "EUR/jaar",
                "Begeleiding en beheer van het lab",
                "Lab supervision and management",
                c(60000),
                false);
        b.param(
                "supplier_in_kind",
                AMOUNT,
                "EUR/jaar",
                "Apparatuur van technologieleveranciers in natura",
                "Equipment from technology suppliers in kind",
                tri(0, 25000, 50000),
                true);
        b.param(
                "lab_hours_per_project",
                COUNT,
                "uur",
                "Labuur per project van onderzoekshuis/innovatieteams" + " (synergie; 0 = uit)",
                "Lab hours per research or innovation-team project (synergy; 0 = off)",
                c(30),
                false);
        int trainingUplift = b.param(
                "training_uplift",
                FRACTION,
                "fractie",
                "Extra vraag naar het trainingsbureau door training" + " op nieuwe apparatuur (synergie; 0 = uit)",
                "Extra demand for the training agency from training on new" + " equipment (synergy; 0 = off)",
                c(0.15),
                false);
        b.uplift(trainingUplift, Set.of("trainingsbureau"));
        b.handbook(
                        "Voorbeelden van proposities",
                        "Mkb'ers en start-ups tegen betaling gebruik laten maken van de faciliteiten."
                                + " Tegen een meerprijs kunnen (vak)studenten meewerken aan projecten van de bedrijven. [...] Het laboratorium"
                                + " gebruiken voor praktijklessen van de aangesloten roc's en hogescholen.")
                .quantity("rented_hours", "min(capacity_hours, rental_hours * ramp * uplift)")
                .quantity(
                        "project_hours",
                        "min(capacity_hours - rented_hours, lab_hours_per_project * research_projects)")
                .quantity(
                        "lesson_hours",
                        "min(capacity_hours - rented_hours - project_hours, school_lesson_hours * ramp)")
                .revenue(
                        "rent",
                        "rented_hours * hourly_rate + rented_hours * student_help_share * student_surcharge",
                        Payer.WERKVELD)
                .revenue("research_use", "project_hours * hourly_rate", Payer.INTERN)
                .revenue("school_lessons", "lesson_hours * school_hour_rate", Payer.ONDERWIJS)
                .revenue("trainings", "trainings_per_year * ramp * training_fee", Payer.WERKVELD)
                .oneOffCost("investments", "due(lifetime_years) * investment", Bearer.PPS)
                .provision("depreciation", "investment / lifetime_years")
                .cost("maintenance", "maintenance_rate * investment", Bearer.PPS)
                .cost("supervision", "supervision_costs", Bearer.PPS)
                .cost("supplier_equipment", "supplier_in_kind", Bearer.WERKVELD);
        return b.build();
    }

    // ---------------------------------------------------------------- randvoorwaardelijk

    static BusinessModel marketingorganisatie() {
        var b = BusinessModel.builder(
                        "marketingorganisatie",
                        ModelGroup.RANDVOORWAARDELIJK,
                        "Marketingorganisatie",
                        "Marketing organisation")
                .logic(
                        "De pps bedenkt en voert campagnes uit om meer studenten te trekken voor de sector. Bij sommige pps'en"
                                + " betalen brancheorganisaties een fee per (extra) student. Meer studenten brengen de school ook meer"
                                + " bekostiging (met vertraging: mbo-bekostiging volgt de inschrijvingen van twee jaar eerder), waarvan een"
                                + " deel als innovatiebudget naar de pps kan."
                                + " Bedrijven leveren ambassadeurs.",
                        "The PPS designs and runs campaigns to attract more students to the sector. Some branch organisations"
                                + " pay a fee per (extra) student. More students also bring the school more funding (with a lag), part of"
                                + " which can reach the PPS as innovation budget. Companies provide ambassadors.");
        ramp(b, 2);
        b.param(
                "extra_students",
                COUNT,
                "studenten/jaar",
                "Extra studenten per jaar bij vol volume",
                "Extra students per year at full volume",
                tri(5, 20, 40),
                true);
        b.param(
                "fee_per_student",
                AMOUNT,
                "EUR",
                "Fee van de branche per extra student",
                "Branch fee per extra student",
                c(750),
                false);
        b.param(
                "funding_per_student",
                AMOUNT,
                "EUR/jaar",
                "Bekostiging per extra student per jaar van inschrijving",
                "Government funding per extra student per year enrolled",
                c(7500),
                false);
        b.param(
                "innovation_share",
                FRACTION,
                "fractie",
                "Deel van die extra bekostiging dat de school als innovatiebudget aan" + " de pps geeft",
                "Share of that extra funding the school gives the PPS as innovation budget",
                c(0.05),
                false);
        b.param(
                "funding_lag",
                YEARS,
                "jaar",
                "Jaren tussen inschrijving en bekostiging (mbo: inschrijvingen op 1 oktober T-2," + " DUO)",
                "Years between enrolment and funding (mbo: enrolments on 1 October of T-2, DUO)",
                c(2),
                false);
        b.source("DUO, Bekostiging mbo: de bekostiging van jaar T volgt de inschrijvingen op 1 oktober van T-2");
        b.param(
                "study_years",
                YEARS,
                "jaar",
                "Jaren dat een extra student ingeschreven blijft",
                "Years an extra student stays enrolled",
                c(3),
                false);
        b.param(
                "campaign_costs",
                AMOUNT,
                "EUR/jaar",
                "Campagnekosten",
                "Campaign costs",
                tri(20000, 35000, 50000),
                true);
        b.param(
                "ambassador_in_kind",
                AMOUNT,
                "EUR/jaar",
                "Ambassadeurs van bedrijven in natura",
                "Company ambassadors in kind",
                c(10000),
                false);
        b.handbook(
                        "Verdienen & verduurzamen",
                        "Meer studenten levert ook meer bekostiging en dus innovatiebudget op. Bij sommige PPS'en"
                                + " betalen de betrokken brancheorganisatie een fee per (extra) student.")
                .quantity("new_students", "extra_students * ramp * uplift")
                .revenue("branch_fees", "new_students * fee_per_student", Payer.WERKVELD)
                .revenue(
                        "innovation_budget",
                        "past(new_students, funding_lag, study_years) * funding_per_student * innovation_share",
                        Payer.ONDERWIJS)
                .cost("campaigns", "campaign_costs", Bearer.PPS)
                .cost("ambassadors", "ambassador_in_kind", Bearer.WERKVELD)
                .reach(Step.Kind.REACH_STUDENTS, "new_students");
        return b.build();
    }

    static BusinessModel netwerkorganisatie() {
        var b = BusinessModel.builder(
                        "netwerkorganisatie",
                        ModelGroup.RANDVOORWAARDELIJK,
                        "Netwerkorganisatie",
                        "Network organisation")
                .logic(
                        "Een netwerk van bedrijfsleven, onderwijs en overheid ontwikkelen en onderhouden (evenementen, CRM)."
                                + " Alleen toegang tot evenementen is geen reden voor een betaald lidmaatschap: op korte termijn kost"
                                + " dit model tijd en geld en levert het niet direct iets op. Het is wel nodig om een actief netwerk"
                                + " op te bouwen waaraan later proposities verbonden worden: het verhoogt de vraag naar de andere"
                                + " modellen.",
                        "Building and maintaining a network of companies, schools and government (events, CRM). Event access"
                                + " alone does not justify a paid membership: in the short term it costs time and money and earns"
                                + " little, but it raises demand for the other models.");
        ramp(b, 2);
        b.param(
                "paying_members",
                COUNT,
                "leden",
                "Betalende leden (zwak)",
                "Paying members (weak)",
                tri(0, 5, 15),
                true);
        b.param("membership_fee", AMOUNT, "EUR/jaar", "Contributie per lid", "Membership fee", c(500), false);
        b.param("networker_fte", COUNT, "fte", "Netwerkers", "Networkers", c(0.5), false);
        b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte", "Cost per FTE", c(80000), false);
        b.param("events_per_year", COUNT, "evenementen/jaar", "Evenementen per jaar", "Events per year", c(4), false);
        b.param("cost_per_event", AMOUNT, "EUR", "Kosten per evenement", "Cost per event", tri(3000, 5000, 9000), true);
        b.param("crm_costs", AMOUNT, "EUR/jaar", "CRM en communicatie", "CRM and communication", c(5000), false);
        int uplift = b.param(
                "demand_uplift",
                FRACTION,
                "fractie",
                "Extra vraag die het netwerk de andere verdienende modellen" + " oplevert (0 = uit)",
                "Extra demand the network brings the other earning models (0 = off)",
                c(0.05),
                false);
        b.uplift(uplift, Set.of());
        b.handbook(
                        "Verdienen & verduurzamen?",
                        "Realistisch en vanuit een kortetermijnperspectief bekeken kost dit model dus"
                                + " veel tijd en geld en levert niet direct iets op [...] Het is echter wel nodig om een actief netwerk van"
                                + " bedrijven op te bouwen")
                .quantity("members_now", "paying_members * ramp")
                .revenue("membership_fees", "members_now * membership_fee", Payer.WERKVELD)
                .cost("networkers", "networker_fte * cost_per_fte", Bearer.PPS)
                .cost("events", "events_per_year * cost_per_event", Bearer.PPS)
                .cost("crm", "crm_costs", Bearer.PPS)
                .reach(Step.Kind.REACH_COMPANIES, "members_now");
        return b.build();
    }

    static BusinessModel loket() {
        var b = BusinessModel.builder("loket", ModelGroup.RANDVOORWAARDELIJK, "Loket", "Front desk")
                .logic(
                        "Een helpdesk voor vragen over werk, opleidingen en onderzoek. Een verdienmodel is lastig: hooguit een"
                                + " vergoeding per juist doorgestuurde of beantwoorde vraag, en of dat kostendekkend wordt is te"
                                + " betwijfelen. Scholen brengen hun eigen helpdesks in.",
                        "A help desk for questions on work, education and research. Earning is hard: at most a fee per"
                                + " correctly referred or answered question, and whether that covers costs is doubtful. Schools bring"
                                + " their own help desks.")
                .notEarning();
        ramp(b, 1);
        b.param(
                "questions_per_year",
                COUNT,
                "vragen/jaar",
                "Doorverwezen vragen per jaar",
                "Questions referred per year",
                tri(50, 150, 300),
                true);
        b.param(
                "fee_per_question",
                AMOUNT,
                "EUR",
                "Vergoeding per juist doorverwezen vraag (twijfelachtig)",
                "Fee per correctly referred question (doubtful)",
                c(0),
                false);
        b.param("helpdesk_fte", COUNT, "fte", "Helpdeskmedewerkers", "Help desk staff", c(0.5), false);
        b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte", "Cost per FTE", c(60000), false);
        b.param(
                "school_helpdesk_in_kind",
                AMOUNT,
                "EUR/jaar",
                "Helpdesks van scholen in natura",
                "Schools' help desks in kind",
                c(10000),
                false);
        b.handbook(
                        "Verdienen & verduurzamen",
                        "Gedacht kan worden aan een vergoeding per juist doorgestuurde en/of beantwoorde vraag, maar of dat"
                                + " leidt tot een kostendekkend businessmodel, is te betwijfelen.")
                .quantity("questions", "questions_per_year * ramp")
                .revenue("question_fees", "questions * fee_per_question", Payer.WERKVELD)
                .cost("helpdesk", "helpdesk_fte * cost_per_fte", Bearer.PPS)
                .cost("school_helpdesks", "school_helpdesk_in_kind", Bearer.ONDERWIJS);
        return b.build();
    }

    // ---------------------------------------------------------------- extra

    static BusinessModel inzetStudenten() {
        var b = BusinessModel.builder("inzet_studenten", ModelGroup.EXTRA, "Inzet studenten", "Student placement")
                .logic(
                        "De pps werft, selecteert en plaatst studenten bij bedrijven (detacheerder, studentenuitzendbureau,"
                                + " stagebureau voor toptalent). Bedrijven betalen een vergoeding per maand bij operationele inzet of"
                                + " een fixed fee bij onderzoeksopdrachten. De studenten komen in dienst van de pps: die betaalt"
                                + " accountmanagers, een talentscout, het loon met werkgeverslasten, verzekeringen en begeleiding.",
                        "The PPS recruits, selects and places students at companies. Companies pay a monthly fee for"
                                + " operational work or a fixed fee for research assignments. The PPS pays account managers, a talent"
                                + " scout, and as the students' employer their wages, employer's charges, insurance and coaching.");
        ramp(b, 2);
        b.param(
                "placements_per_year",
                COUNT,
                "plaatsingen/jaar",
                "Geplaatste studenten per jaar bij vol volume",
                "Students placed per year at full volume",
                tri(5, 12, 20),
                true);
        b.param(
                "months_per_placement",
                COUNT,
                "maanden",
                "Maanden per plaatsing",
                "Months per placement",
                uni(3, 6),
                false);
        b.param(
                "monthly_fee",
                AMOUNT,
                "EUR/maand",
                "Vergoeding van het bedrijf per maand",
                "Company fee per month",
                c(1800),
                false);
        b.param(
                "student_wage_per_month",
                AMOUNT,
                "EUR/maand",
                "Vergoeding aan de student per maand",
                "Student wage per month",
                c(900),
                false);
        b.param(
                "employer_charges",
                FRACTION,
                "fractie",
                "Werkgeverslasten op het studentloon (de studenten zijn in dienst van de" + " pps)",
                "Employer's charges on the student wage (students are employed by the PPS)",
                c(0.25),
                false);
        b.param(
                "insurance_per_placement",
                AMOUNT,
                "EUR",
                "Verzekeringen per plaatsing",
                "Insurance per placement",
                c(150),
                false);
        b.param(
                "coaching_hours_per_placement",
                COUNT,
                "uur",
                "Begeleiding door de pps per plaatsing (intensief begeleid)",
                "PPS coaching per placement (intensive coaching)",
                c(10),
                false);
        b.param(
                "coaching_hour_cost",
                AMOUNT,
                "EUR/uur",
                "Kosten per begeleidingsuur",
                "Cost per coaching hour",
                c(70),
                false);
        b.param(
                "assignments_per_year",
                COUNT,
                "opdrachten/jaar",
                "Onderzoeksopdrachten met fixed fee",
                "Research assignments with a fixed fee",
                tri(2, 6, 10),
                true);
        b.param(
                "fee_per_assignment",
                AMOUNT,
                "EUR",
                "Fixed fee per opdracht",
                "Fixed fee per assignment",
                c(4000),
                false);
        b.param(
                "months_per_assignment",
                COUNT,
                "maanden",
                "Maanden studentwerk per opdracht (de student is in dienst van de pps)",
                "Months of student work per assignment (the student is employed by the PPS)",
                c(2),
                false);
        b.param(
                "account_and_scout_costs",
                AMOUNT,
                "EUR/jaar",
                "Accountmanagers en talentscout",
                "Account managers and talent scout",
                c(50000),
                false);
        capacity(b, "plaatsingen/jaar", "Maximaal aantal plaatsingen", "Maximum placements");
        b.handbook(
                        "Verdienen & verduurzamen; Voorbeelden van proposities",
                        "De bedrijven betalen de PPS voor de inzet van studenten. De"
                                + " afrekenwijze verschilt per geval. Er kan een vergoeding per maand zijn [...], maar ook een fixed fee wanneer sprake is van"
                                + " onderzoeksopdrachten. [...] De studenten komen in dienst van de PPS. [...] zij worden vervolgens intensief begeleid.")
                .quantity("placements", "min(capacity, placements_per_year * ramp * uplift)")
                .quantity("assignments", "assignments_per_year * ramp * uplift")
                .revenue("placement_fees", "placements * months_per_placement * monthly_fee", Payer.WERKVELD)
                .revenue("assignment_fees", "assignments * fee_per_assignment", Payer.WERKVELD)
                .cost(
                        "wages",
                        "placements * months_per_placement * student_wage_per_month * (1 + employer_charges)",
                        Bearer.PPS)
                .cost("insurance", "placements * insurance_per_placement", Bearer.PPS)
                .cost("coaching", "placements * coaching_hours_per_placement * coaching_hour_cost", Bearer.PPS)
                .cost(
                        "assignment_wages",
                        "assignments * months_per_assignment * student_wage_per_month * (1 + employer_charges)",
                        Bearer.PPS)
                .cost(
                        "assignment_coaching",
                        "assignments * coaching_hours_per_placement * coaching_hour_cost",
                        Bearer.PPS)
                .cost("account_and_scout", "account_and_scout_costs", Bearer.PPS)
                .reach(Step.Kind.REACH_STUDENTS, "placements + assignments")
                .reach(Step.Kind.REACH_COMPANIES, "placements");
        return b.build();
    }
}
