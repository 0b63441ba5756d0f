package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
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
	assert.Equal(t, eligibility.Failed, leader.Status())
	require.Len(t, leader.Evidence(), 2)
	assert.Equal(t, "2018-09-13", leader.Evidence()[1].Value)
	plan, _ := network.Finding("NET-PLAN")
	assert.Equal(t, eligibility.Failed, plan.Status())

	self := reports[1]
	assert.Equal(t, eligibility.Edition2018, self.Edition)
	deadline, _ := self.Finding("APP-DEADLINE")
	assert.Equal(t, eligibility.Passed, deadline.Status())
	competence, _ := self.Finding("PRJ-COMPETENCE")
	assert.Equal(t, eligibility.Passed, competence.Status(), "the requirement is on the network, which works with RKBU Vest and HVL")
	anchoring, _ := self.Finding("PRJ-ANCHORING")
	assert.Equal(t, eligibility.Failed, anchoring.Status(), "Radøy has not anchored it")
	assert.Equal(t, "1260", anchoring.Evidence()[0].Value)

	foster := reports[2]
	assert.Equal(t, eligibility.Edition2019, foster.Edition)
	for id, want := range map[string]eligibility.Status{
		"PRJ-FOSTER-AIM": eligibility.Passed, "PRJ-COMPETENCE": eligibility.NotApplicable,
		"PRJ-BUFETAT": eligibility.Passed, "APP-DEADLINE": eligibility.NotApplicable, "APP-APPLICANT": eligibility.Passed,
	} {
		f, _ := foster.Finding(id)
		assert.Equal(t, want, f.Status(), id)
	}
}

func TestRunErrors(t *testing.T) {
	var b bytes.Buffer
	assert.ErrorIs(t, run(&b, "de", "text"), lnet.ErrInvalidValue)
	assert.ErrorContains(t, run(&b, "nb", "pdf"), `unknown format "pdf"`)
}

// The catalogue as JSON: every rule with its texts in nb, nn and en, and no national
// requirement resting on a "kan" sentence.
func TestCatalogueJSON(t *testing.T) {
	var b strings.Builder
	require.NoError(t, printCatalogue(&b, "nn", "json"))
	var got []map[string]any
	require.NoError(t, json.Unmarshal([]byte(b.String()), &got))
	require.NotEmpty(t, got)
	offices := 0
	for _, e := range got {
		for _, k := range []string{"id", "severity", "editions", "citation", "office", "text"} {
			assert.Contains(t, e, k)
		}
		text := e["text"].(map[string]any)
		for _, l := range []string{"nb", "nn", "en"} {
			assert.NotEmpty(t, text[l], "%v %s", e["id"], l)
		}
		if e["office"] != "" {
			offices++
			continue
		}
		if e["severity"] == "requirement" {
			assert.NotEqual(t, "kan", e["modal"], e["id"])
		}
	}
	assert.Equal(t, len(eligibility.OfficeConditions()), offices)
	for _, f := range []string{"text", "markdown"} {
		b.Reset()
		require.NoError(t, printCatalogue(&b, "nn", f))
		assert.Contains(t, b.String(), "VESTLAND-COMPETENCE")
	}
	assert.Error(t, printCatalogue(&b, "nn", "pdf"))
}

func TestCommandLine(t *testing.T) {
	clitest.Run(t, command(), clitest.Conventions())
	clitest.Run(t, command(), clitest.Conventions("-catalogue", "-format", "json"))
	clitest.Run(t, command(), []clitest.Case{
		{Name: "-lang de", Args: []string{"-lang", "de"}, Status: cli.ExitUsage},
		{Name: "-format pdf", Args: []string{"-format", "pdf"}, Status: cli.ExitUsage},
		{Name: "-catalogue -format pdf", Args: []string{"-catalogue", "-format", "pdf"}, Status: cli.ExitUsage},
		{Name: "markdown en", Args: []string{"-format", "markdown", "-lang", "en"}, Status: cli.ExitOK},
	})
}
