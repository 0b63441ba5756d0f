package lnet_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// The golden files are rewritten with: go test ./lnet -run Golden -update
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

// updatingGolden reports whether the test run was asked to rewrite golden files.
func updatingGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func TestNetworkValidate(t *testing.T) {
	runModelCases(t, fxHordaland, []modelCase[lnet.Network]{
		{"bare network", func(n *lnet.Network) { *n = lnet.Network{ID: "x", Name: "X", Office: "vestland"} }, nil},
		{"one member, no leader, no steering group, no plan", func(n *lnet.Network) {
			n.Members = n.Members[:1]
			n.Leader, n.SteeringGroup, n.Plan = nil, nil, nil
			n.Projects = nil
			n.Decisions = nil
		}, nil},
		{"leader chosen", func(n *lnet.Network) {
			n.Leader = &lnet.Leader{Service: "fjell-sund-oygarden", Municipality: fxCode("1245"), Title: "barnevernleiar"}
		}, nil},
		{"missing id, name and office", func(n *lnet.Network) { n.ID, n.Name, n.Office = "", "", "" }, []string{"id", "name", "office"}},
		{"malformed office", func(n *lnet.Network) { n.Office = "Hordaland" }, []string{"office"}},
		{"zero establishing date", func(n *lnet.Network) { n.Established = fxDayPtr(1, 1, 1) }, []string{"established"}},
		{"deep representative problem", func(n *lnet.Network) { n.Members[2].Representatives[0].Role = 0 },
			[]string{"members[2].representatives[0].role"}},
		{"repeated member service", func(n *lnet.Network) { n.Members[3].Service.ID = "kvam" },
			[]string{"members[3].service.id"}},
		{"municipality covered by two services (district services)", func(n *lnet.Network) {
			n.Members[2].Service.Municipalities = append(n.Members[2].Service.Municipalities, fxCode("1245"))
		}, nil},
		{"municipality repeated within a service", func(n *lnet.Network) {
			n.Members[2].Service.Municipalities = append(n.Members[2].Service.Municipalities, fxCode("1260"))
		}, []string{"members[2].service.municipalities[1]"}},
		{"leader from a non-member", func(n *lnet.Network) { n.Leader = &lnet.Leader{Service: "voss"} }, []string{"leader.service"}},
		{"leader's municipality not covered", func(n *lnet.Network) {
			n.Leader = &lnet.Leader{Service: "kvam", Municipality: fxCode("1245")}
		}, []string{"leader.municipality"}},
		{"repeated partner", func(n *lnet.Network) { n.Partners[2].ID = "hvl" },
			[]string{"partners[2].id", "projects[2].partners[0]"}},
		{"partner problem", func(n *lnet.Network) { n.Partners[0].Kind = 0 }, []string{"partners[0].kind"}},
		{"steering-group seat for an unknown partner", func(n *lnet.Network) { n.SteeringGroup.Seats[4].Partner = "norce" },
			[]string{"steering_group.seats[4].partner"}},
		{"plan problem", func(n *lnet.Network) { n.Plan.Measures[0].Title = "" }, []string{"plan.measures[0].title"}},
		{"repeated project", func(n *lnet.Network) { n.Projects[2].ID = "hoykonflikt" }, []string{"projects[2].id"}},
		{"project problem", func(n *lnet.Network) { n.Projects[1].Title = "" }, []string{"projects[1].title"}},
		{"project with an unknown partner", func(n *lnet.Network) { n.Projects[2].Partners = append(n.Projects[2].Partners, "norce") },
			[]string{"projects[2].partners[1]"}},
		{"project with an unknown measure", func(n *lnet.Network) { n.Projects[0].Measure = "m9" }, []string{"projects[0].measure"}},
		{"project measure without a plan", func(n *lnet.Network) { n.Plan = nil },
			[]string{"projects[0].measure", "projects[1].measure", "projects[2].measure"}},
		{"gathering problem", func(n *lnet.Network) { n.Gatherings[0].Date = 0 }, []string{"gatherings[0].date"}},
		{"attendance of an unknown partner", func(n *lnet.Network) { n.Gatherings[1].Attendance.Partners[1] = "norce" },
			[]string{"gatherings[1].attendance.partners[1]"}},
		{"decision on an unknown project", func(n *lnet.Network) { n.Decisions[2].Project = "basis" }, []string{"decisions[2].project"}},
		{"decision problem", func(n *lnet.Network) { n.Decisions[0].Text = "" }, []string{"decisions[0].text"}},
	})
}

func TestNetworkValidateReportsEverything(t *testing.T) {
	n := fxHordaland()
	n.Office = ""
	n.Members[0].Representatives[1].Role = 0
	n.Projects[0].Measure = "m9"
	n.Decisions[3].Due = fxDayPtr(2018, 1, 1)
	err := n.Validate()
	require.Error(t, err)
	assert.Equal(t, []string{"office", "members[0].representatives[1].role", "projects[0].measure", "decisions[3].due"}, fxPaths(t, err))
	assert.True(t, errors.Is(err, lnet.ErrInvalidModel))
	assert.Equal(t, strings.Join([]string{
		`office: missing office id`,
		`members[0].representatives[1].role: missing role`,
		`projects[0].measure: not a measure of the network's plan "m9"`,
		`decisions[3].due: before date 2018-09-13 "2018-01-01"`,
	}, "\n"), err.Error())
}

func TestNetworkCounting(t *testing.T) {
	n := fxHordaland()
	assert.Equal(t, 9, n.MemberCount())
	assert.Equal(t, 18, n.MunicipalityCount())
	m := n.Municipalities()
	assert.IsIncreasing(t, m)
	assert.Equal(t, fxCode("1201"), m[0])
	assert.Equal(t, []lnet.CountyCode{12}, n.Counties())
	assert.Len(t, n.MunicipalitiesByCounty()[12], 18)

	mixed := lnet.Network{Members: []lnet.Member{
		{Service: fxService("a", "A", "4622")},
		{Service: fxService("b", "B", "1201", "1238")},
		{Service: fxService("c", "C", "4601")},
	}}
	assert.Equal(t, []lnet.CountyCode{12, 46}, mixed.Counties())
	assert.Equal(t, map[lnet.CountyCode][]lnet.MunicipalityCode{
		12: fxCodes("1201", "1238"),
		46: fxCodes("4601", "4622"),
	}, mixed.MunicipalitiesByCounty())

	var ids []lnet.ServiceID
	for _, m := range n.MembersWithoutManagement() {
		ids = append(ids, m.Service.ID)
	}
	assert.Equal(t, []lnet.ServiceID{"radoy", "voss-ulvik-granvin", "askoy"}, ids)
	assert.Len(t, n.MembersWithManagement(), 6)

	var zero lnet.Network
	assert.Zero(t, zero.MemberCount())
	assert.Zero(t, zero.MunicipalityCount())
	assert.Empty(t, zero.Counties())
	assert.Empty(t, zero.MunicipalitiesByCounty())
}

func TestNetworkLookups(t *testing.T) {
	n := fxHordaland()
	assert.True(t, n.Covers(fxCode("1259")))
	assert.False(t, n.Covers(fxCode("1266")))
	m, ok := n.MemberCovering(fxCode("1259"))
	assert.True(t, ok)
	assert.Equal(t, lnet.ServiceID("fjell-sund-oygarden"), m.Service.ID)
	assert.Len(t, n.RepresentativesFor(fxCode("1245")), 2)
	assert.Len(t, n.RepresentativesFor(fxCode("1259")), 1)
	assert.Empty(t, n.RepresentativesFor(fxCode("1247")))
	assert.Empty(t, n.RepresentativesFor(fxCode("1266")))
	_, ok = n.Member("askoy")
	assert.True(t, ok)
	_, ok = n.Member("fedje")
	assert.False(t, ok)

	p, ok := n.Partner("hvl")
	assert.True(t, ok)
	assert.Equal(t, lnet.PartnerUniversity, p.Kind)
	var names []string
	for _, p := range n.CompetencePartners() {
		names = append(names, p.Name)
	}
	assert.Equal(t, []string{"RKBU Vest", "Høgskulen på Vestlandet"}, names)

	assert.Len(t, n.ProjectsIn(lnet.SchemeSelfInitiated), 2)
	assert.Len(t, n.ProjectsIn(lnet.SchemeFosterHome), 1)

	partners, err := n.ProjectPartners(n.Projects[2])
	require.NoError(t, err)
	assert.Equal(t, lnet.PartnerBufetat, partners[0].Kind)
	bad := n.Projects[0]
	bad.Partners = []lnet.PartnerID{"norce"}
	_, err = n.ProjectPartners(bad)
	assert.ErrorIs(t, err, lnet.ErrNotFound)
	assert.EqualError(t, err, `lnet: project "hoykonflikt": network "hordaland" has no partner "norce": not found`)

	leader := n.DecisionsAbout(lnet.DecisionLeader)
	require.Len(t, leader, 1)
	assert.Contains(t, leader[0].Text, "velger ikke leder")
	assert.Empty(t, lnet.Network{}.DecisionsAbout(lnet.DecisionLeader))

	n.Gatherings[0], n.Gatherings[2] = n.Gatherings[2], n.Gatherings[0]
	g := n.GatheringsOf(lnet.GatheringNetwork)
	require.Len(t, g, 2)
	assert.Equal(t, fxDay(2018, 9, 13), g[0].Date, "ordered by date")
}

func TestNetworkProjectFor(t *testing.T) {
	n := fxHordaland()
	a := fxApplication()
	p, err := n.ProjectFor(a)
	require.NoError(t, err)
	assert.Equal(t, "Barnevernets rolle i høykonfliktsaker", p.Title)

	a.Project = "basis"
	_, err = n.ProjectFor(a)
	assert.ErrorIs(t, err, lnet.ErrNotFound)
	assert.EqualError(t, err, `lnet: application "hordaland-2018-hoykonflikt": network "hordaland" has no project "basis": not found`)

	a = fxApplication()
	a.Network = "vestland"
	_, err = n.ProjectFor(a)
	assert.ErrorIs(t, err, lnet.ErrNotFound)
}

func TestNetworkJSONGolden(t *testing.T) {
	n := fxHordaland()
	require.NoError(t, n.Validate())
	got, err := json.MarshalIndent(n, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	golden := filepath.Join("testdata", "models", "network.golden.json")
	if updatingGolden() {
		require.NoError(t, os.MkdirAll(filepath.Dir(golden), 0o755))
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run: go test ./lnet -run Golden -update")
	assert.Equal(t, string(want), string(got))

	var back lnet.Network
	dec := json.NewDecoder(bytes.NewReader(want))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&back))
	assert.Equal(t, n, back)
	require.NoError(t, back.Validate())
}

func TestNetworkJSONShape(t *testing.T) {
	out, err := json.Marshal(lnet.Network{ID: "x", Name: "X", Office: "vestland"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"x","name":"X","office":"vestland"}`, string(out))

	p := lnet.Project{ID: "p", Scheme: lnet.SchemeFosterHome, Title: "T"}
	out, err = json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"p","scheme":"foster_home","title":"T"}`, string(out), "an undecided host is left out")

	var bad lnet.Network
	err = json.Unmarshal([]byte(`{"members":[{"service":{"host":"12a8"}}]}`), &bad)
	assert.ErrorIs(t, err, lnet.ErrInvalidCode)
	err = json.Unmarshal([]byte(`{"decisions":[{"subject":"chair"}]}`), &bad)
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
}

func BenchmarkNetworkValidate(b *testing.B) {
	n := fxHordaland()
	b.ReportAllocs()
	for b.Loop() {
		if err := n.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNetworkMunicipalities(b *testing.B) {
	n := fxHordaland()
	b.ReportAllocs()
	for b.Loop() {
		if len(n.Municipalities()) != 18 {
			b.Fatal("wrong count")
		}
	}
}
