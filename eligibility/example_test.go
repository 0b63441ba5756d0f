package eligibility_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The catalogue is data: list it, filter it by edition, print it or marshal it to JSON.
func ExampleCatalogue() {
	for _, rule := range eligibility.CatalogueFor(eligibility.Edition2019) {
		if rule.Subject == eligibility.SubjectApplication {
			fmt.Printf("%-20s %-12s %s\n", rule.ID, rule.Severity, rule.Citation)
		}
	}
	// Output:
	// APP-APPLICANT        requirement  Retningslinjer 2019, pkt. 3 og 4
	// APP-PROJECT          requirement  Retningslinjer 2019, pkt. 2
	// APP-PROJECT-STAGE    information  Retningslinjer 2019, pkt. 4
	// APP-SCHEME           requirement  Retningslinjer 2019, pkt. 2
	// APP-PART-COST        information  Retningslinjer 2019, pkt. 4
	// APP-COST-USE         information  Retningslinjer 2019, pkt. 4
	// APP-DEVELOPMENT-COST information  Retningslinjer 2019, pkt. 4
	// APP-DEADLINE         requirement  Embetets utlysning (søknadsfrist)
}

// The edition follows the grant year; 2021 money still falls under the 2019 guidelines
// unless the caller pins the revised edition. After 2024 the latest known edition answers,
// and Covers tells that it is an extrapolation: no newer text is among the sources.
func ExampleEditionFor() {
	for _, year := range []int{2017, 2018, 2019, 2021, 2022, 2026} {
		e, err := eligibility.EditionFor(year)
		if err != nil {
			fmt.Println(year, "→", err)
			continue
		}
		fmt.Print(year, " → ", e.In(lnet.Bokmal), " ", e.Schemes())
		if !e.Covers(year) && e == eligibility.Latest() {
			fmt.Print(" (latest known edition, no newer text in the sources)")
		}
		fmt.Println()
	}
	// Output:
	// 2017 → eligibility: unknown edition: no guidelines are known for grant year 2017 (the first edition is for 2018)
	// 2018 → Retningslinjer 2018 [self_initiated]
	// 2019 → Retningslinjer 2019 [self_initiated foster_home]
	// 2021 → Retningslinjer 2019 [self_initiated foster_home]
	// 2022 → Retningslinjer 2021/2022 [self_initiated foster_home]
	// 2026 → Retningslinjer 2021/2022 [self_initiated foster_home] (latest known edition, no newer text in the sources)
}

// This year's round: an application for 2026 money, evaluated on 1 December 2026 with the
// register's data basis for 2026. The report is marked as resting on the latest known
// edition, and its basis section says so; dated after 2022, its Norwegian texts use the
// term of the child welfare act of 2021, barnevernstjenesten, while citations keep the
// guidelines' wording.
func ExampleWithDate() {
	network, app := freshNetwork(2026), freshApplication(lnet.SchemeSelfInitiated, 2026)
	basis := lnet.Basis{Year: 2026, Classification: "Kommuneinndeling 2024", ClassificationFrom: date.New(2024, time.January, 1),
		PopulationYear: 2026, Origin: lnet.OriginEmbedded}

	report, err := eligibility.EvaluateApplication(app, network,
		eligibility.WithDate(date.New(2026, time.December, 1)), eligibility.WithDataBasis(basis))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(report.Edition, report.GrantYear, report.Date, report.LatestKnown)
	facts, _, _ := strings.Cut(report.Text(lnet.Bokmal), "\n\n")
	for _, line := range strings.Split(facts, "\n") {
		if !strings.HasPrefix(line, "Grunnlag for utgaven") { // a long paragraph
			fmt.Println(line)
		}
	}
	f, _ := report.Finding("NET-CROSS-BORDER")
	fmt.Println(f.Title().NB)
	fmt.Println(f.Citation())
	// Output:
	// 2022 2026 2026-12-01 true
	// Vurdering av søknad: Barnevernets rolle i høykonfliktsaker
	// ==========================================================
	// Utgave: Retningslinjer 2021/2022
	// Tilskuddsår: 2026
	// Vurderingsdato: 2026-12-01
	// Ordning: egeninitierte utviklingsprosjekter (skjema 1)
	// Resultat: alle krav er oppfylt
	// Siste kjente utgave: Retningslinjer 2021/2022 er den siste utgaven i kildene; ingen nyere tekst er kjent, så den brukes for tilskuddsåret 2026.
	// Datagrunnlag: 2026: Kommuneinndeling 2024 (KLASS 131, gjeldende fra 2024-01-01) og folketallet 1. januar 2026 (SSB tabell 07459), innebygde data.
	// Nettverket består av flere kommuner, på tvers av kommunegrensene.
	// Retningslinjer 2019, pkt. 1
}

// Geography data assumed unchanged past the register's data is put first in the basis
// section, so no reader of the report misses it.
func ExampleWithDataBasis() {
	network := freshNetwork(2027)
	assumed := lnet.Basis{Year: 2027, Classification: "Kommuneinndeling 2024", ClassificationFrom: date.New(2024, time.January, 1),
		PopulationYear: 2026, Origin: lnet.OriginAssumed, StructureDate: date.New(2026, time.December, 31)}

	report, err := eligibility.EvaluateNetwork(network, eligibility.WithGrantYear(2027),
		eligibility.WithDate(date.New(2026, time.December, 1)), eligibility.WithDataBasis(assumed))
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := strings.Split(report.Text(lnet.English), "\n")
	for _, line := range lines[2:8] {
		fmt.Println(line)
	}
	// Output:
	// Edition: Guidelines 2021/2022
	// Grant year: 2027
	// Date of assessment: 2026-12-01
	// Result: all requirements are met
	// Data basis: 2027: ASSUMED UNCHANGED, no data for the year. The municipality structure of 2026-12-31 (Kommuneinndeling 2024, KLASS 131) and the population on 1 January 2026 (SSB table 07459) are carried forward.
	// Latest known edition: The latest edition in the sources is Guidelines 2021/2022; no newer text is known, so it is used for grant year 2027.
}

// Evaluate an application with its network and the office's deadline. The report says
// whether it is eligible and, for each rule, why.
func ExampleEvaluateApplication() {
	network, app := freshNetwork(2019), freshApplication(lnet.SchemeSelfInitiated, 2019)
	app.Requested, app.Budget = app.TotalCost, nil // asks for the whole cost
	late := date.New(2018, time.November, 2)
	app.Submitted = &late

	report, err := eligibility.EvaluateApplication(app, network,
		eligibility.WithDeadline(date.New(2018, time.November, 1)))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("eligible:", report.Eligible())
	for _, f := range report.Blocking() {
		fmt.Printf("%s: %s\n", f.Rule(), f.Evidence()[len(f.Evidence())-1].Note.In(lnet.English))
	}
	// Output:
	// eligible: false
	// APP-DEADLINE: Submitted 2018-11-02, 1 day after the deadline 2018-11-01.
}

// An office adds its own rules without forking the package: here a local cap of
// NOK 150 000 per application.
func ExampleWithRules() {
	network, app := freshNetwork(2019), freshApplication(lnet.SchemeFosterHome, 2019)
	localCap := eligibility.CapPerApplication("VESTLAND-CAP", lnet.MustNOK("150000"), "Fylkesmannen i Vestland, utlysning 2019")

	report, err := eligibility.EvaluateApplication(app, network, eligibility.WithRules(localCap))
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := report.Finding("VESTLAND-CAP")
	fmt.Println(f.Status(), "-", f.Evidence()[0].Note.NB)
	fmt.Println("eligible:", report.Eligible())
	// Output:
	// failed - Søkt kr 200 000; taket er kr 150 000.
	// eligible: false
}

// A network has no grant year of its own: give one, or pin an edition. Project findings
// name their project.
func ExampleEvaluateNetwork() {
	network := freshNetwork(2019)
	network.Leader = nil
	network.Projects[0].Anchoring = nil

	report, err := eligibility.EvaluateNetwork(network, eligibility.WithGrantYear(2019))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range report.Blocking() {
		fmt.Printf("%s %s: %d evidence\n", f.Rule(), f.Target(), len(f.Evidence()))
	}
	// Output:
	// NET-LEADER : 1 evidence
	// PRJ-ANCHORING Barnevernets rolle i høykonfliktsaker: 2 evidence
}

// A report renders as text or Markdown in Norwegian or English.
func ExampleReport_Text() {
	network, app := freshNetwork(2022), freshApplication(lnet.SchemeSelfInitiated, 2022)
	report, _ := eligibility.EvaluateApplication(app, network)
	heading, _, _ := strings.Cut(report.Text(lnet.English), "\n")
	fmt.Println(heading)
	fmt.Println(report.Eligible(), report.Count(eligibility.NotApplicable))
	// Output:
	// Assessment of application: Barnevernets rolle i høykonfliktsaker
	// true 5
}

// An office rule is any value with a description and a check; NewRule makes one from a
// function. This one, after Rogaland's 2019 call, asks foster-home projects to work with
// Bufetat.
func ExampleNewRule() {
	bufetat := eligibility.NewRule(eligibility.RuleInfo{
		ID:       "ROGALAND-BUFETAT",
		Subject:  eligibility.SubjectProject,
		Severity: eligibility.Requirement,
		Editions: []eligibility.Edition{eligibility.Edition2019},
		Schemes:  []lnet.Scheme{lnet.SchemeFosterHome},
		Citation: "Fylkesmannen i Rogaland, utlysning 2019",
		Title:    eligibility.Msg("Prosjektet samarbeider med Bufetat.", "Prosjektet samarbeider med Bufetat.", "The project works with Bufetat."),
	}, func(c eligibility.Case) eligibility.Outcome {
		for _, id := range c.Project.Partners {
			if p, ok := c.Network.Partner(id); ok && p.Kind == lnet.PartnerBufetat {
				return eligibility.Pass(eligibility.Evidence{Path: "partners", Value: string(id), Note: eligibility.Msg(p.Name, p.Name, p.Name)})
			}
		}
		return eligibility.Fail(eligibility.Evidence{Path: "partners", Note: eligibility.Msg("Bufetat deltar ikke.", "Bufetat deltek ikkje.", "Bufetat does not take part.")})
	})

	network := freshNetwork(2019)
	for _, app := range []lnet.Application{freshApplication(lnet.SchemeFosterHome, 2019), freshApplication(lnet.SchemeSelfInitiated, 2019)} {
		report, err := eligibility.EvaluateApplication(app, network, eligibility.WithRules(bufetat))
		if err != nil {
			fmt.Println(err)
			return
		}
		f, _ := report.Finding("ROGALAND-BUFETAT")
		fmt.Println(app.Scheme, f.Status(), f.Evidence()[0].Note.EN)
	}
	// Output:
	// foster_home passed Bufetat region vest
	// self_initiated not_applicable Does not apply to the scheme «self-initiated development projects».
}

// A batch of one network's applications runs the network rules once per edition.
func ExampleEvaluateApplications() {
	network := freshNetwork(2019)
	apps := []lnet.Application{
		freshApplication(lnet.SchemeSelfInitiated, 2019),
		freshApplication(lnet.SchemeFosterHome, 2019),
	}
	apps[1].Project = "p-self" // a foster-home application for a self-initiated project

	reports, err := eligibility.EvaluateApplications(apps, network)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range reports {
		fmt.Println(apps[i].Scheme, r.Eligible())
	}
	// Output:
	// self_initiated true
	// foster_home false
}

// A project being planned can be checked on its own against the network it belongs to.
func ExampleEvaluateProject() {
	network := freshNetwork(2022)
	project := lnet.Project{
		ID: "ny", Scheme: lnet.SchemeFosterHome, Title: "Rekruttering i familie og nettverk",
		Host: lnet.MustMunicipalityCode("1238"), Measure: "m2",
		Aims: []lnet.Aim{lnet.AimKinRecruitment},
	}
	report, err := eligibility.EvaluateProject(project, network, eligibility.WithEdition(eligibility.Edition2022))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range report.Findings {
		fmt.Printf("%-18s %s\n", f.Rule(), f.Status())
	}
	// Output:
	// PRJ-SCHEME         passed
	// PRJ-PURPOSE        not_applicable
	// PRJ-FROM-PLAN      passed
	// PRJ-ANCHORING      failed
	// PRJ-COMPETENCE     not_applicable
	// PRJ-FOSTER-AIM     passed
	// PRJ-BUFETAT        passed
	// PRJ-OTHER-SERVICES noted
}

// The catalogue renders as a Markdown table for an office's web page.
func ExampleCatalogueMarkdown() {
	table := strings.Split(eligibility.CatalogueMarkdown(lnet.English), "\n")
	for _, line := range table[:3] {
		fmt.Println(line)
	}
	// Output:
	// | Rule | Subject | Severity | Editions | Schemes | Source | Text | Source wording |
	// |---|---|---|---|---|---|---|---|
	// | `NET-CROSS-BORDER` | network | requirement | 2018, 2019, 2022 | both | Retningslinjer 2019, pkt. 1 | The network consists of several municipalities, across municipal borders. | «Læringsnettverk skal videre bidra til etablering av fagfellesskap på tvers av kommunegrensene» |
}
