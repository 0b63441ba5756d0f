package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestPlanValidate(t *testing.T) {
	base := func() lnet.Plan { return *fxHordaland().Plan }
	runModelCases(t, base, []modelCase[lnet.Plan]{
		{"bare plan", func(p *lnet.Plan) { *p = lnet.Plan{} }, nil},
		{"measure without assessments", func(p *lnet.Plan) { p.Measures[0].Assessments = nil }, nil},
		{"period ends before it starts", func(p *lnet.Plan) { p.Period.End = fxDay(2018, 1, 1) }, []string{"period.end"}},
		{"zero adoption date", func(p *lnet.Plan) { p.Adopted = fxDayPtr(1, 1, 1) }, []string{"adopted"}},
		{"repeated measure id", func(p *lnet.Plan) { p.Measures[2].ID = "m1" }, []string{"measures[2].id"}},
		{"measure without id and title", func(p *lnet.Plan) { p.Measures[1].ID, p.Measures[1].Title = "", "" },
			[]string{"measures[1].id", "measures[1].title"}},
		{"measure with repeated municipality", func(p *lnet.Plan) { p.Measures[0].Municipalities[2] = fxCode("1238") },
			[]string{"measures[0].municipalities[2]"}},
		{"assessment without kind", func(p *lnet.Plan) { p.Measures[0].Assessments[1].Kind = 0 },
			[]string{"measures[0].assessments[1].kind"}},
		{"assessment without municipality and summary", func(p *lnet.Plan) {
			p.Measures[0].Assessments[0].Municipality = 0
			p.Measures[0].Assessments[0].Summary = ""
		}, []string{"measures[0].assessments[0].municipality", "measures[0].assessments[0].summary"}},
		{"assessment with zero date", func(p *lnet.Plan) { p.Measures[0].Assessments[0].Date = fxDayPtr(1, 1, 1) },
			[]string{"measures[0].assessments[0].date"}},
	})
}

func TestPlanHelpers(t *testing.T) {
	p := *fxHordaland().Plan
	m, ok := p.Measure("m2")
	assert.True(t, ok)
	assert.True(t, m.Grounded())
	m, ok = p.Measure("m3")
	assert.True(t, ok)
	assert.False(t, m.Grounded())
	_, ok = p.Measure("m9")
	assert.False(t, ok)
}
