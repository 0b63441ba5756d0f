package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestMemberValidate(t *testing.T) {
	base := func() lnet.Member { return fxHordaland().Members[1] }
	runModelCases(t, base, []modelCase[lnet.Member]{
		{"no representatives", func(m *lnet.Member) { m.Representatives = nil }, nil},
		{"no joining date", func(m *lnet.Member) { m.Joined = nil }, nil},
		{"representative for the whole service", func(m *lnet.Member) { m.Representatives[1].Municipality = 0 }, nil},
		{"service problem", func(m *lnet.Member) { m.Service.Name = "" }, []string{"service.name"}},
		{"zero joining date", func(m *lnet.Member) { m.Joined = fxDayPtr(1, 1, 1) }, []string{"joined"}},
		{"implausible joining date", func(m *lnet.Member) { m.Joined = fxDayPtr(218, 9, 13) }, []string{"joined"}},
		{"missing role", func(m *lnet.Member) { m.Representatives[0].Role = 0 }, []string{"representatives[0].role"}},
		{"unknown role", func(m *lnet.Member) { m.Representatives[1].Role = 7 }, []string{"representatives[1].role"}},
		{"municipality not covered", func(m *lnet.Member) { m.Representatives[1].Municipality = fxCode("1238") },
			[]string{"representatives[1].municipality"}},
		{"malformed municipality", func(m *lnet.Member) { m.Representatives[1].Municipality = 12345 },
			[]string{"representatives[1].municipality"}},
		{"malformed ref", func(m *lnet.Member) { m.Representatives[0].Ref = "\t" }, []string{"representatives[0].ref"}},
	})
}

func TestRepresentativeValidate(t *testing.T) {
	runModelCases(t, func() lnet.Representative { return fxManagement("barnevernleder") }, []modelCase[lnet.Representative]{
		{"with ref and municipality", func(r *lnet.Representative) { r.Ref = "p-17"; r.Municipality = fxCode("1238") }, nil},
		{"no role", func(r *lnet.Representative) { r.Role = 0 }, []string{"role"}},
	})
}

func TestMemberHelpers(t *testing.T) {
	m := fxHordaland().Members[1] // Fjell, Sund, Øygarden: management for the service, staff for Sund
	assert.True(t, m.HasManagement())
	assert.True(t, m.HasRole(lnet.RoleStaff))
	assert.Len(t, m.RepresentativesFor(fxCode("1245")), 2)
	assert.Len(t, m.RepresentativesFor(fxCode("1259")), 1)
	assert.Empty(t, m.RepresentativesFor(fxCode("1238")))
	assert.False(t, fxHordaland().Members[2].HasManagement())
}
