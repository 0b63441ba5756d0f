package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// run runs the command with args; a failure is an error with the exit status and what the
// command printed on standard error.
func run(args []string, stdout, stderr io.Writer) error {
	var errs bytes.Buffer
	status := command().Run(args, stdout, &errs)
	if status != cli.ExitOK {
		return fmt.Errorf("exit status %d: %s", status, errs.String())
	}
	_, err := stderr.Write(errs.Bytes())
	return err
}

func TestCommandLine(t *testing.T) {
	clitest.Run(t, command(), clitest.Conventions())
	clitest.Run(t, command(), clitest.Conventions("-holidays", "2019"))
	clitest.Run(t, command(), []clitest.Case{
		{Name: "-lang se", Args: []string{"-lang", "se"}, Status: cli.ExitUsage},
		{Name: "-format pdf", Args: []string{"-format", "pdf"}, Status: cli.ExitUsage},
		{Name: "-stamp", Args: []string{"-format", "ics", "-stamp", "2019-01-15 08:00"}, Status: cli.ExitUsage},
		{Name: "-holidays backwards", Args: []string{"-holidays", "2030-2017"}, Status: cli.ExitUsage},
		{Name: "-blackout missing", Args: []string{"-blackout", filepath.Join("testdata", "missing.csv")}, Status: cli.ExitFailure},
		{Name: "ics", Args: []string{"-format", "ics", "-stamp", "2019-01-15T08:00:00Z"}, Status: cli.ExitOK},
	})
}

// golden compares got with testdata/golden/name, or rewrites the file with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	require.Equal(t, string(want), got, "%s differs; run go test -update if the change is intended", path)
}

func TestRunGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"text.txt", nil},
		{"text.nn.txt", []string{"-lang", "nn"}},
		{"text.en.txt", []string{"-lang", "en"}},
		{"markdown.nn.md", []string{"-format", "markdown", "-lang", "nn"}},
		{"calendar.nn.ics", []string{"-format", "ics", "-lang", "nn", "-stamp", "2019-01-15T08:00:00Z"}},
		{"blackout.txt", []string{"-blackout", filepath.Join("testdata", "quiet.csv")}},
		{"blackout.en.md", []string{"-blackout", filepath.Join("testdata", "quiet.csv"), "-format", "markdown", "-lang", "en"}},
		{"holidays-2019.nn.tsv", []string{"-holidays", "2019", "-lang", "nn"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			require.NoError(t, run(tt.args, &out, &errs))
			require.Empty(t, errs.String())
			golden(t, tt.name, out.String())
		})
	}
}

func TestLangFlag(t *testing.T) {
	var out, errs bytes.Buffer
	err := run([]string{"-lang", "se"}, &out, &errs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "want nb, nn or en")
	// The default is bokmål, and "no" is bokmål too.
	var nb, no bytes.Buffer
	require.NoError(t, run(nil, &nb, &errs))
	require.NoError(t, run([]string{"-lang", "no"}, &no, &errs))
	assert.Equal(t, nb.String(), no.String())
}

func TestHolidaysOutput(t *testing.T) {
	var out, errs bytes.Buffer
	require.NoError(t, run([]string{"-holidays", "2017-2030"}, &out, &errs))
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	assert.Len(t, lines, 14*12)
	assert.Equal(t, "2017-01-01\tFørste nyttårsdag", lines[0])
	assert.Contains(t, lines, "2019-04-21\tFørste påskedag")
	assert.Contains(t, lines, "2019-06-09\tFørste pinsedag")
	assert.Equal(t, "2030-12-26\tAndre juledag", lines[len(lines)-1])
	for _, l := range lines {
		parts := strings.Split(l, "\t")
		require.Len(t, parts, 2, l)
		require.Len(t, parts[0], 10, l)
	}
	assert.Error(t, run([]string{"-holidays", "2030-2017"}, &out, &errs))
}

func TestFormats(t *testing.T) {
	for _, f := range []string{"text", "markdown", "ics"} {
		var out, errs bytes.Buffer
		require.NoError(t, run([]string{"-format", f, "-stamp", "2019-01-15T08:00:00Z"}, &out, &errs), f)
		assert.Contains(t, out.String(), "2019-02-12"[:4], f)
		if f == "ics" {
			assert.True(t, strings.HasPrefix(out.String(), "BEGIN:VCALENDAR\r\n"))
			assert.Contains(t, out.String(), "DTSTART;VALUE=DATE:20180913\r\n")
			assert.Contains(t, out.String(), "DTSTART;TZID=Europe/Oslo:20190212T090000\r\n")
		} else {
			assert.Contains(t, out.String(), "2018-09-13")
			assert.Contains(t, out.String(), "2019-02-12")
		}
	}
	var out, errs bytes.Buffer
	assert.Error(t, run([]string{"-format", "pdf"}, &out, &errs))
}

// Every warning and note is followed by its reason, in the language of the output.
func TestEveryWarningPrintsItsReason(t *testing.T) {
	for _, lang := range []string{"nb", "nn", "en"} {
		var out, errs bytes.Buffer
		require.NoError(t, run([]string{"-lang", lang, "-blackout", filepath.Join("testdata", "quiet.csv")}, &out, &errs))
		lines := strings.Split(out.String(), "\n")
		warnings := 0
		for i, l := range lines {
			for _, sev := range []string{"- advarsel: ", "- åtvaring: ", "- warning: ", "- merknad: ", "- note: "} {
				if strings.HasPrefix(l, sev) {
					warnings++
					require.Less(t, i+1, len(lines))
					reason := map[string]string{"nb": "  Grunn: ", "nn": "  Grunn: ", "en": "  Reason: "}[lang]
					assert.True(t, strings.HasPrefix(lines[i+1], reason), "%s: %q has no reason below it", lang, l)
				}
			}
		}
		assert.GreaterOrEqual(t, warnings, 3, lang)
		assert.Contains(t, out.String(), map[string]string{"nb": "«Vinterferie (illustrasjon)» (fylke 12)", "nn": "«Vinterferie (illustrasjon)» (fylke 12)", "en": "“Vinterferie (illustrasjon)” (county 12)"}[lang])
	}
}

// The quiet periods of a file replace the defaults; the defaults apply without one.
func TestBlackoutReplacesDefaults(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "none.csv")
	require.NoError(t, os.WriteFile(path, []byte("name,from,to,scope,area,reason\n"), 0o644))
	var out, errs bytes.Buffer
	require.NoError(t, run([]string{"-blackout", path}, &out, &errs))
	assert.NotContains(t, out.String(), "Vinterferie")
}

func TestBlackoutAndStampErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	require.NoError(t, os.WriteFile(bad, []byte("name,from,to,scope,area,reason\nok,W40,W41,national\nx,W40,W41,county,4601\n"), 0o644))
	var out, errs bytes.Buffer
	err := run([]string{"-blackout", bad}, &out, &errs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 3: area")
	assert.Contains(t, err.Error(), "fylkesnummeret", "errors in the -lang language, bokmål by default")
	err = run([]string{"-blackout", bad, "-lang", "en"}, &out, &errs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "county code")
	err = run([]string{"-blackout", filepath.Join(dir, "missing.csv")}, &out, &errs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "-blackout")
	err = run([]string{"-format", "ics", "-stamp", "2019-01-15 08:00"}, &out, &errs)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "RFC 3339")
	// The same stamp gives the same file.
	var a, b bytes.Buffer
	require.NoError(t, run([]string{"-format", "ics", "-stamp", "2019-01-15T09:00:00+01:00"}, &a, &errs))
	require.NoError(t, run([]string{"-format", "ics", "-stamp", "2019-01-15T08:00:00Z"}, &b, &errs))
	assert.Equal(t, a.String(), b.String())
	assert.Contains(t, a.String(), "DTSTAMP:20190115T080000Z\r\n")
}
