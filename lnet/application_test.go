package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestApplicationValidate(t *testing.T) {
	runModelCases(t, fxApplication, []modelCase[lnet.Application]{
		{"no budget", func(a *lnet.Application) { a.Budget = nil }, nil},
		{"not submitted yet", func(a *lnet.Application) { a.Submitted = nil }, nil},
		{"requested above total cost is for eligibility", func(a *lnet.Application) {
			a.Budget = nil
			a.Requested = lnet.MustNOK("400000")
		}, nil},
		{"amounts in øre", func(a *lnet.Application) {
			a.Budget[2].Cost = lnet.MustNOK("50000.50")
			a.TotalCost = lnet.MustNOK("350000.50")
		}, nil},
		{"missing ids", func(a *lnet.Application) { a.ID, a.Network, a.Project = "", "", "" }, []string{"id", "network", "project"}},
		{"missing scheme", func(a *lnet.Application) { a.Scheme = 0 }, []string{"scheme"}},
		{"unknown scheme", func(a *lnet.Application) { a.Scheme = 5 }, []string{"scheme"}},
		{"missing year", func(a *lnet.Application) { a.Year = 0 }, []string{"year"}},
		{"implausible year", func(a *lnet.Application) { a.Year = 20188 }, []string{"year"}},
		{"foster-home scheme before 2019", func(a *lnet.Application) { a.Scheme = lnet.SchemeFosterHome }, []string{"year"}},
		{"missing office", func(a *lnet.Application) { a.Office = "" }, []string{"office"}},
		{"malformed office", func(a *lnet.Application) { a.Office = "Fylkesmannen i Hordaland" }, []string{"office"}},
		{"zero requested", func(a *lnet.Application) { a.Budget = nil; a.Requested = lnet.NOK{} }, []string{"requested"}},
		{"negative total cost", func(a *lnet.Application) { a.Budget = nil; a.TotalCost = lnet.MustNOK("-1") }, []string{"total_cost"}},
		{"zero submission date", func(a *lnet.Application) { a.Submitted = fxDayPtr(1, 1, 1) }, []string{"submitted"}},
		{"budget costs do not add up", func(a *lnet.Application) { a.TotalCost = lnet.MustNOK("400000") }, []string{"total_cost"}},
		{"budget requests do not add up", func(a *lnet.Application) { a.Budget[2].Requested = lnet.MustNOK("10000") }, []string{"requested"}},
		{"budget line without category", func(a *lnet.Application) { a.Budget[1].Category = 0 }, []string{"budget[1].category"}},
		{"budget line with unknown category", func(a *lnet.Application) { a.Budget[1].Category = 8 }, []string{"budget[1].category"}},
		{"negative budget line", func(a *lnet.Application) {
			a.Budget[2].Cost = lnet.MustNOK("-50000")
			a.Budget[2].Requested = lnet.MustNOK("-1")
		}, []string{"budget[2].cost", "budget[2].requested", "total_cost", "requested"}},
		{"no use period", func(a *lnet.Application) { a.UsePeriod = nil }, nil},
		{"use period within a multi-year project", func(a *lnet.Application) {
			a.Year = 2021
			a.UsePeriod = &lnet.Period{Start: fxDay(2021, 1, 1), End: fxDay(2021, 12, 31)}
		}, nil},
		{"use period beginning before the grant year", func(a *lnet.Application) {
			a.UsePeriod = &lnet.Period{Start: fxDay(2018, 6, 1), End: fxDay(2019, 6, 30)}
		}, nil},
		{"use period ending before it starts", func(a *lnet.Application) {
			a.UsePeriod = &lnet.Period{Start: fxDay(2019, 6, 1), End: fxDay(2019, 5, 31)}
		}, []string{"use_period.end"}},
		{"use period ending before the grant year", func(a *lnet.Application) {
			a.UsePeriod = &lnet.Period{Start: fxDay(2017, 1, 1), End: fxDay(2017, 12, 31)}
		}, []string{"use_period.end"}},
		{"use period without dates", func(a *lnet.Application) { a.UsePeriod = &lnet.Period{} },
			[]string{"use_period.start", "use_period.end"}},
	})
}

func TestApplicationBudgetMessages(t *testing.T) {
	a := fxApplication()
	a.TotalCost = lnet.MustNOK("400000")
	a.Budget[2].Requested = lnet.MustNOK("10000.50")
	assert.EqualError(t, a.Validate(),
		"total_cost: budget costs add up to 350000, 50000 less than \"400000\"\n"+
			"requested: budget requested amounts add up to 210000.50, 10000.50 more than \"200000\"")
}

func TestApplicationHelpers(t *testing.T) {
	a := fxApplication()
	cost, req, err := a.BudgetTotals()
	require.NoError(t, err)
	assert.Equal(t, "350000", cost.String())
	assert.Equal(t, "200000", req.String())
	assert.Equal(t, "150000", must(a.OwnContribution()).String())

	by := must(a.BudgetByCategory())
	assert.Len(t, by, 3)
	assert.Equal(t, "150000", by[lnet.BudgetProjectManagement].Requested.String())
	assert.Equal(t, "50000", by[lnet.BudgetTravelAndGatherings].Cost.String())
	_, ok := by[lnet.BudgetOther]
	assert.False(t, ok)

	cost, req, err = lnet.Application{}.BudgetTotals()
	require.NoError(t, err)
	assert.True(t, cost.IsZero())
	assert.True(t, req.IsZero())
}

func TestApplicationJSON(t *testing.T) {
	a := fxApplication()
	out, err := json.Marshal(a)
	require.NoError(t, err)
	assert.JSONEq(t, `{
	  "id": "hordaland-2018-hoykonflikt", "network": "hordaland", "project": "hoykonflikt",
	  "scheme": "self_initiated", "year": 2018, "office": "hordaland",
	  "requested": "200000", "total_cost": "350000",
	  "budget": [
	    {"category": "project_management", "description": "Prosjektleder 20 % stilling", "cost": "200000", "requested": "150000"},
	    {"category": "external_competence", "description": "Opplæring og evaluering, RKBU Vest", "cost": "100000", "requested": "50000"},
	    {"category": "travel_and_gatherings", "cost": "50000", "requested": "0"}
	  ],
	  "submitted": "2018-10-31",
	  "use_period": {"start": "2019-01-01", "end": "2019-12-31"}
	}`, string(out))
	var back lnet.Application
	require.NoError(t, json.Unmarshal(out, &back))
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(again))
	require.NoError(t, back.Validate())

	// Amounts come only in the form the SDK writes, as schema/application.json says: not
	// the Norwegian forms ParseNOK accepts, not JSON numbers. Enums must be known.
	var b lnet.Application
	for _, doc := range []string{`{"requested":"kr 950 000"}`, `{"requested":"1.200.000,-"}`, `{"requested":450000}`, `{"requested":"950000.5"}`} {
		err := json.Unmarshal([]byte(doc), &b)
		var fe *lnet.FieldError
		require.ErrorAs(t, err, &fe, doc)
		assert.Equal(t, "requested", fe.Path, doc)
		assert.ErrorIs(t, err, lnet.ErrInvalidModel, doc)
	}
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"budget":[{"category":"lønn"}]}`), &b), lnet.ErrInvalidValue)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"scheme":"fosterhjem"}`), &b), lnet.ErrInvalidScheme)
}
