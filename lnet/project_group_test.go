package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestProjectGroupValidate(t *testing.T) {
	base := func() lnet.ProjectGroup {
		return lnet.ProjectGroup{Municipalities: fxCodes("1238", "1246", "1260")}
	}
	runModelCases(t, base, []modelCase[lnet.ProjectGroup]{
		{"partners only", func(g *lnet.ProjectGroup) { *g = lnet.ProjectGroup{Partners: []lnet.PartnerID{"hvl"}} }, nil},
		{"established", func(g *lnet.ProjectGroup) { g.Established = fxDayPtr(2018, 9, 25) }, nil},
		{"empty group", func(g *lnet.ProjectGroup) { *g = lnet.ProjectGroup{} }, []string{"municipalities"}},
		{"repeated municipality", func(g *lnet.ProjectGroup) { g.Municipalities[2] = fxCode("1238") }, []string{"municipalities[2]"}},
		{"zero municipality", func(g *lnet.ProjectGroup) { g.Municipalities[0] = 0 }, []string{"municipalities[0]"}},
		{"repeated partner", func(g *lnet.ProjectGroup) { g.Partners = []lnet.PartnerID{"hvl", "hvl"} }, []string{"partners[1]"}},
		{"zero date", func(g *lnet.ProjectGroup) { g.Established = fxDayPtr(1, 1, 1) }, []string{"established"}},
	})
}

func TestProjectGroupJSON(t *testing.T) {
	g := lnet.ProjectGroup{Municipalities: fxCodes("1238", "1246"), Partners: []lnet.PartnerID{"rkbu-vest"}, Established: fxDayPtr(2018, 9, 13)}
	out, err := json.Marshal(g)
	require.NoError(t, err)
	assert.JSONEq(t, `{"municipalities":["1238","1246"],"partners":["rkbu-vest"],"established":"2018-09-13"}`, string(out))
	var back lnet.ProjectGroup
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, g, back)
	err = json.Unmarshal([]byte(`{"established":"2018-02-29"}`), &back)
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "established", fe.Path)
	assert.Error(t, json.Unmarshal([]byte(`{"host":"1238"}`), &back), "unknown field")
}
