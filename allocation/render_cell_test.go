package allocation

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// hostileIDs are recipient ids a spreadsheet would evaluate or a reader would misread, with
// the CSV cell and the Markdown cell each must become.
var hostileIDs = []struct{ id, csv, md string }{
	{"=1+2", "'=1+2", `\=1+2`},
	{"@SUM(1)", "'@SUM(1)", `\@SUM(1)`},
	{"-2+3", "'-2+3", `\-2+3`},
	{"+47", "'+47", `\+47`},
	{"\t=x", "'{U+0009}=x", ` \=x`},
	{"\r=x", "'{U+000D}=x", ` \=x`},
	{"\u202Egnp.exe", "{U+202E}gnp.exe", "{U+202E}gnp.exe"},
	{"a\u2066b\u2069", "a{U+2066}b{U+2069}", "a{U+2066}b{U+2069}"},
	{"a|b", "a|b", `a\|b`},
	{"vestland", "vestland", "vestland"},
}

// Regression for issue 11: ids like "=1+2" and "@SUM(1)" were written unescaped into CSV.
func TestWriteCSVNeutralisesFormulaIDs(t *testing.T) {
	apps := make([]Application, 0, len(hostileIDs)+1)
	for _, h := range hostileIDs {
		apps = append(apps, Application{ID: h.id, Requested: lnet.MustNOK("100000"), Weight: MustWeight("1")})
	}
	apps = append(apps, Application{ID: "=HYPERLINK(\"x\")", Requested: lnet.MustNOK("5000"), Weight: MustWeight("1"), Refused: "=refused"})
	res, err := AllocateApplications(lnet.MustNOK("500000"), apps)
	require.NoError(t, err)

	var b bytes.Buffer
	require.NoError(t, res.WriteCSV(&b))
	recs, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 1+len(apps), "one record a line")
	got := map[string][]string{}
	for _, rec := range recs[1:] {
		got[rec[0]] = rec
	}
	for _, h := range hostileIDs {
		rec, ok := got[h.csv]
		if assert.True(t, ok, "id %q written as %q", h.id, h.csv) {
			assert.Equal(t, "50000", rec[8], "amount of %q: a number, not neutralised", h.id)
		}
	}
	assert.Contains(t, got, `'=HYPERLINK("x")`, "a refused id is neutralised too")

	var md bytes.Buffer
	require.NoError(t, res.WriteMarkdown(&md, lnet.English))
	for _, h := range hostileIDs {
		assert.Contains(t, md.String(), "| "+h.md+" | ", "id %q", h.id)
	}
	assert.Contains(t, md.String(), "| \\=refused |", "a refusal's reason is a text cell")
	for _, r := range md.String() {
		assert.NotContains(t, []rune{'\t', '\r', '\u202e', '\u2066', '\u2069'}, r)
	}
}

// Numbers the SDK formats stay numbers: the numeric columns never carry a quote.
func TestWriteCSVLeavesNumbers(t *testing.T) {
	res, err := Allocate(lnet.MustNOK("1000"), []Recipient{{ID: "a", Weight: MustWeight("1")}, {ID: "b", Weight: MustWeight("2")}})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, res.WriteCSV(&b))
	assert.NotContains(t, b.String(), "'")
	assert.True(t, strings.HasPrefix(b.String(), strings.Join(CSVHeader(), ",")+"\n"))
}
