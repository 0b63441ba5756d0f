package lnet_test

import (
	"errors"
	"fmt"
	"io"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestErrorText(t *testing.T) {
	_, parseErr := lnet.ParseNOK("12,3,4")
	require.Error(t, parseErr)
	_, lookupErr := lnet.DefaultRegister().MunicipalityOn(9999, date.New(2020, 1, 1))
	require.Error(t, lookupErr)
	field := &lnet.FieldError{Path: "members[2].municipality", Value: "1238", Reason: "already anchored"}
	noValue := &lnet.FieldError{Path: "id", Reason: "missing"}
	joined := errors.Join(field, noValue)
	_, addErr := lnet.MustNOK("999999999999999").Add(lnet.MustNOK("1"))
	_, sumErr := lnet.Sum(lnet.MustNOK("999999999999999"), lnet.MustNOK("999999999999999"))
	_, divErr := lnet.MustNOK("1").MulRat(1, 0, lnet.RoundHalfEven)
	_, modeErr := lnet.MustNOK("1").MulRat(1, 3, lnet.RoundingMode(0))
	for _, err := range []error{addErr, sumErr, divErr, modeErr} {
		require.Error(t, err)
	}
	tests := []struct {
		name   string
		err    error
		nb, nn string
	}{
		{"nil", nil, "", ""},
		{"parse", parseErr,
			`lnet: kan ikke lese beløp "12,3,4": flere enn ett desimalkomma`,
			`lnet: kan ikkje lese beløp "12,3,4": fleire enn eitt desimalkomma`},
		{"lookup", lookupErr,
			`lnet: kommune "9999" den 2020-01-01: ingen kommuner hadde dette nummeret den dagen`,
			`lnet: kommune "9999" den 2020-01-01: ingen kommunar hadde dette nummeret den dagen`},
		{"field", field,
			`members[2].municipality: allerede forankret "1238"`,
			`members[2].municipality: allereie forankra "1238"`},
		{"field without value", noValue, "id: mangler", "id: manglar"},
		{"joined", joined,
			"members[2].municipality: allerede forankret \"1238\"\nid: mangler",
			"members[2].municipality: allereie forankra \"1238\"\nid: manglar"},
		{"wrapped with a prefix", fmt.Errorf("network.json: %w", noValue),
			"network.json: id: mangler", "network.json: id: manglar"},
		{"wrapped twice", fmt.Errorf("load: %w", fmt.Errorf("network.json: %w", joined)),
			"load: network.json: members[2].municipality: allerede forankret \"1238\"\nid: mangler",
			"load: network.json: members[2].municipality: allereie forankra \"1238\"\nid: manglar"},
		// A wrapper whose message does not end with the wrapped one keeps its own message.
		{"reworded wrapper", fmt.Errorf("%w (in network.json)", noValue),
			"id: missing (in network.json)", "id: missing (in network.json)"},
		{"foreign", io.ErrUnexpectedEOF, "unexpected EOF", "unexpected EOF"},
		{"overflow", addErr,
			"lnet: NOK 999999999999999 + 1: resultatet er utenfor ±999999999999999.99",
			"lnet: NOK 999999999999999 + 1: resultatet er utanfor ±999999999999999.99"},
		{"sum", sumErr,
			"lnet: NOK Σ av 2 beløp: resultatet er utenfor ±999999999999999.99",
			"lnet: NOK Σ av 2 beløp: resultatet er utanfor ±999999999999999.99"},
		{"division by zero", divErr, "lnet: NOK 1 × 1/0: divisjon med null", "lnet: NOK 1 × 1/0: divisjon med null"},
		{"no rounding mode", modeErr,
			"lnet: NOK 1 × 1/3: ingen avrundingsmåte oppgitt (RoundingMode(0))",
			"lnet: NOK 1 × 1/3: ingen avrundingsmåte oppgitt (RoundingMode(0))"},
		// A reason the catalogue does not hold stays English inside the Norwegian frame.
		{"unknown reason", &lnet.FieldError{Path: "x", Reason: "a reason nobody wrote"},
			"x: a reason nobody wrote", "x: a reason nobody wrote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.nb, lnet.ErrorText(tt.err, lnet.Bokmal))
			assert.Equal(t, tt.nn, lnet.ErrorText(tt.err, lnet.Nynorsk))
			if tt.err != nil {
				assert.Equal(t, tt.err.Error(), lnet.ErrorText(tt.err, lnet.English), "English is Error()")
			}
		})
	}
}

// The Text of each typed error is complete in the three languages and its English text is
// its Error message, whatever the reason.
func TestTypedErrorsText(t *testing.T) {
	long := string(make([]byte, 100))
	for _, e := range []lnet.TextError{
		&lnet.ParseError{Type: "municipality code", Input: "12a4", Reason: "want exactly 4 digits", Err: lnet.ErrInvalidCode},
		&lnet.FieldError{Path: "id", Value: long, Reason: "contains a control character"},
		&lnet.LookupError{What: "office", Key: "x", Reason: "not an office id", Err: lnet.ErrInvalidCode},
		&lnet.LookupError{What: "population", Reason: "no data to carry forward", Err: lnet.ErrOutOfRange},
	} {
		txt := e.Text()
		assert.Nil(t, txt.Missing(), e.Error())
		assert.Equal(t, e.Error(), txt.EN)
		assert.NotEqual(t, txt.EN, txt.NB, e.Error())
		assert.NotEqual(t, txt.NB, txt.NN, e.Error())
	}
}

// The typed errors of the register speak Norwegian end to end.
func TestErrorTextRegister(t *testing.T) {
	_, err := lnet.ParseMunicipalityCode("12a4")
	require.Error(t, err)
	assert.Equal(t, `lnet: kan ikkje lese kommunenummer "12a4": ventar nøyaktig 4 siffer`, lnet.ErrorText(err, lnet.Nynorsk))
	_, err = lnet.ParseLanguage("de")
	require.Error(t, err)
	assert.Equal(t, `lnet: kan ikke lese språk "de": forventer en av "nb", "en", "nn"`, lnet.ErrorText(err, lnet.Bokmal))
}
