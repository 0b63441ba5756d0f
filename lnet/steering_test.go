package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestSteeringGroupValidate(t *testing.T) {
	base := func() lnet.SteeringGroup { return *fxHordaland().SteeringGroup }
	runModelCases(t, base, []modelCase[lnet.SteeringGroup]{
		{"no meetings stated", func(g *lnet.SteeringGroup) { g.MeetingsPerYear = 0 }, nil},
		{"no seats yet", func(g *lnet.SteeringGroup) { g.Seats = nil }, nil},
		{"negative meetings", func(g *lnet.SteeringGroup) { g.MeetingsPerYear = -1 }, []string{"meetings_per_year"}},
		{"zero establishing date", func(g *lnet.SteeringGroup) { g.Established = fxDayPtr(1, 1, 1) }, []string{"established"}},
		{"missing kind", func(g *lnet.SteeringGroup) { g.Seats[0].Kind = 0 }, []string{"seats[0].kind"}},
		{"unknown kind", func(g *lnet.SteeringGroup) { g.Seats[0].Kind = 9 }, []string{"seats[0].kind"}},
		{"municipal seat without municipality", func(g *lnet.SteeringGroup) { g.Seats[1].Municipality = 0 }, []string{"seats[1].municipality"}},
		{"unknown role", func(g *lnet.SteeringGroup) { g.Seats[0].Role = 3 }, []string{"seats[0].role"}},
		{"partner seat without partner", func(g *lnet.SteeringGroup) { g.Seats[4].Partner = "" }, []string{"seats[4].partner"}},
		{"partner seat with municipality and role", func(g *lnet.SteeringGroup) {
			g.Seats[4].Municipality = fxCode("1238")
			g.Seats[4].Role = lnet.RoleStaff
		}, []string{"seats[4].municipality", "seats[4].role"}},
		{"office seat without office", func(g *lnet.SteeringGroup) { g.Seats[5].Office = "" }, []string{"seats[5].office"}},
		{"office seat with malformed office", func(g *lnet.SteeringGroup) { g.Seats[5].Office = "Hordaland" }, []string{"seats[5].office"}},
		{"municipal seat with partner and office", func(g *lnet.SteeringGroup) {
			g.Seats[0].Partner = "rkbu-vest"
			g.Seats[0].Office = "hordaland"
		}, []string{"seats[0].partner", "seats[0].office"}},
	})
}

func TestSteeringGroupHelpers(t *testing.T) {
	g := *fxHordaland().SteeringGroup
	assert.Equal(t, fxCodes("1238", "1243", "1246", "1260"), g.Municipalities())
	assert.Equal(t, []lnet.PartnerID{"rkbu-vest"}, g.Partners())
	assert.True(t, g.HasOffice())
	assert.False(t, lnet.SteeringGroup{}.HasOffice())
	assert.EqualError(t, lnet.Seat{Kind: lnet.SeatOffice, Office: "hordaland", Municipality: fxCode("1238")}.Validate(),
		`municipality: not allowed for a governor office seat "1238"`)
}
