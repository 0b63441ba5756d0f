package enum_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

type colour uint8

type lang uint8

var errBad = errors.New("bad")

func badErr(input, reason string) error { return errors.Join(errBad, errors.New(input+": "+reason)) }

var colours = enum.Table[colour]{Type: "colour", Err: badErr, Names: []enum.Name{
	{},
	{"red", "rød", "red"},
	{"blue", "blå", "blue"},
}}

var langs = enum.Table[lang]{Type: "language", ZeroValid: true, Err: badErr, Names: []enum.Name{
	{"nb", "norsk bokmål", "Norwegian bokmål"},
	{"en", "engelsk", "English"},
}}

func TestTableUnsetZero(t *testing.T) {
	assert.Equal(t, []colour{1, 2}, colours.Values())
	assert.False(t, colours.Valid(0))
	assert.False(t, colours.Valid(3))
	assert.Equal(t, "", colours.ID(0))
	assert.Equal(t, "colour(7)", colours.ID(7))
	assert.Equal(t, "blå", colours.Norwegian(2))
	assert.Equal(t, "blue", colours.English(2))
	assert.Equal(t, "colour(7)", colours.English(7))

	v, err := colours.Parse("red")
	require.NoError(t, err)
	assert.Equal(t, colour(1), v)
	_, err = colours.Parse("green")
	assert.ErrorIs(t, err, errBad)
	assert.Contains(t, err.Error(), `want one of "red", "blue"`)

	b, err := colours.Marshal(0)
	require.NoError(t, err)
	assert.Empty(t, b)
	_, err = colours.Marshal(9)
	assert.ErrorIs(t, err, errBad)

	var c colour = 2
	require.NoError(t, colours.Unmarshal(nil, &c))
	assert.Equal(t, colour(0), c)
	require.NoError(t, colours.Scan("blue", &c))
	assert.Equal(t, colour(2), c)
	require.NoError(t, colours.Scan([]byte("red"), &c))
	assert.Equal(t, colour(1), c)
	require.NoError(t, colours.Scan(nil, &c))
	assert.Equal(t, colour(0), c)
	assert.ErrorIs(t, colours.Scan(int64(1), &c), errBad)

	val, err := colours.Value(0)
	require.NoError(t, err)
	assert.Nil(t, val)
	val, err = colours.Value(1)
	require.NoError(t, err)
	assert.Equal(t, "red", val)
	_, err = colours.Value(5)
	assert.ErrorIs(t, err, errBad)
}

func TestTableValidZero(t *testing.T) {
	assert.Equal(t, []lang{0, 1}, langs.Values())
	assert.True(t, langs.Valid(0))
	assert.Equal(t, "nb", langs.ID(0))
	b, err := langs.Marshal(0)
	require.NoError(t, err)
	assert.Equal(t, "nb", string(b))
	var l lang = 1
	assert.ErrorIs(t, langs.Unmarshal(nil, &l), errBad, `"" is not a language`)
	assert.ErrorIs(t, langs.Scan(nil, &l), errBad)
	val, err := langs.Value(0)
	require.NoError(t, err)
	assert.Equal(t, "nb", val)
}
