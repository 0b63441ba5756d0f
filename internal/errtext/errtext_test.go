package errtext_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/errtext"
)

func TestEntries(t *testing.T) {
	entries, err := errtext.Entries()
	require.NoError(t, err)
	assert.Greater(t, len(entries), 250)
}

func TestLookup(t *testing.T) {
	tests := []struct {
		reason, nb, nn string
		ok             bool
	}{
		{"missing", "mangler", "manglar", true},
		{"unknown %s", "ukjent %s", "ukjend %s", true},
		{"longer than 64 bytes", "lengre enn 64 byte", "lengre enn 64 byte", true},
		// A value that is itself an entry is translated too.
		{"missing scheme", "mangler ordning", "manglar ordning", true},
		{"unknown scheme", "ukjent ordning", "ukjend ordning", true},
		// The most specific format wins: "want one of %s", not "want %s".
		{"want one of nb, en, nn", "forventer en av nb, en, nn", "ventar ein av nb, en, nn", true},
		{"want the header a,b", "forventer overskriftslinjen a,b", "ventar overskriftslina a,b", true},
		// Nested formats.
		{"date out of range: the register covers 2017-01-01/2026-12-31", "datoen er utenfor registeret: registeret dekker 2017-01-01/2026-12-31", "datoen er utanfor registeret: registeret dekkjer 2017-01-01/2026-12-31", true},
		// Values are looked up three levels deep, no deeper.
		{"missing; want missing; want missing; want missing; want x", "mangler; forventer mangler; forventer mangler; forventer missing; want x", "manglar; ventar manglar; ventar manglar; ventar missing; want x", true},
		// Unknown reasons come back unchanged.
		{"something new", "something new", "something new", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			nb, nn, ok := errtext.Lookup(tt.reason)
			assert.Equal(t, tt.nb, nb)
			assert.Equal(t, tt.nn, nn)
			assert.Equal(t, tt.ok, ok)
		})
	}
}

// A reason longer than MaxReason is matched exactly only: just under the limit it is
// translated, just over it is not.
func TestLookupLimit(t *testing.T) {
	mk := func(n int) string { return "unknown " + strings.Repeat("x", n-len("unknown ")) }
	_, _, ok := errtext.Lookup(mk(errtext.MaxReason))
	assert.True(t, ok)
	nb, _, ok := errtext.Lookup(mk(errtext.MaxReason + 1))
	assert.False(t, ok)
	assert.Equal(t, mk(errtext.MaxReason+1), nb)
}

// Every reason the SDK's packages write into an error has a complete translation: the
// catalogue holds it, or a format whose values are values or translated in turn, so no
// English phrase is left inside the Norwegian text ("forventer a whole number in range").
// The packages are the public ones, the root package sdk (the round's call errors) and the
// strict decoding layer (internal/strictjson, internal/modeljson), whose reasons reach the
// users of every decoder. The reasons of the enumeration tables (internal/enum), the JSON
// type names of allocation and the decoding layer, the limits of internal/jsonlimit and the
// sentinels' texts are made where the scanner does not see them and are listed here.
func TestEveryReasonTranslated(t *testing.T) {
	dirs := []string{"../../lnet", "../../allocation", "../../calendar", "../../eligibility",
		"../strictjson", "../modeljson", "../.."}
	total := 0
	for _, d := range dirs {
		reasons, err := errtext.Reasons(d)
		require.NoError(t, err)
		assert.NotEmpty(t, reasons, d)
		total += len(reasons)
		for _, r := range reasons {
			_, _, ok := errtext.Lookup(r)
			assert.True(t, ok, "%s: no translation of %q in internal/errtext/reasons.csv", d, r)
			assert.True(t, !ok || errtext.Complete(r), "%s: %q is translated only in part in internal/errtext/reasons.csv", d, r)
		}
	}
	assert.Greater(t, total, 330, "the scanner finds the reasons")
	for _, r := range []string{"want one of a, b", "not a defined value", "NULL is not a value", "cannot scan this type",
		"want an object", "want true or false", "want a whole number", "more than 5 elements at byte 7", "nested deeper than 64 levels at byte 9",
		// strictjson: the JSON types (Kind.String, want), WantAmount, TypeError's wants.
		"want a string, not a number", "want an object, not an array", "want an array, not null", "want a number, not a string",
		"want true or false, not an object", "want a whole number, not a string", "want a value, not no value",
		"want " + strictjsonWantAmount, "want a string or a whole number, not true or false",
		// strictjson.Decoder.invalid and the field parsers' errors quoted by Unmarshal.
		"malformed JSON: invalid character 'x' at byte 3", "field name: unknown scheme",
		// The sentinels of the root package sdk.
		"invalid call", "application without a weight", "application not in the call", "duplicate id",
	} {
		_, _, ok := errtext.Lookup(r)
		assert.True(t, ok, r)
		assert.True(t, errtext.Complete(r), "translated only in part: %q", r)
	}
}

// strictjsonWantAmount is strictjson.WantAmount, which the scanner does not see.
const strictjsonWantAmount = `an amount as the SDK writes it: a string of whole kroner ("450000") or with two decimals ("950000.50")`

// Complete tells a complete translation from one that leaves an English phrase, so the
// test above can fail.
func TestComplete(t *testing.T) {
	for r, want := range map[string]bool{
		"missing":                true,
		"want one of nb, en, nn": true,
		"unknown scheme":         true,
		"want %s":                true,
		`unknown scheme; want "self_initiated" or "foster_home"`: true,
		"want a phrase nobody translated":                        false,
		"unknown thing":                                          false,
		"a reason the catalogue lacks":                           false,
		"missing; want missing; want some words":                 false,
	} {
		assert.Equal(t, want, errtext.Complete(r), r)
	}
}

// The scanner finds a reason in each of the forms it knows, so the test above can fail.
func TestReasonsFinds(t *testing.T) {
	got, err := errtext.Reasons("testdata/scan")
	require.NoError(t, err)
	assert.Equal(t, []string{"%s: by wrap %q (%s)", "a %s b", "by closure", "by decoder", "by field", "by format %d", "by param", "by problem", "by variable", "kind"}, got)
}
