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
