package lnet_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestServiceValidate(t *testing.T) {
	base := func() lnet.Service {
		return fxService("fjell-sund-oygarden", "Barneverntenesta for Fjell, Sund og Øygarden", "1246", "1245", "1259")
	}
	runModelCases(t, base, []modelCase[lnet.Service]{
		{"one municipality", func(s *lnet.Service) { *s = fxService("kvam", "Kvam", "1238") }, nil},
		{"missing id", func(s *lnet.Service) { s.ID = "" }, []string{"id"}},
		{"id with white space", func(s *lnet.Service) { s.ID = " fjell" }, []string{"id"}},
		{"id with control character", func(s *lnet.Service) { s.ID = "fj\x00ell" }, []string{"id"}},
		{"id too long", func(s *lnet.Service) { s.ID = lnet.ServiceID(make([]byte, 65)) }, []string{"id"}},
		{"blank name", func(s *lnet.Service) { s.Name = "  " }, []string{"name"}},
		{"name not UTF-8", func(s *lnet.Service) { s.Name = "Fjell\xff" }, []string{"name"}},
		{"missing host", func(s *lnet.Service) { s.Host = 0 }, []string{"host"}},
		{"host out of range", func(s *lnet.Service) { s.Host = 10000 }, []string{"host"}},
		{"host not covered", func(s *lnet.Service) { s.Host = fxCode("1238") }, []string{"host"}},
		{"no municipalities", func(s *lnet.Service) { s.Municipalities = nil }, []string{"municipalities"}},
		{"zero municipality", func(s *lnet.Service) { s.Municipalities[2] = 0 }, []string{"municipalities[2]"}},
		{"repeated municipality", func(s *lnet.Service) { s.Municipalities[2] = fxCode("1245") }, []string{"municipalities[2]"}},
		{"everything wrong at once", func(s *lnet.Service) { *s = lnet.Service{Municipalities: fxCodes("1201", "1201")} },
			[]string{"id", "name", "host", "municipalities[1]"}},
	})
}

func TestServiceMessages(t *testing.T) {
	s := fxService("fjell", "Fjell", "1246", "1245", "1245")
	s.Host = fxCode("1238")
	assert.EqualError(t, s.Validate(),
		"municipalities[2]: duplicate of municipalities[1] \"1245\"\n"+
			"host: not among the service's municipalities \"1238\"")
}

func TestServiceHelpers(t *testing.T) {
	s := fxService("fjell", "Fjell", "1246", "1245", "1259")
	assert.True(t, s.Covers(fxCode("1245")))
	assert.False(t, s.Covers(fxCode("1238")))
	assert.True(t, s.IsInterMunicipal())
	assert.False(t, fxService("kvam", "Kvam", "1238").IsInterMunicipal())
	assert.False(t, lnet.Service{}.IsInterMunicipal())
}
