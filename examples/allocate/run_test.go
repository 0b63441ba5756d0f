package main

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

	"github.com/laeringsnettverk/sdk/allocation"
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
		{"default.json", "", []string{"-demo"}},
		{"default-equal-0.2-2019.md", "", []string{"-demo", "-format", "markdown", "-equal", "0.2", "-year", "2019"}},
		{"default-sainte-lague.csv", "", []string{"-demo", "-format", "csv", "-method", "sainte_lague", "-unit", "1000"}},
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
		{"bad csv weight", "a,x\n", []string{"-pot", "100"}, 1, `line 1, column 2 (weight): not a weight "x"`},
		{"bad csv weight after blank lines", "\r\n\n  \ra,x\n", []string{"-pot", "100"}, 1, `line 4, column 2 (weight): not a weight "x"`},
		{"empty pipe", "", nil, 1, "no input: expected a JSON request (or, with -pot, CSV rows id,weight[,floor,cap]) on stdin or in -in FILE; run with -demo"},
		{"whitespace only", " \r\n\t\n", nil, 1, "no input: expected a JSON request"},
		{"BOM and whitespace only", "\uFEFF \n", []string{"-pot", "100"}, 1, "no input: expected a JSON request"},
		{"empty file", "", []string{"-in", "testdata/empty.txt"}, 1, "no input: expected"},
		{"empty pipe with a default-run flag", "", []string{"-year", "2020"}, 1, "need -demo"},
		{"demo with -in", "", []string{"-demo", "-in", "testdata/request.json"}, 2, "-demo runs the illustrative default and reads no input"},
		{"demo with -pot", "", []string{"-demo", "-pot", "100"}, 2, "-demo runs the illustrative default and reads no input"},
		{"extra argument", "", []string{"-demo", "extra"}, 2, `unexpected argument "extra"`},
		{"bad lang", "", []string{"-lang", "de"}, 2, "-lang"},
		{"bad pot flag", "a,1\n", []string{"-pot", "lots"}, 1, "-pot:"},
		{"bad year", "", []string{"-demo", "-year", "1990"}, 1, "-year/-equal:"},
		{"bad equal", "", []string{"-demo", "-equal", "1.5"}, 1, "equal share above 1"},
		{"bad format", "", []string{"-format", "xml"}, 2, "-format"},
		{"unknown flag", "", []string{"-bogus"}, 2, "bogus"},
		{"default flag with input", `{"pot": "1", "recipients": []}`, []string{"-year", "2020"}, 2, "only to the default run"},
		{"unit flag with json", `{"pot": "1", "recipients": []}`, []string{"-unit", "100"}, 2, "-unit and -method"},
		{"missing file", "", []string{"-in", "testdata/none.json"}, 1, "-in:"},
		{"year past the data", "", []string{"-demo", "-year", "2027"}, 1, "-year 2027: the register's data ends 2026-12-31; give -data DIR with newer SSB files, or -assume-unchanged"},
		{"missing data folder", "", []string{"-demo", "-data", "testdata/none"}, 1, "-data:"},
		{"data not a folder", "", []string{"-demo", "-data", "testdata/weights.csv"}, 1, "is not a directory"},
		{"data folder without SSB files", "", []string{"-demo", "-data", "testdata/golden"}, 1, "holds none of"},
		{"data flag with input", `{"pot": "1", "recipients": []}`, []string{"-data", "."}, 2, "only to the default run"},
		{"assume flag with input", `{"pot": "1", "recipients": []}`, []string{"-assume-unchanged"}, 2, "only to the default run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The messages in English; TestRunErrorLanguage has them in bokmål and nynorsk.
			code, stdout, stderr := runCmd(t, tt.stdin, append([]string{"-lang", "en"}, tt.args...)...)
			require.Equal(t, tt.code, code)
			require.Empty(t, stdout, "nothing on stdout on error")
			require.Contains(t, stderr, tt.message)
			lines := 1
			if tt.code == 2 {
				lines = 2 // and the usage
				require.Contains(t, stderr, "\nusage: allocate")
			}
			require.Equal(t, lines, strings.Count(stderr, "\n"), "one line on stderr (and the usage): %q", stderr)
			require.True(t, strings.HasPrefix(stderr, "allocate: "))
		})
	}
}

// Errors are printed in the -lang language (bokmål by default), one line on stderr.
func TestRunErrorLanguage(t *testing.T) {
	negative := `{"pot": "100", "recipients": [{"id": "a", "weight": "-1"}]}`
	tests := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"default bokmål", negative, nil, `allocate: allocation: recipients[0].weight: negativ vekt "-1"`},
		{"bokmål", negative, []string{"-lang", "nb"}, `allocate: allocation: recipients[0].weight: negativ vekt "-1"`},
		{"nynorsk", negative, []string{"-lang", "nn"}, `allocate: allocation: recipients[0].weight: negativ vekt "-1"`},
		{"English", negative, []string{"-lang", "en"}, `allocate: allocation: recipients[0].weight: negative weight "-1"`},
		{"malformed nynorsk", `{"pots":`, []string{"-lang", "nn"}, "allocate: allocation: request: feil i JSON: inndata sluttar for tidleg"},
		{"floors nynorsk", `{"pot": "100", "recipients": [{"id": "a", "weight": "1", "floor": "101"}]}`, []string{"-lang", "nn"},
			"allocate: allocation: golva er til saman kr 101 (i heile einingar på kr 1), men potten er kr 100"},
		{"CSV bokmål", "id;weight\na\"b;1\n", []string{"-pot", "100"},
			"allocate: allocation: line 2, column 1: anførselstegn inne i et felt uten anførselstegn; sett hele feltet i anførselstegn"},
		{"CSV nynorsk", "id;weight\na;1;2\n", []string{"-pot", "100", "-lang", "nn"},
			"allocate: allocation: line 2: overskriftslina har 2 kolonnar, denne rada 3 felt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			require.Equal(t, 1, code)
			require.Empty(t, stdout)
			require.Equal(t, tt.want+"\n", stderr)
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
		code, stdout, stderr := runCmd(t, "", "-demo", "-year", year)
		require.Equal(t, 0, code, stderr)
		require.Contains(t, stdout, `"population_year": `+year)
		require.Contains(t, stdout, `"origin": "embedded"`)
	}
	_, def, _ := runCmd(t, "", "-demo")
	_, y2026, _ := runCmd(t, "", "-demo", "-year", "2026")
	require.Equal(t, y2026, def, "the default year is the last year of data")

	code, stdout, stderr := runCmd(t, "", "-demo", "-year", "2027", "-assume-unchanged")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, `"year": 2027`)
	require.Contains(t, stdout, `"population_year": 2026`)
	require.Contains(t, stdout, `"origin": "assumed"`)
	require.Contains(t, stdout, `"structure_date": "2026-12-31"`)
	code, stdout, stderr = runCmd(t, "", "-demo", "-year", "2027", "-assume-unchanged", "-format", "markdown", "-lang", "en")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, "Data basis: 2027: ASSUMED UNCHANGED")

	code, stdout, stderr = runCmd(t, "", "-demo", "-data", "../../lnet/testdata/ssb2027")
	require.Equal(t, 0, code, stderr)
	require.Contains(t, stdout, `"population_year": 2027`)
	require.Contains(t, stdout, `"origin": "loaded"`)
	code, stdout, stderr = runCmd(t, "", "-demo", "-data", "../../lnet/testdata/ssb2027", "-year", "2026")
	require.Equal(t, 0, code, stderr)
	require.Equal(t, y2026, stdout, "2026 is the embedded data, the folder only adds 2027")
}

// TestRunNorwegianExcel: the CSV of testdata/weights.csv as Norwegian Excel writes it (BOM,
// ';', decimal comma, CRLF or CR, Norwegian header) gives the same output.
func TestRunNorwegianExcel(t *testing.T) {
	plain, err := os.ReadFile("testdata/weights.csv")
	require.NoError(t, err)
	args := []string{"-pot", "650000", "-unit", "1000", "-format", "csv"}
	code, want, stderr := runCmd(t, string(plain), args...)
	require.Equal(t, 0, code, stderr)
	excel := "\uFEFF" + strings.NewReplacer("id,weight,floor,cap", "Mottaker;Vekt;Gulv;Tak", ",", ";").Replace(string(plain))
	for name, in := range map[string]string{
		"CRLF": strings.ReplaceAll(excel, "\n", "\r\n"),
		"CR":   strings.ReplaceAll(excel, "\n", "\r"),
	} {
		code, got, stderr := runCmd(t, in, args...)
		require.Equal(t, 0, code, "%s: %s", name, stderr)
		require.Equal(t, want, got, name)
	}
}

// failingWriter fails every write, like a full disk (> /dev/full).
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestRunWriteError: a write error is exit status 1 with a message, in every format.
func TestRunWriteError(t *testing.T) {
	for _, format := range []string{"json", "csv", "markdown"} {
		var errOut bytes.Buffer
		code := run([]string{"-demo", "-format", format}, strings.NewReader(""), failingWriter{}, &errOut)
		assert.Equal(t, 1, code, format)
		assert.Contains(t, errOut.String(), "allocate: writing output: ", format)
		assert.Contains(t, errOut.String(), "no space left on device", format)
	}
}

// TestRunDevNull: /dev/null on stdin is empty input, not a terminal.
func TestRunDevNull(t *testing.T) {
	f, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f))
	var out, errOut bytes.Buffer
	code := run(nil, f, &out, &errOut)
	assert.Equal(t, 1, code)
	assert.Empty(t, out.String())
	assert.Contains(t, errOut.String(), "no input")
}

// TestRunJSONSameAsMarshalIndent: the streamed JSON output is what json.MarshalIndent writes.
func TestRunJSONSameAsMarshalIndent(t *testing.T) {
	request, err := os.ReadFile("testdata/request.json")
	require.NoError(t, err)
	for _, stdin := range []string{string(request), "\uFEFF\r\n  " + string(request)} {
		code, stdout, stderr := runCmd(t, stdin)
		require.Equal(t, 0, code, stderr)
		req, err := allocation.DecodeRequest(bytes.NewReader(request))
		require.NoError(t, err)
		resp, err := req.Allocate()
		require.NoError(t, err)
		want, err := json.MarshalIndent(resp, "", "  ")
		require.NoError(t, err)
		require.Equal(t, string(want)+"\n", stdout)
	}
}
