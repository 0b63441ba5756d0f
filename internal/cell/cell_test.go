package cell

import (
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCSV(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"kvam", "kvam"},
		{"Bodø kommune", "Bodø kommune"},
		{"=1+2", "'=1+2"},
		{"@SUM(1)", "'@SUM(1)"},
		{"-2+3", "'-2+3"},
		{"+47 22 00 00 00", "'+47 22 00 00 00"},
		{"\t=x", "'{U+0009}=x"},
		{"\r=x", "'{U+000D}=x"},
		{"\n=x", "'{U+000A}=x"},
		{"  =x", "'  =x"},
		{"\u00a0=x", "'\u00a0=x"},
		{"＝1+2", "'＝1+2"},
		{"＠SUM(1)", "'＠SUM(1)"},
		{"a=1", "a=1"},
		{"a-b", "a-b"},
		{"'quoted", "'quoted"},
		{"a\nb", "a{U+000A}b"},
		{"a\r\nb", "a{U+000D}{U+000A}b"},
		{"\x00\x1f\x7f", "{U+0000}{U+001F}{U+007F}"},
		{"\u0085", "{U+0085}"},
		{"\u202Egnp.exe", "{U+202E}gnp.exe"},
		{"a\u2066b\u2069c", "a{U+2066}b{U+2069}c"},
		{"\u200e\u200f\u061c", "{U+200E}{U+200F}{U+061C}"},
		{"\u202a\u202b\u202c\u202d\u2067\u2068", "{U+202A}{U+202B}{U+202C}{U+202D}{U+2067}{U+2068}"},
		{"zero\u200bwidth", "zero{U+200B}width"},
		{"\ufeffid", "{U+FEFF}id"},
		{"\u2028\u2029", "{U+2028}{U+2029}"},
		{"\U000e0001", "{U+E0001}"},
		{"👩\u200d💻", "👩\u200d💻"},
		{"bad\xffutf8", "bad\ufffdutf8"},
		{"-", "'-"},
		{"|", "|"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, CSV(tt.in))
		})
	}
}

func TestMarkdown(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"kvam", "kvam"},
		{"=1+2", `\=1+2`},
		{"@SUM(1)", `\@SUM(1)`},
		{"-2+3", `\-2+3`},
		{"+x", `\+x`},
		{"\t=x", ` \=x`},
		{"\r=x", ` \=x`},
		{"  -x", `  \-x`},
		{"＝1+2", "&#xFF1D;1+2"},
		{"a | b", `a \| b`},
		{`a\|b`, `a\\\|b`},
		{"<script>", "&lt;script&gt;"},
		{"line\r\nbreak\nand\rmore", "line break and more"},
		{"tab\there", "tab here"},
		{"\u202Egnp.exe", "{U+202E}gnp.exe"},
		{"\x01", "{U+0001}"},
		{"a=1", "a=1"},
		{"Fylkesmannen i Hordaland", "Fylkesmannen i Hordaland"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Markdown(tt.in))
		})
	}
}

func TestMarkdownCode(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"NET-LEADER", "`NET-LEADER`"},
		{"=1+2", "`=1+2`"},
		{"a|b", "`a\\|b`"},
		{"a`b", "``a`b``"},
		{"`a", "`` `a ``"},
		{" a ", "`  a  `"}, // CommonMark strips one space a side
		{"a\nb\u202e", "`a b{U+202E}`"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, MarkdownCode(tt.in))
		})
	}
}

func TestText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"=1+2", "=1+2"},
		{"-2+3", "-2+3"},
		{"a\r\nb\tc", "a b c"},
		{"a|b<c>", "a|b<c>"},
		{"\u202Egnp.exe\x1b[31m", "{U+202E}gnp.exe{U+001B}[31m"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Text(tt.in))
		})
	}
}

// The CSV cell reads back, through encoding/csv, as the neutralised text, and one record
// stays one line.
func TestCSVThroughEncoder(t *testing.T) {
	ids := []string{"=1+2", "@SUM(1)", "-2+3", "\t=x", "a\nb", "\u202Eevil", `"quoted",x`}
	var b strings.Builder
	w := csv.NewWriter(&b)
	for _, id := range ids {
		require.NoError(t, w.Write([]string{CSV(id), "-100"}))
	}
	w.Flush()
	require.NoError(t, w.Error())
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, len(ids))
	recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	require.NoError(t, err)
	for i, rec := range recs {
		assert.Equal(t, CSV(ids[i]), rec[0])
		assert.Equal(t, "-100", rec[1], "numbers are not cells of this package")
		assert.False(t, isFormula([]rune(strings.TrimLeft(rec[0], " "))[0]), rec[0])
	}
}

// A string that needs nothing is returned without allocating.
func TestPlainDoesNotAllocate(t *testing.T) {
	s := "hordaland-2018-1"
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = CSV(s)
		_ = Markdown(s)
		_ = Text(s)
	}))
}

// checkInvariants checks what every output of the package keeps, for the fuzz target and
// the property test.
func checkInvariants(t *testing.T, s string) {
	for name, out := range map[string]string{"CSV": CSV(s), "Markdown": Markdown(s), "Text": Text(s), "MarkdownCode": MarkdownCode(s)} {
		require.True(t, utf8.ValidString(out), "%s(%q) = %q: not UTF-8", name, s, out)
		require.LessOrEqual(t, len(out), MaxGrowth*len(s)+2, "%s(%q): grew too much", name, s)
		for _, r := range out {
			require.False(t, invisible(r), "%s(%q) = %q: %U left", name, s, out, r)
		}
		if name != "CSV" {
			require.False(t, strings.ContainsAny(out, "\n\r\t"), "%s(%q) = %q: not one line", name, s, out)
		}
	}
	// No cell begins with a formula character, after spaces.
	for name, out := range map[string]string{"CSV": CSV(s), "Markdown": Markdown(s)} {
		require.False(t, formulaLead(out), "%s(%q) = %q: formula", name, s, out)
	}
	// Markdown: every "|" is escaped, no "<" or ">" is left.
	md := Markdown(s)
	require.False(t, strings.ContainsAny(md, "<>"), "Markdown(%q) = %q", s, md)
	require.False(t, strings.Contains(strings.ReplaceAll(strings.ReplaceAll(md, `\\`, ""), `\|`, ""), "|"), "Markdown(%q) = %q: bare pipe", s, md)
	// Idempotent: a cell that is safe stays as it is.
	require.Equal(t, CSV(s), CSV(CSV(s)), "CSV(%q)", s)
	require.Equal(t, Text(s), Text(Text(s)), "Text(%q)", s)
	// Nothing is touched that needs nothing.
	if plain(s, modeCSV) {
		require.Equal(t, s, CSV(s))
	}
}

func TestInvariants(t *testing.T) {
	for _, s := range []string{"", "=", "-", " ", "\t", "\r\n", "`", "``", "|", `\`, "<", "＝", "\xff", "\xe2\x80", "\u202e", " \u00a0-1", "\U000e007f"} {
		checkInvariants(t, s)
	}
}

func FuzzCells(f *testing.F) {
	for _, s := range []string{"=1+2", "@SUM(1)", "-2+3", "\t=x", "\u202Egnp.exe", "a|b\\c<d>", "``x``", "Bodø", "\xff\xfe", "\r\n-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s)
	})
}

func BenchmarkCSV(b *testing.B) {
	for _, bc := range []struct{ name, s string }{
		{"plain", "hordaland-2018-1"},
		{"formula", "=HYPERLINK(\"http://example.com\",\"x\")"},
		{"bidi", "Læringsnettverket i \u202eSalten\u202c"},
		{"long", strings.Repeat("Bodø kommune, ", 1000)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			for b.Loop() {
				_ = CSV(bc.s)
			}
		})
	}
}
