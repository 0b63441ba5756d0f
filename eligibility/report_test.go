package eligibility_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), got, "%s differs; run go test -update if the change is intended", path)
}

// mixedReport has every status and severity: a foster-home application in 2019 with no
// leader (a recorded decision), one unanchored municipality, no Bufetat contact, a late
// submission, and an office cap.
func mixedReport(t *testing.T) eligibility.Report {
	t.Helper()
	n, a := freshNetwork(2019), freshApplication(lnet.SchemeFosterHome, 2019)
	n.Leader = nil
	n.Decisions = []lnet.Decision{{Subject: lnet.DecisionLeader, Date: day(2018, time.September, 13), Text: "Ikke nødvendig å velge leder nå | senere."}}
	p := projectOf(&n, "p-foster")
	p.Anchoring = p.Anchoring[:1]
	p.Partners = nil
	n.Partners = n.Partners[:2]
	late := day(2018, time.November, 5)
	a.Submitted = &late
	r, err := eligibility.EvaluateApplication(a, n,
		eligibility.WithDeadline(testDeadline(2019)),
		eligibility.WithRules(eligibility.CapPerApplication("HORDALAND-CAP", lnet.MustNOK("300000"), "Fylkesmannen i Hordaland, utlysning 2018")))
	require.NoError(t, err)
	return r
}

func TestReportGolden(t *testing.T) {
	r := mixedReport(t)
	require.False(t, r.Eligible())
	golden(t, "report_nb.txt", r.Text(lnet.Bokmal))
	golden(t, "report_en.txt", r.Text(lnet.English))
	golden(t, "report_nb.md", r.Markdown(lnet.Bokmal))
	golden(t, "report_en.md", r.Markdown(lnet.English))
	golden(t, "report_nn.txt", r.Text(lnet.Nynorsk))
	golden(t, "report_nn.md", r.Markdown(lnet.Nynorsk))
	b, err := json.MarshalIndent(r, "", "  ")
	require.NoError(t, err)
	golden(t, "report.json", string(b)+"\n")
}

func TestReportMarkdownTables(t *testing.T) {
	r := mixedReport(t)
	for _, lang := range lnet.Languages() {
		md := r.Markdown(lang)
		for _, line := range strings.Split(md, "\n") {
			if !strings.HasPrefix(line, "|") {
				continue
			}
			// Unescaped pipes delimit exactly seven cells' borders.
			n := strings.Count(line, "|") - strings.Count(line, `\|`)
			assert.Equal(t, 7, n, line)
		}
	}
}

func TestReportJSONRoundTrip(t *testing.T) {
	r := mixedReport(t)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, false, m["eligible"])
	assert.Equal(t, "2019", m["edition"])
	assert.Equal(t, "foster_home", m["scheme"])

	var back eligibility.Report
	require.NoError(t, json.Unmarshal(b, &back))
	sameReport(t, r, back)

	// "eligible" is recomputed, never trusted.
	var forged eligibility.Report
	require.NoError(t, json.Unmarshal([]byte(strings.Replace(string(b), `"eligible":false`, `"eligible":true`, 1)), &forged))
	assert.False(t, forged.Eligible())

	// An empty report marshals findings as [] and is eligible.
	b, err = json.Marshal(eligibility.Report{Edition: eligibility.Edition2019, Subject: eligibility.SubjectNetwork})
	require.NoError(t, err)
	assert.JSONEq(t, `{"edition":"2019","subject":"network","name":"","eligible":true,"findings":[]}`, string(b))

	for _, bad := range []string{`{"edition":"2020"}`, `{"findings":[{"status":"ok"}]}`, `[]`} {
		assert.Error(t, json.Unmarshal([]byte(bad), &back), bad)
	}
}

func TestReportHelpers(t *testing.T) {
	r := mixedReport(t)
	total := r.Count(eligibility.Passed) + r.Count(eligibility.Failed) + r.Count(eligibility.NotApplicable) + r.Count(eligibility.Noted)
	assert.Equal(t, len(r.Findings), total)
	var ids []string
	for _, f := range r.Blocking() {
		ids = append(ids, f.Rule())
		assert.True(t, f.Blocks())
	}
	assert.Equal(t, []string{"NET-LEADER", "PRJ-ANCHORING", "APP-DEADLINE"}, ids)
	_, ok := r.Finding("NO-SUCH-RULE")
	assert.False(t, ok)
	assert.Contains(t, eligibility.Report{}.Text(lnet.English), "(unnamed)")
}

func TestCatalogueGolden(t *testing.T) {
	golden(t, "catalogue_nb.md", eligibility.CatalogueMarkdown(lnet.Bokmal))
	golden(t, "catalogue_nn.md", eligibility.CatalogueMarkdown(lnet.Nynorsk))
	golden(t, "catalogue_en.md", eligibility.CatalogueMarkdown(lnet.English))
	b, err := json.MarshalIndent(eligibility.Catalogue(), "", "  ")
	require.NoError(t, err)
	golden(t, "catalogue.json", string(b)+"\n")
}

// sameReport checks that got says what want says: the same header and, finding by finding,
// the same findings ([eligibility.Finding.Equal]), and that both marshal to the same JSON.
func sameReport(t *testing.T, want, got eligibility.Report) {
	t.Helper()
	wf, gf := want.Findings, got.Findings
	want.Findings, got.Findings = nil, nil
	assert.Equal(t, want, got)
	require.Len(t, gf, len(wf))
	for i := range wf {
		assert.True(t, wf[i].Equal(gf[i]), "finding %d: %s", i, wf[i].Rule())
	}
	want.Findings, got.Findings = wf, gf
	a, err := json.Marshal(want)
	require.NoError(t, err)
	b, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
}
