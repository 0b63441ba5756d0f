package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestSpendByFor(t *testing.T) {
	assert.Equal(t, fxDay(2020, 12, 31), lnet.SpendByFor(2019)) // Nordland 2019: use by 31 Dec 2020
	assert.Equal(t, fxDay(2025, 12, 31), lnet.SpendByFor(2024))
}

func TestGrantValidate(t *testing.T) {
	base := func() lnet.Grant {
		return lnet.Grant{
			ID: "2018/4711-3", Application: "hordaland-2018-hoykonflikt", Office: "hordaland",
			Scheme: lnet.SchemeSelfInitiated, Year: 2018, Amount: lnet.MustNOK("180000"),
			Decided: fxDay(2018, 12, 10), SpendBy: lnet.SpendByFor(2018), ReportBy: fxDayPtr(2020, 3, 1),
		}
	}
	runModelCases(t, base, []modelCase[lnet.Grant]{
		{"no report date", func(g *lnet.Grant) { g.ReportBy = nil }, nil},
		{"office's own spend-by date", func(g *lnet.Grant) { g.SpendBy = fxDay(2019, 6, 30) }, nil},
		{"missing ids", func(g *lnet.Grant) { g.ID, g.Application = "", "" }, []string{"id", "application"}},
		{"malformed office", func(g *lnet.Grant) { g.Office = "-" }, []string{"office"}},
		{"missing scheme", func(g *lnet.Grant) { g.Scheme = 0 }, []string{"scheme"}},
		{"foster-home money in 2018", func(g *lnet.Grant) { g.Scheme = lnet.SchemeFosterHome }, []string{"year"}},
		{"missing year", func(g *lnet.Grant) { g.Year = 0 }, []string{"year"}},
		{"zero amount", func(g *lnet.Grant) { g.Amount = lnet.NOK{} }, []string{"amount"}},
		{"negative amount", func(g *lnet.Grant) { g.Amount = lnet.MustNOK("-5") }, []string{"amount"}},
		{"missing decision date", func(g *lnet.Grant) { g.Decided = 0 }, []string{"decided"}},
		{"missing spend-by date", func(g *lnet.Grant) { g.SpendBy = 0 }, []string{"spend_by"}},
		{"spend-by before decision", func(g *lnet.Grant) { g.SpendBy = fxDay(2018, 12, 9) }, []string{"spend_by"}},
		{"report-by before decision", func(g *lnet.Grant) { g.ReportBy = fxDayPtr(2018, 1, 1) }, []string{"report_by"}},
	})
}
