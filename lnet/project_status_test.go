package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestProjectStatus(t *testing.T) {
	tests := []struct {
		status         lnet.ProjectStatus
		id, nb, nn, en string
		started        bool
	}{
		{0, "", "", "", "", true}, // not stated: read as started, as before statuses existed
		{lnet.ProjectIdea, "idea", "prosjektidé", "prosjektidé", "project idea", false},
		{lnet.ProjectClarifying, "clarifying", "under avklaring", "under avklaring", "being clarified", false},
		{lnet.ProjectStarted, "started", "igangsatt", "sett i gang", "started", true},
	}
	assert.Equal(t, []lnet.ProjectStatus{lnet.ProjectIdea, lnet.ProjectClarifying, lnet.ProjectStarted}, lnet.ProjectStatuses())
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			assert.Equal(t, tt.id, tt.status.String())
			assert.Equal(t, tt.nb, tt.status.Norwegian())
			assert.Equal(t, tt.nn, tt.status.Nynorsk())
			assert.Equal(t, tt.en, tt.status.English())
			assert.Equal(t, tt.en, tt.status.In(lnet.English))
			assert.Equal(t, tt.started, lnet.Project{Status: tt.status}.Started())
			v, err := tt.status.Value()
			require.NoError(t, err)
			var back lnet.ProjectStatus
			require.NoError(t, back.Scan(v))
			assert.Equal(t, tt.status, back)
			if tt.status != 0 {
				assert.Equal(t, tt.id, v)
				parsed, err := lnet.ParseProjectStatus(tt.id)
				require.NoError(t, err)
				assert.Equal(t, tt.status, parsed)
			} else {
				assert.Nil(t, v)
			}
		})
	}
	_, err := lnet.ParseProjectStatus("finished")
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	var pe *lnet.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "project status", pe.Type)
	_, err = lnet.ProjectStatus(7).MarshalText()
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
}

func TestProjectFidelity(t *testing.T) {
	base := func() lnet.Project { return fxHordaland().Projects[0] }
	runModelCases(t, base, []modelCase[lnet.Project]{
		{"idea without host, group or documents", func(p *lnet.Project) {
			*p = lnet.Project{ID: "basis", Scheme: lnet.SchemeSelfInitiated, Title: "Basisopplæring", Status: lnet.ProjectIdea}
		}, nil},
		{"no status", func(p *lnet.Project) { p.Status = 0 }, nil},
		{"unknown status", func(p *lnet.Project) { p.Status = 9 }, []string{"status"}},
		{"empty group", func(p *lnet.Project) { p.Group = &lnet.ProjectGroup{} }, []string{"group.municipalities"}},
		{"group with a bad code", func(p *lnet.Project) { p.Group.Municipalities[1] = 12345 }, []string{"group.municipalities[1]"}},
		{"empty mandate", func(p *lnet.Project) { p.Mandate = &lnet.Document{} }, []string{"mandate.title"}},
		{"project plan with a zero date", func(p *lnet.Project) { p.ProjectPlan.Date = fxDayPtr(1, 1, 1) }, []string{"project_plan.date"}},
	})

	out, err := json.Marshal(base())
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(out, &m))
	assert.Equal(t, "started", m["status"])
	assert.Contains(t, m, "group")
	assert.Contains(t, m, "mandate")
	assert.Contains(t, m, "project_plan")
	var back lnet.Project
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, base(), back)
	assert.Error(t, json.Unmarshal([]byte(`{"id":"p","status":"finished"}`), &back))
}
