package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestResourceGroupValidate(t *testing.T) {
	base := func() lnet.ResourceGroup {
		return lnet.ResourceGroup{
			Counties:     []lnet.CountyCode{11, 12, 14},
			Partners:     []lnet.PartnerID{"rkbu-vest"},
			Contributors: []lnet.ContributorID{"ks", "bufetat"},
			Source:       "Referat 13.09.2018",
		}
	}
	runModelCases(t, base, []modelCase[lnet.ResourceGroup]{
		{"empty group", func(g *lnet.ResourceGroup) { *g = lnet.ResourceGroup{} }, nil},
		{"established", func(g *lnet.ResourceGroup) { g.Established = fxDayPtr(2019, 3, 1) }, nil},
		{"zero county", func(g *lnet.ResourceGroup) { g.Counties[1] = 0 }, []string{"counties[1]"}},
		{"three-digit county", func(g *lnet.ResourceGroup) { g.Counties[1] = 120 }, []string{"counties[1]"}},
		{"repeated county", func(g *lnet.ResourceGroup) { g.Counties[2] = 11 }, []string{"counties[2]"}},
		{"repeated contributor", func(g *lnet.ResourceGroup) { g.Contributors[1] = "ks" }, []string{"contributors[1]"}},
		{"empty contributor id", func(g *lnet.ResourceGroup) { g.Contributors[0] = "" }, []string{"contributors[0]"}},
		{"repeated partner", func(g *lnet.ResourceGroup) { g.Partners = append(g.Partners, "rkbu-vest") }, []string{"partners[1]"}},
		{"zero date", func(g *lnet.ResourceGroup) { g.Established = fxDayPtr(1, 1, 1) }, []string{"established"}},
		{"bad text", func(g *lnet.ResourceGroup) { g.Name = "\xff" }, []string{"name"}},
	})
	assert.True(t, base().AcrossCounties())
	assert.False(t, lnet.ResourceGroup{Counties: []lnet.CountyCode{12, 12}}.AcrossCounties())
}

func TestResourceGroupJSON(t *testing.T) {
	g := lnet.ResourceGroup{
		Name: "Ressursgruppe for læringsnettverkene", Counties: []lnet.CountyCode{11, 12, 14},
		Partners: []lnet.PartnerID{"hvl"}, Contributors: []lnet.ContributorID{"ks"},
		Established: fxDayPtr(2019, 2, 12), Source: "x",
	}
	out, err := json.Marshal(g)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"Ressursgruppe for læringsnettverkene","counties":["11","12","14"],
		"partners":["hvl"],"contributors":["ks"],"established":"2019-02-12","source":"x"}`, string(out))
	var back lnet.ResourceGroup
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, g, back)

	var bad lnet.ResourceGroup
	err = json.Unmarshal([]byte(`{"established":"2019-02-30"}`), &bad)
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "established", fe.Path)
	assert.Error(t, json.Unmarshal([]byte(`{"members":["ks"]}`), &bad), "unknown field")
}
