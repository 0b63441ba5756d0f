package eligibility_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Regression tests, one per finding of the fidelity review: each would have caught the
// finding it is named after.

func finding(t *testing.T, r eligibility.Report, id string) eligibility.Finding {
	t.Helper()
	f, ok := r.Finding(id)
	require.True(t, ok, "no finding for %s", id)
	return f
}

// APP-SPEND-BY was a Nordland 2019 call condition applied nationally, and it compared the
// project's end, so multi-year projects failed.
func TestAPPSpendByIsANordland2019Condition(t *testing.T) {
	for _, info := range eligibility.Catalogue() {
		assert.NotContains(t, info.ID, "SPEND-BY", "no national spend-by rule")
		assert.NotContains(t, info.Citation, "Nordland")
	}
	n, a := freshNetwork(2019), freshApplication(lnet.SchemeSelfInitiated, 2019)
	n.Office, a.Office = "nordland", "nordland"
	projectOf(&n, "p-self").Period.End = day(2024, time.December, 31) // a multi-year project
	a.UsePeriod = &lnet.Period{Start: day(2019, time.January, 1), End: day(2020, time.December, 31)}

	r, err := eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	_, ok := r.Finding("NORDLAND-SPEND-BY")
	assert.False(t, ok, "not applied without WithOfficeConditions")

	opts := []eligibility.Option{eligibility.WithOfficeConditions("nordland", 2019)}
	r, err = eligibility.EvaluateApplication(a, n, opts...)
	require.NoError(t, err)
	assert.Equal(t, eligibility.Passed, finding(t, r, "NORDLAND-SPEND-BY").Status(), "the money is used by 2020-12-31; the project may go on")

	a.UsePeriod.End = day(2021, time.June, 30)
	r, err = eligibility.EvaluateApplication(a, n, opts...)
	require.NoError(t, err)
	f := finding(t, r, "NORDLAND-SPEND-BY")
	assert.Equal(t, eligibility.Failed, f.Status())
	assert.Equal(t, "use_period.end", f.Evidence()[0].Path)

	a.UsePeriod = nil
	r, err = eligibility.EvaluateApplication(a, n, opts...)
	require.NoError(t, err)
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "NORDLAND-SPEND-BY").Status())

	// Another office's or year's application: not applicable, never refused.
	a.UsePeriod = &lnet.Period{Start: day(2022, time.January, 1), End: day(2024, time.June, 30)}
	n2, a2 := freshNetwork(2022), freshApplication(lnet.SchemeSelfInitiated, 2022)
	n2.Office, a2.Office, a2.UsePeriod = "innlandet", "innlandet", a.UsePeriod
	r, err = eligibility.EvaluateApplication(a2, n2, opts...)
	require.NoError(t, err)
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "NORDLAND-SPEND-BY").Status())
	assert.True(t, r.Eligible())
}

// APP-PART-COST blocked, but its source says "kan"; its budget-sum check is document
// validation.
func TestAPPPartCostIsInformation(t *testing.T) {
	assert.Equal(t, eligibility.Information, catalogueInfo(t, "APP-PART-COST").Severity)
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) {
		a.Requested, a.Budget = a.TotalCost, nil
	})
	assert.Equal(t, eligibility.Noted, finding(t, r, "APP-PART-COST").Status())
	assert.True(t, r.Eligible())

	var bad lnet.Application
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) {
		a.Budget[0].Cost = lnet.MustNOK("250000")
		bad = *a
	})
	assert.Equal(t, eligibility.Passed, finding(t, r, "APP-PART-COST").Status(), "not a guideline rule")
	assert.ErrorIs(t, bad.Validate(), lnet.ErrInvalidModel, "the document's validation catches it")
}

// NET-CROSS-BORDER demanded two services; the sources say several municipalities.
func TestNETCrossBorderCountsMunicipalities(t *testing.T) {
	one := func(n *lnet.Network, _ *lnet.Application) { n.Members = n.Members[2:] } // one service, 1260 and 1256
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, one)
	assert.Equal(t, eligibility.Passed, finding(t, r, "NET-CROSS-BORDER").Status())

	bergen := func(n *lnet.Network, _ *lnet.Application) {
		n.Members = []lnet.Member{
			{Service: lnet.Service{ID: "bergen-nord", Name: "Bergen nord", Host: code("1201"), Municipalities: []lnet.MunicipalityCode{code("1201")}}},
			{Service: lnet.Service{ID: "bergen-sor", Name: "Bergen sør", Host: code("1201"), Municipalities: []lnet.MunicipalityCode{code("1201")}}},
		}
	}
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, bergen)
	assert.Equal(t, eligibility.Failed, finding(t, r, "NET-CROSS-BORDER").Status(), "two services, one municipality")
}

// Nothing checked "bestående av kommuner i fylket": members in the office's region.
func TestRegion(t *testing.T) {
	reg := lnet.DefaultRegister()
	n, a := freshNetwork(2018), freshApplication(lnet.SchemeSelfInitiated, 2018)
	r, err := eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	f := finding(t, r, "NET-REGION")
	assert.Equal(t, eligibility.NotApplicable, f.Status(), "no register")
	assert.Contains(t, f.Evidence()[0].Note.EN, "WithRegister")

	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithRegister(reg))
	require.NoError(t, err)
	f = finding(t, r, "NET-REGION")
	assert.Equal(t, eligibility.Passed, f.Status())
	assert.Contains(t, f.Evidence()[0].Note.NB, "Fylkesmannen i Hordaland")

	n.Members[0].Service.Municipalities = []lnet.MunicipalityCode{code("1103")} // Stavanger, Rogaland
	n.Members[0].Service.Host = code("1103")
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithRegister(reg))
	require.NoError(t, err)
	f = finding(t, r, "NET-REGION")
	assert.Equal(t, eligibility.Failed, f.Status())
	assert.Contains(t, f.Evidence()[0].Note.NB, "1103 Stavanger ligger utenfor området til Fylkesmannen i Hordaland")
	assert.False(t, r.Eligible())
}

// Anchoring of each municipality's participation ("samarbeid på tvers … må forankres i hver
// enkelt kommune") had no rule.
func TestNetworkAnchoring(t *testing.T) {
	info := catalogueInfo(t, "NET-ANCHORING")
	assert.Equal(t, eligibility.Requirement, info.Severity)
	assert.Contains(t, info.Quote, "må forankres i hver enkelt kommune")
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, nil)
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "NET-ANCHORING").Status(), "nothing recorded")

	anchor := func(n *lnet.Network, skip string) {
		for i := range n.Members {
			for _, m := range n.Members[i].Service.Municipalities {
				if m.String() != skip {
					n.Members[i].Anchoring = append(n.Members[i].Anchoring, lnet.Anchoring{Municipality: m, Date: day(2018, time.June, 1), Body: "rådmannen"})
				}
			}
		}
	}
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) { anchor(n, "") })
	assert.Equal(t, eligibility.Passed, finding(t, r, "NET-ANCHORING").Status())
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) { anchor(n, "1256") })
	f := finding(t, r, "NET-ANCHORING")
	assert.Equal(t, eligibility.Failed, f.Status())
	assert.Equal(t, "1256", f.Evidence()[0].Value)
}

// NET-PROJECTS counted a project idea (Basisopplæring) as a started project.
func TestNETProjectsCountsStartedProjectsOnly(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
		n.Projects[0].Status = lnet.ProjectIdea
		n.Projects[1].Status = lnet.ProjectClarifying
	})
	f := finding(t, r, "NET-PROJECTS")
	assert.Equal(t, eligibility.Failed, f.Status())
	assert.Contains(t, evidenceText(f, lnet.Bokmal), "er prosjektidé og teller ikke")
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
		n.Projects[0].Status = lnet.ProjectIdea
		n.Projects[1].Status = lnet.ProjectStarted
	})
	assert.Equal(t, "1", finding(t, r, "NET-PROJECTS").Evidence()[0].Value)
}

// NET-STEERING-GROUP ("vurdere å etablere") passed only when a group existed.
func TestNETSteeringGroupDecisionNotToSetOneUp(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
		n.SteeringGroup = nil
		n.Decisions = []lnet.Decision{{Subject: lnet.DecisionSteeringGroup, Date: day(2018, time.September, 13), Text: "Nettverket trenger ingen styringsgruppe nå."}}
	})
	assert.Equal(t, eligibility.Passed, finding(t, r, "NET-STEERING-GROUP").Status())
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) { n.SteeringGroup = nil })
	assert.Equal(t, eligibility.Noted, finding(t, r, "NET-STEERING-GROUP").Status(), "information never fails")
}

// NET-PEER-COMMUNITY counted gatherings dated after the evaluation date.
func TestNETPeerCommunityOnlyGatheringsHeldByTheDate(t *testing.T) {
	n, a := freshNetwork(2019), freshApplication(lnet.SchemeSelfInitiated, 2019)
	n.Gatherings[0].Date = day(2019, time.February, 12) // planned after the submission
	r, err := eligibility.EvaluateApplication(a, n)
	require.NoError(t, err)
	f := finding(t, r, "NET-PEER-COMMUNITY")
	assert.Equal(t, eligibility.Failed, f.Status())
	assert.Contains(t, evidenceText(f, lnet.English), "after the day of the assessment")
	r, err = eligibility.EvaluateApplication(a, n, eligibility.WithDate(day(2019, time.March, 1)))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Passed, finding(t, r, "NET-PEER-COMMUNITY").Status())
}

// PRJ-COMPETENCE demanded a competence environment per project; the text is at network
// level, and the per-project demand is Vestland's office condition.
func TestPRJCompetenceIsNetworkLevel(t *testing.T) {
	unlinked := func(n *lnet.Network, _ *lnet.Application) { projectOf(n, "p-self").Partners = nil }
	r := evaluateFixture(t, eligibility.Edition2022, lnet.SchemeSelfInitiated, unlinked)
	assert.Equal(t, eligibility.Passed, finding(t, r, "PRJ-COMPETENCE").Status())

	n, a := freshNetwork(2022), freshApplication(lnet.SchemeSelfInitiated, 2022)
	n.Office, a.Office = "vestland", "vestland"
	unlinked(&n, &a)
	r, err := eligibility.EvaluateApplication(a, n, eligibility.WithOfficeConditions("vestland", 2022))
	require.NoError(t, err)
	assert.Equal(t, eligibility.Passed, finding(t, r, "PRJ-COMPETENCE").Status())
	assert.Equal(t, eligibility.Failed, finding(t, r, "VESTLAND-COMPETENCE").Status())
	assert.Equal(t, eligibility.Passed, finding(t, r, "VESTLAND-MUNICIPALITIES").Status())
	assert.Equal(t, eligibility.Passed, finding(t, r, "VESTLAND-PURPOSE").Status())

	// The foster-home exemption, worded "i 2019", is read for later years too, and says so.
	r = evaluateFixture(t, eligibility.Edition2022, lnet.SchemeFosterHome, nil)
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "PRJ-COMPETENCE").Status())
	assert.Contains(t, catalogueInfo(t, "PRJ-COMPETENCE").Note.EN, "later years too")
}

// PRJ-BUFETAT ("kan") showed "ikke oppfylt" for something optional.
func TestPRJBufetatNeverFails(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeFosterHome, func(n *lnet.Network, _ *lnet.Application) {
		projectOf(n, "p-foster").Partners = nil
		n.Partners = n.Partners[:2]
	})
	f := finding(t, r, "PRJ-BUFETAT")
	assert.Equal(t, eligibility.Noted, f.Status())
	assert.NotContains(t, r.Text(lnet.Bokmal), "[ikke oppfylt] PRJ-BUFETAT")
	assert.Contains(t, r.Text(lnet.Bokmal), "[til orientering] PRJ-BUFETAT")
	assert.Contains(t, r.Text(lnet.Nynorsk), "[til orientering] PRJ-BUFETAT")
}

// APP-COST-USE invented a duty to itemise the budget.
func TestCostUseNoDutyToItemise(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) { a.Budget = nil })
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "APP-COST-USE").Status())
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "APP-DEVELOPMENT-COST").Status())
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, nil)
	assert.Equal(t, eligibility.Passed, finding(t, r, "APP-COST-USE").Status())
}

// NET-SEVERAL-PROJECTS: "skal være rom for" is a requirement no record can show unmet.
func TestSeveralProjectsNeverRefuses(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) { n.Projects = n.Projects[:1] })
	assert.Equal(t, eligibility.Passed, finding(t, r, "NET-SEVERAL-PROJECTS").Status())
	r = evaluateFixture(t, eligibility.Edition2019, lnet.SchemeSelfInitiated, func(n *lnet.Network, _ *lnet.Application) {
		for i := range n.Projects {
			n.Projects[i].Status = lnet.ProjectIdea
		}
	})
	assert.Equal(t, eligibility.NotApplicable, finding(t, r, "NET-SEVERAL-PROJECTS").Status())
}

// Evidence named offices by id ("embetet hordaland").
func TestEvidenceUsesOfficeTitles(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2018, lnet.SchemeSelfInitiated, func(_ *lnet.Network, a *lnet.Application) { a.Office = "rogaland" })
	f := finding(t, r, "APP-APPLICANT")
	assert.Equal(t, "Søknaden er sendt til Fylkesmannen i Rogaland, men nettverket følges opp av Fylkesmannen i Hordaland.", f.Evidence()[0].Note.NB)
	assert.Contains(t, f.Evidence()[0].Note.EN, "County Governor of Rogaland")
}

var modalVerb = map[string]eligibility.Severity{
	"skal": eligibility.Requirement, "må": eligibility.Requirement,
	"bør": eligibility.Recommendation,
	"kan": eligibility.Information, "vurdere": eligibility.Information,
}

// Every rule's severity follows the modal verb of its quoted sentence; no requirement rests
// on a "kan" sentence; a rule whose sentence has no modal verb says how it is read; every
// rule has texts in bokmål, nynorsk and English.
func TestSeverityFollowsTheModalVerb(t *testing.T) {
	word := func(w string) *regexp.Regexp { return regexp.MustCompile(`(^|[^\p{L}])` + w + `([^\p{L}]|$)`) }
	all := append(eligibility.Catalogue(), eligibility.OfficeConditions()...)
	for _, info := range all {
		for _, m := range []eligibility.Message{info.Title} {
			assert.NotEmpty(t, m.NB, info.ID)
			assert.NotEmpty(t, m.NN, info.ID)
			assert.NotEmpty(t, m.EN, info.ID)
		}
		if !info.Note.IsZero() {
			assert.True(t, info.Note.NB != "" && info.Note.NN != "" && info.Note.EN != "", "%s: note in all three languages", info.ID)
		}
		if info.Modal == "" {
			assert.False(t, info.Note.IsZero(), "%s: no modal verb, so the note must say how the SDK reads it", info.ID)
			assert.NotEqual(t, eligibility.Recommendation, info.Severity, info.ID)
			if info.Severity == eligibility.Requirement && info.Quote != "" {
				assert.False(t, word("kan").MatchString(info.Quote), "%s: a requirement quoting a kan sentence", info.ID)
			}
			continue
		}
		want, ok := modalVerb[info.Modal]
		require.True(t, ok, "%s: unknown modal %q", info.ID, info.Modal)
		assert.Equal(t, want, info.Severity, "%s: %q", info.ID, info.Modal)
		assert.True(t, word(info.Modal).MatchString(info.Quote), "%s: %q not in the quote", info.ID, info.Modal)
		if info.Severity == eligibility.Requirement {
			assert.NotEqual(t, "kan", info.Modal, info.ID)
		}
	}
	// National rules quote the 2019 guidelines (or the 2022 direction) exactly.
	for _, info := range eligibility.Catalogue() {
		assert.Empty(t, info.Office, "%s: national", info.ID)
		if info.ID != "APP-DEADLINE" {
			assert.NotEmpty(t, info.Quote, info.ID)
		}
		assert.False(t, strings.ContainsAny(info.Title.NB+info.Note.NB, `"`), "%s: ASCII quotes in bokmål", info.ID)
	}
}

// Office conditions are never national: each names its office, and an evaluation without
// WithOfficeConditions has none of their findings.
func TestOfficeConditionsNeverNational(t *testing.T) {
	r := evaluateFixture(t, eligibility.Edition2022, lnet.SchemeSelfInitiated, nil)
	for _, info := range eligibility.OfficeConditions() {
		assert.NotEmpty(t, info.Office, info.ID)
		_, ok := r.Finding(info.ID)
		assert.False(t, ok, info.ID)
	}
	assert.Len(t, eligibility.OfficeConditionsFor("vestland", 2021), 3)
	assert.Len(t, eligibility.OfficeConditionsFor("vestland", 2020), 0)
	assert.Len(t, eligibility.OfficeConditionsFor("nordland", 2019), 1)
	assert.NotEmpty(t, eligibility.OfficeConditionsFor("more-og-romsdal", 2024))
	_, err := eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, 2022), freshNetwork(2022),
		eligibility.WithOfficeConditions("vestland", 2022), eligibility.WithOfficeConditions("vestland", 2022))
	assert.NoError(t, err, "the same call twice adds its conditions once")
	_, err = eligibility.EvaluateApplication(freshApplication(lnet.SchemeSelfInitiated, 2022), freshNetwork(2022), eligibility.WithOfficeConditions(" bad", 2022))
	assert.ErrorIs(t, err, eligibility.ErrInvalidValue)
}
