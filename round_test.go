package sdk_test

import (
	"bytes"
	"errors"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/internal/glossary"
	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkRound asserts the invariants of every round: per scheme, the amounts, the residue and
// the unallocated rest add up to the pot; no amount exceeds the amount requested; refused
// applications get nothing; the grants are exactly the amounts above zero, decided on the
// day of the decision, to be used by the spend-by date.
func checkRound(t *testing.T, r *sdk.Round) {
	t.Helper()
	granted := map[lnet.ApplicationID]lnet.NOK{}
	for _, g := range r.Grants {
		require.NoError(t, g.Validate())
		assert.Equal(t, lnet.SpendByFor(r.Call.Year), g.SpendBy, g.ID)
		assert.Equal(t, r.Call.Decided, g.Decided, g.ID)
		granted[g.Application] = g.Amount
	}
	for _, sc := range r.Call.Schemes {
		res := r.Results[sc.Scheme]
		require.NotNil(t, res, sc.Scheme)
		assert.True(t, must(lnet.Sum(res.Allocated, res.Residue, res.Unallocated)).Equal(sc.Pot), "%s: the pot reconciles", sc.Scheme)
		for _, sh := range res.Shares() {
			c, ok := r.Case(lnet.ApplicationID(sh.ID))
			require.True(t, ok)
			assert.False(t, c.Refused())
			assert.LessOrEqual(t, must(sh.Amount()).Cmp(c.Application.Requested), 0)
			if must(sh.Amount()).Sign() > 0 {
				assert.True(t, granted[c.Application.ID].Equal(must(sh.Amount())))
			}
		}
	}
	for _, c := range r.Cases {
		if c.Refused() {
			assert.NotContains(t, granted, c.Application.ID)
			assert.NotEmpty(t, c.Allocation.Refused)
		}
	}
}

func TestRun(t *testing.T) {
	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	require.NoError(t, err)
	checkRound(t, r)
	assert.Equal(t, eligibility.Edition2022, r.Edition)
	assert.Equal(t, "Statsforvalteren i Vestland", r.Office.Title)
	assert.Equal(t, date.New(2026, 3, 1), r.Deadlines[lnet.SchemeSelfInitiated].Due, "a Sunday: an announced deadline stands")
	assert.Equal(t, date.New(2026, 4, 1), r.Deadlines[lnet.SchemeFosterHome].Due)
	assert.Equal(t, date.New(2026, 6, 5), r.Appeal.Due)

	// Sent 10 March: late for self-initiated (1 March), in time for foster home (1 April).
	late, ok := r.Case("vestland-2026-dialog")
	require.True(t, ok)
	require.Len(t, late.Refusals, 1)
	assert.Equal(t, "APP-DEADLINE", late.Refusals[0].Rule())
	assert.Contains(t, late.Allocation.Refused, "APP-DEADLINE: Sendt 2026-03-10, 9 dager etter fristen 2026-03-01.")
	inTime, ok := r.Case("vestland-2026-fosterhjem")
	require.True(t, ok)
	assert.Empty(t, inTime.Refusals)
	f, _ := inTime.Report.Finding("APP-DEADLINE")
	assert.Equal(t, eligibility.Passed, f.Status())

	res := r.Results[lnet.SchemeSelfInitiated]
	require.Len(t, res.Refused, 1, "the refusal is carried into the allocation with its reason")
	assert.Equal(t, "vestland-2026-dialog", res.Refused[0].ID)
	assert.Equal(t, late.Allocation.Refused, res.Refused[0].Reason)

	var ids []lnet.GrantID
	for _, g := range r.Grants {
		ids = append(ids, g.ID)
	}
	assert.Equal(t, []lnet.GrantID{"tilskudd-vestland-2026-barnesamtaler", "tilskudd-vestland-2026-fosterhjem"}, ids)
	g, ok := r.Grant("vestland-2026-fosterhjem")
	require.True(t, ok)
	assert.Equal(t, "800000", g.Amount.String())
	_, ok = r.Grant("vestland-2026-dialog")
	assert.False(t, ok)
	_, ok = r.Case("nowhere")
	assert.False(t, ok)

	var outcomes []string
	for _, d := range r.Decisions() {
		outcomes = append(outcomes, string(d.Application)+" "+d.Outcome.String())
	}
	assert.Equal(t, []string{"vestland-2026-barnesamtaler granted", "vestland-2026-dialog refused", "vestland-2026-fosterhjem granted"}, outcomes)
}

// The round runs for any grant year the register covers, not only the years of the seeds.
func TestRunYears(t *testing.T) {
	for _, year := range []int{2020, 2023, 2026} {
		r, err := sdk.Run(call(year), []lnet.Network{network(year)}, submissions(year))
		require.NoError(t, err, year)
		checkRound(t, r)
		assert.Len(t, r.Grants, 2, year)
	}
}

func TestRunWeights(t *testing.T) {
	subs := submissions(2026)
	subs[0].Weight = nil
	_, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, subs)
	require.ErrorIs(t, err, sdk.ErrMissingWeight)
	var ae *sdk.ApplicationError
	require.True(t, errors.As(err, &ae))
	assert.Equal(t, lnet.ApplicationID("vestland-2026-barnesamtaler"), ae.ID)
	assert.Equal(t, 0, ae.Index)
	assert.ErrorContains(t, err, `applications[0] "vestland-2026-barnesamtaler": application without a weight`)

	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, subs, sdk.WithRequestedAsWeight())
	require.NoError(t, err)
	c, _ := r.Case("vestland-2026-barnesamtaler")
	assert.True(t, c.DefaultWeight)
	assert.Equal(t, "400000", c.Weight.String(), "weight = amount requested")
	other, _ := r.Case("vestland-2026-fosterhjem")
	assert.False(t, other.DefaultWeight)
	assert.Equal(t, "1", other.Weight.String(), "a given weight is kept")
}

func TestRunWaivers(t *testing.T) {
	reason := "Søknaden kom inn med feil adresse før fristen."
	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026),
		sdk.WithWaivers(sdk.Waiver{Rule: "APP-DEADLINE", Reason: reason}))
	require.NoError(t, err)
	checkRound(t, r)
	c, _ := r.Case("vestland-2026-dialog")
	assert.False(t, c.Refused())
	require.Len(t, c.Waived, 1)
	assert.Equal(t, "APP-DEADLINE", c.Waived[0].Rule())
	assert.False(t, c.Report.Eligible(), "a waived requirement still shows as failed")
	assert.Equal(t, []sdk.Waiver{{Rule: "APP-DEADLINE", Reason: reason}}, r.Waivers)
	_, ok := r.Grant("vestland-2026-dialog")
	assert.True(t, ok)
	var b strings.Builder
	require.NoError(t, r.WriteDecisionTable(&b, lnet.Nynorsk))
	assert.Contains(t, b.String(), "unntak: APP-DEADLINE")
	assert.Contains(t, b.String(), "APP-DEADLINE: "+reason)
}

func TestRunErrors(t *testing.T) {
	nets := []lnet.Network{network(2026)}
	subs := submissions(2026)
	withCall := func(f func(*sdk.Call)) sdk.Call {
		c := call(2026)
		c.Schemes = append([]sdk.SchemeCall{}, c.Schemes...)
		f(&c)
		return c
	}
	withApp := func(f func(*lnet.Application)) []sdk.Submission {
		out := append([]sdk.Submission{}, subs...)
		f(&out[1].Application)
		return out
	}
	for _, tc := range []struct {
		name     string
		call     sdk.Call
		networks []lnet.Network
		subs     []sdk.Submission
		opts     []sdk.Option
		is       []error
		contains string
	}{
		{"empty call", sdk.Call{}, nil, nil, nil, []error{sdk.ErrInvalidCall}, "office"},
		{"ill-formed office", withCall(func(c *sdk.Call) { c.Office = "Vest Land" }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "office"},
		{"unknown office", withCall(func(c *sdk.Call) { c.Office = "atlantis" }), nets, subs, nil, []error{sdk.ErrInvalidCall, lnet.ErrNotFound}, `no office "atlantis"`},
		{"office gone by the decision", withCall(func(c *sdk.Call) { c.Office = "hordaland" }), nets, subs, nil, []error{sdk.ErrInvalidCall, lnet.ErrNotFound}, "hordaland"},
		{"no year", withCall(func(c *sdk.Call) { c.Year = 0 }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "year: 0"},
		{"year without guidelines", withCall(func(c *sdk.Call) { c.Year = 2017 }), nets, subs, nil, []error{sdk.ErrInvalidCall, eligibility.ErrUnknownEdition}, "2017"},
		{"no decision", withCall(func(c *sdk.Call) { c.Decided = 0 }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "decided: missing"},
		{"no schemes", withCall(func(c *sdk.Call) { c.Schemes = nil }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "schemes: empty"},
		{"undefined scheme", withCall(func(c *sdk.Call) { c.Schemes[1].Scheme = 9 }), nets, subs, nil, []error{sdk.ErrInvalidCall, lnet.ErrInvalidScheme}, "schemes[1].scheme"},
		{"scheme twice", withCall(func(c *sdk.Call) { c.Schemes[1].Scheme = lnet.SchemeSelfInitiated }), nets, subs, nil, []error{sdk.ErrInvalidCall, sdk.ErrDuplicate}, "schemes[1].scheme"},
		{"negative pot", withCall(func(c *sdk.Call) { c.Schemes[0].Pot = lnet.MustNOK("-1") }), nets, subs, nil, []error{sdk.ErrInvalidCall, lnet.ErrInvalidAmount}, "schemes[0].pot"},
		{"negative unit", withCall(func(c *sdk.Call) { c.Schemes[0].Unit = lnet.MustNOK("-1") }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "schemes[0].unit"},
		{"no deadline", withCall(func(c *sdk.Call) { c.Schemes[1].Deadline = 0 }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "schemes[1].deadline"},
		{"decision before a deadline", withCall(func(c *sdk.Call) { c.Decided = date.New(2026, 3, 15) }), nets, subs, nil, []error{sdk.ErrInvalidCall}, "before the foster_home deadline"},
		{"waiver of an unknown rule", call(2026), nets, subs, []sdk.Option{sdk.WithWaivers(sdk.Waiver{Rule: "APP-DEADLIEN", Reason: "x"})}, []error{sdk.ErrInvalidCall}, `waivers[0].rule: "APP-DEADLIEN"`},
		{"waiver without a reason", call(2026), nets, subs, []sdk.Option{sdk.WithWaivers(sdk.Waiver{Rule: "APP-DEADLINE"})}, []error{sdk.ErrInvalidCall}, "waivers[0].reason"},
		{"invalid network", call(2026), []lnet.Network{{ID: "x"}}, nil, nil, []error{lnet.ErrInvalidModel}, `networks[0] "x"`},
		{"network twice", call(2026), []lnet.Network{network(2026), network(2026)}, nil, nil, []error{sdk.ErrDuplicate}, `networks[1] "vestland-sor"`},
		{"other office", call(2026), nets, withApp(func(a *lnet.Application) { a.Office = "rogaland" }), nil, []error{sdk.ErrNotInCall}, `applications[1] "vestland-2026-dialog": application not in the call: for office "rogaland"`},
		{"other year", call(2026), nets, withApp(func(a *lnet.Application) { a.Year = 2025 }), nil, []error{sdk.ErrNotInCall}, "for grant year 2025"},
		{"scheme without a pot", withCall(func(c *sdk.Call) { c.Schemes = c.Schemes[1:] }), nets, subs, nil, []error{sdk.ErrNotInCall}, `applications[0] "vestland-2026-barnesamtaler": application not in the call: scheme self_initiated`},
		{"network not given", call(2026), nets, withApp(func(a *lnet.Application) { a.Network = "elsewhere" }), nil, []error{sdk.ErrNotInCall, lnet.ErrNotFound}, `network "elsewhere"`},
		{"invalid application", call(2026), nets, withApp(func(a *lnet.Application) { a.Requested = lnet.MustNOK("0") }), nil, []error{lnet.ErrInvalidModel}, `applications[1] "vestland-2026-dialog"`},
		{"application twice", call(2026), nets, append(append([]sdk.Submission{}, subs...), subs[0]), nil, []error{sdk.ErrDuplicate}, `applications[3] "vestland-2026-barnesamtaler"`},
		{"all weights zero", call(2026), nets, func() []sdk.Submission {
			out := append([]sdk.Submission{}, subs...)
			zero := allocation.IntWeight(0)
			out[2].Weight = &zero
			return out
		}(), nil, []error{allocation.ErrZeroWeights}, "foster_home pot"},
		{"too many applications", call(2026), nets, make([]sdk.Submission, sdk.MaxApplications+1), nil, []error{sdk.ErrInvalidCall}, "more than the limit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := sdk.Run(tc.call, tc.networks, tc.subs, tc.opts...)
			require.Error(t, err)
			assert.Nil(t, r)
			for _, is := range tc.is {
				assert.ErrorIs(t, err, is)
			}
			assert.ErrorContains(t, err, tc.contains)
			// Every error of the round speaks Norwegian too (lnet.ErrorText).
			assert.NotEqual(t, err.Error(), lnet.ErrorText(err, lnet.Bokmal))
			assert.NotEqual(t, err.Error(), lnet.ErrorText(err, lnet.Nynorsk))
			assert.Equal(t, err.Error(), lnet.ErrorText(err, lnet.English))
		})
	}
}

// Zero values and nils are errors or empty rounds, never panics.
func TestRunZeroValues(t *testing.T) {
	assert.NotPanics(t, func() {
		_, err := sdk.Run(sdk.Call{}, nil, nil, nil)
		assert.ErrorIs(t, err, sdk.ErrInvalidCall)
		_, err = sdk.Run(call(2026), nil, []sdk.Submission{{}})
		assert.ErrorIs(t, err, lnet.ErrInvalidModel)
	})
	r, err := sdk.Run(call(2026), nil, nil)
	require.NoError(t, err, "a call without applications is a round in which nothing is granted")
	assert.Empty(t, r.Grants)
	assert.Empty(t, r.Decisions())
	for _, sc := range r.Call.Schemes {
		assert.True(t, must(r.Results[sc.Scheme].Unallocated.Add(r.Results[sc.Scheme].Residue)).Equal(sc.Pot))
	}
	var b strings.Builder
	require.NoError(t, r.WriteDecisionTable(&b, lnet.English))
	assert.Contains(t, b.String(), "No applications.")
}

func TestCheckLimits(t *testing.T) {
	assert.NoError(t, sdk.CheckLimits(sdk.MaxApplications, sdk.MaxNetworks, sdk.MaxWaivers), "just under")
	for _, over := range [][3]int{
		{sdk.MaxApplications + 1, 0, 0},
		{0, sdk.MaxNetworks + 1, 0},
		{0, 0, sdk.MaxWaivers + 1},
	} {
		err := sdk.CheckLimits(over[0], over[1], over[2])
		assert.ErrorIs(t, err, sdk.ErrInvalidCall, "just over: %v", over)
		assert.ErrorContains(t, err, "more than the limit")
	}
}

// Whatever weights the office gives, the invariants hold and the round does not depend on
// the order of the applications.
func TestRunPropertyWeightsAndOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 12))
	nets := []lnet.Network{network(2026)}
	for i := 0; i < 100; i++ {
		subs := submissions(2026)
		for j := range subs {
			w := allocation.IntWeight(1 + rng.Uint64N(9))
			subs[j].Weight = &w
		}
		r, err := sdk.Run(call(2026), nets, subs)
		require.NoError(t, err)
		checkRound(t, r)
		rng.Shuffle(len(subs), func(a, b int) { subs[a], subs[b] = subs[b], subs[a] })
		shuffled, err := sdk.Run(call(2026), nets, subs)
		require.NoError(t, err)
		assert.Equal(t, r.Grants, shuffled.Grants, "round %d depends on the order", i)
		assert.Equal(t, r.Decisions(), shuffled.Decisions())
	}
}

func TestSchedule(t *testing.T) {
	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	require.NoError(t, err)
	s, err := r.Schedule()
	require.NoError(t, err)
	require.NoError(t, s.Validate())
	assert.Equal(t, "vestland-2026", s.Network)
	var deadlines []string
	for _, d := range s.Deadlines {
		deadlines = append(deadlines, d.ID+" "+d.Date.String())
	}
	assert.Equal(t, []string{
		"application-self_initiated-2026 2026-03-01", "spend_by-self_initiated-2026 2027-12-31",
		"application-foster_home-2026 2026-04-01", "spend_by-foster_home-2026 2027-12-31",
		"appeal-2026 2026-06-05",
	}, deadlines)
	require.Len(t, s.Events, 2)
	assert.Equal(t, "vestland-sor-gathering-2026-02-10", s.Events[0].ID)
	assert.Equal(t, []string{"vestland-sor"}, s.Events[0].Attendees)
	var ics bytes.Buffer
	require.NoError(t, calendar.WriteICS(&ics, s, calendar.ICSOptions{}))
	assert.Contains(t, ics.String(), "BEGIN:VEVENT")

	bad := network(2026)
	bad.ID = "Vestland Sør"
	r, err = sdk.Run(call(2026), []lnet.Network{bad}, nil)
	require.NoError(t, err)
	_, err = r.Schedule()
	require.ErrorIs(t, err, lnet.ErrInvalidModel)
	assert.ErrorContains(t, err, `networks[0] "Vestland Sør"`)
}

func TestWriteDecisionTableGolden(t *testing.T) {
	subs := submissions(2026)
	subs = append(subs, sdk.Submission{Application: application(2026, "fosterhjem", lnet.SchemeFosterHome, 150_000, date.New(2026, time.March, 30))})
	subs[3].Application.ID = "vestland-2026-null"
	zero := allocation.IntWeight(0)
	subs[3].Weight = &zero
	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, subs)
	require.NoError(t, err)
	for _, lang := range lnet.Languages() {
		t.Run(lang.String(), func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, r.WriteDecisionTable(&b, lang))
			path := filepath.Join("testdata", "decision."+lang.String()+".golden")
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create %s", path)
			assert.Equal(t, string(want), b.String())
		})
	}
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("disk full")
}

func TestWriteDecisionTableWriteError(t *testing.T) {
	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	require.NoError(t, err)
	f := &failingWriter{}
	assert.EqualError(t, r.WriteDecisionTable(f, lnet.Bokmal), "disk full")
	assert.Equal(t, 1, f.n, "nothing is written after the first error")
}

func TestOutcome(t *testing.T) {
	for _, tc := range []struct {
		o              sdk.Outcome
		id, nb, nn, en string
	}{
		{sdk.OutcomeGranted, "granted", "innvilget", "innvilga", "granted"},
		{sdk.OutcomeNotGranted, "not_granted", "ikke tildelt midler", "ikkje tildelt midlar", "no money allocated"},
		{sdk.OutcomeRefused, "refused", "avslått", "avslått", "refused"},
		{0, "", "", "", ""},
	} {
		assert.Equal(t, tc.id, tc.o.String())
		assert.Equal(t, tc.nb, tc.o.In(lnet.Bokmal))
		assert.Equal(t, tc.nn, tc.o.In(lnet.Nynorsk))
		assert.Equal(t, tc.en, tc.o.In(lnet.English))
	}
}

// Every text of the decision table exists in the three languages and its nynorsk uses the
// glossary's terms.
func TestTextsInThreeLanguages(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	texts := sdk.Texts()
	require.Greater(t, len(texts), 20)
	for name, x := range texts {
		for _, p := range glossary.Check(name, x.NB, x.NN, x.EN, entries) {
			t.Error(p)
		}
	}
}

// A Round not made by Run, zero or nil, is an error or empty, never a panic.
func TestRoundZeroAndNil(t *testing.T) {
	var null *sdk.Round
	hand := &sdk.Round{Call: call(2026)}
	for _, r := range []*sdk.Round{null, {}, hand} {
		assert.NotPanics(t, func() {
			_, ok := r.Case("x")
			assert.False(t, ok)
			_, ok = r.Grant("x")
			assert.False(t, ok)
			assert.Empty(t, r.Decisions())
			_, err := r.Schedule()
			assert.Error(t, err)
			_ = r.WriteDecisionTable(&strings.Builder{}, lnet.English)
		})
	}
	assert.ErrorIs(t, null.WriteDecisionTable(&strings.Builder{}, lnet.Bokmal), sdk.ErrInvalidCall)
	r, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	require.NoError(t, err)
	assert.ErrorIs(t, r.WriteDecisionTable(&strings.Builder{}, lnet.Language(9)), lnet.ErrInvalidValue)
}
