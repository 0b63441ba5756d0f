package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

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
		require.NoError(t, run([]string{"-format", f}, &out, &errs), f)
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
