package seeds_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestHordaland2018(t *testing.T) {
	n := seeds.Hordaland2018()
	require.NoError(t, n.Validate())
	assert.Nil(t, n.Leader, "the network decided not to choose a leader yet")
	assert.Len(t, n.DecisionsAbout(lnet.DecisionLeader), 1)
	assert.Len(t, n.SteeringGroup.Seats, 6)
	assert.Equal(t, []lnet.CountyCode{12}, n.Counties())
	for _, m := range n.Municipalities() {
		_, err := lnet.MunicipalityOn(m, seeds.Gathering2018)
		assert.NoError(t, err, "municipality %s valid on the gathering day", m)
	}
	office, err := lnet.OfficeOn(n.Office, seeds.Gathering2018)
	require.NoError(t, err)
	assert.Equal(t, "Fylkesmannen i Hordaland", office.Title)
	assert.Len(t, n.CompetencePartners(), 2, "KS is no competence environment")
	for _, p := range n.Partners {
		assert.True(t, p.IsCompetenceEnvironment(), "partner %s", p.ID)
	}
	require.Len(t, n.Contributors, 3)
	require.NotNil(t, n.ResourceGroup)
	assert.True(t, n.ResourceGroup.AcrossCounties())
	assert.Equal(t, []lnet.ContributorID{seeds.Forandringsfabrikken, seeds.KS, seeds.Bufetat}, n.ResourceGroup.Contributors)
	require.NotNil(t, n.Horizon)
	assert.Equal(t, 2024, n.Horizon.Through)
	require.NotNil(t, n.SteeringGroup.Mandate)
	basis, ok := n.Project(seeds.ProjectBasicTraining)
	require.True(t, ok)
	assert.Equal(t, lnet.ProjectIdea, basis.Status)
	assert.False(t, basis.Started())
	assert.Len(t, n.StartedProjects(), 2)
	assert.Equal(t, 5, n.MunicipalityCount())
	require.NoError(t, n.ValidateOn(nil, seeds.Gathering2018))
	gathering := n.Gatherings[2]
	assert.Equal(t, 9, gathering.Attendance.ServiceCount)
	assert.Equal(t, 18, gathering.Attendance.MunicipalityCount)
}
