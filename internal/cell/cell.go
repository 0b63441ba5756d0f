// Package cell makes the text the SDK writes into CSV files, Markdown tables and plain-text
// lines safe to open, paste and read: one rule, used by every writer of the SDK
// (allocation's CSV and Markdown, eligibility's Markdown and text reports, calendar's text
// and Markdown agendas).
//
// The rule, for a text cell (an id, a name, a title, a reason, a place: text that comes from
// the caller or from a document):
//
//  1. Invisible characters are made visible. Control characters (Unicode category Cc: C0,
//     DEL, C1), format characters (Cf: the bidirectional embeddings, overrides and isolates
//     U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width
//     space, soft hyphen, byte order mark, …) and the line and paragraph separators U+2028
//     and U+2029 are written as {U+XXXX}, so "\u202Egnp.exe" shows as "{U+202E}gnp.exe"
//     and cannot reorder what a reader sees. Zero-width non-joiner and joiner (U+200C,
//     U+200D) stay: they join letters and emoji and reorder nothing. Bytes that are not
//     UTF-8 become U+FFFD. In a line (Markdown, plain text) a line break (LF, CR, CRLF),
//     tab, vertical tab, form feed, NEL, U+2028 or U+2029 becomes one space instead, so a
//     cell or a line stays one line; in CSV every one of them is written as {U+XXXX}, so a
//     record is one line.
//  2. A cell that begins with a formula character is neutralised (OWASP, "CSV
//     injection"): "=", "+", "-", "@", their full-width forms "＝", "＋", "－", "＠", or a
//     tab, CR or LF — also after leading spaces, since a spreadsheet may skip them. In CSV
//     the cell gets a leading single quote ("=1+2" → "'=1+2"), which spreadsheets show as
//     text and do not evaluate. In Markdown the character is escaped so that it renders as
//     itself while the raw cell no longer begins with it: "\=1+2", "\-2+3", "\@SUM(1)",
//     and the full-width forms as numeric character references ("&#xFF1D;").
//  3. In Markdown, "\" is written "\\", "|" is written "\|" and "<", ">" are written "&lt;",
//     "&gt;", so the table keeps its columns and no HTML is formed.
//
// Numbers the SDK formats itself (amounts, weights, quotas, ranks, dates) are not text
// cells: a writer passes them through unchanged, so a negative amount stays the number
// "-100" and a spreadsheet can still sum the column. The rule applies to text only.
//
// Every function costs time and memory linear in the length of its input: the output is at
// most 8 bytes for each input byte, plus 2 (see [MaxGrowth]). A string that needs nothing
// is returned as it is, without allocating.
package cell

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxGrowth is the most bytes a function of this package writes for one byte of input
// ("\x01" becomes "{U+0001}"); the output of any of them is at most MaxGrowth·len(s)+2
// bytes.
const MaxGrowth = 8

// mode is where a cell goes.
type mode uint8

const (
	modeCSV mode = iota
	modeMarkdown
	modeText
	modeCode
)

// CSV returns s as a CSV text cell: invisible characters and every control character,
// line breaks included, written as {U+XXXX}, and a single quote before a cell that begins
// with a formula character. encoding/csv quotes the result as needed.
func CSV(s string) string {
	if plain(s, modeCSV) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	if formulaLead(s) {
		b.WriteByte('\'')
	}
	write(&b, s, modeCSV)
	return b.String()
}

// Markdown returns s as the text of a Markdown table cell or of a line of Markdown: one
// line, invisible characters visible, "\", "|", "<" and ">" escaped, and a leading formula
// character escaped so that it renders as itself.
func Markdown(s string) string {
	if plain(s, modeMarkdown) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	write(&b, s, modeMarkdown)
	return escapeLead(b.String())
}

// MarkdownCode returns s as a Markdown code span for a table cell, backticks included: one
// line, invisible characters visible, "|" escaped (GitHub's tables split cells on it even
// in code), and a fence longer than any run of backticks in s. The empty string is
// returned as it is.
func MarkdownCode(s string) string {
	if s == "" {
		return "" // CommonMark has no empty code span
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	write(&b, s, modeCode)
	body := b.String()
	fence := strings.Repeat("`", longestRun(body, '`')+1)
	if strings.HasPrefix(body, "`") || strings.HasSuffix(body, "`") || (strings.HasPrefix(body, " ") && strings.HasSuffix(body, " ") && strings.Trim(body, " ") != "") {
		// CommonMark strips one space on each side of a span's content.
		body = " " + body + " "
	}
	return fence + body + fence
}

// Text returns s as text within one line of plain text: line breaks and tabs as spaces,
// invisible characters visible. It does not neutralise formula characters: a line of text
// is not a cell.
func Text(s string) string {
	if plain(s, modeText) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	write(&b, s, modeText)
	return b.String()
}

// plain reports whether s needs nothing in mode m: printable ASCII only, none of the
// characters m escapes, and no formula character at its start.
func plain(s string, m mode) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		if (m == modeMarkdown || m == modeCode) && mdSpecial(c) {
			return false
		}
	}
	return m == modeText || m == modeCode || !formulaLead(s)
}

// mdSpecial reports whether Markdown escapes the ASCII byte c ("|" alone in a code span,
// which the slow path handles).
func mdSpecial(c byte) bool { return c == '|' || c == '\\' || c == '<' || c == '>' }

// formulaLead reports whether s begins, after any spaces, with a formula character, or
// begins with a tab, CR or LF.
func formulaLead(s string) bool {
	for _, r := range s {
		switch r {
		case '\t', '\r', '\n':
			return true
		case ' ', '\u00a0':
			continue
		}
		return isFormula(r)
	}
	return false
}

// isFormula reports whether a spreadsheet may take a cell beginning with r for a formula.
func isFormula(r rune) bool {
	switch r {
	case '=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20':
		return true
	}
	return false
}

// lineBreak reports whether r breaks or indents a line: a space in a line.
func lineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// invisible reports whether r is written as {U+XXXX}.
func invisible(r rune) bool {
	if r < 0x20 || r == 0x7f {
		return true
	}
	if r < 0x80 || r == '\u200c' || r == '\u200d' {
		return false
	}
	return unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zl, unicode.Zp)
}

// write writes s to b as mode m has it, without the treatment of a leading formula
// character.
func write(b *strings.Builder, s string, m mode) {
	for i := 0; i < len(s); {
		// Copy a run of printable ASCII that m leaves as it is in one go.
		j := i
		for j < len(s) && s[j] >= 0x20 && s[j] < 0x7f && (m == modeCSV || m == modeText || !mdSpecial(s[j])) {
			j++
		}
		if j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case m != modeCSV && lineBreak(r):
			if r == '\r' && i < len(s) && s[i] == '\n' {
				i++ // CRLF is one break
			}
			b.WriteByte(' ')
		case invisible(r):
			b.WriteString("{U+")
			h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
			for n := len(h); n < 4; n++ {
				b.WriteByte('0')
			}
			b.WriteString(h)
			b.WriteByte('}')
		case m == modeMarkdown && (r == '\\' || r == '|'):
			b.WriteByte('\\')
			b.WriteRune(r)
		case m == modeCode && r == '|':
			b.WriteString(`\|`)
		case m == modeMarkdown && r == '<':
			b.WriteString("&lt;")
		case m == modeMarkdown && r == '>':
			b.WriteString("&gt;")
		default:
			b.WriteRune(r)
		}
	}
}

// escapeLead escapes the first character of s after its spaces when it is a formula
// character: "\=" for ASCII, a numeric character reference for a full-width form.
func escapeLead(s string) string {
	t := strings.TrimLeft(s, " \u00a0")
	r, size := utf8.DecodeRuneInString(t)
	if !isFormula(r) {
		return s
	}
	lead := s[:len(s)-len(t)]
	if r < utf8.RuneSelf {
		return lead + `\` + t
	}
	return lead + "&#x" + strings.ToUpper(strconv.FormatInt(int64(r), 16)) + ";" + t[size:]
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			longest = max(longest, n)
		} else {
			n = 0
		}
	}
	return longest
}
