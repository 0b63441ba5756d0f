package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestLanguage(t *testing.T) {
	assert.Equal(t, []lnet.Language{lnet.Bokmal, lnet.English, lnet.Nynorsk}, lnet.Languages())
	var zero lnet.Language
	assert.Equal(t, lnet.Bokmal, zero, "the zero value is bokmål")
	assert.True(t, zero.Valid())
	assert.Equal(t, "nb", lnet.Bokmal.String())
	assert.Equal(t, "en", lnet.English.String())
	assert.Equal(t, "engelsk", lnet.English.Norwegian())
	assert.Equal(t, "Norwegian bokmål", lnet.Bokmal.English())
	assert.Equal(t, "nn", lnet.Nynorsk.String())
	assert.Equal(t, "norsk nynorsk", lnet.Nynorsk.Norwegian())
	assert.Equal(t, "Norwegian nynorsk", lnet.Nynorsk.English())
	assert.Equal(t, "engelsk", lnet.English.Nynorsk())
	assert.Equal(t, "norsk nynorsk", lnet.Nynorsk.In(lnet.Nynorsk))
	assert.Equal(t, "ikke", lnet.Bokmal.Pick("ikke", "ikkje", "not"))
	assert.Equal(t, "ikkje", lnet.Nynorsk.Pick("ikke", "ikkje", "not"), "nynorsk never falls back to bokmål")
	assert.Equal(t, "not", lnet.English.Pick("ikke", "ikkje", "not"))

	for _, l := range lnet.Languages() {
		b, err := json.Marshal(l)
		require.NoError(t, err)
		var back lnet.Language
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, l, back)
		got, err := lnet.ParseLanguage(l.String())
		require.NoError(t, err)
		assert.Equal(t, l, got)
	}
	_, err := lnet.ParseLanguage("de")
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	assert.EqualError(t, err, `lnet: parsing language "de": want one of "nb", "en", "nn"`)
	var l lnet.Language
	assert.ErrorIs(t, l.UnmarshalText(nil), lnet.ErrInvalidValue, `"" is not a language: the zero value is bokmål`)
	_, err = lnet.Language(3).MarshalText()
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)

	require.NoError(t, l.Scan("en"))
	assert.Equal(t, lnet.English, l)
	assert.ErrorIs(t, l.Scan(nil), lnet.ErrInvalidValue)
	v, err := lnet.Bokmal.Value()
	require.NoError(t, err)
	assert.Equal(t, "nb", v)
}

func TestText(t *testing.T) {
	x := lnet.NewText("ikke oppfylt", "ikkje oppfylt", "not met")
	assert.Equal(t, "ikke oppfylt", x.In(lnet.Bokmal))
	assert.Equal(t, "ikkje oppfylt", x.In(lnet.Nynorsk))
	assert.Equal(t, "not met", x.In(lnet.English))
	assert.Nil(t, x.Missing())
	assert.False(t, x.IsZero())
	assert.True(t, lnet.Text{}.IsZero())

	b, err := json.Marshal(x)
	require.NoError(t, err)
	assert.JSONEq(t, `{"nb":"ikke oppfylt","nn":"ikkje oppfylt","en":"not met"}`, string(b))
	var back lnet.Text
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, x, back)

	partial := lnet.Text{NB: "bare bokmål"}
	assert.Equal(t, []lnet.Language{lnet.English, lnet.Nynorsk}, partial.Missing())
	assert.Equal(t, "bare bokmål", partial.In(lnet.Nynorsk), "a caller's incomplete text falls back to bokmål")
	up := x.Map(func(l lnet.Language, s string) string { return l.String() + ": " + s })
	assert.Equal(t, "nn: ikkje oppfylt", up.NN)
}
