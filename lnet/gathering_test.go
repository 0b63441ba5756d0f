package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestGatheringValidate(t *testing.T) {
	base := func() lnet.Gathering { return fxHordaland().Gatherings[1] }
	runModelCases(t, base, []modelCase[lnet.Gathering]{
		{"no attendance", func(g *lnet.Gathering) { g.Attendance = nil }, nil},
		{"attendance with lists", func(g *lnet.Gathering) {
			g.Attendance = &lnet.Attendance{ServiceCount: 2, MunicipalityCount: 4,
				Services: []lnet.ServiceID{"kvam", "fjell-sund-oygarden"}, Municipalities: fxCodes("1238", "1246", "1245", "1259")}
		}, nil},
		{"missing kind", func(g *lnet.Gathering) { g.Kind = 0 }, []string{"kind"}},
		{"unknown kind", func(g *lnet.Gathering) { g.Kind = 17 }, []string{"kind"}},
		{"missing date", func(g *lnet.Gathering) { g.Date = 0 }, []string{"date"}},
		{"missing title", func(g *lnet.Gathering) { g.Title = "" }, []string{"title"}},
		{"negative counts", func(g *lnet.Gathering) { g.Attendance.ServiceCount, g.Attendance.MunicipalityCount = -1, -2 },
			[]string{"attendance.service_count", "attendance.municipality_count"}},
		{"counts that do not match the lists", func(g *lnet.Gathering) {
			g.Attendance.Services = []lnet.ServiceID{"kvam"}
			g.Attendance.Municipalities = fxCodes("1238")
		}, []string{"attendance.service_count", "attendance.municipality_count"}},
		{"repeated entries", func(g *lnet.Gathering) {
			g.Attendance = &lnet.Attendance{ServiceCount: 2, MunicipalityCount: 2,
				Services: []lnet.ServiceID{"kvam", "kvam"}, Municipalities: fxCodes("1238", "1238"),
				Partners: []lnet.PartnerID{"hvl", "hvl"}}
		}, []string{"attendance.services[1]", "attendance.municipalities[1]", "attendance.partners[1]"}},
	})
	assert.EqualError(t, lnet.Attendance{ServiceCount: 3, Services: []lnet.ServiceID{"kvam"}}.Validate(),
		`service_count: does not match the 1 services listed "3"`)
}
