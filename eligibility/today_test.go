package eligibility_test

import (
	"encoding/json"
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

// basis2026 is the embedded register's basis for 2026, as lnet.Register.Basis gives it.
func basis2026() lnet.Basis {
	return lnet.Basis{Year: 2026, Classification: "Kommuneinndeling 2024", ClassificationFrom: day(2024, time.January, 1),
		PopulationYear: 2026, Origin: lnet.OriginEmbedded}
}

// basis2027 is a basis assumed unchanged: 2027 answered with the structure and population of
// 2026.
func basis2027() lnet.Basis {
	return lnet.Basis{Year: 2027, Classification: "Kommuneinndeling 2024", ClassificationFrom: day(2024, time.January, 1),
		PopulationYear: 2026, Origin: lnet.OriginAssumed, StructureDate: day(2026, time.December, 31)}
}

// oldTerm writes the Norwegian texts back with the term of the guidelines.
var oldTerm = strings.NewReplacer("barnevernstjeneste", "barneverntjeneste", "Barnevernstjeneste", "Barneverntjeneste")

func TestLatestKnownEdition(t *testing.T) {
	for _, tc := range []struct {
		name    string
		year    int
		opts    []eligibility.Option
		edition eligibility.Edition
		latest  bool
	}{
		{"in the range", 2024, nil, eligibility.Edition2022, false},
		{"first year after", 2025, nil, eligibility.Edition2022, true},
		{"this year", 2026, nil, eligibility.Edition2022, true},
		{"pinned latest", 2026, []eligibility.Option{eligibility.WithEdition(eligibility.Edition2022)}, eligibility.Edition2022, true},
		{"pinned older", 2026, []eligibility.Option{eligibility.WithEdition(eligibility.Edition2019)}, eligibility.Edition2019, false},
		{"grant year option", 2022, []eligibility.Option{eligibility.WithGrantYear(2027)}, eligibility.Edition2022, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, tc.year), freshNetwork(tc.year), tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.edition, r.Edition)
			assert.Equal(t, tc.latest, r.LatestKnown)
			nb, en := r.Text(lnet.Bokmal), r.Markdown(lnet.English)
			if tc.latest {
				y := r.GrantYear
				assert.Contains(t, nb, "Siste kjente utgave: Retningslinjer 2021/2022 er den siste utgaven i kildene; ingen nyere tekst er kjent, så den brukes for tilskuddsåret "+itoa(y)+".")
				assert.Contains(t, en, "- Latest known edition: The latest edition in the sources is Guidelines 2021/2022; no newer text is known, so it is used for grant year "+itoa(y)+".")
			} else {
				assert.NotContains(t, nb, "siste utgaven")
				assert.NotContains(t, en, "latest edition")
			}
		})
	}
	// The grant year is the application's, or the option's.
	r, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, 2022), freshNetwork(2022), eligibility.WithGrantYear(2027))
	require.NoError(t, err)
	assert.Equal(t, 2027, r.GrantYear)

	// A network report: by grant year, or pinned without a year.
	n := freshNetwork(2026)
	r, err = eligibility.EvaluateNetwork(n, eligibility.WithGrantYear(2026))
	require.NoError(t, err)
	assert.True(t, r.LatestKnown)
	assert.Equal(t, 2026, r.GrantYear)
	assert.Contains(t, r.Text(lnet.English), "Grant year: 2026\n")
	r, err = eligibility.EvaluateNetwork(n, eligibility.WithEdition(eligibility.Edition2022))
	require.NoError(t, err)
	assert.False(t, r.LatestKnown)
	assert.Zero(t, r.GrantYear)
	assert.NotContains(t, r.Text(lnet.English), "Grant year")
	r, err = eligibility.EvaluateProject(n.Projects[0], n, eligibility.WithGrantYear(2030))
	require.NoError(t, err)
	assert.True(t, r.LatestKnown)
	assert.Equal(t, eligibility.Edition2022, r.Edition)

	// A batch of this year's round and a late application from last strategy period.
	apps := []lnet.Application{freshApplication(lnet.SchemeSelfInitiated, 2026), freshApplication(lnet.SchemeFosterHome, 2024)}
	reports, err := eligibility.EvaluateApplications(apps, n)
	require.NoError(t, err)
	assert.True(t, reports[0].LatestKnown)
	assert.False(t, reports[1].LatestKnown)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestReportDate(t *testing.T) {
	n, a := freshNetwork(2026), freshApplication(lnet.SchemeSelfInitiated, 2026)
	r, err := eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	assert.Equal(t, *a.Submitted, r.Date, "an application report is dated the day it was submitted")

	today := day(2026, time.December, 1)
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithDate(today))
	require.NoError(t, err)
	assert.Equal(t, today, r.Date)
	assert.Contains(t, r.Text(lnet.Bokmal), "Vurderingsdato: 2026-12-01\n")
	assert.Contains(t, r.Markdown(lnet.English), "- Date of assessment: 2026-12-01\n")

	a.Submitted = nil
	r, err = eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	assert.Zero(t, r.Date, "not submitted, no date given")
	assert.NotContains(t, r.Text(lnet.Bokmal), "Vurderingsdato")

	r, err = eligibility.EvaluateNetwork(n, eligibility.WithGrantYear(2026))
	require.NoError(t, err)
	assert.Zero(t, r.Date, "a network report has no date unless given one")
	r, err = eligibility.EvaluateNetwork(n, eligibility.WithGrantYear(2026), eligibility.WithDate(today))
	require.NoError(t, err)
	assert.Equal(t, today, r.Date)
	r, err = eligibility.EvaluateProject(n.Projects[0], n, eligibility.WithGrantYear(2026), eligibility.WithDate(today))
	require.NoError(t, err)
	assert.Equal(t, today, r.Date)

	_, err = eligibility.EvaluateNetwork(n, eligibility.WithGrantYear(2026), eligibility.WithDate(date.New(10000, time.January, 1)))
	assert.ErrorIs(t, err, eligibility.ErrInvalidValue)
	_, err = eligibility.EvaluateApplications([]lnet.Application{a}, n, eligibility.WithDate(date.New(-1, time.January, 1)))
	assert.ErrorIs(t, err, eligibility.ErrInvalidValue)
	assert.NotContains(t, err.Error(), "application", "an invalid option is not the application's fault")
}

// The same application evaluated on the last day of the old act and the first day of the
// new one: the reports differ exactly in the term (and the date).
func TestTermByDate(t *testing.T) {
	n, a := freshNetwork(2023), freshApplication(lnet.SchemeSelfInitiated, 2023)
	n.Members[2].Representatives = n.Members[2].Representatives[1:] // NET-REPRESENTATIVES fails, with evidence
	before, err := eligibility.EvaluateApplication(a, n, eligibility.WithDate(day(2022, time.December, 31)))
	require.NoError(t, err)
	after, err := eligibility.EvaluateApplication(a, n, eligibility.WithDate(day(2023, time.January, 1)))
	require.NoError(t, err)

	changed := 0
	require.Len(t, after.Findings, len(before.Findings))
	for i, f := range after.Findings {
		b := before.Findings[i]
		assert.Equal(t, b.Citation(), f.Citation(), "citations quote the guidelines as written")
		assert.Equal(t, b.Title().EN, f.Title().EN, "English is unchanged")
		assert.Equal(t, b.Title().NB, oldTerm.Replace(f.Title().NB))
		assert.NotContains(t, f.Title().NB, "arneverntjeneste", f.Rule())
		if f.Title().NB != b.Title().NB {
			changed++
		}
		require.Len(t, f.Evidence(), len(b.Evidence()))
		for j, e := range f.Evidence() {
			assert.Equal(t, b.Evidence()[j].Note.EN, e.Note.EN)
			assert.Equal(t, b.Evidence()[j].Note.NB, oldTerm.Replace(e.Note.NB))
			if e.Note.NB != b.Evidence()[j].Note.NB {
				changed++
			}
		}
	}
	assert.Equal(t, 2, changed, "NET-CROSS-BORDER's evidence, NET-REPRESENTATIVES' title")
	cross, _ := after.Finding("NET-CROSS-BORDER")
	assert.Equal(t, "4 kommuner med 3 barnevernstjenester (1238, 1246, 1256, 1260).", cross.Evidence()[0].Note.NB)
	reps, _ := after.Finding("NET-REPRESENTATIVES")
	assert.Contains(t, reps.Title().NB, "fra ledelsen i barnevernstjenesten eller kommunen")
	assert.Contains(t, reps.Title().EN, "the child-welfare service")

	// Apart from the date, the rendered reports differ in the term alone.
	dateLine := strings.NewReplacer("2023-01-01", "2022-12-31")
	for _, lang := range []lnet.Language{lnet.Bokmal, lnet.English} {
		assert.Equal(t, before.Text(lang), oldTerm.Replace(dateLine.Replace(after.Text(lang))), lang)
		assert.Equal(t, before.Markdown(lang), oldTerm.Replace(dateLine.Replace(after.Markdown(lang))), lang)
	}
	assert.Equal(t, before.Text(lnet.English), dateLine.Replace(after.Text(lnet.English)))
	assert.NotEqual(t, before.Text(lnet.Bokmal), dateLine.Replace(after.Text(lnet.Bokmal)))

	// The JSON carries the dated wording.
	b, err := json.Marshal(after)
	require.NoError(t, err)
	assert.Contains(t, string(b), "barnevernstjenester")
	assert.Contains(t, string(b), `"date":"2023-01-01"`)

	// The default date, the day of submission, decides as well.
	a.Submitted = dayPtr(2023, time.January, 2)
	r, err := eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	cross, _ = r.Finding("NET-CROSS-BORDER")
	assert.Contains(t, cross.Evidence()[0].Note.NB, "barnevernstjenester")
}

// Model data and office rules keep their spelling in a report dated after 2022.
func TestTermKeepsData(t *testing.T) {
	n, a := freshNetwork(2026), freshApplication(lnet.SchemeSelfInitiated, 2026)
	n.Members[0].Service.Name = "Barneverntjenesten i Kvam"
	n.Members[0].Representatives = n.Members[0].Representatives[1:]
	n.Leader = nil
	n.Decisions = []lnet.Decision{{Subject: lnet.DecisionLeader, Date: day(2025, time.September, 1), Text: "Leder for barneverntjenesten velges senere."}}
	p := projectOf(&n, "p-self")
	p.OtherServices = []string{"barneverntjenesten i Fjell"}
	p.Anchoring[0].Body = "leder i barneverntjenesten"
	office := eligibility.NewRule(eligibility.RuleInfo{ID: "X-OFFICE", Subject: eligibility.SubjectNetwork, Severity: eligibility.Information,
		Title: eligibility.Msg("Barneverntjenesten har svart.", "Barneverntenesta har svart.", "The service has answered.")},
		func(eligibility.Case) eligibility.Outcome {
			return eligibility.Pass(eligibility.Evidence{Note: eligibility.Msg("Svar fra barneverntjenesten.", "Svar frå barneverntenesta.", "Answer from the service.")})
		})
	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithDate(day(2026, time.December, 1)), eligibility.WithRules(office))
	require.NoError(t, err)

	reps, _ := r.Finding("NET-REPRESENTATIVES")
	assert.Contains(t, reps.Title().NB, "barnevernstjenesten")
	assert.Equal(t, "Kommune 1238 (Barneverntjenesten i Kvam) stiller med 1 person, ingen fra ledelsen.", reps.Evidence()[0].Note.NB)
	leader, _ := r.Finding("NET-LEADER")
	assert.Equal(t, "Vedtak 2025-09-01: Leder for barneverntjenesten velges senere.", leader.Evidence()[1].Note.NB)
	other, _ := r.Finding("PRJ-OTHER-SERVICES")
	assert.Equal(t, "Andre tjenester som deltar: barneverntjenesten i Fjell.", other.Evidence()[0].Note.NB)
	anchoring, _ := r.Finding("PRJ-ANCHORING")
	assert.Contains(t, evidenceText(anchoring, lnet.Bokmal), "(leder i barneverntjenesten)")
	x, _ := r.Finding("X-OFFICE")
	assert.Equal(t, "Barneverntjenesten har svart.", x.Title().NB, "an office rule's text is the office's")
	assert.Equal(t, "Svar fra barneverntjenesten.", x.Evidence()[0].Note.NB)

	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.False(t, strings.ContainsAny(string(b)+r.Text(lnet.Bokmal)+r.Markdown(lnet.English), "\uE000\uE001"), "no marks leave the package")
}

// A batch whose applications fall on both sides of 1 January 2023 gives the same reports as
// one evaluation each.
func TestEvaluateApplicationsAcrossTheNewAct(t *testing.T) {
	n := freshNetwork(2023)
	apps := []lnet.Application{freshApplication(lnet.SchemeSelfInitiated, 2023), freshApplication(lnet.SchemeFosterHome, 2023), freshApplication(lnet.SchemeSelfInitiated, 2024)}
	apps[0].Submitted = dayPtr(2022, time.October, 30)
	apps[1].Submitted = dayPtr(2023, time.March, 1)
	apps[2].Submitted = dayPtr(2022, time.December, 31)
	got, err := eligibility.EvaluateApplications(apps, n)
	require.NoError(t, err)
	for i, a := range apps {
		want, err := eligibility.EvaluateApplication(a, n)
		require.NoError(t, err)
		assert.Equal(t, want, got[i], "application %d", i)
	}
	cross := func(r eligibility.Report) string {
		f, _ := r.Finding("NET-CROSS-BORDER")
		return f.Evidence()[0].Note.NB
	}
	assert.Contains(t, cross(got[0]), "barneverntjenester")
	assert.Contains(t, cross(got[1]), "barnevernstjenester")
	assert.Contains(t, cross(got[2]), "barneverntjenester")
}

func TestDataBasis(t *testing.T) {
	n, a := freshNetwork(2026), freshApplication(lnet.SchemeSelfInitiated, 2026)
	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithDataBasis(basis2026()))
	require.NoError(t, err)
	assert.Equal(t, basis2026(), r.Data)
	text := r.Text(lnet.Bokmal)
	assert.Contains(t, text, "\nDatagrunnlag: "+basis2026().In(lnet.Bokmal)+"\n")
	assert.Less(t, strings.Index(text, "Grunnlag for utgaven"), strings.Index(text, "Datagrunnlag"), "a known basis after the edition's")
	assert.Contains(t, r.Markdown(lnet.English), "\n- Data basis: "+basis2026().In(lnet.English)+"\n")

	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithDataBasis(basis2027()), eligibility.WithGrantYear(2027))
	require.NoError(t, err)
	for _, lang := range lnet.Languages() {
		text := r.Text(lang)
		basis := strings.Index(text, lang.Pick("Datagrunnlag: 2027: FORUTSATT UENDRET", "Datagrunnlag: 2027: FØRESETT UENDRA", "Data basis: 2027: ASSUMED UNCHANGED"))
		require.Positive(t, basis, text)
		assert.Less(t, basis, strings.Index(text, lang.Pick("Siste kjente utgave", "Siste kjende utgåve", "Latest known edition")), "an assumed basis first")
		assert.Less(t, basis, strings.Index(text, lang.Pick("Grunnlag for utgaven", "Grunnlag for utgåva", "Basis of the edition")))
		md := r.Markdown(lang)
		assert.Contains(t, md, "\n- **"+lang.Pick("Datagrunnlag", "Datagrunnlag", "Data basis")+": "+basis2027().In(lang)+"**\n")
	}
	// Without a basis, nothing is said about one.
	r, err = eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	assert.NotContains(t, r.Text(lnet.Bokmal), "Datagrunnlag")
}

// A report with every new field round-trips through JSON.
func TestReportJSONRoundTripAllFields(t *testing.T) {
	n, a := freshNetwork(2026), freshApplication(lnet.SchemeFosterHome, 2026)
	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithGrantYear(2027), eligibility.WithDate(day(2026, time.December, 1)),
		eligibility.WithDataBasis(basis2027()), eligibility.WithDeadline(testDeadline(2026)))
	require.NoError(t, err)
	require.True(t, r.LatestKnown)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, true, m["latest_known_edition"])
	assert.Equal(t, float64(2027), m["grant_year"])
	assert.Equal(t, "2026-12-01", m["date"])
	assert.Equal(t, map[string]any{"year": float64(2027), "classification": "Kommuneinndeling 2024", "classification_from": "2024-01-01",
		"population_year": float64(2026), "origin": "assumed", "structure_date": "2026-12-31"}, m["data"])

	var back eligibility.Report
	require.NoError(t, json.Unmarshal(b, &back))
	sameReport(t, r, back)
	assert.Equal(t, r.Text(lnet.Bokmal), back.Text(lnet.Bokmal))

	// Left out when not known.
	b, err = json.Marshal(eligibility.Report{Edition: eligibility.Edition2022, Subject: eligibility.SubjectNetwork})
	require.NoError(t, err)
	assert.JSONEq(t, `{"edition":"2022","subject":"network","name":"","eligible":true,"findings":[]}`, string(b))

	// Dates are calendar days written YYYY-MM-DD, or the document is refused.
	for _, bad := range []string{
		`{"date":"2026-02-30"}`, `{"date":"20261201"}`, `{"date":"+2026-12-01"}`,
		`{"data":{"year":2026,"classification_from":"2024-1-1"}}`, `{"data":{"structure_date":"2026-12-31T00:00"}}`,
	} {
		err := json.Unmarshal([]byte(bad), &back)
		require.Error(t, err, bad)
		var fe *lnet.FieldError
		assert.True(t, errors.As(err, &fe), "%s: %v", bad, err)
		assert.ErrorIs(t, err, lnet.ErrInvalidModel, bad)
	}
	for _, bad := range []string{`{"date":20261201}`, `{"grant_year":"2026"}`, `{"latest_known_edition":1}`, `{"data":[]}`} {
		assert.Error(t, json.Unmarshal([]byte(bad), &back), bad)
	}
}

// Golden reports of this year's round: an application for 2026 money, evaluated on
// 1 December 2026 with the latest known edition, the new term, and the data basis; and the
// same with the data for 2027 assumed unchanged.
func TestReportGolden2026(t *testing.T) {
	n, a := freshNetwork(2026), freshApplication(lnet.SchemeSelfInitiated, 2026)
	n.Members[2].Representatives = n.Members[2].Representatives[1:]
	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithDate(day(2026, time.December, 1)),
		eligibility.WithDataBasis(basis2026()), eligibility.WithDeadline(testDeadline(2026)))
	require.NoError(t, err)
	golden(t, "report_2026_nb.txt", r.Text(lnet.Bokmal))
	golden(t, "report_2026_nn.txt", r.Text(lnet.Nynorsk))
	golden(t, "report_2026_en.md", r.Markdown(lnet.English))

	r, err = eligibility.EvaluateNetwork(n, eligibility.WithGrantYear(2027), eligibility.WithDate(day(2026, time.December, 1)),
		eligibility.WithDataBasis(basis2027()))
	require.NoError(t, err)
	head := func(s string) string { h, _, _ := strings.Cut(s, "\n\n"); return h + "\n" }
	golden(t, "report_2027_assumed_nb.txt", head(r.Text(lnet.Bokmal)))
	golden(t, "report_2027_assumed_nn.txt", head(r.Text(lnet.Nynorsk)))
	golden(t, "report_2027_assumed_en.md", r.Markdown(lnet.English)[:strings.Index(r.Markdown(lnet.English), "\n### ")+1])
}
