package eligibility_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

func evidenceText(f eligibility.Finding, lang lnet.Language) string {
	var b strings.Builder
	for _, e := range f.Evidence() {
		b.WriteString(e.Path + " " + e.Value + " " + e.Note.In(lang) + "\n")
	}
	return b.String()
}

func TestEvidence(t *testing.T) {
	t.Run("member without management", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
			n.Members[2].Representatives = n.Members[2].Representatives[1:]
		})
		f, _ := r.Finding("NET-REPRESENTATIVES")
		require.Len(t, f.Evidence(), 2, "both municipalities of the inter-municipal service")
		assert.Equal(t, "members[2].representatives", f.Evidence()[0].Path)
		assert.Equal(t, "1260", f.Evidence()[0].Value)
		assert.Contains(t, f.Evidence()[0].Note.EN, "none from management")
		assert.Contains(t, f.Evidence()[1].Note.NB, "1256")
	})
	t.Run("municipality not anchored", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
			p := projectOf(n, "p-self")
			p.Anchoring = p.Anchoring[:1]
		})
		f, _ := r.Finding("PRJ-ANCHORING")
		require.Len(t, f.Evidence(), 1)
		assert.Equal(t, eligibility.Evidence{Path: "anchoring", Value: "1246", Note: eligibility.Msg(
			"Kommune 1246 har ikke forankret prosjektet i kommuneledelsen.",
			"Kommune 1246 har ikkje forankra prosjektet i kommuneleiinga.",
			"Municipality 1246 has not anchored the project in its leadership.")}, f.Evidence()[0])
	})
	t.Run("host not decided", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
			projectOf(n, "p-self").Host = 0
		})
		f, _ := r.Finding("PRJ-ANCHORING")
		assert.Equal(t, eligibility.Passed, f.Status(), "the participant has anchored it")
		assert.Contains(t, evidenceText(f, lnet.English), "host municipality is not decided")
	})
	t.Run("requested against total cost", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) {
			a.Requested, a.TotalCost, a.Budget = lnet.MustNOK("650000"), lnet.MustNOK("600000"), nil
		})
		f, _ := r.Finding("APP-PART-COST")
		assert.Equal(t, eligibility.Noted, f.Status(), "kan: information, never failed")
		assert.True(t, r.Eligible())
		assert.Equal(t, "Søkt kr 650 000 av totalkostnad kr 600 000 (egenandel kr -50 000).", f.Evidence()[0].Note.NB)
		assert.Equal(t, "Requested NOK 650,000 of total cost NOK 600,000 (own contribution NOK -50,000).", f.Evidence()[0].Note.EN)
	})
	t.Run("zero amounts", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) {
			*a = lnet.Application{Network: a.Network, Project: a.Project, Scheme: a.Scheme, Year: a.Year, Office: a.Office}
		})
		assert.Equal(t, eligibility.Noted, statusOf(t, r, "APP-PART-COST"))
		assert.Equal(t, eligibility.Failed, statusOf(t, r, "APP-DEADLINE"), "not submitted")
	})
	t.Run("leader decision shown", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2018, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
			n.Leader = nil
			n.Decisions = []lnet.Decision{{Subject: lnet.DecisionLeader, Date: day(2018, time.September, 13), Text: "Ikke nødvendig å velge leder nå."}}
		})
		f, _ := r.Finding("NET-LEADER")
		assert.Equal(t, eligibility.Failed, f.Status())
		require.Len(t, f.Evidence(), 2)
		assert.Equal(t, "decisions[0]", f.Evidence()[1].Path)
		assert.Equal(t, "2018-09-13", f.Evidence()[1].Value)
		assert.Contains(t, f.Evidence()[1].Note.NB, "Ikke nødvendig å velge leder nå.")
	})
	t.Run("competence partners of the network not linked", func(t *testing.T) {
		r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
			projectOf(n, "p-self").Partners = []lnet.PartnerID{"ukjent"}
		})
		f, _ := r.Finding("PRJ-COMPETENCE")
		assert.Equal(t, eligibility.Passed, f.Status(), "the requirement is on the network")
		text := evidenceText(f, lnet.English)
		assert.Contains(t, text, "None of them is linked to this project yet")
		assert.Contains(t, text, "RKBU Vest (knowledge centre)")
	})
}

func TestDeadline(t *testing.T) {
	year := 2019
	n, a := freshNetwork(year), freshApplication(lnet.SchemeSelfInitiated, year)
	deadline := testDeadline(year)
	for _, tc := range []struct {
		name      string
		submitted *time.Time
		opts      []eligibility.Option
		want      eligibility.Status
	}{
		{"no deadline given", nil, nil, eligibility.NotApplicable},
		{"on the day", ptr(time.Date(2018, 11, 1, 0, 0, 0, 0, time.UTC)), []eligibility.Option{eligibility.WithDeadline(deadline)}, eligibility.Passed},
		{"a day late", ptr(time.Date(2018, 11, 2, 0, 0, 0, 0, time.UTC)), []eligibility.Option{eligibility.WithDeadline(deadline)}, eligibility.Failed},
		{"not submitted", nil, []eligibility.Option{eligibility.WithDeadline(deadline)}, eligibility.Failed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := a
			a.Submitted = nil
			if tc.submitted != nil {
				d := day(tc.submitted.Year(), tc.submitted.Month(), tc.submitted.Day())
				a.Submitted = &d
			}
			r, err := eligibility.EvaluateApplication(a, n, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.want, statusOf(t, r, "APP-DEADLINE"))
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestEditionFromApplicationYear(t *testing.T) {
	for year, want := range map[int]eligibility.Edition{2018: eligibility.Edition2018, 2020: eligibility.Edition2019, 2023: eligibility.Edition2022} {
		r, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, year), freshNetwork(year))
		require.NoError(t, err)
		assert.Equal(t, want, r.Edition, "%d", year)
	}
	_, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, 2017), freshNetwork(2017))
	assert.ErrorIs(t, err, eligibility.ErrUnknownEdition)
	// A pinned edition wins over the year.
	r, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, 2021), freshNetwork(2021), eligibility.WithEdition(eligibility.Edition2022))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Edition2022, r.Edition)
}

func TestEvaluateNetwork(t *testing.T) {
	n := freshNetwork(2019)
	_, err := eligibility.EvaluateNetwork(n)
	assert.ErrorIs(t, err, eligibility.ErrUnknownEdition, "a network has no year")

	r, err := eligibility.EvaluateNetwork(n, eligibility.WithGrantYear(2019))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Edition2019, r.Edition)
	assert.Equal(t, eligibility.SubjectNetwork, r.Subject)
	assert.Equal(t, "Testnettverket", r.Name)
	assert.True(t, r.Eligible(), r.Text(lnet.English))
	// Network rules once, project rules once per project, no application rules.
	counts := map[eligibility.Subject]int{}
	targets := map[string]bool{}
	for _, f := range r.Findings {
		counts[f.Subject()]++
		if f.Subject() == eligibility.SubjectProject {
			targets[f.Target()] = true
		}
	}
	perSubject := map[eligibility.Subject]int{}
	for _, info := range eligibility.Catalogue() {
		perSubject[info.Subject]++
	}
	assert.Equal(t, perSubject[eligibility.SubjectNetwork], counts[eligibility.SubjectNetwork])
	assert.Equal(t, 2*perSubject[eligibility.SubjectProject], counts[eligibility.SubjectProject])
	assert.Zero(t, counts[eligibility.SubjectApplication])
	assert.Equal(t, map[string]bool{"Barnevernets rolle i høykonfliktsaker": true, "Veiledning av fosterhjem": true}, targets)
}

func TestEvaluateProject(t *testing.T) {
	n := freshNetwork(2022)
	p := n.Projects[1]
	p.Aims = nil
	r, err := eligibility.EvaluateProject(p, n, eligibility.WithEdition(eligibility.Edition2022))
	require.NoError(t, err)
	assert.Equal(t, eligibility.SubjectProject, r.Subject)
	assert.False(t, r.Eligible())
	require.Len(t, r.Blocking(), 1)
	assert.Equal(t, "PRJ-FOSTER-AIM", r.Blocking()[0].Rule())
	assert.Equal(t, eligibility.NotApplicable, statusOf(t, r, "PRJ-COMPETENCE"), "no competence environment needed for foster-home projects")
}

func TestApplicationForAnotherNetwork(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) { a.Network = "annet" })
	assert.Equal(t, eligibility.Failed, statusOf(t, r, "APP-APPLICANT"))
	assert.Equal(t, eligibility.Failed, statusOf(t, r, "APP-PROJECT"))
	f, _ := r.Finding("PRJ-ANCHORING")
	assert.Equal(t, eligibility.NotApplicable, f.Status(), "project rules cannot run without the project")
	assert.Contains(t, f.Evidence()[0].Note.EN, "APP-PROJECT")
	assert.Equal(t, "søknad-1", r.Name, "without the project, the report is named by the application id")
}

func TestOfficeRules(t *testing.T) {
	year := 2019
	n, a := freshNetwork(year), freshApplication(lnet.SchemeFosterHome, year)
	capRule := eligibility.CapPerApplication("VESTLAND-CAP", lnet.MustNOK("150000"), "Fylkesmannen i Vestland, utlysning 2019")

	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithRules(capRule))
	require.NoError(t, err)
	f, ok := r.Finding("VESTLAND-CAP")
	require.True(t, ok)
	assert.Equal(t, eligibility.Failed, f.Status())
	assert.Equal(t, "Søkt kr 200 000; taket er kr 150 000.", f.Evidence()[0].Note.NB)
	assert.False(t, r.Eligible())
	assert.Equal(t, "VESTLAND-CAP", r.Findings[len(r.Findings)-1].Rule(), "office rules run after the catalogue's")

	a.Requested, a.Budget = lnet.MustNOK("150000"), nil
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithRules(capRule))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Passed, statusOf(t, r, "VESTLAND-CAP"))

	// A rule for one edition and scheme only.
	rogaland := eligibility.NewRule(eligibility.RuleInfo{
		ID: "ROGALAND-BUFETAT", Subject: eligibility.SubjectProject, Severity: eligibility.Requirement,
		Editions: []eligibility.Edition{eligibility.Edition2019}, Schemes: []lnet.Scheme{lnet.SchemeFosterHome},
		Citation: "Fylkesmannen i Rogaland, utlysning 2019",
		Title:    eligibility.Msg("Fosterhjemsprosjektet samarbeider med Bufetat.", "Fosterheimsprosjektet samarbeider med Bufetat.", "The foster-home project works with Bufetat."),
	}, func(c eligibility.Case) eligibility.Outcome {
		for _, id := range c.Project.Partners {
			if p, ok := c.Network.Partner(id); ok && p.Kind == lnet.PartnerBufetat {
				return eligibility.Pass()
			}
		}
		return eligibility.Fail()
	})
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithRules(rogaland))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Passed, statusOf(t, r, "ROGALAND-BUFETAT"))
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithRules(rogaland), eligibility.WithEdition(eligibility.Edition2022))
	require.NoError(t, err)
	assert.Equal(t, eligibility.NotApplicable, statusOf(t, r, "ROGALAND-BUFETAT"))

	// A check that returns no status fails, with a note.
	broken := eligibility.NewRule(eligibility.RuleInfo{ID: "X-BROKEN", Subject: eligibility.SubjectNetwork, Severity: eligibility.Information, Title: eligibility.Msg("x", "x", "x")},
		func(eligibility.Case) eligibility.Outcome { return eligibility.Outcome{} })
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithRules(broken))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Failed, statusOf(t, r, "X-BROKEN"))
}

func TestInvalidOptions(t *testing.T) {
	n, a := freshNetwork(2019), freshApplication(lnet.SchemeSelfInitiated, 2019)
	valid := eligibility.RuleInfo{ID: "X-RULE", Subject: eligibility.SubjectApplication, Severity: eligibility.Requirement, Title: eligibility.Msg("x", "x", "x")}
	check := func(eligibility.Case) eligibility.Outcome { return eligibility.Pass() }
	with := func(change func(*eligibility.RuleInfo)) eligibility.Option {
		info := valid
		change(&info)
		return eligibility.WithRules(eligibility.NewRule(info, check))
	}
	for _, tc := range []struct {
		name string
		opt  eligibility.Option
		want error
		msg  string
	}{
		{"undefined edition", eligibility.WithEdition(9), eligibility.ErrUnknownEdition, "edition 9"},
		{"year before the first edition", eligibility.WithGrantYear(2017), eligibility.ErrUnknownEdition, "2017"},
		{"grant year not a year", eligibility.WithGrantYear(20260), eligibility.ErrUnknownEdition, "20260"},
		{"negative grant year", eligibility.WithGrantYear(-2026), eligibility.ErrUnknownEdition, "-2026"},
		{"date not a year of four digits", eligibility.WithDate(date.New(12026, time.December, 1)), eligibility.ErrInvalidValue, "+12026-12-01"},
		{"nil rule", eligibility.WithRules(nil), eligibility.ErrInvalidRule, "nil rule"},
		{"nil check", eligibility.WithRules(eligibility.NewRule(valid, nil)), eligibility.ErrInvalidRule, `"X-RULE": nil check`},
		{"empty id", with(func(i *eligibility.RuleInfo) { i.ID = "" }), eligibility.ErrInvalidRule, "empty id"},
		{"catalogue id", with(func(i *eligibility.RuleInfo) { i.ID = "NET-PLAN" }), eligibility.ErrInvalidRule, `"NET-PLAN": duplicate id`},
		{"no subject", with(func(i *eligibility.RuleInfo) { i.Subject = 0 }), eligibility.ErrInvalidRule, "subject"},
		{"no severity", with(func(i *eligibility.RuleInfo) { i.Severity = 7 }), eligibility.ErrInvalidRule, "severity 7"},
		{"bad edition", with(func(i *eligibility.RuleInfo) { i.Editions = []eligibility.Edition{0} }), eligibility.ErrInvalidRule, "edition 0"},
		{"bad scheme", with(func(i *eligibility.RuleInfo) { i.Schemes = []lnet.Scheme{5} }), eligibility.ErrInvalidRule, "scheme 5"},
		{"no title", with(func(i *eligibility.RuleInfo) { i.Title = eligibility.Message{} }), eligibility.ErrInvalidRule, "empty title"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := eligibility.EvaluateApplication(a, n, tc.opt)
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), err.Error())
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	// The same office rule twice.
	r := eligibility.NewRule(valid, check)
	_, err := eligibility.EvaluateApplication(a, n, eligibility.WithRules(r, r))
	assert.ErrorIs(t, err, eligibility.ErrInvalidRule)
	// A nil option is ignored.
	_, err = eligibility.EvaluateApplication(a, n, nil)
	assert.NoError(t, err)
}

func TestEvaluateApplications(t *testing.T) {
	n := freshNetwork(2019)
	apps := []lnet.Application{
		freshApplication(lnet.SchemeSelfInitiated, 2019),
		freshApplication(lnet.SchemeFosterHome, 2020),
		freshApplication(lnet.SchemeSelfInitiated, 2022),
		freshApplication(lnet.SchemeSelfInitiated, 2018),
	}
	apps[1].Requested = apps[1].TotalCost
	opts := []eligibility.Option{eligibility.WithDeadline(testDeadline(2019)), eligibility.WithRules(eligibility.CapPerApplication("X-CAP", lnet.MustNOK("1"), "x"))}
	got, err := eligibility.EvaluateApplications(apps, n, opts...)
	require.NoError(t, err)
	require.Len(t, got, len(apps))
	for i, a := range apps {
		want, err := eligibility.EvaluateApplication(a, n, opts...)
		require.NoError(t, err)
		assert.Equal(t, want, got[i], "application %d", i)
	}
	// Reports do not share evidence.
	got[0].Findings[0].Evidence()[0].Value = "changed"
	assert.NotEqual(t, "changed", got[1].Findings[0].Evidence()[0].Value)

	apps[2].ID, apps[2].Year = "for-tidlig", 2017
	_, err = eligibility.EvaluateApplications(apps, n)
	assert.ErrorIs(t, err, eligibility.ErrUnknownEdition)
	assert.Contains(t, err.Error(), `application "for-tidlig"`)

	none, err := eligibility.EvaluateApplications(nil, n)
	require.NoError(t, err)
	assert.Empty(t, none)
}

// Evaluation shares nothing mutable: run it concurrently under the race detector.
func TestEvaluateConcurrently(t *testing.T) {
	n := freshNetwork(2019)
	opt := eligibility.WithRules(eligibility.CapPerApplication("X-CAP", lnet.MustNOK("1000000"), "x"))
	want, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeFosterHome, 2019), n, opt)
	require.NoError(t, err)
	done := make(chan eligibility.Report)
	for range 8 {
		go func() {
			r, _ := eligibility.EvaluateApplication(freshApplication(lnet.SchemeFosterHome, 2019), n, opt)
			done <- r
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
