package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestOutputGolden(t *testing.T) {
	for _, tc := range []struct{ lang, format, file string }{
		{"nb", "text", "reports_nb.txt"},
		{"en", "text", "reports_en.txt"},
		{"nb", "markdown", "reports_nb.md"},
		{"en", "json", "reports.json"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, run(&b, tc.lang, tc.format))
			path := filepath.Join("testdata", tc.file)
			if *update {
				require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create %s", path)
			assert.Equal(t, string(want), b.String())
		})
	}
}

// The example shows what the sources show: no leader (with the decision), no plan; the
// foster-home application needs no competence environment.
func TestHordalandFindings(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, run(&b, "en", "json"))
	var reports []eligibility.Report
	require.NoError(t, json.Unmarshal(b.Bytes(), &reports))
	require.Len(t, reports, 3)

	network := reports[0]
	assert.Equal(t, eligibility.Edition2018, network.Edition)
	leader, _ := network.Finding("NET-LEADER")
	assert.Equal(t, eligibility.Failed, leader.Status)
	require.Len(t, leader.Evidence, 2)
	assert.Equal(t, "2018-09-13", leader.Evidence[1].Value)
	plan, _ := network.Finding("NET-PLAN")
	assert.Equal(t, eligibility.Failed, plan.Status)

	self := reports[1]
	assert.Equal(t, eligibility.Edition2018, self.Edition)
	deadline, _ := self.Finding("APP-DEADLINE")
	assert.Equal(t, eligibility.Passed, deadline.Status)
	competence, _ := self.Finding("PRJ-COMPETENCE")
	assert.Equal(t, eligibility.Failed, competence.Status, "no competence environment is linked to the project in the sources")
	anchoring, _ := self.Finding("PRJ-ANCHORING")
	assert.Equal(t, eligibility.Failed, anchoring.Status, "Radøy has not anchored it")
	assert.Equal(t, "1260", anchoring.Evidence[0].Value)

	foster := reports[2]
	assert.Equal(t, eligibility.Edition2019, foster.Edition)
	for id, want := range map[string]eligibility.Status{
		"PRJ-FOSTER-AIM": eligibility.Passed, "PRJ-COMPETENCE": eligibility.NotApplicable,
		"PRJ-BUFETAT": eligibility.Passed, "APP-DEADLINE": eligibility.NotApplicable, "APP-APPLICANT": eligibility.Passed,
	} {
		f, _ := foster.Finding(id)
		assert.Equal(t, want, f.Status, id)
	}
}

func TestRunErrors(t *testing.T) {
	var b bytes.Buffer
	assert.ErrorIs(t, run(&b, "de", "text"), lnet.ErrInvalidValue)
	assert.ErrorContains(t, run(&b, "nb", "pdf"), `unknown format "pdf"`)
}
