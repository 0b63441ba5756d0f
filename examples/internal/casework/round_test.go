package casework_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// checkRound asserts the invariants of every round: per scheme, the amounts, the residue
// and the unallocated rest add up to the pot; no amount exceeds the amount requested;
// refused applications get nothing; the grants are exactly the amounts above zero, to be
// used by 31 December of the year after the grant year.
func checkRound(t *testing.T, r *sdk.Round) {
	t.Helper()
	granted := map[lnet.ApplicationID]lnet.NOK{}
	for _, g := range r.Grants {
		require.NoError(t, g.Validate())
		assert.Equal(t, lnet.SpendByFor(r.Call.Year), g.SpendBy, g.ID)
		granted[g.Application] = g.Amount
	}
	for _, sc := range r.Call.Schemes {
		s := sc.Scheme
		res, ok := r.Results[s]
		require.True(t, ok, "every scheme of the call has a result: %s", s)
		sum := must(lnet.Sum(res.Allocated, res.Residue, res.Unallocated))
		assert.True(t, sum.Equal(sc.Pot), "%s: %s + %s + %s ≠ pot %s", s, res.Allocated, res.Residue, res.Unallocated, sc.Pot)
		var total lnet.NOK
		for _, sh := range res.Shares() {
			c, ok := r.Case(lnet.ApplicationID(sh.ID))
			require.True(t, ok, sh.ID)
			assert.Empty(t, c.Allocation.Refused, "refused %s is not a share", sh.ID)
			assert.LessOrEqual(t, must(sh.Amount()).Cmp(c.Application.Requested), 0, "%s above the amount requested", sh.ID)
			if must(sh.Amount()).Sign() > 0 {
				assert.True(t, granted[lnet.ApplicationID(sh.ID)].Equal(must(sh.Amount())), "grant of %s", sh.ID)
			}
			total = must(total.Add(must(sh.Amount())))
		}
		assert.True(t, total.Equal(res.Allocated), s)
	}
	for _, c := range r.Cases {
		if c.Allocation.Refused != "" {
			assert.NotContains(t, granted, c.Application.ID, "refused %s has a grant", c.Application.ID)
		}
	}
}

// refused returns the refused application ids with the rule ids of their reasons.
func refused(r *sdk.Round) map[string]string {
	out := map[string]string{}
	for _, c := range r.Cases {
		if c.Allocation.Refused != "" {
			rule, _, _ := strings.Cut(c.Allocation.Refused, ":")
			out[string(c.Application.ID)] = rule
		}
	}
	return out
}

func TestRunNordland2019(t *testing.T) {
	r, err := seeds.Run(seeds.Nordland2019Call(), seeds.Nordland2019Networks(), seeds.Nordland2019Applications())
	require.NoError(t, err)
	checkRound(t, r)
	assert.Equal(t, eligibility.Edition2019, r.Edition)
	for _, s := range lnet.Schemes() {
		d := r.Deadlines[s]
		assert.Equal(t, date.New(2019, 11, 13), d.Due)
		assert.False(t, d.Moved)
		assert.Equal(t, date.New(2020, 12, 31), r.SpendBy[s].Due)
		assert.True(t, r.Results[s].Allocated.Equal(seeds.Nordland2019Call().Pots[s]), "both pots are spent in full")
	}
	// APP-PART-COST ("kan brukes til å dekke deler av") is information: an application for
	// the whole cost is noted, not refused.
	assert.Equal(t, map[string]string{
		"nordland-2019-helgeland-digital": "APP-DEADLINE",
	}, refused(r))
	c, ok := r.Case("nordland-2019-lofoten-rekruttering")
	require.True(t, ok)
	f, _ := c.Report.Finding("APP-PART-COST")
	assert.Equal(t, eligibility.Noted, f.Status())
	_, ok = c.Report.Finding("NORDLAND-SPEND-BY")
	assert.True(t, ok, "the office's condition for its 2019 call applies")
	top, ok := r.Results[lnet.SchemeSelfInitiated].Share("nordland-2019-salten-undersokelse")
	require.True(t, ok)
	assert.True(t, top.Capped, "the top priority reaches its cap")
	assert.Equal(t, "400000", must(top.Amount()).String())
	assert.Len(t, r.Grants, 7)
}

func TestRunInnlandet2022(t *testing.T) {
	r, err := seeds.Run(seeds.Innlandet2022Call(), seeds.Innlandet2022Networks(), seeds.Innlandet2022Applications())
	require.NoError(t, err)
	checkRound(t, r)
	assert.Equal(t, eligibility.Edition2022, r.Edition)
	d := r.Deadlines[lnet.SchemeFosterHome]
	assert.Equal(t, date.New(2021, 8, 1), d.Due, "an announced deadline on a Sunday stands")
	assert.False(t, d.Moved)
	require.NotNil(t, d.DayOff)
	assert.True(t, d.DayOff.Weekend())
	// Nordland's 2019 spend-by condition is not national: nothing is refused on it here.
	assert.Equal(t, map[string]string{
		"innlandet-2022-glamdal-nav": "APP-DEADLINE",
	}, refused(r))
	fh := r.Results[lnet.SchemeFosterHome]
	assert.Equal(t, "0", fh.Unallocated.String(), "nothing is left unallocated by a spend-by rule")
	for _, c := range r.Cases {
		p, err := c.Network.ProjectFor(c.Application)
		require.NoError(t, err)
		f, ok := c.Report.Finding("PRJ-OTHER-SERVICES")
		require.True(t, ok)
		if len(p.OtherServices) > 0 {
			assert.Equal(t, eligibility.Passed, f.Status(), p.ID)
		}
	}
}

func TestRunHordaland2018Waivers(t *testing.T) {
	call := seeds.Hordaland2018Call()
	n, subs := seeds.Hordaland2018Applications()

	// Without waivers, what the sources show (no plan, no leader) refuses everything and
	// the whole pot stays undistributed.
	r, err := seeds.Run(call, []lnet.Network{n}, subs)
	require.NoError(t, err)
	checkRound(t, r)
	assert.Len(t, refused(r), 3)
	res := r.Results[lnet.SchemeSelfInitiated]
	require.NotNil(t, res)
	assert.Zero(t, res.Len())
	assert.True(t, must(res.Unallocated.Add(res.Residue)).Equal(call.Pots[lnet.SchemeSelfInitiated]), "the whole pot stays with the office")
	assert.Empty(t, r.Grants)
	for _, c := range r.Cases {
		assert.Contains(t, c.Allocation.Refused, "NET-LEADER")
	}

	waivers := []sdk.Waiver{{Rule: "NET-PLAN", Reason: "a"}, {Rule: "NET-LEADER", Reason: "b"}, {Rule: "PRJ-FROM-PLAN", Reason: "c"}}
	r, err = seeds.Run(call, []lnet.Network{n}, subs, waivers...)
	require.NoError(t, err)
	checkRound(t, r)
	// PRJ-COMPETENCE is on the network, which works with RKBU Vest and Høgskulen på
	// Vestlandet: no application is refused once the office waives the three.
	assert.Empty(t, refused(r))
	for _, c := range r.Cases {
		assert.Len(t, c.Waived, 3, "the waived requirements still show as failed")
		assert.False(t, c.Report.Eligible())
	}
	res = r.Results[lnet.SchemeSelfInitiated]
	assert.True(t, res.Allocated.Equal(seeds.Pot2018))
}

func TestRunErrors(t *testing.T) {
	call := seeds.Nordland2019Call()
	networks := seeds.Nordland2019Networks()
	sub := seeds.Nordland2019Applications()[0]
	mutate := func(f func(*seeds.Submission)) []seeds.Submission {
		s := sub
		f(&s)
		return []seeds.Submission{s}
	}
	for _, tc := range []struct {
		name     string
		call     seeds.Call
		networks []lnet.Network
		subs     []seeds.Submission
		is       error
		contains string
	}{
		{"unknown network", call, networks, mutate(func(s *seeds.Submission) { s.Application.Network = "nowhere" }), lnet.ErrNotFound, `network "nowhere"`},
		{"other office", call, networks, mutate(func(s *seeds.Submission) { s.Application.Office = "vestland" }), sdk.ErrNotInCall, `: application not in the call: for office "vestland"`},
		{"other year", call, networks, mutate(func(s *seeds.Submission) { s.Application.Year = 2020 }), sdk.ErrNotInCall, "for grant year 2020"},
		{"zero priority", call, networks, mutate(func(s *seeds.Submission) { s.Priority = 0 }), lnet.ErrInvalidValue, "priority 0"},
		{"invalid application", call, networks, mutate(func(s *seeds.Submission) { s.Application.TotalCost = lnet.MustNOK("-1") }), lnet.ErrInvalidModel, "total_cost"},
		{"invalid network", call, []lnet.Network{{ID: "x"}}, nil, lnet.ErrInvalidModel, `networks[0] "x"`},
		{"year without guidelines", seeds.Call{Office: "nordland", Year: 2017, Decided: date.New(2017, 12, 1)}, nil, nil, eligibility.ErrUnknownEdition, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := seeds.Run(tc.call, tc.networks, tc.subs)
			require.Error(t, err)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.ErrorContains(t, err, tc.contains)
		})
	}
}

// Whatever priorities the office gives, the invariants of a round hold and the result does
// not depend on the order of the applications.
func TestRunPropertyPriorities(t *testing.T) {
	rng := rand.New(rand.NewPCG(2019, 11))
	call := seeds.Nordland2019Call()
	networks := seeds.Nordland2019Networks()
	for i := 0; i < 200; i++ {
		subs := seeds.Nordland2019Applications()
		for j := range subs {
			subs[j].Priority = 1 + rng.Int64N(5)
		}
		r, err := seeds.Run(call, networks, subs)
		require.NoError(t, err)
		checkRound(t, r)
		rng.Shuffle(len(subs), func(a, b int) { subs[a], subs[b] = subs[b], subs[a] })
		shuffled, err := seeds.Run(call, networks, subs)
		require.NoError(t, err)
		assert.Equal(t, r.Grants, shuffled.Grants, "round %d depends on the order", i)
	}
}
