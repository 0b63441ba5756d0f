package lnet_test

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const maxOre = lnet.MaxNOK*100 + 99

func ore(o int64) lnet.NOK { return must(lnet.NOKFromOre(o)) }

func TestNOKComparable(t *testing.T) {
	assert.True(t, lnet.MustNOK("1100000") == lnet.MustNOK("1100000.00"))
	assert.True(t, lnet.MustNOK("kr 1 100 000") == lnet.MustNOK("1100000,-"))
	assert.False(t, lnet.MustNOK("1100000") == lnet.MustNOK("1100000.01"))
	assert.True(t, lnet.NOK{} == lnet.MustNOK("0"))
	assert.True(t, lnet.MustNOK("-0") == lnet.NOK{}, "no negative zero")
	m := map[lnet.NOK]string{lnet.MustNOK("950000"): "nordland"}
	assert.Equal(t, "nordland", m[lnet.MustNOK("950 000,00")])
}

func TestNOKBounds(t *testing.T) {
	tests := []struct {
		name string
		got  func() (lnet.NOK, error)
		want string // "" for ErrInvalidAmount
	}{
		{"NewNOK max", func() (lnet.NOK, error) { return lnet.NewNOK(lnet.MaxNOK) }, "999999999999999"},
		{"NewNOK -max", func() (lnet.NOK, error) { return lnet.NewNOK(-lnet.MaxNOK) }, "-999999999999999"},
		{"NewNOK max+1", func() (lnet.NOK, error) { return lnet.NewNOK(lnet.MaxNOK + 1) }, ""},
		{"NewNOK MinInt64", func() (lnet.NOK, error) { return lnet.NewNOK(math.MinInt64) }, ""},
		{"NOKFromOre max", func() (lnet.NOK, error) { return lnet.NOKFromOre(maxOre) }, "999999999999999.99"},
		{"NOKFromOre max+1", func() (lnet.NOK, error) { return lnet.NOKFromOre(maxOre + 1) }, ""},
		{"NOKFromOre -max-1", func() (lnet.NOK, error) { return lnet.NOKFromOre(-maxOre - 1) }, ""},
		{"NOKFromOre MinInt64", func() (lnet.NOK, error) { return lnet.NOKFromOre(math.MinInt64) }, ""},
		{"ParseNOK max", func() (lnet.NOK, error) { return lnet.ParseNOK("999999999999999.99") }, "999999999999999.99"},
		{"ParseNOK max+1", func() (lnet.NOK, error) { return lnet.ParseNOK("1000000000000000") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.got()
			if tt.want == "" {
				assert.ErrorIs(t, err, lnet.ErrInvalidAmount)
				var pe *lnet.ParseError
				assert.ErrorAs(t, err, &pe)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, n.String())
		})
	}
}

func TestNOKOverflow(t *testing.T) {
	max, one, cent := ore(maxOre), lnet.MustNOK("1"), ore(1)
	tests := []struct {
		name string
		op   func() (lnet.NOK, error)
		want string // "" for ErrOverflow
	}{
		{"add at bound", func() (lnet.NOK, error) { return ore(maxOre - 1).Add(cent) }, "999999999999999.99"},
		{"add past bound", func() (lnet.NOK, error) { return max.Add(cent) }, ""},
		{"add -max past bound", func() (lnet.NOK, error) { return max.Neg().Add(cent.Neg()) }, ""},
		{"add max + -max", func() (lnet.NOK, error) { return max.Add(max.Neg()) }, "0"},
		{"sub at bound", func() (lnet.NOK, error) { return cent.Neg().Sub(ore(maxOre - 1)) }, "-999999999999999.99"},
		{"sub past bound", func() (lnet.NOK, error) { return max.Neg().Sub(cent) }, ""},
		{"sub max − −max", func() (lnet.NOK, error) { return max.Sub(max.Neg()) }, ""},
		{"mul at bound", func() (lnet.NOK, error) { return ore(33333333333333333).Mul(3) }, "999999999999999.99"},
		{"mul past bound", func() (lnet.NOK, error) { return ore(33333333333333334).Mul(3) }, ""},
		{"mul by MinInt64", func() (lnet.NOK, error) { return cent.Mul(math.MinInt64) }, ""},
		{"mul by MaxInt64", func() (lnet.NOK, error) { return max.Mul(math.MaxInt64) }, ""},
		{"mul zero by MaxInt64", func() (lnet.NOK, error) { return lnet.NOK{}.Mul(math.MaxInt64) }, "0"},
		{"mul negative", func() (lnet.NOK, error) { return one.Mul(-7) }, "-7"},
		{"sum at bound", func() (lnet.NOK, error) { return lnet.Sum(ore(maxOre-2), cent, cent) }, "999999999999999.99"},
		{"sum past bound", func() (lnet.NOK, error) { return lnet.Sum(ore(maxOre-2), cent, cent, cent) }, ""},
		{"sum passes bound on the way", func() (lnet.NOK, error) { return lnet.Sum(max, max, max.Neg(), max.Neg(), one) }, "1"},
		{"sum of many maxima", func() (lnet.NOK, error) {
			many := make([]lnet.NOK, 200)
			for i := range many {
				many[i] = max
			}
			return lnet.Sum(many...)
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.op()
			if tt.want == "" {
				require.ErrorIs(t, err, lnet.ErrOverflow)
				var ae *lnet.ArithmeticError
				require.ErrorAs(t, err, &ae)
				assert.Contains(t, err.Error(), "result beyond ±999999999999999.99")
				assert.Equal(t, lnet.NOK{}, n)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, n.String())
		})
	}
	_, err := max.Add(cent)
	assert.EqualError(t, err, "lnet: NOK 999999999999999.99 + 0.01: result beyond ±999999999999999.99")
}

func TestNOKMulRatRounding(t *testing.T) {
	// Ties: 0.25 kr × 1/2 = 12,5 øre; 0.35 × 1/2 = 17,5 øre; and their negatives.
	tests := []struct {
		amount   string
		num, den int64
		mode     lnet.RoundingMode
		want     string
	}{
		{"0.25", 1, 2, lnet.RoundHalfEven, "0.12"},
		{"0.35", 1, 2, lnet.RoundHalfEven, "0.18"},
		{"-0.25", 1, 2, lnet.RoundHalfEven, "-0.12"},
		{"-0.35", 1, 2, lnet.RoundHalfEven, "-0.18"},
		{"0.25", 1, 2, lnet.RoundHalfUp, "0.13"},
		{"-0.25", 1, 2, lnet.RoundHalfUp, "-0.13"},
		{"0.25", -1, 2, lnet.RoundHalfUp, "-0.13"},
		{"0.25", 1, -2, lnet.RoundHalfUp, "-0.13"},
		{"0.25", -1, -2, lnet.RoundHalfUp, "0.13"},
		{"0.25", 1, 2, lnet.RoundDown, "0.12"},
		{"-0.25", 1, 2, lnet.RoundDown, "-0.12"},
		{"0.25", 1, 2, lnet.RoundUp, "0.13"},
		{"-0.25", 1, 2, lnet.RoundUp, "-0.13"},
		{"0.25", 1, 2, lnet.RoundFloor, "0.12"},
		{"-0.25", 1, 2, lnet.RoundFloor, "-0.13"},
		{"0.25", 1, 2, lnet.RoundCeiling, "0.13"},
		{"-0.25", 1, 2, lnet.RoundCeiling, "-0.12"},
		// Not ties: nearest wins under both half modes.
		{"1", 1, 3, lnet.RoundHalfEven, "0.33"},
		{"1", 2, 3, lnet.RoundHalfUp, "0.67"},
		{"1", 1, 3, lnet.RoundCeiling, "0.34"},
		// Exact: no rounding at all.
		{"1100000", 25, 100, lnet.RoundHalfEven, "275000"},
		{"999999999999999.99", 1, 1, lnet.RoundDown, "999999999999999.99"},
		{"999999999999999.99", -1, 1, lnet.RoundDown, "-999999999999999.99"},
		// Large intermediate products stay exact (128 bits).
		{"999999999999999.99", math.MaxInt64, math.MaxInt64, lnet.RoundDown, "999999999999999.99"},
		{"999999999999999.99", math.MinInt64, math.MinInt64, lnet.RoundDown, "999999999999999.99"},
		{"0.01", 1, math.MinInt64, lnet.RoundUp, "-0.01"},
	}
	for _, tt := range tests {
		got, err := lnet.MustNOK(tt.amount).MulRat(tt.num, tt.den, tt.mode)
		require.NoError(t, err, "%s × %d/%d %s", tt.amount, tt.num, tt.den, tt.mode)
		assert.Equal(t, tt.want, got.String(), "%s × %d/%d %s", tt.amount, tt.num, tt.den, tt.mode)
	}

	_, err := lnet.MustNOK("1").MulRat(1, 0, lnet.RoundHalfEven)
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	assert.EqualError(t, err, "lnet: NOK 1 × 1/0: division by zero")
	_, err = lnet.MustNOK("1").MulRat(1, 2, 0)
	assert.ErrorIs(t, err, lnet.ErrInvalidValue, "the zero RoundingMode is not a mode")
	_, err = ore(maxOre).MulRat(2, 1, lnet.RoundDown)
	assert.ErrorIs(t, err, lnet.ErrOverflow)
	_, err = ore(maxOre).MulRat(math.MaxInt64, 1, lnet.RoundDown)
	assert.ErrorIs(t, err, lnet.ErrOverflow)
	// Rounding itself may cross the bound: 999999999999999.99 × (1 + tiny) rounds up.
	_, err = ore(maxOre).MulRat(math.MaxInt64, math.MaxInt64-1, lnet.RoundUp)
	assert.ErrorIs(t, err, lnet.ErrOverflow)
}

func TestNOKPercentOwnContribution(t *testing.T) {
	// "Egenandelen må være minst 25 % av totalkostnaden": own ≥ ⌈25 % × total⌉ exactly.
	tests := []struct {
		total, own string
		ok         bool
	}{
		{"400000", "100000", true},
		{"400000", "99999.99", false},
		{"400000.01", "100000", false}, // 25 % is 100000.0025: one øre more needed
		{"400000.01", "100000.01", true},
		{"0", "0", true},
	}
	for _, tt := range tests {
		least, err := lnet.MustNOK(tt.total).Percent(25, lnet.RoundCeiling)
		require.NoError(t, err)
		assert.Equal(t, tt.ok, lnet.MustNOK(tt.own).Cmp(least) >= 0, "%s of %s", tt.own, tt.total)
	}
	p, err := lnet.MustNOK("1100000").Percent(125, lnet.RoundHalfEven)
	require.NoError(t, err)
	assert.Equal(t, "1375000", p.String())
}

func TestRoundingModeString(t *testing.T) {
	assert.Equal(t, "half-even", lnet.RoundHalfEven.String())
	assert.Equal(t, "ceiling", lnet.RoundCeiling.String())
	assert.Equal(t, "RoundingMode(0)", lnet.RoundingMode(0).String())
	assert.False(t, lnet.RoundingMode(0).Valid())
	assert.False(t, lnet.RoundingMode(7).Valid())
}

func TestNOKFormat(t *testing.T) {
	tests := []struct{ in, plain, nb, en string }{
		{"0", "0", "kr 0", "NOK 0"},
		{"0.05", "0.05", "kr 0,05", "NOK 0.05"},
		{"-0.5", "-0.50", "kr -0,50", "NOK -0.50"},
		{"999", "999", "kr 999", "NOK 999"},
		{"1000", "1000", "kr 1 000", "NOK 1,000"},
		{"-250", "-250", "kr -250", "NOK -250"},
		{"1100000", "1100000", "kr 1 100 000", "NOK 1,100,000"},
		{"1100000.50", "1100000.50", "kr 1 100 000,50", "NOK 1,100,000.50"},
		{"-999999999999999.99", "-999999999999999.99", "kr -999 999 999 999 999,99", "NOK -999,999,999,999,999.99"},
	}
	for _, tt := range tests {
		n := lnet.MustNOK(tt.in)
		assert.Equal(t, tt.plain, n.String(), tt.in)
		assert.Equal(t, tt.nb, n.Norwegian(), tt.in)
		assert.Equal(t, tt.en, n.English(), tt.in)
		assert.Equal(t, tt.nb, n.In(lnet.Bokmal), tt.in)
		assert.Equal(t, tt.nb, n.In(lnet.Nynorsk), tt.in)
		assert.Equal(t, tt.en, n.In(lnet.English), tt.in)
		assert.Equal(t, n.Decimal().String(), n.Decimal().String())
		back, err := lnet.NOKFromDecimal(n.Decimal())
		require.NoError(t, err)
		assert.Equal(t, n, back)
	}
}

func TestNOKScanBounds(t *testing.T) {
	tests := []struct {
		src  any
		want string // "" for an error
	}{
		{int64(lnet.MaxNOK), "999999999999999"},
		{int64(lnet.MaxNOK + 1), ""},
		{int64(math.MaxInt64), ""},
		{int64(math.MinInt64), ""},
		{float64(950000.5), "950000.50"},
		{float64(0.1), "0.10"},
		{float64(-250), "-250"},
		{math.Copysign(0, -1), "0"},
		{float64(999999999999999), "999999999999999"},
		{float64(1e15), ""},
		{0.125, ""},
		{floatSum(0.1, 0.2), ""}, // 0.30000000000000004, not 0.3
		{math.NaN(), ""},
		{math.Inf(1), ""},
		{math.Inf(-1), ""},
		{"999999999999999.99", "999999999999999.99"},
		{"999999999999999.990", "999999999999999.99"},
		{"1000000000000000", ""},
		{"0001000000000000000.00", ""},
		{[]byte("-12.5"), "-12.50"},
		{nil, ""},
		{true, ""},
		{int32(5), ""},
	}
	for _, tt := range tests {
		n := lnet.MustNOK("7")
		err := n.Scan(tt.src)
		if tt.want == "" {
			assert.ErrorIs(t, err, lnet.ErrInvalidAmount, "%#v", tt.src)
			assert.Equal(t, "7", n.String(), "a failed Scan leaves n unchanged: %#v", tt.src)
			continue
		}
		require.NoError(t, err, "%#v", tt.src)
		assert.Equal(t, tt.want, n.String(), "%#v", tt.src)
		// Value/Scan round trip.
		v, err := n.Value()
		require.NoError(t, err)
		var back lnet.NOK
		require.NoError(t, back.Scan(v))
		assert.Equal(t, n, back)
	}
}

// randomNOK returns an amount spread over every magnitude up to the bound.
func randomNOK(r *rand.Rand) lnet.NOK {
	digits := r.IntN(18) + 1
	lim := int64(1)
	for range digits {
		lim *= 10
	}
	o := r.Int64N(min(lim, maxOre+1))
	if r.IntN(2) == 0 {
		o = -o
	}
	return ore(o)
}

func TestNOKProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 5))
	for range 20000 {
		a, b := randomNOK(r), randomNOK(r)
		// parse(format(a)) == a, for the plain and the Norwegian form.
		for _, s := range []string{a.String(), a.Norwegian()} {
			back, err := lnet.ParseNOK(s)
			require.NoError(t, err, s)
			require.Equal(t, a, back, s)
		}
		// JSON and text round trips.
		txt, err := a.MarshalText()
		require.NoError(t, err)
		var back lnet.NOK
		require.NoError(t, back.UnmarshalText(txt))
		require.Equal(t, a, back)
		// a + b − b == a whenever a + b is in range; overflow exactly past the bound.
		s, err := a.Add(b)
		exact := a.Ore() + b.Ore() // cannot wrap: both within ±maxOre
		if exact > maxOre || exact < -maxOre {
			require.ErrorIs(t, err, lnet.ErrOverflow)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, exact, s.Ore())
		d, err := s.Sub(b)
		require.NoError(t, err)
		require.Equal(t, a, d)
		require.Equal(t, a.Cmp(b), -b.Cmp(a))
		require.Equal(t, a == b, a.Cmp(b) == 0)
		// Percent(100) is the identity, and half-even of a half never moves by more than ½ øre.
		p, err := a.Percent(100, lnet.RoundHalfEven)
		require.NoError(t, err)
		require.Equal(t, a, p)
		h, err := a.MulRat(1, 2, lnet.RoundHalfEven)
		require.NoError(t, err)
		twice := 2 * h.Ore()
		require.LessOrEqual(t, abs(twice-a.Ore()), int64(1))
	}
}

// floatSum adds at run time: the constant 0.1 + 0.2 is exactly 0.3 in Go.
func floatSum(a, b float64) float64 { return a + b }

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// FuzzNOKScan checks that Scan of any text never panics, enforces the bound, and that what
// it accepts round-trips through Value; and that UnmarshalText agrees with ParseNOK.
func FuzzNOKScan(f *testing.F) {
	for _, s := range []string{"0", "950000.50", "1.500", "-12.10", "999999999999999.99", "1000000000000000",
		"1.505", "", "-", "1e5", "NaN", "007", "kr 5", "1 000"} {
		f.Add(s, 0.0)
	}
	f.Add("", 950000.5)
	f.Add("", 0.125)
	f.Add("", math.Inf(1))
	f.Add("", 1e300)
	f.Fuzz(func(t *testing.T, s string, x float64) {
		for _, src := range []any{s, []byte(s), x} {
			var n lnet.NOK
			if err := n.Scan(src); err != nil {
				if !errors.Is(err, lnet.ErrInvalidAmount) {
					t.Fatalf("Scan(%#v): %v does not wrap ErrInvalidAmount", src, err)
				}
				continue
			}
			if n.Ore() > maxOre || n.Ore() < -maxOre {
				t.Fatalf("Scan(%#v) = %s beyond the bound", src, n)
			}
			v, _ := n.Value()
			var back lnet.NOK
			if err := back.Scan(v); err != nil || back != n {
				t.Fatalf("Scan(%#v) = %s; Value/Scan gives %s (%v)", src, n, back, err)
			}
		}
		var u lnet.NOK
		uerr := u.UnmarshalText([]byte(s))
		p, perr := lnet.ParseNOK(s)
		if (uerr == nil) != (perr == nil) || uerr == nil && u != p {
			t.Fatalf("UnmarshalText(%q) = %s, %v; ParseNOK = %s, %v", s, u, uerr, p, perr)
		}
	})
}
