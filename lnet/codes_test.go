package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestParseMunicipalityCode(t *testing.T) {
	tests := []struct {
		in     string
		want   lnet.MunicipalityCode
		county lnet.CountyCode
		err    bool
	}{
		{"0301", 301, 3, false},
		{"4622", 4622, 46, false},
		{"1238", 1238, 12, false},
		{"9999", 9999, 99, false},
		{"0000", 0, 0, true},
		{"301", 0, 0, true},
		{"03011", 0, 0, true},
		{"03a1", 0, 0, true},
		{" 301", 0, 0, true},
		{"-301", 0, 0, true},
		{"", 0, 0, true},
		{"٠٣٠١", 0, 0, true}, // Arabic-Indic digits are not ASCII digits
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := lnet.ParseMunicipalityCode(tt.in)
			if tt.err {
				assert.ErrorIs(t, err, lnet.ErrInvalidCode)
				var pe *lnet.ParseError
				assert.ErrorAs(t, err, &pe)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.county, got.County())
			assert.Equal(t, tt.in, got.String())
			assert.True(t, got.Valid())
		})
	}
}

func TestParseCountyCode(t *testing.T) {
	c, err := lnet.ParseCountyCode("03")
	require.NoError(t, err)
	assert.Equal(t, lnet.CountyCode(3), c)
	assert.Equal(t, "03", c.String())
	for _, bad := range []string{"00", "3", "003", "4a", ""} {
		_, err := lnet.ParseCountyCode(bad)
		assert.ErrorIs(t, err, lnet.ErrInvalidCode, bad)
	}
}

func TestCodesZeroValue(t *testing.T) {
	var m lnet.MunicipalityCode
	var c lnet.CountyCode
	assert.True(t, m.IsZero())
	assert.False(t, m.Valid())
	assert.Equal(t, "", m.String())
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.String())
}

func TestCodesJSON(t *testing.T) {
	type doc struct {
		M      lnet.MunicipalityCode         `json:"m"`
		C      lnet.CountyCode               `json:"c"`
		Z      lnet.MunicipalityCode         `json:"z"`
		ByCode map[lnet.MunicipalityCode]int `json:"by_code"`
	}
	in := doc{M: 301, C: 46, ByCode: map[lnet.MunicipalityCode]int{4622: 1, 301: 2}}
	out, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"m":"0301","c":"46","z":"","by_code":{"0301":2,"4622":1}}`, string(out))
	var back doc
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, in, back)

	for _, bad := range []string{`{"m":"301"}`, `{"c":"4"}`, `{"m":301}`, `{"by_code":{"x":1}}`} {
		var d doc
		assert.Error(t, json.Unmarshal([]byte(bad), &d), bad)
	}
	_, err = json.Marshal(doc{M: 10000})
	assert.ErrorIs(t, err, lnet.ErrInvalidCode)
}

func TestCodesSQL(t *testing.T) {
	var m lnet.MunicipalityCode
	for _, src := range []any{"0301", []byte("0301"), int64(301)} {
		require.NoError(t, m.Scan(src))
		assert.Equal(t, lnet.MunicipalityCode(301), m)
	}
	require.NoError(t, m.Scan(nil))
	assert.True(t, m.IsZero())
	for _, bad := range []any{"301", int64(0), int64(10000), 3.0, "0000"} {
		assert.ErrorIs(t, m.Scan(bad), lnet.ErrInvalidCode, "%v", bad)
	}
	v, err := lnet.MunicipalityCode(301).Value()
	require.NoError(t, err)
	assert.Equal(t, "0301", v)
	v, err = lnet.MunicipalityCode(0).Value()
	require.NoError(t, err)
	assert.Nil(t, v)

	var c lnet.CountyCode
	require.NoError(t, c.Scan("46"))
	assert.Equal(t, lnet.CountyCode(46), c)
	assert.ErrorIs(t, c.Scan(int64(100)), lnet.ErrInvalidCode)
	v, err = c.Value()
	require.NoError(t, err)
	assert.Equal(t, "46", v)
}

func TestOfficeID(t *testing.T) {
	for _, ok := range []string{"hordaland", "oslo-og-viken", "x", "a1"} {
		id, err := lnet.ParseOfficeID(ok)
		require.NoError(t, err, ok)
		assert.Equal(t, ok, id.String())
	}
	for _, bad := range []string{"", "Hordaland", "-x", "x-", "møre", "a b", string(make([]byte, 41))} {
		_, err := lnet.ParseOfficeID(bad)
		assert.ErrorIs(t, err, lnet.ErrInvalidCode, bad)
	}
}

func FuzzParseMunicipalityCode(f *testing.F) {
	for _, s := range []string{"0301", "4622", "0000", "9999", "12", "abcd", "١٢٣٤"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := lnet.ParseMunicipalityCode(s)
		if err != nil {
			return
		}
		if c.String() != s || !c.Valid() {
			t.Fatalf("%q parsed to %v", s, c)
		}
		if back, err := lnet.ParseCountyCode(s[:2]); err == nil && back != c.County() {
			t.Fatalf("county of %q: %v, want %v", s, c.County(), back)
		}
	})
}
