package allocation

import (
	"math/big"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// bigOf returns x/y as a big.Rat.
func bigOf(x u128, y uint64) *big.Rat {
	n := new(big.Int).Lsh(new(big.Int).SetUint64(x.hi), 64)
	n.Or(n, new(big.Int).SetUint64(x.lo))
	return new(big.Rat).SetFrac(n, new(big.Int).SetUint64(y))
}

// requireSameText checks the fast formatting of x/y against the big one: when the fast path
// answers, it must write exactly what ratString and decimalString write.
func requireSameText(t *testing.T, x u128, y uint64) (fast int) {
	t.Helper()
	r := bigOf(x, y)
	if s, ok := fastExact(x, y); ok {
		fast++
		require.Equal(t, ratString(r), s, "exact %v/%d", r, y)
	}
	for _, places := range []int{0, 1, 2, 6, 19} {
		if s, ok := fastDecimal(x, y, places); ok {
			require.Equal(t, decimalString(r, places), s, "decimal(%d) of %v", places, r)
		}
	}
	return fast
}

// TestFastFractionText: the fast text of fractions is byte for byte the big one, for
// denominators of every shape (1, powers of 2 and 5 and their products — decimals of up to
// 63 digits —, primes, the largest), numerators from 0 to 2¹²⁸ − 1, and every way the
// decimal and the fraction compare in length.
func TestFastFractionText(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	dens := []uint64{1, 2, 3, 5, 7, 10, 16, 25, 100, 128, 1 << 63, 1<<63 + 1, 5_000_000, 7_450_580_596_923_828_125, // 5^27
		1_000_000_000_000_000_000, 10_000_000_000_000_000_000, 18_446_744_073_709_551_557, // the largest 64-bit prime
		1<<64 - 1, 3 * 1 << 40, 1 << 40 * 5 * 5 * 5, 999_999_999_989}
	nums := []u128{{}, {lo: 1}, {lo: 2}, {lo: 5}, {lo: 1<<64 - 1}, {hi: 1}, {hi: 1<<64 - 1, lo: 1<<64 - 1}, {hi: 12345, lo: 678}}
	fast := 0
	for _, y := range dens {
		for _, x := range nums {
			fast += requireSameText(t, x, y)
		}
		for range 300 {
			x := u128{lo: rng.Uint64()}
			switch rng.IntN(4) {
			case 0:
				x.lo %= 1000
			case 1:
				x.hi = rng.Uint64N(1 << 20)
			case 2:
				x.hi = rng.Uint64()
			}
			fast += requireSameText(t, x, y)
		}
	}
	for range 20_000 { // random denominators of the form 2^a·5^b·c
		y := uint64(1)
		for range rng.IntN(40) {
			if hi, lo := bits.Mul64(y, []uint64{2, 5, 3}[rng.IntN(3)]); hi == 0 {
				y = lo
			}
		}
		x := u128{hi: rng.Uint64N(1 << uint(rng.IntN(64))), lo: rng.Uint64()}
		fast += requireSameText(t, x, y)
	}
	require.Greater(t, fast, 20_000, "the fast path must answer most cases")
}

// FuzzFastFractionText: the same comparison on fuzzed values.
func FuzzFastFractionText(f *testing.F) {
	f.Add(uint64(0), uint64(1), uint64(3))
	f.Add(uint64(1), uint64(0), uint64(1<<63))
	f.Add(uint64(12345), uint64(678), uint64(7_450_580_596_923_828_125))
	f.Fuzz(func(t *testing.T, hi, lo, y uint64) {
		if y == 0 {
			return
		}
		requireSameText(t, u128{hi, lo}, y)
	})
}

// TestFractionTextMatchesRat: every key share, quota and weight of real results is written
// by the fast path exactly as by the big one (ratString and decimalString of its Rat), for
// whole, decimal and fractional weights, with and without floors and caps, in several units.
func TestFractionTextMatchesRat(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	units := []string{"0.01", "1", "1000", "50000", "0.07"}
	fast, all := 0, 0
	for trial := range 300 {
		n := 1 + rng.IntN(40)
		recs := make([]Recipient, n)
		for i := range recs {
			r := &recs[i]
			r.ID = string(rune('a'+i%26)) + string(rune('a'+i/26))
			switch trial % 3 {
			case 0:
				r.Weight = IntWeight(rng.Uint64N(60_000))
			case 1:
				r.Weight = must(FracWeight(rng.Uint64N(60_000_000_000), 1_000_000))
			default:
				r.Weight = must(FracWeight(1+rng.Uint64N(1000), 1+rng.Uint64N(97)))
			}
			if trial%4 == 0 {
				r.Floor = must(lnet.NOKFromOre(int64(rng.IntN(5_000_00))))
				c := must(r.Floor.Add(must(lnet.NOKFromOre(int64(rng.IntN(90_000_00))))))
				r.Cap = &c
			}
		}
		unit := must(lnet.ParseNOK(units[trial%len(units)]))
		pot := must(lnet.NOKFromOre(int64(rng.Uint64N(100_000_000_00))))
		res, err := Allocate(pot, recs, WithUnit(unit))
		if err != nil {
			continue
		}
		for _, s := range res.Shares() {
			for _, f := range []Fraction{s.KeyShare, s.Quota} {
				if trial%3 != 2 { // whole and 6-decimal weights: never the big path
					all++
					if x, y, ok := f.small(); ok {
						if _, ok := fastExact(x, y); ok {
							fast++
						}
					}
				}
				r := f.Rat()
				require.Equal(t, ratString(r), f.String(), "trial %d %s", trial, s.ID)
				require.Equal(t, decimalString(r, QuotaPlaces), f.Decimal(QuotaPlaces), "trial %d %s", trial, s.ID)
				require.Equal(t, decimalString(r, 0), f.Decimal(0), "trial %d %s", trial, s.ID)
			}
			require.Equal(t, ratString(s.Weight.Rat()), s.Weight.String(), "trial %d %s", trial, s.ID)
		}
	}
	require.Equal(t, all, fast, "the fast path must answer every fraction of a result with whole or 6-decimal weights")
}
