package nl.ppsim.model;

import static nl.ppsim.model.Parameter.Kind.AMOUNT;
import static nl.ppsim.model.Parameter.Kind.COUNT;
import static nl.ppsim.model.Parameter.Kind.FRACTION;
import static nl.ppsim.model.Parameter.Kind.YEARS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.ppsim.engine.Distribution;
import nl.ppsim.engine.Distributions;
import nl.ppsim.scenario.Group;

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
            opleidingshuis(), lerenInDePraktijk(), entreeonderwijs(), practoraat(),
            onderzoekshuis(), innovatiewerkplaats(), innovatieteams(),
            trainingsbureau(),
            projectbureau(), verkoopkantoor(), laboratorium(),
            marketingorganisatie(), netwerkorganisatie(), loket(),
            inzetStudenten());

    private Catalog() {
    }

    public static List<BusinessModel> all() {
        return MODELS;
    }

    public static Optional<BusinessModel> find(String key) {
        return MODELS.stream().filter(m -> m.key().equals(key)).findFirst();
    }

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
        return b.param("ramp_up_years", YEARS, "jaar", "Jaren tot het volle volume (S-curve); 0 = meteen vol",
                "Years to full volume (S-curve); 0 = full from the start", c(years), false);
    }

    private static int capacity(BusinessModel.Builder b, String unit, String dutch, String english) {
        return b.param("capacity", COUNT, unit, dutch + " (plafond; standaard geen)", english + " (ceiling; none by default)",
                null, false);
    }

    // ---------------------------------------------------------------- initieel onderwijs

    static BusinessModel opleidingshuis() {
        var b = BusinessModel.builder("opleidingshuis", ModelGroup.INITIEEL_ONDERWIJS, "Opleidingshuis",
                "Education house")
                .logic("De pps als innovatieafdeling of proeftuin van de onderwijsinstellingen: docenten worden vrij"
                        + " geroosterd om met het bedrijfsleven onderwijs te ontwikkelen. Met dit model alleen is geen geld"
                        + " te verdienen; het moet gecombineerd worden met modellen die wel verdienen. Bedrijven dragen bij"
                        + " in natura (gastdocenten, experts in ontwikkelteams).",
                        "The PPS as the schools' innovation department: teachers are freed up to develop education with"
                        + " companies. It earns nothing on its own and must be combined with earning models. Companies"
                        + " contribute in kind (guest lecturers, experts in development teams).")
                .formulaText("opbrengst = 0; kosten = docent_fte x kosten_per_fte + ontwikkelkosten;"
                        + " natura (werkveld) = experturen x uurwaarde")
                .payers(Group.WERKVELD, Group.WERKVELD).notEarning();
        int fte = b.param("teacher_fte", COUNT, "fte", "Vrij geroosterde docenten", "Teachers freed up", tri(1, 2, 3), false);
        int costFte = b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Loonkosten per fte docent", "Cost per teacher FTE",
                c(85000), false);
        int dev = b.param("development_costs", AMOUNT, "EUR/jaar", "Co-creatie en ontwikkelkosten (materiaal, pilots)",
                "Co-creation and development costs", tri(10000, 20000, 40000), true);
        int hours = b.param("expert_hours", COUNT, "uur/jaar", "Uren van bedrijfsexperts en gastdocenten",
                "Hours of company experts and guest lecturers", tri(200, 400, 800), true);
        int rate = b.param("in_kind_hour_value", AMOUNT, "EUR/uur", "Waarde van een uur in natura", "Value of an in-kind hour",
                c(75), false);
        return b.formula((p, y, o, lanes) -> {
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = p[fte][i] * p[costFte][i] + p[dev][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = p[hours][i] * p[rate][i];
            }
        });
    }

    static BusinessModel lerenInDePraktijk() {
        var b = BusinessModel.builder("leren_in_de_praktijk", ModelGroup.INITIEEL_ONDERWIJS, "Leren in de praktijk",
                "Learning in practice")
                .logic("Studenten leren in hybride leeromgevingen bij bedrijven of zorginstellingen. Die brengen leeromgeving,"
                        + " begeleiding en gastcolleges meestal in natura in. Soms vraagt een bedrijf een vergoeding voor het"
                        + " inrichten (bij de start mee te financieren) of voor begeleiding in de exploitatie: dan moet vroeg"
                        + " over verduurzaming worden nagedacht. Eventueel betaalt een partner de pps een inrichtingsfee.",
                        "Students learn in hybrid learning environments at companies or care institutions, which give the"
                        + " workplace, coaching and guest lectures mostly in kind. A company may ask a fee for setting up or"
                        + " for coaching during operation; optionally the PPS charges a set-up fee.")
                .formulaText("omgevingen_t = omgevingen x ramp_t; opbrengst = nieuwe omgevingen x inrichtingsfee;"
                        + " kosten = omgevingen_t x (studenten x coachuren x uurkosten + bedrijfsvergoeding);"
                        + " natura (werkveld) = omgevingen_t x natura_per_omgeving")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int env = b.param("environments", COUNT, "omgevingen", "Hybride leeromgevingen bij vol volume",
                "Hybrid learning environments at full volume", tri(2, 4, 6), false);
        int students = b.param("students_per_environment", COUNT, "studenten", "Studenten per leeromgeving per jaar",
                "Students per environment per year", uni(8, 16), true);
        int coach = b.param("coaching_hours_per_student", COUNT, "uur", "Coachuren van de pps per student",
                "PPS coaching hours per student", c(15), false);
        int coachRate = b.param("coaching_hour_cost", AMOUNT, "EUR/uur", "Kosten per coachuur", "Cost per coaching hour",
                c(70), false);
        int companyFee = b.param("company_fee_per_environment", AMOUNT, "EUR/jaar",
                "Vergoeding die een bedrijf per omgeving vraagt in de exploitatie", "Fee a company asks per environment in operation",
                uni(0, 5000), false);
        int setupFee = b.param("setup_fee", AMOUNT, "EUR", "Inrichtingsfee die de pps per nieuwe omgeving ontvangt (optioneel)",
                "Set-up fee the PPS receives per new environment (optional)", c(0), false);
        int inKind = b.param("in_kind_per_environment", AMOUNT, "EUR/jaar", "Werkplek, begeleiding en gastcolleges in natura",
                "Workplace, coaching and guest lectures in kind", tri(10000, 15000, 25000), true);
        return b.formula((p, y, o, lanes) -> {
            double[] previousRamp = o.revenue;
            for (int i = 0; i < lanes; i++) {
                previousRamp[i] = ModelYear.ramp(y.age - 1, p[ramp][i]) * (y.age > 1 ? 1 : 0);
            }
            for (int i = 0; i < lanes; i++) {
                double added = Math.max(0, p[env][i] * (y.ramp[i] - previousRamp[i]));
                o.revenue[i] = added * p[setupFee][i] * y.uplift[i];
            }
            for (int i = 0; i < lanes; i++) {
                o.volume[i] = p[env][i] * y.ramp[i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = o.volume[i] * (p[students][i] * p[coach][i] * p[coachRate][i] + p[companyFee][i]);
            }
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = o.volume[i] * p[inKind][i];
            }
        });
    }

    static BusinessModel entreeonderwijs() {
        var b = BusinessModel.builder("entreeonderwijs", ModelGroup.INITIEEL_ONDERWIJS, "Entreeonderwijs",
                "Entry-level education")
                .logic("Trajecten naar werk (inclusief scholing) voor kwetsbare jongeren, nieuwkomers en mensen met afstand"
                        + " tot de arbeidsmarkt, met intensieve begeleiding. Partners dekken hun begeleiding zoveel mogelijk uit"
                        + " hun eigen businessmodel; de pps kan gemeenten bedienen met toeleidingstrajecten inclusief scholing.",
                        "Trajectories to work (including schooling) with intensive guidance. Partners cover their own guidance"
                        + " staff where they can; the PPS can sell municipalities trajectories to work including schooling.")
                .formulaText("trajecten_t = min(capaciteit, trajecten x ramp_t x synergie); opbrengst = trajecten_t x fee;"
                        + " kosten = trajecten_t x begeleidingsuren x uurkosten + wervingskosten;"
                        + " natura (werkveld) = trajecten_t x natura_per_traject")
                .payers(Group.OVERHEID, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int n = b.param("trajectories_per_year", COUNT, "trajecten/jaar", "Trajecten per jaar bij vol volume",
                "Trajectories per year at full volume", tri(10, 20, 35), true);
        int fee = b.param("fee_per_trajectory", AMOUNT, "EUR", "Vergoeding van de gemeente per traject",
                "Municipal fee per trajectory", pert(4000, 6000, 9000), false);
        int hours = b.param("guidance_hours_per_trajectory", COUNT, "uur", "Begeleidingsuren van de pps per traject",
                "PPS guidance hours per trajectory", tri(40, 60, 90), false);
        int hourCost = b.param("guidance_hour_cost", AMOUNT, "EUR/uur", "Kosten per begeleidingsuur", "Cost per guidance hour",
                c(65), false);
        int recruit = b.param("recruitment_costs", AMOUNT, "EUR/jaar", "Werven van leerwerkbedrijven (social business development)",
                "Recruiting work-learn companies", c(15000), true);
        int inKind = b.param("in_kind_per_trajectory", AMOUNT, "EUR", "Begeleiding door partners in natura per traject",
                "Partners' own guidance in kind per trajectory", c(1500), false);
        int capacity = capacity(b, "trajecten/jaar", "Maximaal aantal trajecten per jaar", "Maximum trajectories per year");
        return b.formula((p, y, o, lanes) -> {
            double[] v = y.volumes(o.volume, p[n], p[capacity], lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[fee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = v[i] * p[hours][i] * p[hourCost][i] + p[recruit][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = v[i] * p[inKind][i];
            }
        });
    }

    static BusinessModel practoraat() {
        var b = BusinessModel.builder("practoraat", ModelGroup.INITIEEL_ONDERWIJS, "Practoraat", "Practorate")
                .logic("Een practor met een team van docenten werkt in co-creatie met bedrijven aan innovatiever mbo-onderwijs"
                        + " en praktijkgericht onderzoek. Het verdient weinig: wat kleine onderzoeksopdrachten; het draait"
                        + " vooral op het budget en de uren van de school.",
                        "A practor and a teacher team work with companies on more innovative vocational education and"
                        + " practice-based research. It earns little (some small assignments) and runs mostly on the school's"
                        + " own budget and hours.")
                .formulaText("opbrengst = kleine opdrachten; kosten = practor_fte x kosten + docent_fte x kosten;"
                        + " natura (onderwijs) = schooluren x uurwaarde")
                .payers(Group.WERKVELD, Group.ONDERWIJS);
        int ramp = ramp(b, 1);
        int income = b.param("assignment_income", AMOUNT, "EUR/jaar", "Opbrengst kleine onderzoeksopdrachten bij vol volume",
                "Income from small research assignments at full volume", uni(0, 20000), true);
        int practor = b.param("practor_fte", COUNT, "fte", "Practor", "Practor", c(0.6), false);
        int practorCost = b.param("practor_cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte practor",
                "Cost per practor FTE", c(100000), false);
        int teachers = b.param("teacher_fte", COUNT, "fte", "Docenten in het practoraatsteam (door de pps betaald)",
                "Teachers in the practorate team (paid by the PPS)", c(0.5), false);
        int teacherCost = b.param("teacher_cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte docent",
                "Cost per teacher FTE", c(85000), false);
        int schoolHours = b.param("school_hours", COUNT, "uur/jaar", "Uren van de school in natura", "School hours in kind",
                tri(300, 600, 1000), true);
        int rate = b.param("in_kind_hour_value", AMOUNT, "EUR/uur", "Waarde van een uur in natura", "Value of an in-kind hour",
                c(73), false);
        return b.formula((p, y, o, lanes) -> {
            System.arraycopy(y.ramp, 0, o.volume, 0, lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = p[income][i] * y.ramp[i] * y.uplift[i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = p[practor][i] * p[practorCost][i] + p[teachers][i] * p[teacherCost][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = p[schoolHours][i] * p[rate][i];
            }
        });
    }

    // ---------------------------------------------------------------- innovatie

    static BusinessModel onderzoekshuis() {
        var b = BusinessModel.builder("onderzoekshuis", ModelGroup.INNOVATIE, "Onderzoekshuis", "Research house")
                .logic("De pps verkoopt onderzoeksprojecten aan bedrijven, gekoppeld aan studenten en onderwijs, tegen een"
                        + " fixed fee of op basis van onderzoeksuren en materialen; daarnaast innovatiesubsidies. Een docent of"
                        + " lector staat in voor het resultaat; een business developer zoekt klanten in het warme netwerk van"
                        + " lectoraten en practoraten.",
                        "The PPS sells research projects to companies, linked to students and education, for a fixed fee or"
                        + " hours plus materials, plus innovation grants. A lecturer is responsible for the result; a business"
                        + " developer finds clients through the lectorates' network.")
                .formulaText("projecten_t = min(capaciteit, projecten x ramp_t x synergie); opbrengst = projecten_t x fee +"
                        + " innovatiesubsidies; kosten = projecten_t x fee x directe_kostenfractie + business developer;"
                        + " natura (onderwijs) = lectoraatsinzet")
                .payers(Group.WERKVELD, Group.ONDERWIJS).runsResearchProjects();
        int ramp = ramp(b, 3);
        int n = b.param("projects_per_year", COUNT, "projecten/jaar", "Verkochte onderzoeksprojecten per jaar bij vol volume",
                "Research projects sold per year at full volume", tri(4, 8, 14), true);
        int fee = b.param("fee_per_project", AMOUNT, "EUR", "Prijs per project (fixed fee)", "Price per project (fixed fee)",
                pert(10000, 25000, 50000), false);
        int direct = b.param("direct_cost_share", FRACTION, "fractie", "Deel van de projectprijs dat opgaat aan eigen onderzoekers"
                + " en materiaal", "Share of the project price spent on own researchers and materials", uni(0.6, 0.8), false);
        int bd = b.param("business_developer_costs", AMOUNT, "EUR/jaar", "Business developer", "Business developer",
                c(50000), false);
        int grants = b.param("innovation_grants", AMOUNT, "EUR/jaar", "Innovatiesubsidies (bv. RAAK), netto voor de pps",
                "Innovation grants, net for the PPS", uni(0, 40000), true);
        int lector = b.param("lectorate_in_kind", AMOUNT, "EUR/jaar", "Inzet van lectoraten in natura", "Lectorates' time in kind",
                tri(10000, 25000, 40000), true);
        int capacity = capacity(b, "projecten/jaar", "Maximaal aantal projecten (onderzoekscapaciteit)",
                "Maximum projects (research capacity)");
        return b.formula((p, y, o, lanes) -> {
            double[] v = y.volumes(o.volume, p[n], p[capacity], lanes);
            System.arraycopy(v, 0, o.projects, 0, lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[fee][i] + p[grants][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = v[i] * p[fee][i] * p[direct][i] + p[bd][i];
            }
            System.arraycopy(p[lector], 0, o.inKind, 0, lanes);
        });
    }

    static BusinessModel innovatiewerkplaats() {
        var b = BusinessModel.builder("innovatiewerkplaats", ModelGroup.INNOVATIE, "Innovatiewerkplaats",
                "Innovation workplace (community of practice)")
                .logic("Een community of practice rond een thema waarin onderwijs, onderzoek en praktijk langdurig samen"
                        + " werken. Een lidmaatschapsmodel werkt het best met afspraken over bijdragen in geld én in natura.",
                        "A community of practice around a theme where education, research and practice work together for the"
                        + " long term. A membership model works best with agreements on both cash and in-kind contributions.")
                .formulaText("leden_t = leden x ramp_t x synergie; opbrengst = leden_t x contributie;"
                        + " kosten = programmacoördinatie; natura (werkveld) = leden_t x uren x uurwaarde")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int members = b.param("members", COUNT, "leden", "Betalende leden bij vol volume", "Paying members at full volume",
                tri(8, 15, 25), true);
        int fee = b.param("membership_fee", AMOUNT, "EUR/jaar", "Contributie in geld per lid", "Cash membership fee per member",
                c(2500), false);
        int hours = b.param("member_hours", COUNT, "uur/jaar", "Uren per lid in natura", "Hours per member in kind",
                tri(20, 40, 80), false);
        int rate = b.param("in_kind_hour_value", AMOUNT, "EUR/uur", "Waarde van een uur in natura", "Value of an in-kind hour",
                c(75), false);
        int coordination = b.param("coordination_costs", AMOUNT, "EUR/jaar", "Programmacoördinatie", "Programme coordination",
                tri(50000, 70000, 90000), true);
        int capacity = capacity(b, "leden", "Maximaal aantal leden", "Maximum members");
        return b.formula((p, y, o, lanes) -> {
            double[] v = y.volumes(o.volume, p[members], p[capacity], lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[fee][i];
            }
            System.arraycopy(p[coordination], 0, o.costs, 0, lanes);
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = v[i] * p[hours][i] * p[rate][i];
            }
        });
    }

    static BusinessModel innovatieteams() {
        var b = BusinessModel.builder("innovatieteams", ModelGroup.INNOVATIE, "Innovatieteams", "Innovation teams")
                .logic("(Multidisciplinaire) studententeams beantwoorden innovatievragen van ondernemers. Bedrijven betalen"
                        + " een gunstig tarief per project (of geven begeleiding en een locatie in natura); met bedrijven worden"
                        + " jaarlijks afspraken gemaakt over het aantal projecten, via een accountmanager.",
                        "(Multidisciplinary) student teams answer entrepreneurs' innovation questions. Companies pay a"
                        + " favourable rate per project (or give supervision and a location in kind); the number of projects is"
                        + " agreed yearly per company, through an account manager.")
                .formulaText("projecten_t = min(capaciteit, bedrijven x projecten_per_bedrijf x ramp_t x synergie);"
                        + " opbrengst = projecten_t x tarief; kosten = projecten_t x begeleiding + accountmanager;"
                        + " natura (werkveld) = projecten_t x bedrijfsbegeleiding")
                .payers(Group.WERKVELD, Group.WERKVELD).runsResearchProjects();
        int ramp = ramp(b, 2);
        int companies = b.param("companies", COUNT, "bedrijven", "Bedrijven met een jaarafspraak bij vol volume",
                "Companies with a yearly agreement at full volume", tri(5, 10, 16), true);
        int perCompany = b.param("projects_per_company", COUNT, "projecten", "Projecten per bedrijf per jaar",
                "Projects per company per year", uni(1, 3), true);
        int fee = b.param("fee_per_project", AMOUNT, "EUR", "Tarief per project (gunstig)", "Rate per project (favourable)",
                tri(3000, 5000, 8000), false);
        int supervision = b.param("supervision_cost_per_project", AMOUNT, "EUR", "Begeleidingskosten van de pps per project",
                "PPS supervision cost per project", c(2000), false);
        int account = b.param("account_manager_costs", AMOUNT, "EUR/jaar", "Accountmanager", "Account manager", c(40000), false);
        int inKind = b.param("company_in_kind_per_project", AMOUNT, "EUR", "Begeleiding en locatie door het bedrijf in natura",
                "Company supervision and location in kind", c(2000), false);
        int capacity = capacity(b, "projecten/jaar", "Maximaal aantal projecten (studenten, begeleiders)",
                "Maximum projects (students, supervisors)");
        return b.formula((p, y, o, lanes) -> {
            double[] v = o.volume;
            for (int i = 0; i < lanes; i++) {
                v[i] = Math.min(p[capacity][i], p[companies][i] * p[perCompany][i] * y.ramp[i] * y.uplift[i]);
            }
            System.arraycopy(v, 0, o.projects, 0, lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[fee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = v[i] * p[supervision][i] + p[account][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = v[i] * p[inKind][i];
            }
        });
    }

    // ---------------------------------------------------------------- leven lang leren

    static BusinessModel trainingsbureau() {
        var b = BusinessModel.builder("trainingsbureau", ModelGroup.LEVEN_LANG_LEREN, "Trainingsbureau", "Training agency")
                .logic("Trainingen, masterclasses en maatwerk voor werkenden, commercieel in de markt gezet door"
                        + " accountmanagers. Private trainingen krijgen kostendekkende tarieven, zodat publiek geld geen private"
                        + " activiteiten financiert. Trainers komen van partners (bedrijven, scholen) en van buiten.",
                        "Courses, masterclasses and tailored training for working people, sold by account managers. Private"
                        + " courses have cost-covering fees, so public money does not fund private activity. Trainers come from"
                        + " partners and outside.")
                .formulaText("cursussen_t = min(capaciteit, cursussen x ramp_t x synergie); opbrengst = cursussen_t x"
                        + " deelnemers x prijs; kosten = cursussen_t x trainerkosten + moduleontwikkeling + verkoop;"
                        + " natura (werkveld) = cursussen_t x partnertrainers_aandeel x trainerkosten")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int courses = b.param("courses_per_year", COUNT, "cursussen/jaar", "Cursussen per jaar bij vol volume",
                "Courses per year at full volume", tri(4, 8, 14), true);
        int participants = b.param("participants_per_course", COUNT, "deelnemers", "Deelnemers per cursus",
                "Participants per course", uni(8, 16), true);
        int fee = b.param("fee_per_participant", AMOUNT, "EUR", "Prijs per deelnemer (kostendekkend)",
                "Fee per participant (cost-covering)", c(950), false);
        int trainer = b.param("trainer_cost_per_course", AMOUNT, "EUR", "Trainer- en locatiekosten per cursus",
                "Trainer and venue cost per course", tri(3000, 4000, 6000), false);
        int modules = b.param("module_development_costs", AMOUNT, "EUR/jaar", "Ontwikkeling van modules",
                "Module development", tri(5000, 15000, 30000), true);
        int sales = b.param("sales_costs", AMOUNT, "EUR/jaar", "Verkoop en marketing (accountmanagers)", "Sales and marketing",
                c(20000), false);
        int partnerShare = b.param("partner_trainer_share", FRACTION, "fractie",
                "Deel van de cursussen gegeven door partnertrainers in natura (dat deel kost de pps niets)",
                "Share of courses taught by partner trainers in kind (free for the PPS)", c(0.2), false);
        int capacity = capacity(b, "cursussen/jaar", "Maximaal aantal cursussen (trainerdagen)", "Maximum courses (trainer days)");
        return b.formula((p, y, o, lanes) -> {
            double[] v = y.volumes(o.volume, p[courses], p[capacity], lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[participants][i] * p[fee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = v[i] * (1 - p[partnerShare][i]) * p[trainer][i] + p[modules][i] + p[sales][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.inKind[i] = v[i] * p[partnerShare][i] * p[trainer][i];
            }
        });
    }

    // ---------------------------------------------------------------- faciliterend

    static BusinessModel projectbureau() {
        var b = BusinessModel.builder("projectbureau", ModelGroup.FACILITEREND, "Projectbureau", "Project office")
                .logic("Projectmanagers van de pps ondersteunen partners bij subsidieaanvragen, innovatieprojecten en"
                        + " campagnes. In de praktijk is het lastig hiermee genoeg te verdienen: veel werk wordt de partners uit"
                        + " handen genomen zonder factuur. Wel verdienen partners vaak direct dankzij de ondersteuning.",
                        "PPS project managers support partners with grant applications, innovation projects and campaigns."
                        + " It is hard to earn enough: much work is done for partners without an invoice, although partners"
                        + " often earn directly thanks to the support.")
                .formulaText("opbrengst = fte x declarabele_uren x gefactureerd_aandeel x uurtarief x ramp_t x synergie"
                        + " (hoogstens capaciteit); kosten = fte x kosten_per_fte")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 1);
        int fte = b.param("project_manager_fte", COUNT, "fte", "Projectmanagers", "Project managers", c(2), false);
        int hours = b.param("hours_per_fte", COUNT, "uur/jaar", "Productieve uren per fte", "Productive hours per FTE",
                c(1300), false);
        int billable = b.param("billable_share", FRACTION, "fractie", "Deel van de uren dat gefactureerd wordt",
                "Share of hours invoiced", uni(0.25, 0.6), true);
        int rate = b.param("hourly_rate", AMOUNT, "EUR/uur", "Uurtarief", "Hourly rate", c(95), false);
        int cost = b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte projectmanager", "Cost per project manager FTE",
                c(90000), false);
        return b.formula((p, y, o, lanes) -> {
            for (int i = 0; i < lanes; i++) {
                double available = p[fte][i] * p[hours][i];
                o.volume[i] = Math.min(available, available * p[billable][i] * y.ramp[i] * y.uplift[i]);
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = o.volume[i] * p[rate][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = p[fte][i] * p[cost][i];
            }
        });
    }

    static BusinessModel verkoopkantoor() {
        var b = BusinessModel.builder("verkoopkantoor", ModelGroup.FACILITEREND, "Verkoopkantoor", "Sales office")
                .logic("De pps koopt en verkoopt onderwijs en onderzoek van de partners: de klantvraag staat centraal en de"
                        + " pps verdient een marge of percentage van de dealprijs. Er zijn heel veel transacties nodig om"
                        + " kostendekkend te worden. Goed te combineren met opleidingshuis, onderzoekshuis, leven lang leren,"
                        + " projectbureau en laboratorium: het verkoopkantoor brengt ook hun aanbod aan de man.",
                        "The PPS brokers the partners' education and research: it earns a margin or percentage of each deal"
                        + " and needs very many deals to cover its costs. Combines well with the other models, whose offerings"
                        + " it also sells.")
                .formulaText("deals_t = min(capaciteit, deals x ramp_t x synergie); opbrengst = deals_t x dealwaarde x marge;"
                        + " kosten = accountmanagers x kosten_per_fte. Synergie: zolang het draait, stijgt de vraag naar de"
                        + " andere verdienende modellen met brokered_uplift x ramp_t")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int deals = b.param("deals_per_year", COUNT, "deals/jaar", "Bemiddelde deals per jaar bij vol volume",
                "Deals brokered per year at full volume", tri(10, 25, 50), true);
        int value = b.param("deal_value", AMOUNT, "EUR", "Gemiddelde dealwaarde", "Average deal value",
                Distributions.lognormal(15000, 6000), false);
        int margin = b.param("margin", FRACTION, "fractie", "Marge van de pps op de dealprijs", "PPS margin on the deal price",
                uni(0.08, 0.15), false);
        int fte = b.param("account_manager_fte", COUNT, "fte", "Accountmanagers", "Account managers", c(1), false);
        int cost = b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte accountmanager", "Cost per account manager FTE",
                c(80000), false);
        int uplift = b.param("brokered_uplift", FRACTION, "fractie", "Extra vraag die het verkoopkantoor de andere verdienende"
                + " modellen oplevert (0 = uit)", "Extra demand the sales office brings the other earning models (0 = off)",
                c(0.10), false);
        int capacity = capacity(b, "deals/jaar", "Maximaal aantal deals", "Maximum deals");
        b.uplift(uplift, Set.of());
        return b.formula((p, y, o, lanes) -> {
            double[] v = y.volumes(o.volume, p[deals], p[capacity], lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[value][i] * p[margin][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = p[fte][i] * p[cost][i];
            }
        });
    }

    static BusinessModel laboratorium() {
        var b = BusinessModel.builder("laboratorium", ModelGroup.FACILITEREND, "Laboratorium", "Laboratory")
                .logic("Labs of werkplaatsen met state-of-the-art apparatuur en experts. Mkb'ers en start-ups huren"
                        + " faciliteiten, tegen een meerprijs met hulp van studenten; werknemers worden op de apparatuur"
                        + " geschoold; scholen geven er praktijklessen. Technologieleveranciers stellen apparatuur beschikbaar."
                        + " Let op: een eigen lab legt veel vast (investering, vervanging, onderhoud). Goed te combineren met"
                        + " onderzoekshuis en innovatieteams (praktijktesten, prototypes) en trainingsbureau (training op"
                        + " nieuwe apparatuur).",
                        "Labs or workshops with state-of-the-art equipment and experts. SMEs and start-ups rent facilities,"
                        + " with student help at a surcharge; staff are trained on the equipment. Technology suppliers lend"
                        + " equipment. An own lab commits a lot (investment, replacement, maintenance). Combines with research"
                        + " models (tests, prototypes) and the training agency (training on new equipment).")
                .formulaText("uren_t = min(capaciteit_uren, verhuururen x ramp_t x synergie + uren_per_project x projecten"
                        + " van onderzoekshuis/innovatieteams); opbrengst = uren_t x uurtarief + uren_t x studentenaandeel x"
                        + " meerprijs + trainingen x trainingsprijs; kosten = investering (jaar 1 en elke vervangingstermijn) +"
                        + " onderhoud x investering + begeleiding; natura (werkveld) = apparatuur van leveranciers")
                .payers(Group.WERKVELD, Group.WERKVELD).usesResearchProjects();
        int ramp = ramp(b, 2);
        int hours = b.param("rental_hours", COUNT, "uur/jaar", "Verhuururen aan bedrijven bij vol volume",
                "Hours rented to companies at full volume", tri(300, 700, 1200), true);
        int rate = b.param("hourly_rate", AMOUNT, "EUR/uur", "Huurprijs per uur (fee voor labgebruik)", "Rental price per hour",
                c(110), false);
        int capacityHours = b.param("capacity_hours", COUNT, "uur/jaar", "Beschikbare uren voor verhuur (plafond)",
                "Hours available for rent (ceiling)", c(1600), false);
        int studentShare = b.param("student_help_share", FRACTION, "fractie", "Deel van de uren met hulp van studenten",
                "Share of hours with student help", c(0.3), false);
        int surcharge = b.param("student_surcharge", AMOUNT, "EUR/uur", "Meerprijs per uur met studenten",
                "Surcharge per hour with students", c(25), false);
        int trainings = b.param("trainings_per_year", COUNT, "trainingen/jaar", "Trainingen op de apparatuur",
                "Trainings on the equipment", tri(2, 5, 10), true);
        int trainingFee = b.param("training_fee", AMOUNT, "EUR", "Opbrengst per training", "Income per training", c(3000), false);
        int investment = b.param("investment", AMOUNT, "EUR", "Investering in apparatuur (in het eerste jaar)",
                "Equipment investment (first year)", pert(150000, 250000, 400000), false);
        int replacement = b.param("replacement_years", YEARS, "jaar", "Vervangingstermijn van de apparatuur (0 = nooit)",
                "Equipment replacement period (0 = never)", c(7), false);
        int maintenance = b.param("maintenance_rate", FRACTION, "fractie/jaar", "Onderhoud per jaar als deel van de investering",
                "Yearly maintenance as share of the investment", uni(0.05, 0.10), false);
        int supervision = b.param("supervision_costs", AMOUNT, "EUR/jaar", "Begeleiding en beheer van het lab",
                "Lab supervision and management", c(60000), false);
        int supplier = b.param("supplier_in_kind", AMOUNT, "EUR/jaar", "Apparatuur van technologieleveranciers in natura",
                "Equipment from technology suppliers in kind", tri(0, 25000, 50000), true);
        int perProject = b.param("lab_hours_per_project", COUNT, "uur", "Labuur per project van onderzoekshuis/innovatieteams"
                + " (synergie; 0 = uit)", "Lab hours per research or innovation-team project (synergy; 0 = off)", c(30), false);
        int trainingUplift = b.param("training_uplift", FRACTION, "fractie", "Extra vraag naar het trainingsbureau door training"
                + " op nieuwe apparatuur (synergie; 0 = uit)", "Extra demand for the training agency from training on new"
                + " equipment (synergy; 0 = off)", c(0.15), false);
        b.uplift(trainingUplift, Set.of("trainingsbureau"));
        return b.formula((p, y, o, lanes) -> {
            double[] h = o.volume;
            for (int i = 0; i < lanes; i++) {
                h[i] = Math.min(p[capacityHours][i], p[hours][i] * y.ramp[i] * y.uplift[i] + p[perProject][i] * y.researchProjects[i]);
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = h[i] * p[rate][i] + h[i] * p[studentShare][i] * p[surcharge][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] += p[trainings][i] * y.ramp[i] * p[trainingFee][i];
            }
            long periodsEndingNow = ModelYear.divisors(y.age - 1);
            for (int i = 0; i < lanes; i++) {
                boolean invest = y.age == 1 || ModelYear.divides((int) Math.round(p[replacement][i]), y.age - 1, periodsEndingNow);
                o.oneOff[i] = invest ? p[investment][i] : 0;
            }
            for (int i = 0; i < lanes; i++) {
                // left to right (not +=, which would add maintenance and supervision first)
                o.costs[i] = o.oneOff[i] + p[maintenance][i] * p[investment][i] + p[supervision][i];
            }
            System.arraycopy(p[supplier], 0, o.inKind, 0, lanes);
        });
    }

    // ---------------------------------------------------------------- randvoorwaardelijk

    static BusinessModel marketingorganisatie() {
        var b = BusinessModel.builder("marketingorganisatie", ModelGroup.RANDVOORWAARDELIJK, "Marketingorganisatie",
                "Marketing organisation")
                .logic("De pps bedenkt en voert campagnes uit om meer studenten te trekken voor de sector. Meer studenten"
                        + " levert ook meer bekostiging op; bij sommige pps'en betalen brancheorganisaties een fee per (extra)"
                        + " student. Bedrijven leveren ambassadeurs.",
                        "The PPS designs and runs campaigns to attract more students to the sector. Some branch organisations"
                        + " pay a fee per (extra) student. Companies provide ambassadors.")
                .formulaText("extra_studenten_t = extra_studenten x ramp_t x synergie; opbrengst = extra_studenten_t x fee;"
                        + " kosten = campagnes; natura (werkveld) = ambassadeurs")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int students = b.param("extra_students", COUNT, "studenten/jaar", "Extra studenten per jaar bij vol volume",
                "Extra students per year at full volume", tri(5, 20, 40), true);
        int fee = b.param("fee_per_student", AMOUNT, "EUR", "Fee van de branche per extra student",
                "Branch fee per extra student", c(750), false);
        int campaigns = b.param("campaign_costs", AMOUNT, "EUR/jaar", "Campagnekosten", "Campaign costs",
                tri(20000, 35000, 50000), true);
        int ambassadors = b.param("ambassador_in_kind", AMOUNT, "EUR/jaar", "Ambassadeurs van bedrijven in natura",
                "Company ambassadors in kind", c(10000), false);
        return b.formula((p, y, o, lanes) -> {
            for (int i = 0; i < lanes; i++) {
                o.volume[i] = p[students][i] * y.ramp[i] * y.uplift[i];
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = o.volume[i] * p[fee][i];
            }
            System.arraycopy(p[campaigns], 0, o.costs, 0, lanes);
            System.arraycopy(p[ambassadors], 0, o.inKind, 0, lanes);
        });
    }

    static BusinessModel netwerkorganisatie() {
        var b = BusinessModel.builder("netwerkorganisatie", ModelGroup.RANDVOORWAARDELIJK, "Netwerkorganisatie",
                "Network organisation")
                .logic("Een netwerk van bedrijfsleven, onderwijs en overheid ontwikkelen en onderhouden (evenementen, CRM)."
                        + " Alleen toegang tot evenementen is geen reden voor een betaald lidmaatschap: op korte termijn kost"
                        + " dit model tijd en geld en levert het niet direct iets op. Het is wel nodig om een actief netwerk"
                        + " op te bouwen waaraan later proposities verbonden worden: het verhoogt de vraag naar de andere"
                        + " modellen.",
                        "Building and maintaining a network of companies, schools and government (events, CRM). Event access"
                        + " alone does not justify a paid membership: in the short term it costs time and money and earns"
                        + " little, but it raises demand for the other models.")
                .formulaText("opbrengst = leden x ramp_t x contributie; kosten = netwerkers x kosten_per_fte + evenementen x"
                        + " kosten + CRM. Synergie: zolang het draait, stijgt de vraag naar de andere verdienende modellen met"
                        + " demand_uplift x ramp_t")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int members = b.param("paying_members", COUNT, "leden", "Betalende leden (zwak)", "Paying members (weak)",
                tri(0, 5, 15), true);
        int fee = b.param("membership_fee", AMOUNT, "EUR/jaar", "Contributie per lid", "Membership fee", c(500), false);
        int fte = b.param("networker_fte", COUNT, "fte", "Netwerkers", "Networkers", c(0.5), false);
        int cost = b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte", "Cost per FTE", c(80000), false);
        int events = b.param("events_per_year", COUNT, "evenementen/jaar", "Evenementen per jaar", "Events per year",
                c(4), false);
        int eventCost = b.param("cost_per_event", AMOUNT, "EUR", "Kosten per evenement", "Cost per event",
                tri(3000, 5000, 9000), true);
        int crm = b.param("crm_costs", AMOUNT, "EUR/jaar", "CRM en communicatie", "CRM and communication", c(5000), false);
        int uplift = b.param("demand_uplift", FRACTION, "fractie", "Extra vraag die het netwerk de andere verdienende modellen"
                + " oplevert (0 = uit)", "Extra demand the network brings the other earning models (0 = off)", c(0.05), false);
        b.uplift(uplift, Set.of());
        return b.formula((p, y, o, lanes) -> {
            for (int i = 0; i < lanes; i++) {
                o.volume[i] = p[members][i] * y.ramp[i];
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = o.volume[i] * p[fee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = p[fte][i] * p[cost][i] + p[events][i] * p[eventCost][i] + p[crm][i];
            }
        });
    }

    static BusinessModel loket() {
        var b = BusinessModel.builder("loket", ModelGroup.RANDVOORWAARDELIJK, "Loket", "Front desk")
                .logic("Een helpdesk voor vragen over werk, opleidingen en onderzoek. Een verdienmodel is lastig: hooguit een"
                        + " vergoeding per juist doorgestuurde of beantwoorde vraag, en of dat kostendekkend wordt is te"
                        + " betwijfelen. Scholen brengen hun eigen helpdesks in.",
                        "A help desk for questions on work, education and research. Earning is hard: at most a fee per"
                        + " correctly referred or answered question, and whether that covers costs is doubtful. Schools bring"
                        + " their own help desks.")
                .formulaText("vragen_t = vragen x ramp_t x synergie; opbrengst = vragen_t x fee_per_vraag;"
                        + " kosten = helpdesk_fte x kosten_per_fte; natura (onderwijs) = helpdesks van scholen")
                .payers(Group.WERKVELD, Group.ONDERWIJS).notEarning();
        int ramp = ramp(b, 1);
        int questions = b.param("questions_per_year", COUNT, "vragen/jaar", "Doorverwezen vragen per jaar",
                "Questions referred per year", tri(50, 150, 300), true);
        int fee = b.param("fee_per_question", AMOUNT, "EUR", "Vergoeding per juist doorverwezen vraag (twijfelachtig)",
                "Fee per correctly referred question (doubtful)", c(0), false);
        int fte = b.param("helpdesk_fte", COUNT, "fte", "Helpdeskmedewerkers", "Help desk staff", c(0.5), false);
        int cost = b.param("cost_per_fte", AMOUNT, "EUR/fte/jaar", "Kosten per fte", "Cost per FTE", c(60000), false);
        int inKind = b.param("school_helpdesk_in_kind", AMOUNT, "EUR/jaar", "Helpdesks van scholen in natura",
                "Schools' help desks in kind", c(10000), false);
        return b.formula((p, y, o, lanes) -> {
            for (int i = 0; i < lanes; i++) {
                o.volume[i] = p[questions][i] * y.ramp[i] * y.uplift[i];
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = o.volume[i] * p[fee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = p[fte][i] * p[cost][i];
            }
            System.arraycopy(p[inKind], 0, o.inKind, 0, lanes);
        });
    }

    // ---------------------------------------------------------------- extra

    static BusinessModel inzetStudenten() {
        var b = BusinessModel.builder("inzet_studenten", ModelGroup.EXTRA, "Inzet studenten", "Student placement")
                .logic("De pps werft, selecteert en plaatst studenten bij bedrijven (detacheerder, studentenuitzendbureau,"
                        + " stagebureau voor toptalent). Bedrijven betalen een vergoeding per maand bij operationele inzet of"
                        + " een fixed fee bij onderzoeksopdrachten. De pps betaalt accountmanagers, een talentscout en de"
                        + " vergoeding van de studenten.",
                        "The PPS recruits, selects and places students at companies. Companies pay a monthly fee for"
                        + " operational work or a fixed fee for research assignments. The PPS pays account managers, a talent"
                        + " scout and the students' wages.")
                .formulaText("plaatsingen_t = min(capaciteit, plaatsingen x ramp_t x synergie); opbrengst = plaatsingen_t x"
                        + " maanden x maandfee + opdrachten x ramp_t x fee; kosten = plaatsingen_t x maanden x studentloon +"
                        + " accountmanagement en talentscout")
                .payers(Group.WERKVELD, Group.WERKVELD);
        int ramp = ramp(b, 2);
        int placements = b.param("placements_per_year", COUNT, "plaatsingen/jaar", "Geplaatste studenten per jaar bij vol volume",
                "Students placed per year at full volume", tri(5, 12, 20), true);
        int months = b.param("months_per_placement", COUNT, "maanden", "Maanden per plaatsing", "Months per placement",
                uni(3, 6), false);
        int monthlyFee = b.param("monthly_fee", AMOUNT, "EUR/maand", "Vergoeding van het bedrijf per maand",
                "Company fee per month", c(1800), false);
        int wage = b.param("student_wage_per_month", AMOUNT, "EUR/maand", "Vergoeding aan de student per maand",
                "Student wage per month", c(900), false);
        int assignments = b.param("assignments_per_year", COUNT, "opdrachten/jaar", "Onderzoeksopdrachten met fixed fee",
                "Research assignments with a fixed fee", tri(2, 6, 10), true);
        int assignmentFee = b.param("fee_per_assignment", AMOUNT, "EUR", "Fixed fee per opdracht", "Fixed fee per assignment",
                c(4000), false);
        int overhead = b.param("account_and_scout_costs", AMOUNT, "EUR/jaar", "Accountmanagers en talentscout",
                "Account managers and talent scout", c(50000), false);
        int capacity = capacity(b, "plaatsingen/jaar", "Maximaal aantal plaatsingen", "Maximum placements");
        return b.formula((p, y, o, lanes) -> {
            double[] v = y.volumes(o.volume, p[placements], p[capacity], lanes);
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] = v[i] * p[months][i] * p[monthlyFee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.revenue[i] += p[assignments][i] * y.ramp[i] * y.uplift[i] * p[assignmentFee][i];
            }
            for (int i = 0; i < lanes; i++) {
                o.costs[i] = v[i] * p[months][i] * p[wage][i] + p[overhead][i];
            }
        });
    }
}
