package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// bergenDistricts returns a network in which one municipality, Bergen, has two member
// services (district services; the names are illustrative), beside Os.
func bergenDistricts() lnet.Network {
	n := lnet.Network{ID: "vest", Name: "Nettverk", Office: "hordaland"}
	n.Members = []lnet.Member{
		{Service: fxService("bergen-nord", "Barneverntjenesten, bydel nord", "1201"),
			Representatives: []lnet.Representative{fxManagement("leder")}},
		{Service: fxService("bergen-sor", "Barneverntjenesten, bydel sør", "1201"),
			Representatives: []lnet.Representative{fxStaff("rådgiver")}},
		{Service: fxService("os", "Barneverntenesta i Os", "1243")},
	}
	return n
}

// TestSeveralServicesInOneMunicipality is the regression test for Network.Validate
// refusing two member services that cover the same municipality: Bergen's district
// services ("alle barneverntjenestene i Bergen").
func TestSeveralServicesInOneMunicipality(t *testing.T) {
	n := bergenDistricts()
	require.NoError(t, n.Validate())
	require.NoError(t, n.ValidateOn(nil, fxDay(2018, 9, 13)))
	assert.Equal(t, 3, n.MemberCount())
	assert.Equal(t, fxCodes("1201", "1243"), n.Municipalities())
	assert.Equal(t, 2, n.MunicipalityCount(), "Bergen counts once")
	assert.Equal(t, map[lnet.CountyCode][]lnet.MunicipalityCode{12: fxCodes("1201", "1243")}, n.MunicipalitiesByCounty())

	covering := n.MembersCovering(fxCode("1201"))
	require.Len(t, covering, 2)
	assert.Equal(t, lnet.ServiceID("bergen-nord"), covering[0].Service.ID)
	assert.Equal(t, lnet.ServiceID("bergen-sor"), covering[1].Service.ID)
	first, ok := n.MemberCovering(fxCode("1201"))
	require.True(t, ok)
	assert.Equal(t, lnet.ServiceID("bergen-nord"), first.Service.ID)
	assert.Empty(t, n.MembersCovering(fxCode("1238")))

	reps := n.RepresentativesFor(fxCode("1201"))
	require.Len(t, reps, 2, "Bergen speaks with the representatives of both its services")
	assert.Equal(t, lnet.RoleManagement, reps[0].Role)
	assert.Equal(t, lnet.RoleStaff, reps[1].Role)
	assert.Empty(t, n.RepresentativesFor(fxCode("1243")))

	// Leader's municipality must still be one its own service covers.
	n.Leader = &lnet.Leader{Service: "bergen-sor", Municipality: fxCode("1243")}
	assert.Equal(t, []string{"leader.municipality"}, fxPaths(t, n.Validate()))
}

func TestNetworkContributorsAndResourceGroup(t *testing.T) {
	runModelCases(t, fxHordaland, []modelCase[lnet.Network]{
		{"no contributors, no resource group, no horizon", func(n *lnet.Network) {
			n.Contributors, n.ResourceGroup, n.Horizon = nil, nil, nil
		}, nil},
		{"KS still accepted as a partner", func(n *lnet.Network) {
			n.Partners = append(n.Partners, lnet.Partner{ID: "ks-partner", Name: "KS", Kind: lnet.PartnerKS})
		}, nil},
		{"repeated contributor", func(n *lnet.Network) { n.Contributors[1].ID = "ks" },
			[]string{"contributors[1].id", "resource_group.contributors[1]"}},
		{"contributor without kind", func(n *lnet.Network) { n.Contributors[0].Kind = 0 }, []string{"contributors[0].kind"}},
		{"unknown contributor in the resource group", func(n *lnet.Network) {
			n.ResourceGroup.Contributors = append(n.ResourceGroup.Contributors, "bufetat")
		}, []string{"resource_group.contributors[2]"}},
		{"a contributor is not a partner", func(n *lnet.Network) {
			n.ResourceGroup.Partners = append(n.ResourceGroup.Partners, "ks")
		}, []string{"resource_group.partners[2]"}},
		{"bad county", func(n *lnet.Network) { n.ResourceGroup.Counties[0] = 0 }, []string{"resource_group.counties[0]"}},
		{"horizon without a year", func(n *lnet.Network) { n.Horizon.Through = 0 }, []string{"horizon.through"}},
		{"project group partner not in the network", func(n *lnet.Network) {
			n.Projects[0].Group.Partners = []lnet.PartnerID{"norce"}
		}, []string{"projects[0].group.partners[0]"}},
		{"steering-group mandate without title, text or source", func(n *lnet.Network) {
			n.SteeringGroup.Mandate = &lnet.Document{Date: fxDayPtr(2018, 9, 13)}
		}, []string{"steering_group.mandate.title"}},
	})

	n := fxHordaland()
	c, ok := n.Contributor("ks")
	require.True(t, ok)
	assert.Equal(t, lnet.ContributorKS, c.Kind)
	_, ok = n.Contributor("rkbu-vest")
	assert.False(t, ok, "partners are not contributors")
	for _, p := range n.CompetencePartners() {
		assert.NotEqual(t, "KS", p.Name)
	}
}

func TestNetworkStartedProjects(t *testing.T) {
	n := fxHordaland()
	n.Projects[1].Status = lnet.ProjectIdea
	n.Projects[2].Status = 0 // not stated: started
	var ids []lnet.ProjectID
	for _, p := range n.StartedProjects() {
		ids = append(ids, p.ID)
	}
	assert.Equal(t, []lnet.ProjectID{"hoykonflikt", "fosterhjem-veiledning"}, ids)
	assert.Len(t, n.Projects, 3, "an idea is still one of the network's projects")
}

func TestNetworkValidateOnFidelity(t *testing.T) {
	n := fxHordaland()
	require.NoError(t, n.ValidateOn(nil, fxDay(2018, 9, 13)))

	n.Projects[0].Group.Municipalities = append(n.Projects[0].Group.Municipalities, fxCode("4622"))
	n.ResourceGroup.Counties = append(n.ResourceGroup.Counties, 46)
	paths := fxPaths(t, n.ValidateOn(nil, fxDay(2018, 9, 13)))
	assert.Contains(t, paths, "projects[0].group.municipalities[3]")
	assert.Contains(t, paths, "resource_group.counties[3]")
}

func TestNetworkFidelityJSON(t *testing.T) {
	doc := `{"id":"n","name":"N","office":"hordaland",
	  "contributors":[{"id":"ks","name":"KS","kind":"ks"}],
	  "resource_group":{"counties":["11","12","14"],"contributors":["ks"]},
	  "horizon":{"through":2024,"at_least":true,"wording":"Nettverket skal minimum vare ut 2024"},
	  "steering_group":{"mandate":{"title":"Mandat","date":"2018-09-13"}}}`
	var n lnet.Network
	require.NoError(t, json.Unmarshal([]byte(doc), &n))
	require.NoError(t, n.Validate())
	assert.Equal(t, 2024, n.Horizon.Through)
	assert.Equal(t, fxDay(2018, 9, 13), *n.SteeringGroup.Mandate.Date)

	for name, bad := range map[string]string{
		"unknown field in a contributor":    `{"contributors":[{"id":"ks","name":"KS","kind":"ks","x":1}]}`,
		"unknown field in the horizon":      `{"horizon":{"through":2024,"until":2024}}`,
		"unknown field in a resource group": `{"resource_group":{"members":[]}}`,
		"impossible mandate date":           `{"steering_group":{"mandate":{"title":"M","date":"2018-09-31"}}}`,
		"unknown project status":            `{"projects":[{"id":"p","status":"done"}]}`,
		"impossible use period":             `{"use_period":{"start":"2019-01-01","end":"2019-02-30"}}`,
	} {
		t.Run(name, func(t *testing.T) {
			var into any = &lnet.Network{}
			if name == "impossible use period" {
				into = &lnet.Application{}
			}
			assert.Error(t, json.Unmarshal([]byte(bad), into))
		})
	}
}
