package lnet_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestParseNOKAccepts(t *testing.T) {
	tests := []struct {
		in, plain, norwegian string
	}{
		{"1100000", "1100000", "kr 1 100 000"},
		{"950000.50", "950000.50", "kr 950 000,50"},
		{"950000.5", "950000.50", "kr 950 000,50"},
		{"kr 1 100 000", "1100000", "kr 1 100 000"},
		{"1 100 000,50", "1100000.50", "kr 1 100 000,50"},
		{"2.300.000,-", "2300000", "kr 2 300 000"},
		{"2.300.000", "2300000", "kr 2 300 000"},
		{"kr. 650 000", "650000", "kr 650 000"},
		{"KR 650 000", "650000", "kr 650 000"},
		{"650 000 kr", "650000", "kr 650 000"},
		{"NOK 2100000", "2100000", "kr 2 100 000"},
		{"2100000 NOK", "2100000", "kr 2 100 000"},
		{"950000,50", "950000.50", "kr 950 000,50"},
		{"1\u00a0100\u00a0000", "1100000", "kr 1 100 000"},
		{"1\u202f100\u202f000,05", "1100000.05", "kr 1 100 000,05"},
		{"  950000  ", "950000", "kr 950 000"},
		{"-250", "-250", "kr -250"},
		{"−1 000", "-1000", "kr -1 000"},
		{"kr -1 000,50", "-1000.50", "kr -1 000,50"},
		{"0", "0", "kr 0"},
		{"0,05", "0.05", "kr 0,05"},
		{"1.5", "1.50", "kr 1,50"},
		{"12.34", "12.34", "kr 12,34"},
		{"1234.5", "1234.50", "kr 1 234,50"},
		{"00012", "12", "kr 12"},
		{"100,-", "100", "kr 100"},
		{"999999999999999", "999999999999999", "kr 999 999 999 999 999"},
		{"-0", "0", "kr 0"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := lnet.ParseNOK(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.plain, n.String())
			assert.Equal(t, tt.norwegian, n.Norwegian())
			// Both renderings parse back to the same amount.
			for _, s := range []string{n.String(), n.Norwegian()} {
				back, err := lnet.ParseNOK(s)
				require.NoError(t, err, s)
				assert.True(t, back.Equal(n), "%q → %s", s, back)
			}
		})
	}
}

func TestParseNOKRejects(t *testing.T) {
	tests := []struct {
		in, reason string
	}{
		{"", "no digits"},
		{"kr", "no digits"},
		{"-", "no digits"},
		{"1e9999999", "unexpected character"},
		{"1E5", "unexpected character"},
		{"NaN", "unexpected character"},
		{"Inf", "unexpected character"},
		{"12,3,4", "more than one decimal comma"},
		{"950000.505", "more than 2 decimals"},
		{"1,234", "more than 2 decimals"},
		{"1.100", "ambiguous"},
		{"650.000", "ambiguous"},
		{"1 00 000", "groups of three"},
		{"1 1000", "groups of three"},
		{"1000 000", "groups of three"},
		{"1 000.000", "mixed group separators"},
		{"1 000.50", "mixed group separators"},
		{"1.000 000", "mixed group separators"},
		{",50", "no digits before"},
		{"5,", "no digits after"},
		{"5.", "no digits after"},
		{"12,5,-", `",-" after decimals`},
		{"1,50,-", `",-" after decimals`},
		{"1,5,5", "more than one decimal comma"},
		{"+5", "unexpected character"},
		{"--5", "unexpected character"},
		{"0x10", "unexpected character"},
		{"1_000", "unexpected character"},
		{"kr kr 5", "unexpected character"},
		{"1000000000000000", "more than 15 integer digits"},
		{strings.Repeat("9", 10000), "longer than 64 bytes"},
		{"\xff", "not valid UTF-8"},
		{"5,a", "malformed decimals"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := lnet.ParseNOK(tt.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, lnet.ErrInvalidAmount)
			var pe *lnet.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "NOK", pe.Type)
			assert.Contains(t, pe.Reason, tt.reason)
			assert.LessOrEqual(t, len(pe.Input), 64+len("…"))
		})
	}
}

func TestNOKArithmetic(t *testing.T) {
	a := lnet.MustNOK("950000")
	b := lnet.MustNOK("2100000.50")
	assert.Equal(t, "3050000.50", must(a.Add(b)).String())
	assert.Equal(t, "-1150000.50", must(a.Sub(b)).String())
	assert.Equal(t, "1900000", must(a.Mul(2)).String())
	assert.Equal(t, "-950000", a.Neg().String())
	assert.Equal(t, -1, a.Cmp(b))
	assert.Equal(t, 1, b.Cmp(a))
	assert.True(t, lnet.MustNOK("5").Equal(lnet.MustNOK("5,00")))
	assert.Equal(t, "3050000.50", must(lnet.Sum(a, b)).String())
	assert.True(t, must(lnet.Sum()).IsZero())
	assert.True(t, lnet.NOK{}.IsZero(), "zero value is kr 0")
	assert.Equal(t, "0", lnet.NOK{}.String())
	assert.True(t, a.IsWhole())
	assert.False(t, b.IsWhole())
	assert.True(t, a.Neg().IsNegative())
	assert.Equal(t, 1, a.Sign())
	assert.Zero(t, big.NewRat(4200001, 2).Cmp(b.Rat()))
	assert.Equal(t, int64(210000050), b.Ore())
	assert.Equal(t, "950000.50", must(lnet.NOKFromOre(95000050)).String())
	assert.Equal(t, "650000", lnet.MustNOK("650000").String())
}

func TestNOKFromDecimalAndRat(t *testing.T) {
	n, err := lnet.NOKFromDecimal(decimal.RequireFromString("12.340"))
	require.NoError(t, err)
	assert.Equal(t, "12.34", n.String())

	_, err = lnet.NOKFromDecimal(decimal.RequireFromString("12.345"))
	assert.ErrorIs(t, err, lnet.ErrInvalidAmount)
	_, err = lnet.NOKFromDecimal(decimal.RequireFromString("1e16"))
	assert.ErrorIs(t, err, lnet.ErrInvalidAmount)

	n, err = lnet.NOKFromRat(big.NewRat(1, 4))
	require.NoError(t, err)
	assert.Equal(t, "0.25", n.String())
	_, err = lnet.NOKFromRat(big.NewRat(1, 3))
	assert.ErrorIs(t, err, lnet.ErrInvalidAmount)
	_, err = lnet.NOKFromRat(nil)
	assert.ErrorIs(t, err, lnet.ErrInvalidAmount)
}

func TestNOKJSON(t *testing.T) {
	type doc struct {
		Amount lnet.NOK `json:"amount"`
	}
	out, err := json.Marshal(doc{lnet.MustNOK("950000,50")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"amount":"950000.50"}`, string(out))

	for in, want := range map[string]string{
		`{"amount":"2300000"}`:         "2300000",
		`{"amount":"kr 2 300 000"}`:    "2300000",
		`{"amount":"2.300.000,-"}`:     "2300000",
		`{"amount":2300000}`:           "2300000",
		`{"amount":950000.5}`:          "950000.50",
		`{"amount":null}`:              "0",
		`{"amount":"kr\u00a0650 000"}`: "650000",
	} {
		var d doc
		require.NoError(t, json.Unmarshal([]byte(in), &d), in)
		assert.Equal(t, want, d.Amount.String(), in)
	}
	for _, in := range []string{
		`{"amount":1e9999999}`, `{"amount":"NaN"}`, `{"amount":1.234}`, `{"amount":true}`,
		`{"amount":"12,3,4"}`, `{"amount":[1]}`, `{"amount":{}}`,
		`{"amount":"` + strings.Repeat("1", 1000) + `"}`,
	} {
		var d doc
		err := json.Unmarshal([]byte(in), &d)
		assert.Error(t, err, in)
	}
}

func TestNOKSQL(t *testing.T) {
	v, err := lnet.MustNOK("950000.50").Value()
	require.NoError(t, err)
	assert.Equal(t, "950000.50", v)

	var n lnet.NOK
	for _, src := range []any{"950000.50", []byte("950000.50")} {
		require.NoError(t, n.Scan(src))
		assert.Equal(t, "950000.50", n.String())
	}
	// NUMERIC(x,3) and NUMERIC(x,4) columns write trailing zeros: read exactly.
	for src, want := range map[string]string{"1.500": "1.50", "1.5000": "1.50", "-12.10": "-12.10", "999999999999999.99": "999999999999999.99", "007": "7"} {
		require.NoError(t, n.Scan(src), src)
		assert.Equal(t, want, n.String(), src)
	}
	// Regression: database text went through the Norwegian parser, so "1.500" was
	// "ambiguous" and a TEXT column holding "12.345.678" read as 12 345 678.
	for _, bad := range []string{"1.505", "12.345.678", "1 000", "kr 5", "1,50", "1e5", ".5", "5.", "", "-", "1000000000000000"} {
		assert.ErrorIs(t, n.Scan(bad), lnet.ErrInvalidAmount, bad)
	}
	require.NoError(t, n.Scan(int64(650000)))
	assert.Equal(t, "650000", n.String())
	assert.ErrorIs(t, n.Scan(nil), lnet.ErrInvalidAmount)
	assert.ErrorIs(t, n.Scan(3.145), lnet.ErrInvalidAmount)
	assert.ErrorIs(t, n.Scan("abc"), lnet.ErrInvalidAmount)
}

func TestParseErrorMessage(t *testing.T) {
	_, err := lnet.ParseNOK("12,3,4")
	assert.EqualError(t, err, `lnet: parsing NOK "12,3,4": more than one decimal comma`)
	assert.True(t, errors.Is(err, lnet.ErrInvalidAmount))
}

// FuzzParseNOK checks that ParseNOK never panics, and that whatever it accepts formats to
// a plain and a Norwegian form that both parse back to the same amount.
func FuzzParseNOK(f *testing.F) {
	for _, s := range []string{
		"1100000", "950000.50", "kr 1 100 000", "1 100 000,50", "2.300.000,-", "1e9999999", "NaN",
		"12,3,4", "1.100", "−1 000", "650 000 kr", "0,05", "", "kr.", "1\u00a0000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := lnet.ParseNOK(s)
		if err != nil {
			if !errors.Is(err, lnet.ErrInvalidAmount) {
				t.Fatalf("error %v does not wrap ErrInvalidAmount", err)
			}
			return
		}
		for _, form := range []string{n.String(), n.Norwegian()} {
			back, err := lnet.ParseNOK(form)
			if err != nil {
				t.Fatalf("%q → %q does not parse back: %v", s, form, err)
			}
			if !back.Equal(n) {
				t.Fatalf("%q → %q → %s, want %s", s, form, back, n)
			}
		}
		if n.Decimal().Abs().GreaterThan(decimal.NewFromInt(lnet.MaxNOK)) {
			t.Fatalf("%q parsed beyond MaxNOK: %s", s, n)
		}
	})
}

// FuzzNOKJSON checks that decoding any JSON value into a NOK never panics and that what it
// accepts marshals back to a value that decodes to the same amount.
func FuzzNOKJSON(f *testing.F) {
	for _, s := range []string{`"2300000"`, `2300000`, `950000.5`, `null`, `"kr 1 100 000"`, `1e5`, `"\u00a0"`, `-0`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var n lnet.NOK
		if err := json.Unmarshal([]byte(s), &n); err != nil {
			return
		}
		out, err := json.Marshal(n)
		if err != nil {
			t.Fatalf("marshal %s: %v", n, err)
		}
		var back lnet.NOK
		if err := json.Unmarshal(out, &back); err != nil || !back.Equal(n) {
			t.Fatalf("%s → %s → %s (%v)", s, out, back, err)
		}
	})
}

func BenchmarkParseNOK(b *testing.B) {
	for _, s := range []string{"1100000", "kr 1 100 000,50"} {
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				if _, err := lnet.ParseNOK(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
