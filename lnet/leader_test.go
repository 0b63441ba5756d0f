package lnet_test

import (
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestLeaderValidate(t *testing.T) {
	base := func() lnet.Leader {
		return lnet.Leader{Service: "kvam", Title: "barnevernleiar", Chosen: fxDayPtr(2019, 2, 12)}
	}
	runModelCases(t, base, []modelCase[lnet.Leader]{
		{"minimal", func(l *lnet.Leader) { *l = lnet.Leader{Service: "kvam"} }, nil},
		{"missing service", func(l *lnet.Leader) { l.Service = "" }, []string{"service"}},
		{"malformed municipality", func(l *lnet.Leader) { l.Municipality = 10000 }, []string{"municipality"}},
		{"zero date", func(l *lnet.Leader) { l.Chosen = fxDayPtr(1, 1, 1) }, []string{"chosen"}},
		{"malformed ref", func(l *lnet.Leader) { l.Ref = " x" }, []string{"ref"}},
	})
}
