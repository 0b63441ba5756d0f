package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestLanguage(t *testing.T) {
	assert.Equal(t, []lnet.Language{lnet.Bokmal, lnet.English}, lnet.Languages())
	var zero lnet.Language
	assert.Equal(t, lnet.Bokmal, zero, "the zero value is bokmål")
	assert.True(t, zero.Valid())
	assert.Equal(t, "nb", lnet.Bokmal.String())
	assert.Equal(t, "en", lnet.English.String())
	assert.Equal(t, "engelsk", lnet.English.Norwegian())
	assert.Equal(t, "Norwegian bokmål", lnet.Bokmal.English())
	assert.Equal(t, "ja", lnet.Bokmal.Pick("ja", "yes"))
	assert.Equal(t, "yes", lnet.English.Pick("ja", "yes"))

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
	assert.EqualError(t, err, `lnet: parsing language "de": want one of "nb", "en"`)
	var l lnet.Language
	assert.ErrorIs(t, l.UnmarshalText(nil), lnet.ErrInvalidValue, `"" is not a language: the zero value is bokmål`)
	_, err = lnet.Language(2).MarshalText()
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)

	require.NoError(t, l.Scan("en"))
	assert.Equal(t, lnet.English, l)
	assert.ErrorIs(t, l.Scan(nil), lnet.ErrInvalidValue)
	v, err := lnet.Bokmal.Value()
	require.NoError(t, err)
	assert.Equal(t, "nb", v)
}
