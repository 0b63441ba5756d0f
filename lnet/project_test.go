package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestProjectValidate(t *testing.T) {
	base := func() lnet.Project { return fxHordaland().Projects[0] }
	runModelCases(t, base, []modelCase[lnet.Project]{
		{"host not decided yet", func(p *lnet.Project) { p.Host = 0; p.Anchoring = p.Anchoring[1:] }, nil},
		{"host listed among participants", func(p *lnet.Project) { p.Participants = append(p.Participants, p.Host) }, nil},
		{"other services from 2021/2022", func(p *lnet.Project) { p.OtherServices = []string{"helsestasjon", "PPT"} }, nil},
		{"missing id", func(p *lnet.Project) { p.ID = "" }, []string{"id"}},
		{"missing scheme", func(p *lnet.Project) { p.Scheme = 0 }, []string{"scheme"}},
		{"unknown scheme", func(p *lnet.Project) { p.Scheme = 3 }, []string{"scheme"}},
		{"missing title", func(p *lnet.Project) { p.Title = "" }, []string{"title"}},
		{"malformed host", func(p *lnet.Project) { p.Host = 10000 }, []string{"host", "anchoring[0].municipality"}},
		{"repeated participant", func(p *lnet.Project) { p.Participants[1] = p.Participants[0] }, []string{"participants[1]"}},
		{"zero participant", func(p *lnet.Project) { p.Participants[0] = 0 }, []string{"participants[0]", "anchoring[1].municipality"}},
		{"repeated partner", func(p *lnet.Project) { p.Partners = []lnet.PartnerID{"hvl", "hvl"} }, []string{"partners[1]"}},
		{"empty partner id", func(p *lnet.Project) { p.Partners = []lnet.PartnerID{""} }, []string{"partners[0]"}},
		{"period ends before it starts", func(p *lnet.Project) { p.Period.End = fxDay(2018, 12, 31) }, []string{"period.end"}},
		{"period without dates", func(p *lnet.Project) { p.Period = &lnet.Period{} }, []string{"period.start", "period.end"}},
		{"malformed measure id", func(p *lnet.Project) { p.Measure = "m1 " }, []string{"measure"}},
		{"anchoring of a non-participant", func(p *lnet.Project) { p.Anchoring[0].Municipality = fxCode("1201") },
			[]string{"anchoring[0].municipality"}},
		{"anchoring twice", func(p *lnet.Project) { p.Anchoring[1].Municipality = p.Anchoring[0].Municipality },
			[]string{"anchoring[1].municipality"}},
		{"anchoring without date and body", func(p *lnet.Project) { p.Anchoring[0].Date = 0; p.Anchoring[0].Body = "" },
			[]string{"anchoring[0].date", "anchoring[0].body"}},
		{"blank other service", func(p *lnet.Project) { p.OtherServices = []string{" "} }, []string{"other_services[0]"}},
		{"repeated other service", func(p *lnet.Project) { p.OtherServices = []string{"PPT", "ppt"} }, []string{"other_services[1]"}},
		{"unknown aim", func(p *lnet.Project) { p.Aims[1] = 99 }, []string{"aims[1]"}},
		{"zero aim", func(p *lnet.Project) { p.Aims[1] = 0 }, []string{"aims[1]"}},
		{"repeated aim", func(p *lnet.Project) { p.Aims[1] = p.Aims[0] }, []string{"aims[1]"}},
	})
}

func TestProjectHelpers(t *testing.T) {
	n := fxHordaland()
	high, samtaler, foster := n.Projects[0], n.Projects[1], n.Projects[2]

	assert.Equal(t, fxCodes("1238", "1246", "1260"), high.Municipalities())
	assert.Equal(t, fxCodes("1201", "1243"), foster.Municipalities(), "host listed twice counts once")
	assert.Empty(t, samtaler.Municipalities())
	assert.True(t, high.HostDecided())
	assert.False(t, samtaler.HostDecided())
	assert.True(t, high.Includes(fxCode("1260")))
	assert.True(t, high.Includes(fxCode("1238")))
	assert.False(t, high.Includes(fxCode("1201")))
	assert.False(t, samtaler.Includes(0))

	assert.True(t, high.Anchored(fxCode("1238")))
	assert.Equal(t, fxCodes("1260"), high.Unanchored())
	assert.Empty(t, foster.Unanchored())

	assert.True(t, foster.HasFosterHomeAim())
	assert.True(t, foster.HasAim(lnet.AimKinRecruitment))
	assert.False(t, high.HasFosterHomeAim())
}

func TestAims(t *testing.T) {
	var foster []lnet.Aim
	for _, a := range lnet.Aims() {
		if a.IsFosterHome() {
			foster = append(foster, a)
		}
	}
	assert.Equal(t, []lnet.Aim{lnet.AimFosterHomeFollowUp, lnet.AimFosterHomeGuidance, lnet.AimRecruitmentMethods, lnet.AimKinRecruitment}, foster)
	assert.False(t, lnet.Aim(0).IsFosterHome())
	assert.False(t, lnet.Aim(200).IsFosterHome())
	assert.Equal(t, "oppfølging av fosterhjem", lnet.AimFosterHomeFollowUp.Norwegian())
	assert.Equal(t, "recruiting foster homes among kin and network", lnet.AimKinRecruitment.English())
}

func TestAnchoringValidate(t *testing.T) {
	base := func() lnet.Anchoring { return fxHordaland().Projects[0].Anchoring[1] }
	runModelCases(t, base, []modelCase[lnet.Anchoring]{
		{"no reference", func(a *lnet.Anchoring) { a.Reference = "" }, nil},
		{"no municipality", func(a *lnet.Anchoring) { a.Municipality = 0 }, []string{"municipality"}},
		{"date far off", func(a *lnet.Anchoring) { a.Date = fxDay(2318, 10, 22) }, []string{"date"}},
	})
}
