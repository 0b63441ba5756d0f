package glossary_test

import (
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/internal/errtext"
	"github.com/laeringsnettverk/sdk/internal/glossary"
	"github.com/laeringsnettverk/sdk/lnet"
)

// named is one of the SDK's texts in the three languages, named for the messages.
type named struct {
	name string
	text lnet.Text
}

// trio is a value with a name in the three languages.
type trio interface {
	Norwegian() string
	Nynorsk() string
	English() string
}

func names[T trio](kind string, vs []T) []named {
	out := make([]named, len(vs))
	for i, v := range vs {
		out[i] = named{fmt.Sprintf("%s %v", kind, v), lnet.NewText(v.Norwegian(), v.Nynorsk(), v.English())}
	}
	return out
}

func in[T interface{ In(lnet.Language) string }](kind string, vs []T) []named {
	out := make([]named, len(vs))
	for i, v := range vs {
		out[i] = named{fmt.Sprintf("%s %v", kind, v), lnet.NewText(v.In(lnet.Bokmal), v.In(lnet.Nynorsk), v.In(lnet.English))}
	}
	return out
}

// texts returns every text the SDK holds in several languages that the exported API reaches:
// the eligibility catalogue, the editions, every enumeration, the data basis and office
// titles, deadline resolutions and schedule conflicts, and the titles the calendar gives the
// deadlines and meetings it generates, with their resolutions and conflicts. Package-internal
// texts (allocation's table labels, the calendar's agenda and iCalendar words) are checked by
// their packages' own tests with the same [glossary.Check].
func texts(t *testing.T) []named {
	t.Helper()
	var out []named
	for _, r := range eligibility.Catalogue() {
		out = append(out, named{r.ID + " title", r.Title})
		if !r.Note.IsZero() {
			out = append(out, named{r.ID + " note", r.Note})
		}
	}
	for _, e := range eligibility.Editions() {
		out = append(out, named{"edition " + e.String() + " basis", e.Basis()})
	}
	out = append(out, in("edition", eligibility.Editions())...)
	out = append(out, in("severity", []eligibility.Severity{eligibility.Requirement, eligibility.Recommendation, eligibility.Information})...)
	out = append(out, in("status", []eligibility.Status{eligibility.Passed, eligibility.Failed, eligibility.NotApplicable})...)
	out = append(out, in("subject", []eligibility.Subject{eligibility.SubjectNetwork, eligibility.SubjectProject, eligibility.SubjectApplication})...)

	out = append(out, names("language", lnet.Languages())...)
	out = append(out, names("scheme", lnet.Schemes())...)
	out = append(out, names("role", lnet.Roles())...)
	out = append(out, names("partner kind", lnet.PartnerKinds())...)
	out = append(out, names("aim", lnet.Aims())...)
	out = append(out, names("budget category", lnet.BudgetCategories())...)
	out = append(out, names("gathering kind", lnet.GatheringKinds())...)
	out = append(out, names("assessment kind", lnet.AssessmentKinds())...)
	out = append(out, names("decision subject", lnet.DecisionSubjects())...)
	out = append(out, names("seat kind", lnet.SeatKinds())...)
	out = append(out, names("contributor kind", lnet.ContributorKinds())...)
	out = append(out, names("project status", lnet.ProjectStatuses())...)

	out = append(out, names("holiday", calendar.HolidayKinds())...)
	out = append(out, names("event kind", []calendar.EventKind{calendar.EventGathering, calendar.EventStartUp, calendar.EventInformation, calendar.EventSteeringGroup})...)
	out = append(out, names("deadline rule", []calendar.Rule{calendar.RuleFixed, calendar.RuleNextWorkingDay})...)
	out = append(out, names("method", []allocation.Method{allocation.LargestRemainder, allocation.SainteLague, allocation.DHondt})...)

	reg := lnet.DefaultRegister()
	for _, y := range []int{2018, 2026} {
		b, err := reg.Basis(y)
		require.NoError(t, err)
		out = append(out, named{fmt.Sprintf("basis %d", y), lnet.NewText(b.In(lnet.Bokmal), b.In(lnet.Nynorsk), b.In(lnet.English))})
	}
	for _, d := range []date.Date{date.New(2019, 6, 8), date.New(2019, 6, 11), date.New(2019, 12, 25)} {
		for _, rule := range []calendar.Rule{calendar.RuleFixed, calendar.RuleNextWorkingDay} {
			r, err := calendar.Deadline{Kind: calendar.DeadlineAppeal, Title: "Klagefrist", Date: d, Rule: rule}.Resolve()
			require.NoError(t, err)
			out = append(out, named{"resolution " + d.String() + " " + rule.String(), r.Text()})
		}
	}
	// The titles the calendar gives the deadlines and meetings it generates, their
	// resolutions, and the conflicts of a generated plan.
	for _, sc := range lnet.Schemes() {
		for _, d := range []calendar.Deadline{
			calendar.ApplicationDeadline("vestland", sc, 2025, date.New(2025, 6, 1)),
			calendar.SpendBy("vestland", sc, 2025),
			calendar.ReportDeadline("vestland", sc, 2025, date.New(2026, 3, 1), calendar.RuleNextWorkingDay),
		} {
			out = append(out, named{"deadline title " + d.ID, d.Titles})
			r, err := d.Resolve()
			require.NoError(t, err)
			out = append(out, named{"resolution " + d.ID, r.Text()})
		}
	}
	for _, year := range []int{2019, 2025} {
		plan, err := calendar.PlanYear(calendar.PlanRules{Network: "vestland", Year: year, Deadlines: []calendar.Deadline{
			calendar.ApplicationDeadline("vestland", lnet.SchemeFosterHome, year, date.New(year, 6, 1)),
		}})
		require.NoError(t, err)
		for _, e := range plan.Events {
			out = append(out, named{"event title " + e.ID, e.Titles})
		}
		conflicts, err := plan.Check(calendar.Workdays{Off: calendar.AllEves})
		require.NoError(t, err)
		for i, c := range conflicts {
			out = append(out, named{fmt.Sprintf("plan %d conflict %d %s", year, i, c.Kind), c.Message()})
			if !c.Reason.IsZero() {
				out = append(out, named{fmt.Sprintf("plan %d conflict %d %s reason", year, i, c.Kind), c.Reason})
			}
		}
	}
	// The default quiet periods, and the reasons of deadlines that move or stand.
	for _, q := range calendar.DefaultQuietPeriods() {
		out = append(out, named{"quiet period " + q.Name.EN, q.Name}, named{"quiet period " + q.Name.EN + " reason", q.Reason})
	}
	out = append(out, names("quiet scope", []calendar.QuietScope{calendar.ScopeNational, calendar.ScopeCounty, calendar.ScopeMunicipality})...)
	for _, d := range []calendar.Deadline{
		calendar.AppealDeadline("Klagefrist", date.New(2019, 5, 18)),
		calendar.ApplicationDeadline("vestland", lnet.SchemeFosterHome, 2025, date.New(2025, 6, 1)),
		calendar.ReportDeadline("vestland", lnet.SchemeFosterHome, 2025, date.New(2026, 2, 28), calendar.RuleNextWorkingDay),
		calendar.SpendBy("vestland", lnet.SchemeFosterHome, 2024),
	} {
		r, err := d.Resolve()
		require.NoError(t, err)
		out = append(out, named{"resolution reason " + d.Title, r.Reason()})
	}
	// The reasons of the SDK's errors, which lnet.ErrorText renders.
	reasons, err := errtext.Entries()
	require.NoError(t, err)
	for _, e := range reasons {
		out = append(out, named{"error reason " + e.EN, lnet.NewText(e.NB, e.NN, e.EN)})
	}
	return out
}

// TestTextsInThreeLanguages fails when one of the SDK's texts exists in one language and
// not in the others, when its nynorsk text does not use the glossary's nynorsk term where
// the bokmål text uses the bokmål one, or when the nynorsk text holds a bokmål-only word.
func TestTextsInThreeLanguages(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	all := texts(t)
	require.Greater(t, len(all), 100)
	for _, x := range all {
		for _, p := range glossary.Check(x.name, x.text.NB, x.text.NN, x.text.EN, entries) {
			t.Error(p)
		}
		assert.Nil(t, x.text.Missing(), x.name)
	}
}

// The checks can fail: a missing language, a missing nynorsk term and a bokmål word are all
// found.
func TestCheckFails(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	assert.Len(t, glossary.Check("x", "Søknaden er sendt.", "", "Sent.", entries), 1)
	got := glossary.Check("x", "Tilskudd til fosterhjem.", "Tilskot til fosterhjem.", "Grant.", entries)
	require.Len(t, got, 1)
	assert.Contains(t, got[0], "fosterheim")
	got = glossary.Check("x", "Kravet er ikke oppfylt.", "Kravet er ikke oppfylt.", "Not met.", entries)
	assert.Len(t, got, 2, "the nynorsk term and the bokmål word: %v", got)
	assert.Empty(t, glossary.Check("x", "Kravet er ikke oppfylt.", "Kravet er ikkje oppfylt.", "Not met.", entries))
}

func TestGlossary(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, e := range entries {
		assert.False(t, seen[e.NBStem], "duplicate %q", e.NBStem)
		seen[e.NBStem] = true
		assert.Contains(t, e.NN+" "+e.NNStem, e.NNStem)
		for _, b := range glossary.BokmalOnly {
			assert.NotEqual(t, b, e.NNStem, "a nynorsk term is a bokmål-only word")
		}
	}
}

// Office titles follow the rename in all three languages.
func TestOfficeTitleIn(t *testing.T) {
	reg := lnet.DefaultRegister()
	o, err := reg.OfficeOn("vestland", date.New(2021, 3, 1))
	require.NoError(t, err)
	assert.Equal(t, "Statsforvalteren i Vestland", o.TitleIn(lnet.Bokmal))
	assert.Equal(t, "Statsforvaltaren i Vestland", o.TitleIn(lnet.Nynorsk))
	assert.Equal(t, "County Governor of Vestland", o.TitleIn(lnet.English))
	o, err = reg.OfficeOn("hordaland", date.New(2018, 6, 7))
	require.NoError(t, err)
	assert.Equal(t, "Fylkesmannen i Hordaland", o.TitleIn(lnet.Nynorsk))
}
