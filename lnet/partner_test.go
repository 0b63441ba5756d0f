package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestPartnerValidate(t *testing.T) {
	base := func() lnet.Partner {
		return lnet.Partner{ID: "rkbu-vest", Name: "RKBU Vest", Kind: lnet.PartnerKnowledgeCentre}
	}
	runModelCases(t, base, []modelCase[lnet.Partner]{
		{"Bufetat", func(p *lnet.Partner) { p.Kind = lnet.PartnerBufetat }, nil},
		{"missing id", func(p *lnet.Partner) { p.ID = "" }, []string{"id"}},
		{"missing name", func(p *lnet.Partner) { p.Name = "" }, []string{"name"}},
		{"missing kind", func(p *lnet.Partner) { p.Kind = 0 }, []string{"kind"}},
		{"unknown kind", func(p *lnet.Partner) { p.Kind = 42 }, []string{"kind"}},
	})
	assert.True(t, base().IsCompetenceEnvironment())
	assert.False(t, lnet.Partner{Kind: lnet.PartnerBufetat}.IsCompetenceEnvironment())
}
