package lnet_test

import (
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestDecisionValidate(t *testing.T) {
	base := func() lnet.Decision { return fxHordaland().Decisions[2] }
	runModelCases(t, base, []modelCase[lnet.Decision]{
		{"no due date", func(d *lnet.Decision) { d.Due = nil }, nil},
		{"due the same day", func(d *lnet.Decision) { d.Due = fxDayPtr(2018, 9, 13) }, nil},
		{"missing subject", func(d *lnet.Decision) { d.Subject = 0 }, []string{"subject"}},
		{"unknown subject", func(d *lnet.Decision) { d.Subject = 5 }, []string{"subject"}},
		{"missing date", func(d *lnet.Decision) { d.Date = 0 }, []string{"date"}},
		{"missing text", func(d *lnet.Decision) { d.Text = "\n" }, []string{"text"}},
		{"malformed project id", func(d *lnet.Decision) { d.Project = "barne\x7fsamtaler" }, []string{"project"}},
		{"due before the decision", func(d *lnet.Decision) { d.Due = fxDayPtr(2018, 9, 12) }, []string{"due"}},
	})
}
