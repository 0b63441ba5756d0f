package eligibility_test

import (
	"fmt"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// ruleCase is the table test of one catalogue rule: the scheme of the application it is
// tested with, and a change to the fixtures that makes it fail.
type ruleCase struct {
	id     string
	scheme lnet.Scheme
	// otherScheme, if set, is a scheme for which the rule is not applicable.
	otherScheme lnet.Scheme
	break_      func(n *lnet.Network, a *lnet.Application)
	// separate, if set, names the test that covers the rule instead of the table, and why.
	separate string
}

func projectOf(n *lnet.Network, id lnet.ProjectID) *lnet.Project {
	for i := range n.Projects {
		if n.Projects[i].ID == id {
			return &n.Projects[i]
		}
	}
	panic("fixture has no project " + string(id))
}

var ruleCases = []ruleCase{
	{id: "NET-CROSS-BORDER", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.Members = n.Members[:1] }},
	{id: "NET-REGION", separate: "TestRegion (needs the register)"},
	{id: "NET-ANCHORING", separate: "TestNetworkAnchoring (not applicable until recorded)"},
	{id: "NET-PLAN", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.Plan = nil }},
	{id: "NET-PLAN-GROUNDED", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.Plan.Measures[1].Assessments = nil }},
	{id: "NET-PROJECTS", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.Projects = nil }},
	{id: "NET-REPRESENTATIVES", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) {
		n.Members[2].Representatives = n.Members[2].Representatives[1:]
	}},
	{id: "NET-LEADER", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.Leader = nil }},
	{id: "NET-STEERING-GROUP", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.SteeringGroup = nil }},
	{id: "NET-SEVERAL-PROJECTS", separate: "TestSeveralProjectsNeverRefuses (no record can show a lack of room)"},
	{id: "NET-PEER-COMMUNITY", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { n.Gatherings = nil }},
	{id: "PRJ-SCHEME", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { projectOf(n, "p-self").Scheme = 0 }},
	{id: "PRJ-PURPOSE", scheme: lnet.SchemeSelfInitiated, otherScheme: lnet.SchemeFosterHome, break_: func(n *lnet.Network, _ *lnet.Application) { projectOf(n, "p-self").Aims = nil }},
	{id: "PRJ-FROM-PLAN", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { projectOf(n, "p-self").Measure = "" }},
	{id: "PRJ-ANCHORING", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) {
		p := projectOf(n, "p-self")
		p.Anchoring = p.Anchoring[:1]
	}},
	{id: "PRJ-COMPETENCE", scheme: lnet.SchemeSelfInitiated, otherScheme: lnet.SchemeFosterHome, break_: func(n *lnet.Network, _ *lnet.Application) {
		n.Partners = n.Partners[2:]
		n.SteeringGroup.Seats = n.SteeringGroup.Seats[:2]
		projectOf(n, "p-self").Partners = []lnet.PartnerID{"bufetat"}
	}},
	{id: "PRJ-FOSTER-AIM", scheme: lnet.SchemeFosterHome, otherScheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) {
		projectOf(n, "p-foster").Aims = []lnet.Aim{lnet.AimCompetence}
	}},
	{id: "PRJ-BUFETAT", scheme: lnet.SchemeFosterHome, otherScheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) {
		projectOf(n, "p-foster").Partners = nil
		n.Partners = n.Partners[:2]
	}},
	{id: "PRJ-OTHER-SERVICES", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, _ *lnet.Application) { projectOf(n, "p-self").OtherServices = nil }},
	{id: "APP-APPLICANT", scheme: lnet.SchemeSelfInitiated, break_: func(_ *lnet.Network, a *lnet.Application) { a.Office = "rogaland" }},
	{id: "APP-PROJECT", scheme: lnet.SchemeSelfInitiated, break_: func(_ *lnet.Network, a *lnet.Application) { a.Project = "finnes-ikke" }},
	{id: "APP-PROJECT-STAGE", scheme: lnet.SchemeSelfInitiated, break_: func(n *lnet.Network, a *lnet.Application) {
		projectOf(n, a.Project).Status = lnet.ProjectClarifying
	}},
	{id: "APP-SCHEME", scheme: lnet.SchemeSelfInitiated, break_: func(_ *lnet.Network, a *lnet.Application) { a.Scheme = 0 }},
	{id: "APP-PART-COST", scheme: lnet.SchemeSelfInitiated, break_: func(_ *lnet.Network, a *lnet.Application) {
		a.Requested, a.Budget = a.TotalCost, nil
	}},
	{id: "APP-COST-USE", separate: "TestCostUseNoDutyToItemise (passes or is not applicable)"},
	{id: "APP-DEVELOPMENT-COST", scheme: lnet.SchemeSelfInitiated, break_: func(_ *lnet.Network, a *lnet.Application) {
		a.Budget[1].Category = lnet.BudgetOther
	}},
	{id: "APP-DEADLINE", scheme: lnet.SchemeSelfInitiated, break_: func(_ *lnet.Network, a *lnet.Application) {
		late := testDeadline(a.Year).AddDate(0, 0, 1)
		a.Submitted = &late
	}},
}

func evaluateFixture(t *testing.T, e eligibility.Edition, scheme lnet.Scheme, change func(*lnet.Network, *lnet.Application)) eligibility.Report {
	t.Helper()
	year := grantYear(e)
	n, a := freshNetwork(year), freshApplication(scheme, year)
	if change != nil {
		change(&n, &a)
	}
	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithEdition(e), eligibility.WithDeadline(testDeadline(year)))
	require.NoError(t, err)
	return r
}

func statusOf(t *testing.T, r eligibility.Report, id string) eligibility.Status {
	t.Helper()
	f, ok := r.Finding(id)
	require.True(t, ok, "no finding for %s", id)
	return f.Status()
}

// TestRules is the table test of every catalogue rule: in each edition it belongs to, the
// fixtures pass and the broken fixtures fail; in the others it is not applicable; under a
// scheme it does not apply to it is not applicable.
func TestRules(t *testing.T) {
	for _, tc := range ruleCases {
		if tc.separate != "" {
			continue
		}
		info := catalogueInfo(t, tc.id)
		for _, e := range eligibility.Editions() {
			scheme := tc.scheme
			if !e.HasScheme(scheme) {
				continue // a foster-home rule in 2018: covered by the not-in-edition case below
			}
			t.Run(fmt.Sprintf("%s/%s", tc.id, e), func(t *testing.T) {
				good := evaluateFixture(t, e, scheme, nil)
				bad := evaluateFixture(t, e, scheme, tc.break_)
				if !info.InEdition(e) {
					assert.Equal(t, eligibility.NotApplicable, statusOf(t, good, tc.id), "outside its editions")
					assert.Equal(t, eligibility.NotApplicable, statusOf(t, bad, tc.id), "outside its editions")
					return
				}
				assert.Equal(t, eligibility.Passed, statusOf(t, good, tc.id), "passing subject")
				want := eligibility.Failed
				if info.Severity == eligibility.Information {
					want = eligibility.Noted // information never reads as a failure
				}
				assert.Equal(t, want, statusOf(t, bad, tc.id), "failing subject")
				f, _ := bad.Finding(tc.id)
				assert.NotEmpty(t, f.Evidence(), "a failure carries evidence")
				assert.Equal(t, info.Severity == eligibility.Requirement, !bad.Eligible(), "only a failed requirement blocks")
			})
		}
		if tc.otherScheme != 0 {
			for _, e := range eligibility.Editions() {
				if !e.HasScheme(tc.otherScheme) {
					continue
				}
				t.Run(fmt.Sprintf("%s/%s/%s", tc.id, e, tc.otherScheme), func(t *testing.T) {
					r := evaluateFixture(t, e, tc.otherScheme, tc.break_)
					assert.Equal(t, eligibility.NotApplicable, statusOf(t, r, tc.id))
				})
			}
		}
	}
}

func catalogueInfo(t *testing.T, id string) eligibility.RuleInfo {
	t.Helper()
	for _, info := range eligibility.Catalogue() {
		if info.ID == id {
			return info
		}
	}
	t.Fatalf("rule %s is not in the catalogue", id)
	return eligibility.RuleInfo{}
}

// TestRulesCoverCatalogue fails when a catalogue rule has no table test.
func TestRulesCoverCatalogue(t *testing.T) {
	var tested []string
	for _, tc := range ruleCases {
		tested = append(tested, tc.id)
	}
	for _, info := range eligibility.Catalogue() {
		assert.Contains(t, tested, info.ID, "rule without a table test")
	}
}

// The fixtures are eligible in every edition and scheme of it: otherwise the failing cases
// above would prove nothing.
func TestFixturesEligible(t *testing.T) {
	for _, e := range eligibility.Editions() {
		for _, s := range e.Schemes() {
			r := evaluateFixture(t, e, s, nil)
			assert.True(t, r.Eligible(), "%s %s: %v", e, s, r.Blocking())
			assert.Zero(t, r.Count(eligibility.Failed), "%s %s:\n%s", e, s, r.Text(lnet.English))
		}
	}
}

func TestCatalogue(t *testing.T) {
	idForm := regexp.MustCompile(`^[A-Z]+(-[A-Z]+)+$`)
	for _, info := range eligibility.OfficeConditions() {
		assert.Regexp(t, idForm, info.ID)
		assert.NotEmpty(t, info.Office, info.ID)
	}
	seen := map[string]bool{}
	last := eligibility.Subject(0)
	for _, info := range eligibility.Catalogue() {
		assert.Regexp(t, idForm, info.ID)
		assert.False(t, seen[info.ID], "duplicate id %s", info.ID)
		seen[info.ID] = true
		assert.True(t, info.Subject.Valid(), info.ID)
		assert.GreaterOrEqual(t, info.Subject, last, "%s: catalogue is ordered by subject", info.ID)
		last = info.Subject
		assert.True(t, info.Severity.Valid(), info.ID)
		assert.NotEmpty(t, info.Citation, info.ID)
		assert.NotEmpty(t, info.Title.NB, info.ID)
		assert.NotEmpty(t, info.Title.EN, info.ID)
		for _, e := range info.Editions {
			assert.True(t, e.Valid(), info.ID)
		}
	}
	// The catalogue is a copy: changing it does not change the rules.
	c := eligibility.Catalogue()
	c[0].ID = "CHANGED"
	c[0].Editions = append(c[0].Editions, eligibility.Edition2018)
	assert.NotEqual(t, "CHANGED", eligibility.Catalogue()[0].ID)
	// Every rule of an edition, and only those.
	for _, e := range eligibility.Editions() {
		for _, info := range eligibility.CatalogueFor(e) {
			assert.True(t, info.InEdition(e))
		}
	}
	assert.Len(t, eligibility.Rules(), len(eligibility.Catalogue()))
}

// The changes between editions, as the issue states them.
func TestEditionDifferences(t *testing.T) {
	ids := func(e eligibility.Edition) []string {
		var out []string
		for _, info := range eligibility.CatalogueFor(e) {
			out = append(out, info.ID)
		}
		return out
	}
	assert.NotContains(t, ids(eligibility.Edition2018), "PRJ-FOSTER-AIM")
	assert.Contains(t, ids(eligibility.Edition2019), "PRJ-FOSTER-AIM")
	assert.NotContains(t, ids(eligibility.Edition2019), "PRJ-OTHER-SERVICES")
	assert.Contains(t, ids(eligibility.Edition2022), "PRJ-OTHER-SERVICES")
	assert.True(t, slices.Equal(eligibility.Edition2018.Schemes(), []lnet.Scheme{lnet.SchemeSelfInitiated}))

	// A foster-home application in 2018 fails: the scheme did not exist.
	r := evaluateFixture(t, eligibility.Edition2018, lnet.SchemeFosterHome, func(_ *lnet.Network, a *lnet.Application) { a.Year = 2019 })
	assert.Equal(t, eligibility.Failed, statusOf(t, r, "APP-SCHEME"))
	assert.Equal(t, eligibility.Failed, statusOf(t, r, "PRJ-SCHEME"))
	assert.False(t, r.Eligible())
}
