package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	require.Equal(t, string(want), got)
}

func TestRunGolden(t *testing.T) {
	request, err := os.ReadFile("testdata/request.json")
	require.NoError(t, err)
	csvInput, err := os.ReadFile("testdata/weights.csv")
	require.NoError(t, err)
	tests := []struct {
		name, stdin string
		args        []string
	}{
		{"default.json", "", nil},
		{"default-equal-0.2-2019.md", "", []string{"-format", "markdown", "-equal", "0.2", "-year", "2019"}},
		{"default-sainte-lague.csv", "", []string{"-format", "csv", "-method", "sainte_lague", "-unit", "1000"}},
		{"request.json", string(request), nil},
		{"request.en.md", string(request), []string{"-format", "markdown", "-lang", "en"}},
		{"weights.csv", string(csvInput), []string{"-pot", "650000", "-unit", "1000", "-format", "csv"}},
		{"weights-file.md", "", []string{"-in", "testdata/weights.csv", "-pot", "650000", "-format", "markdown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			require.Equal(t, 0, code, stderr)
			require.Empty(t, stderr)
			golden(t, tt.name, stdout)
		})
	}
}

func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name, stdin string
		args        []string
		code        int
		message     string
	}{
		{"malformed json", `{"pots":`, nil, 1, "allocate: allocation: request: malformed JSON"},
		{"bad weight", `{"pot": "100", "recipients": [{"id": "a", "weight": "-1"}]}`, nil, 1, `recipients[0].weight: negative weight "-1"`},
		{"unknown field", `{"pot": "100", "recipients": [], "pots2": {}}`, nil, 1, "pots2: unknown field"},
		{"infeasible floors", `{"pot": "100", "recipients": [{"id": "a", "weight": "1", "floor": "101"}]}`, nil, 1, "floors sum to kr 101"},
		{"bad csv weight", "a,x\n", []string{"-pot", "100"}, 1, `line 1: weight: not a weight "x"`},
		{"bad pot flag", "a,1\n", []string{"-pot", "lots"}, 1, "-pot:"},
		{"bad year", "", []string{"-year", "1990"}, 1, "-year/-equal:"},
		{"bad equal", "", []string{"-equal", "1.5"}, 1, "equal share above 1"},
		{"bad format", "", []string{"-format", "xml"}, 2, "-format"},
		{"unknown flag", "", []string{"-bogus"}, 2, "bogus"},
		{"default flag with input", `{"pot": "1", "recipients": []}`, []string{"-year", "2020"}, 2, "only to the default run"},
		{"unit flag with json", `{"pot": "1", "recipients": []}`, []string{"-unit", "100"}, 2, "-unit and -method"},
		{"missing file", "", []string{"-in", "testdata/none.json"}, 1, "-in:"},
		{"year past the data", "", []string{"-year", "2027"}, 1, "-year 2027: the register's data ends 2026-12-31; give -data DIR with newer SSB files, or -assume-unchanged"},
		{"missing data folder", "", []string{"-data", "testdata/none"}, 1, "-data:"},
		{"data not a folder", "", []string{"-data", "testdata/weights.csv"}, 1, "is not a directory"},
		{"data folder without SSB files", "", []string{"-data", "testdata/golden"}, 1, "holds none of"},
		{"data flag with input", `{"pot": "1", "recipients": []}`, []string{"-data", "."}, 2, "only to the default run"},
		{"assume flag with input", `{"pot": "1", "recipients": []}`, []string{"-assume-unchanged"}, 2, "only to the default run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			require.Equal(t, tt.code, code)
			require.Empty(t, stdout, "nothing on stdout on error")
			require.Contains(t, stderr, tt.message)
			require.Equal(t, 1, strings.Count(stderr, "\n"), "one line on stderr: %q", stderr)
			require.True(t, strings.HasPrefix(stderr, "allocate: "))
		})
	}
}

// TestRunHelp is the regression test for -h, which printed "flag: help requested" and
// exited with status 2 instead of printing the flags.
func TestRunHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		code, stdout, stderr := runCmd(t, "", arg)
		assert.Equal(t, 0, code, arg)
		assert.Empty(t, stdout, arg)
		assert.Contains(t, stderr, "usage: allocate", arg)
		assert.Contains(t, stderr, "-equal", arg)
	}
}

// The default run works on the embedded data through 2026, takes newer files with -data,
// and goes past the data only with -assume-unchanged, saying which population year it used.
func TestRunYears(t *testing.T) {
	for _, year := range []string{"2025", "2026"} {
		code, stdout, stderr := runCmd(t, "", "-year", year)
		require.Equal(t, 0, code, stderr)
		require.Contains(t, stdout, `"population_year": `+year)
		require.Contains(t, stdout, `"origin": "embedded"`)
	}
	_, def, _ := runCmd(t, "")
	_, y2026, _ := runCmd(t, "", "-year", "2026")
	require.Equal(t, y2026, def, "the default year is the last year of data")

	code, stdout, stderr := runCmd(t, "", "-year", "2027", "-assume-unchanged")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, `"year": 2027`)
	require.Contains(t, stdout, `"population_year": 2026`)
	require.Contains(t, stdout, `"origin": "assumed"`)
	require.Contains(t, stdout, `"structure_date": "2026-12-31"`)
	code, stdout, stderr = runCmd(t, "", "-year", "2027", "-assume-unchanged", "-format", "markdown", "-lang", "en")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, "Data basis: 2027: ASSUMED UNCHANGED")

	code, stdout, stderr = runCmd(t, "", "-data", "../../lnet/testdata/ssb2027")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, `"population_year": 2027`)
	require.Contains(t, stdout, `"origin": "loaded"`)
	code, stdout, stderr = runCmd(t, "", "-data", "../../lnet/testdata/ssb2027", "-year", "2026")
	require.Equal(t, 0, code, stderr)
	require.Equal(t, y2026, stdout, "2026 is the embedded data, the folder only adds 2027")
}
