package seeds_test

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The real figures of the calls (as the sources give them).
func TestCalls(t *testing.T) {
	for _, tc := range []struct {
		name     string
		call     seeds.Call
		pots     map[lnet.Scheme]string
		deadline date.Date
	}{
		{"hordaland 2018", seeds.Hordaland2018Call(), map[lnet.Scheme]string{lnet.SchemeSelfInitiated: "650000"}, date.New(2018, 11, 1)},
		{"nordland 2019", seeds.Nordland2019Call(), map[lnet.Scheme]string{lnet.SchemeSelfInitiated: "950000", lnet.SchemeFosterHome: "2100000"}, date.New(2019, 11, 13)},
		{"innlandet 2022", seeds.Innlandet2022Call(), map[lnet.Scheme]string{lnet.SchemeSelfInitiated: "1100000", lnet.SchemeFosterHome: "2300000"}, date.New(2021, 8, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.call
			require.Len(t, c.Pots, len(tc.pots))
			for s, want := range tc.pots {
				assert.Equal(t, want, c.Pots[s].String(), s.String())
			}
			assert.Equal(t, tc.deadline, c.Deadline)
			assert.Len(t, c.Schemes(), len(tc.pots))
			assert.NotEmpty(t, c.Source)
			assert.Less(t, c.Deadline, c.Decided, "decided after the deadline")
			assert.Less(t, c.Decided, lnet.SpendByFor(c.Year))
			assert.True(t, c.Unit.Sign() > 0)
			_, err := lnet.OfficeOn(c.Office, c.Deadline)
			assert.NoError(t, err, "office %s exists on the deadline", c.Office)
		})
	}
}

// The calls agree with the deadlines the calendar package records from the same sources.
func TestCallsAgreeWithKnownDeadlines(t *testing.T) {
	for _, c := range []seeds.Call{seeds.Nordland2019Call(), seeds.Innlandet2022Call()} {
		found := 0
		for _, d := range calendar.KnownApplicationDeadlines() {
			if d.Office == c.Office && d.Year == c.Year {
				found++
				assert.Equal(t, c.Deadline, d.Date, "%s %d %s", c.Office, c.Year, d.Scheme)
				assert.Contains(t, c.Pots, d.Scheme)
			}
		}
		assert.Equal(t, len(c.Pots), found, "%s %d: one known deadline per scheme", c.Office, c.Year)
	}
}

// fixture is a call with its networks and applications.
type fixture struct {
	name     string
	call     seeds.Call
	county   lnet.CountyCode
	networks []lnet.Network
	subs     []seeds.Submission
}

func fixtures() []fixture {
	n, subs := seeds.Hordaland2018Applications()
	return []fixture{
		{"hordaland 2018", seeds.Hordaland2018Call(), 12, []lnet.Network{n}, subs},
		{"nordland 2019", seeds.Nordland2019Call(), 18, seeds.Nordland2019Networks(), seeds.Nordland2019Applications()},
		{"innlandet 2022", seeds.Innlandet2022Call(), 34, seeds.Innlandet2022Networks(), seeds.Innlandet2022Applications()},
	}
}

// Every network and application validates; every municipality is a real one of the
// office's county on the deadline day; every application is for a project of its network
// under the project's scheme, with a unique id and a priority of 1 to 3.
func TestFixtures(t *testing.T) {
	for _, f := range fixtures() {
		t.Run(f.name, func(t *testing.T) {
			byID := map[lnet.NetworkID]lnet.Network{}
			for _, n := range f.networks {
				require.NoError(t, n.Validate(), n.ID)
				assert.Equal(t, f.call.Office, n.Office)
				assert.Equal(t, []lnet.CountyCode{f.county}, n.Counties(), n.ID)
				for _, m := range n.Municipalities() {
					got, err := lnet.MunicipalityOn(m, f.call.Deadline)
					require.NoError(t, err, "%s: municipality %s", n.ID, m)
					assert.Equal(t, f.county, got.County)
				}
				byID[n.ID] = n
			}
			ids := map[lnet.ApplicationID]bool{}
			for _, s := range f.subs {
				a := s.Application
				require.NoError(t, a.Validate(), a.ID)
				assert.False(t, ids[a.ID], "duplicate id %s", a.ID)
				ids[a.ID] = true
				assert.Equal(t, f.call.Year, a.Year)
				assert.Contains(t, f.call.Pots, a.Scheme)
				n, ok := byID[a.Network]
				require.True(t, ok, a.ID)
				p, err := n.ProjectFor(a)
				require.NoError(t, err, a.ID)
				assert.Equal(t, p.Scheme, a.Scheme, a.ID)
				assert.GreaterOrEqual(t, s.Priority, int64(1))
				assert.LessOrEqual(t, s.Priority, int64(3))
				cost, requested, err := a.BudgetTotals()
				require.NoError(t, err)
				assert.True(t, cost.Equal(a.TotalCost) && requested.Equal(a.Requested), "%s: budget adds up", a.ID)
			}
		})
	}
}

// The Hordaland applications add details to the network of the sources, never remove any.
func TestHordaland2018ApplicationsKeepTheSources(t *testing.T) {
	src := seeds.Hordaland2018()
	n, subs := seeds.Hordaland2018Applications()
	assert.Len(t, subs, len(src.Projects), "one application per project idea")
	assert.Equal(t, src.Members, n.Members)
	assert.Equal(t, src.Decisions, n.Decisions)
	assert.Equal(t, src.Gatherings, n.Gatherings)
	assert.Nil(t, n.Leader)
	assert.Nil(t, n.Plan)
	for i, p := range n.Projects {
		assert.Equal(t, src.Projects[i].ID, p.ID)
		assert.Equal(t, src.Projects[i].Title, p.Title)
		for _, partner := range src.Projects[i].Partners {
			assert.Contains(t, p.Partners, partner)
		}
	}
}

func TestHordaland2018Schedule(t *testing.T) {
	s := seeds.Hordaland2018Schedule()
	require.NoError(t, s.Validate())
	days := map[date.Date]bool{}
	for _, e := range s.Events {
		days[e.Date] = true
	}
	for _, d := range s.Deadlines {
		days[d.Date] = true
	}
	for _, d := range []date.Date{seeds.SurveyDue, seeds.StartUp, seeds.Gathering2018, seeds.HostDue, seeds.ApplicationDeadline, seeds.Gathering2019} {
		assert.True(t, days[d], "the schedule has the seed date %s", d)
	}
	conflicts, err := s.Check(calendar.Workdays{Off: calendar.AllEves})
	require.NoError(t, err)
	for _, c := range conflicts {
		assert.NotEqual(t, calendar.SeverityError, c.Severity, "no conflict to fix in the sources' calendar: %s", c)
	}
}
