package calendar

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestAgendaGolden(t *testing.T) {
	plan, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	for _, c := range []struct {
		name   string
		s      Schedule
		format AgendaFormat
	}{
		{"hordaland_2018_2019.md", hordalandTimeline(), AgendaMarkdown},
		{"hordaland_2018_2019.txt", hordalandTimeline(), AgendaText},
		{"nordland_plan_2019.md", plan, AgendaMarkdown},
	} {
		var b bytes.Buffer
		require.NoError(t, WriteAgenda(&b, c.s, c.format))
		golden(t, c.name, b.Bytes())
	}
}

func TestAgendaFormat(t *testing.T) {
	for _, f := range []AgendaFormat{AgendaText, AgendaMarkdown} {
		back, err := ParseAgendaFormat(f.String())
		require.NoError(t, err)
		assert.Equal(t, f, back)
	}
	_, err := ParseAgendaFormat("html")
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	assert.ErrorIs(t, WriteAgenda(&bytes.Buffer{}, hordalandTimeline(), 7), lnet.ErrInvalidValue)
}

func TestAgendaMarkdownEscapes(t *testing.T) {
	s := Schedule{Network: "x", Events: []Event{{Kind: EventGathering, Title: "a|b\nc", Date: day(2019, 3, 5)}}}
	var b bytes.Buffer
	require.NoError(t, WriteAgenda(&b, s, AgendaMarkdown))
	assert.Contains(t, b.String(), `| a\|b c |`)
}
