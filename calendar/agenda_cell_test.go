package calendar

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// hostileSchedule has titles and places a spreadsheet would evaluate or a reader would
// misread.
func hostileSchedule() Schedule {
	return Schedule{Network: "x", Name: "\u202Egnp.exe", Events: []Event{
		{Kind: EventGathering, Title: "=1+2", Date: day(2019, 3, 5), Place: "@SUM(1)"},
		{Kind: EventGathering, Title: "-2+3", Date: day(2019, 3, 6), Place: "\t=x", Topic: "a\u2066b\u2069\x1b[31m"},
	}}
}

func TestAgendaMarkdownNeutralises(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteAgenda(&b, hostileSchedule(), AgendaMarkdown))
	md := b.String()
	for _, want := range []string{"## {U+202E}gnp.exe\n", `| \=1+2 | \@SUM(1) |`, `| \-2+3 |  \=x |`, "a{U+2066}b{U+2069}{U+001B}[31m"} {
		assert.Contains(t, md, want)
	}
	for _, bad := range []string{"\u202e", "\u2066", "\x1b", "\t"} {
		assert.NotContains(t, md, bad)
	}
}

func TestAgendaTextShowsControlCharacters(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, WriteAgendaIn(&b, hostileSchedule(), AgendaText, lnet.Bokmal))
	text := b.String()
	title, _, _ := strings.Cut(text, "\n")
	assert.Equal(t, "{U+202E}gnp.exe", title)
	assert.Contains(t, text, "=1+2 — @SUM(1)", "plain text is not a cell: formulas are shown as they are")
	assert.Contains(t, text, "a{U+2066}b{U+2069}{U+001B}[31m")
	for _, bad := range []string{"\u202e", "\u2066", "\x1b", "\t"} {
		assert.NotContains(t, text, bad)
	}
	assert.Len(t, strings.Split(strings.TrimSuffix(text, "\n"), "\n"), 4, "title, underline and one line an event")
}
