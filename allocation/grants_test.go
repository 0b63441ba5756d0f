package allocation_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestApplicationFrom(t *testing.T) {
	app := lnet.Application{ID: "a-1", Network: "n", Project: "p", Scheme: lnet.SchemeFosterHome, Year: 2026,
		Office: "vestland", Requested: lnet.MustNOK("250000.50"), TotalCost: lnet.MustNOK("400000")}
	for _, tc := range []struct {
		name   string
		app    lnet.Application
		weight allocation.Weight
		want   allocation.Application
	}{
		{"weight = requested", app, mustWeightFromNOK(t, app.Requested),
			allocation.Application{ID: "a-1", Requested: app.Requested, Weight: allocation.MustWeight("250000.5")}},
		{"a priority", app, allocation.IntWeight(3),
			allocation.Application{ID: "a-1", Requested: app.Requested, Weight: allocation.IntWeight(3)}},
		{"zero value copies zeros", lnet.Application{}, allocation.Weight{}, allocation.Application{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := allocation.ApplicationFrom(tc.app, tc.weight)
			assert.Equal(t, tc.want.ID, got.ID)
			assert.True(t, tc.want.Requested.Equal(got.Requested), "requested %s", got.Requested)
			assert.Equal(t, tc.want.Weight.String(), got.Weight.String())
			assert.Empty(t, got.Refused)
		})
	}
}

func mustWeightFromNOK(t *testing.T, n lnet.NOK) allocation.Weight {
	t.Helper()
	w, err := allocation.WeightFromNOK(n)
	require.NoError(t, err)
	return w
}

func TestGrants(t *testing.T) {
	res, err := allocation.AllocateApplications(lnet.MustNOK("100000"), []allocation.Application{
		{ID: "b", Requested: lnet.MustNOK("80000"), Weight: allocation.IntWeight(2)},
		{ID: "a", Requested: lnet.MustNOK("30000"), Weight: allocation.IntWeight(1)},
		{ID: "z", Requested: lnet.MustNOK("10000"), Weight: allocation.IntWeight(0)},
		{ID: "r", Requested: lnet.MustNOK("10000"), Weight: allocation.IntWeight(5), Refused: "APP-DEADLINE"},
	}, allocation.WithUnit(lnet.MustNOK("1000")))
	require.NoError(t, err)
	decided := date.New(2026, 12, 4)
	terms := allocation.GrantTerms{Office: "vestland", Scheme: lnet.SchemeSelfInitiated, Year: 2026, Decided: decided}
	for _, tc := range []struct {
		name     string
		res      *allocation.Result
		terms    func(allocation.GrantTerms) allocation.GrantTerms
		wantIDs  []lnet.GrantID
		spendBy  date.Date
		is       error
		contains string
	}{
		{"defaults", res, func(g allocation.GrantTerms) allocation.GrantTerms { return g },
			[]lnet.GrantID{"tilskudd-a", "tilskudd-b"}, date.New(2027, 12, 31), nil, ""},
		{"own prefix and spend-by", res, func(g allocation.GrantTerms) allocation.GrantTerms {
			g.IDPrefix, g.SpendBy = "26/123-", date.New(2027, 6, 30)
			return g
		}, []lnet.GrantID{"26/123-a", "26/123-b"}, date.New(2027, 6, 30), nil, ""},
		{"nil result", nil, func(g allocation.GrantTerms) allocation.GrantTerms { return g }, nil, 0, allocation.ErrInvalidGrant, "no result"},
		{"no decision date", res, func(g allocation.GrantTerms) allocation.GrantTerms { g.Decided = 0; return g }, nil, 0, allocation.ErrInvalidGrant, "decision date"},
		{"bad office", res, func(g allocation.GrantTerms) allocation.GrantTerms { g.Office = "Vest land"; return g }, nil, 0, lnet.ErrInvalidModel, `share "a"`},
		{"spend-by before the decision", res, func(g allocation.GrantTerms) allocation.GrantTerms {
			g.SpendBy = date.New(2026, 1, 1)
			return g
		}, nil, 0, allocation.ErrInvalidGrant, `grant "tilskudd-a"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			grants, err := allocation.Grants(tc.res, tc.terms(terms))
			if tc.is != nil {
				require.ErrorIs(t, err, tc.is)
				assert.ErrorContains(t, err, tc.contains)
				var ge *allocation.GrantError
				assert.True(t, errors.As(err, &ge))
				assert.Nil(t, grants)
				return
			}
			require.NoError(t, err)
			var ids []lnet.GrantID
			var sum lnet.NOK
			for _, g := range grants {
				ids = append(ids, g.ID)
				sum = must(sum.Add(g.Amount))
				assert.Equal(t, tc.spendBy, g.SpendBy)
				assert.Equal(t, decided, g.Decided)
				sh, ok := res.Share(string(g.Application))
				require.True(t, ok)
				assert.True(t, must(sh.Amount()).Equal(g.Amount))
			}
			assert.Equal(t, tc.wantIDs, ids)
			assert.True(t, sum.Equal(res.Allocated), "the grants add up to the allocated amount")
		})
	}
}

// An office's pot over two applications, and the grants of its decision.
func ExampleGrants() {
	apps := []lnet.Application{
		{ID: "vestland-2026-a", Scheme: lnet.SchemeFosterHome, Requested: lnet.MustNOK("300000")},
		{ID: "vestland-2026-b", Scheme: lnet.SchemeFosterHome, Requested: lnet.MustNOK("500000")},
	}
	var in []allocation.Application
	for _, a := range apps {
		w, err := allocation.WeightFromNOK(a.Requested) // weight = amount requested
		if err != nil {
			fmt.Println(err)
			return
		}
		in = append(in, allocation.ApplicationFrom(a, w))
	}
	res, err := allocation.AllocateApplications(lnet.MustNOK("600000"), in, allocation.WithUnit(lnet.MustNOK("1000")))
	if err != nil {
		fmt.Println(err)
		return
	}
	grants, err := allocation.Grants(res, allocation.GrantTerms{
		Office: "vestland", Scheme: lnet.SchemeFosterHome, Year: 2026, Decided: date.New(2026, 12, 4)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range grants {
		fmt.Println(g.ID, g.Amount.Norwegian(), "brukes innen", g.SpendBy)
	}
	// Output:
	// tilskudd-vestland-2026-a kr 225 000 brukes innen 2027-12-31
	// tilskudd-vestland-2026-b kr 375 000 brukes innen 2027-12-31
}

// An lnet.Application as the allocation sees it, with the office's priority as weight.
func ExampleApplicationFrom() {
	app := lnet.Application{ID: "nordland-2026-salten", Requested: lnet.MustNOK("400000")}
	w, err := allocation.WeightFromNOK(app.Requested)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := allocation.ApplicationFrom(app, w.Mul(allocation.IntWeight(2)))
	fmt.Println(a.ID, a.Requested, a.Weight)
	// Output:
	// nordland-2026-salten 400000 800000
}
