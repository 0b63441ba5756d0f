package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/golden"
)

func TestRunGolden(t *testing.T) {
	for _, lang := range []string{"nb", "nn", "en"} {
		t.Run(lang, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, run([]string{"-lang", lang}, &out, &errOut), errOut.String())
			assert.Empty(t, errOut.String())
			golden.Assert(t, "output."+lang+".golden", out.Bytes())
		})
	}
}

func TestRunDefaultIsBokmal(t *testing.T) {
	var def, nb, errOut bytes.Buffer
	require.Equal(t, 0, run(nil, &def, &errOut))
	require.Equal(t, 0, run([]string{"-lang", "nb"}, &nb, &errOut))
	assert.Equal(t, nb.String(), def.String())
}

// The two schemes have their own deadlines, and the output shows both.
func TestRunTwoDeadlines(t *testing.T) {
	var out, errOut bytes.Buffer
	require.Equal(t, 0, run([]string{"-lang", "en"}, &out, &errOut))
	assert.Contains(t, out.String(), "application deadline Sunday 15 March 2026")
	assert.Contains(t, out.String(), "application deadline Wednesday 15 April 2026")
}

// The round is not tied to the seed years: any year the register covers runs.
func TestRunOtherYears(t *testing.T) {
	for _, year := range []string{"2020", "2024", "2025"} {
		var out, errOut bytes.Buffer
		require.Equal(t, 0, run([]string{"-year", year}, &out, &errOut), errOut.String())
		assert.Contains(t, out.String(), "stimuleringsmidler "+year)
	}
}

func TestRunUsage(t *testing.T) {
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"help", []string{"-h"}, 0, "usage: round"},
		{"long help", []string{"--help"}, 0, "usage: round"},
		{"unknown flag", []string{"--bogus"}, 2, "flag provided but not defined: -bogus"},
		{"argument", []string{"extra"}, 2, `unexpected arguments ["extra"]`},
		{"unknown language", []string{"-lang", "de"}, 2, "-lang"},
		{"bad year", []string{"-year", "x"}, 2, "invalid value"},
		{"year without guidelines", []string{"-year", "2010"}, 1, "round:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			assert.Equal(t, tc.code, run(tc.args, &out, &errOut))
			assert.Zero(t, out.Len(), "nothing on stdout")
			assert.Contains(t, errOut.String(), tc.stderr)
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

func TestRunWriteError(t *testing.T) {
	var errOut bytes.Buffer
	assert.Equal(t, 1, run(nil, failingWriter{}, &errOut))
	assert.True(t, strings.Contains(errOut.String(), "no space left on device"), errOut.String())
}

// A failed round is printed in the -lang language, on one line.
func TestRunErrorLanguage(t *testing.T) {
	for lang, want := range map[string]string{
		"nb": `round: sdk: utlysning: office: ikke noe embete "innlandet" på vedtaksdagen 2010-05-20: `,
		"nn": `round: sdk: utlysing: office: ikkje noko embete "innlandet" på vedtaksdagen 2010-05-20: `,
		"en": `round: sdk: call: office: no office "innlandet" on the day of the decision 2010-05-20: `,
	} {
		var out, errOut bytes.Buffer
		assert.Equal(t, 1, run([]string{"-lang", lang, "-year", "2010"}, &out, &errOut), lang)
		assert.Zero(t, out.Len())
		assert.True(t, strings.HasPrefix(errOut.String(), want), "%s: %q", lang, errOut.String())
		assert.Equal(t, 1, strings.Count(errOut.String(), "\n"), lang)
	}
}
