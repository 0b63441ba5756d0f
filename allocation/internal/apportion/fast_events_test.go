package apportion

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// wfCase draws a bounded problem of n recipients for TestWaterFillReference. The modes mix
// weights with many ties of λ, zero weights, floors only, caps only, floors equal to caps,
// zero caps, caps of N or more, and (wide) caps whose sum passes 2^64.
func wfCase(rng *rand.Rand, n int) (*Input, []uint64) {
	w := make([]uint64, n)
	var maxW uint64
	switch rng.IntN(4) {
	case 0:
		maxW = 5 // many equal λ
	case 1:
		maxW = 60_000
	case 2:
		maxW = 60_000_000_000
	default:
		maxW = 1 << 40
	}
	for i := range w {
		if rng.IntN(10) > 0 {
			w[i] = 1 + rng.Uint64N(maxW)
		}
		if maxW == 5 {
			w[i] *= 1 + uint64(rng.IntN(3)) // λ = F/w equal across multiples
		}
	}
	N := 1 + rng.Uint64N(uint64(n)*1000)
	if rng.IntN(8) == 0 {
		N = MaxUnits - rng.Uint64N(1000)
	}
	mean := max(N/uint64(n), 1)
	in := &Input{N: N}
	floors, caps := rng.IntN(4) != 0, rng.IntN(4) != 0
	if !floors && !caps {
		floors, caps = true, true
	}
	if floors {
		in.Floor = make([]uint64, n)
	}
	if caps {
		in.Cap = make([]uint64, n)
	}
	equal := rng.IntN(6) == 0
	wide := rng.IntN(10) == 0
	for i := range w {
		var f uint64
		if floors && rng.IntN(5) > 0 {
			f = rng.Uint64N(mean/2 + 1)
			if maxW == 5 {
				f = mean / 4 * (1 + uint64(rng.IntN(2))) // few values: many equal λ
			}
			in.Floor[i] = f
		}
		if caps {
			c := f + rng.Uint64N(2*mean+1)
			switch r := rng.IntN(20); {
			case r == 0:
				c = NoCap
			case r == 1:
				c = N + rng.Uint64N(10) // a cap of N or more
			case r == 2 && f == 0:
				c = 0
			case equal || r == 3:
				c = f
			case wide:
				c = MaxUnits
			}
			in.Cap[i] = c
		}
	}
	return in, w
}

// needsLevel returns ΣF_i and whether Solve would call waterFill for in: the floors fit N
// and special does not solve it.
func needsLevel(in *Input, w []uint64) (uint64, bool) {
	var sumF uint64
	var cp capacity
	allZero := true
	for i := range w {
		sumF += in.floor(i)
		allZero = allZero && w[i] == 0
		cp.add(in, i, w[i] > 0)
	}
	if sumF > in.N {
		return sumF, false
	}
	done, _ := special(in, len(w), sumF, allZero, cp, func(i int) bool { return w[i] > 0 }, newOutput(len(w)))
	return sumF, !done
}

// exactCapacity sets N to the capacity of in when it is finite and small enough: then g
// reaches N exactly at the last cap, with S = 0 after it.
func exactCapacity(in *Input, w []uint64) {
	if in.Cap == nil {
		return
	}
	var capacity uint64
	for i, wi := range w {
		c := in.Cap[i]
		if wi == 0 {
			c = in.floor(i)
		}
		if c == NoCap || c > MaxUnits-capacity {
			return
		}
		capacity += c
	}
	in.N = capacity
}

// TestWaterFillReference: the bucketed water level equals that of the full sort-and-sweep it
// replaced (refWaterFill), on random problems of many shapes (all that special does not
// solve itself).
func TestWaterFillReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tried := 0
	for trial := 0; trial < 6000; trial++ {
		n := 1 + rng.IntN(60)
		switch trial % 10 {
		case 0:
			n = 1 + rng.IntN(3000)
		case 1:
			n = 2 + rng.IntN(4)
		}
		in, w := wfCase(rng, n)
		if trial%8 == 1 {
			exactCapacity(in, w)
		}
		sumF, ok := needsLevel(in, w)
		if !ok {
			continue
		}
		tried++
		L, S := waterFill(in, w, sumF)
		wantL, wantS := refWaterFill(in, w, sumF)
		require.Equal(t, [2]uint64{wantL, wantS}, [2]uint64{L, S}, "trial %d: n=%d N=%d w=%v floor=%v cap=%v", trial, n, in.N, w, in.Floor, in.Cap)
	}
	require.Greater(t, tried, 3000)
}

// TestWaterFillSmall: hand-made problems whose level lies on a breakpoint that is a bucket
// bound (λ = 1), with g constant after it.
func TestWaterFillSmall(t *testing.T) {
	for _, tt := range []struct {
		N           uint64
		w, f, c     []uint64
		wantL, want uint64
	}{
		{1, []uint64{1}, nil, []uint64{1}, 1, 1},
		{3, []uint64{1, 1}, nil, []uint64{1, 2}, 2, 1},
		{2, []uint64{1, 1}, []uint64{0, 1}, []uint64{1, 1}, 1, 1},
		{2, []uint64{1, 3}, []uint64{0, 1}, []uint64{1, 1}, 1, 1},
		{4, []uint64{2, 2, 1}, []uint64{1, 1, 0}, []uint64{2, 2, 0}, 4, 4},
		{5, []uint64{2, 2, 1}, []uint64{1, 1, 0}, []uint64{2, 2, NoCap}, 5, 5},
	} {
		in := &Input{N: tt.N, Floor: tt.f, Cap: tt.c}
		sumF, ok := needsLevel(in, tt.w)
		require.True(t, ok, "%+v", tt)
		L, S := waterFill(in, tt.w, sumF)
		wantL, wantS := refWaterFill(in, tt.w, sumF)
		require.Equal(t, [2]uint64{wantL, wantS}, [2]uint64{L, S}, "%+v", tt)
		require.Equal(t, [2]uint64{tt.wantL, tt.want}, [2]uint64{L, S}, "%+v", tt)
	}
}

// TestWaterFillCrowded: the bucket of λ* holds thousands of breakpoints (weights within a
// few units of each other, floors and caps near λ*·w), so that refine splits it several
// times; and the breakpoints all have one λ.
func TestWaterFillCrowded(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tt := range []struct {
		name   string
		n      int
		spread uint64
	}{{"near", 20_000, 7}, {"one λ", 5000, 0}, {"wide weights", 20_000, 1 << 20}} {
		t.Run(tt.name, func(t *testing.T) {
			for trial := 0; trial < 20; trial++ {
				n := tt.n
				w := make([]uint64, n)
				in := &Input{N: uint64(n) * (990 + uint64(trial)), Floor: make([]uint64, n), Cap: make([]uint64, n)}
				for i := range w {
					w[i] = 1_000_000 + rng.Uint64N(tt.spread+1)
					in.Floor[i] = 980 + rng.Uint64N(tt.spread/65536+1)
					in.Cap[i] = in.Floor[i] + 20 + rng.Uint64N(tt.spread/65536+1) + uint64(trial)
				}
				sumF, ok := needsLevel(in, w)
				require.True(t, ok)
				L, S := waterFill(in, w, sumF)
				wantL, wantS := refWaterFill(in, w, sumF)
				require.Equal(t, [2]uint64{wantL, wantS}, [2]uint64{L, S}, "trial %d", trial)
			}
		})
	}
}

// TestWaterFillBenchCases: the benchmark problems give the reference's level.
func TestWaterFillBenchCases(t *testing.T) {
	for _, n := range []int{356, 10_000, 100_000} {
		for _, maxW := range []uint64{60_000, 60_000_000_000} {
			in, w, sumF := waterFillCase(n, maxW)
			L, S := waterFill(in, w, sumF)
			wantL, wantS := refWaterFill(in, w, sumF)
			require.Equal(t, [2]uint64{wantL, wantS}, [2]uint64{L, S}, "n=%d max weight %d", n, maxW)
		}
	}
}

// keyWant is the key of λ = num/w by its definition, in big.Rat arithmetic.
func keyWant(num, w uint64) uint64 {
	if num == 0 {
		return 0
	}
	lam := new(big.Rat).SetFrac(new(big.Int).SetUint64(num), new(big.Int).SetUint64(w))
	E := 0
	for p := big.NewRat(1, 1); lam.Cmp(p) >= 0; p.Mul(p, big.NewRat(2, 1)) {
		E++
	}
	for p := big.NewRat(1, 2); lam.Cmp(p) < 0; p.Quo(p, big.NewRat(2, 1)) {
		E--
	}
	scaled := new(big.Rat).Mul(lam, pow2(58-E))
	m := new(big.Int).Quo(scaled.Num(), scaled.Denom())
	m.Sub(m, new(big.Int).Lsh(big.NewInt(1), keyFracBits))
	return uint64(E+63)<<keyFracBits | m.Uint64()
}

func pow2(e int) *big.Rat {
	if e >= 0 {
		return new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), uint(e)))
	}
	return new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), uint(-e)))
}

// randFrac draws num ≤ MaxUnits and w ≥ 1 of random bit lengths.
func randFrac(rng *rand.Rand) (num, w uint64) {
	num = rng.Uint64N(MaxUnits+1) >> rng.IntN(63)
	w = max(rng.Uint64()>>rng.IntN(64), 1)
	return num, w
}

// TestKeyOf: keyOf is the key of its definition (exponent, then 57 mantissa bits), equal for
// equal λ and ordered as λ, at the extremes too.
func TestKeyOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	cases := [][2]uint64{{1, 1<<64 - 1}, {MaxUnits, 1}, {1, 1}, {3, 2}, {2, 3}, {0, 7}, {1, 1 << 63}, {MaxUnits, 1<<64 - 1}, {1<<62 - 1, 1}}
	for range 3000 {
		num, w := randFrac(rng)
		cases = append(cases, [2]uint64{num, w})
	}
	for _, c := range cases {
		num, w := c[0], c[1]
		require.Equal(t, keyWant(num, w), keyOf(num, w), "%d/%d", num, w)
		if m := uint64(1 + rng.IntN(5)); num <= MaxUnits/m && w <= (1<<64-1)/m {
			require.Equal(t, keyOf(num, w), keyOf(num*m, w*m), "%d/%d times %d", num, w, m)
		}
		num2, w2 := randFrac(rng)
		if rng.IntN(2) == 0 && num <= MaxUnits-2 { // a neighbour: equal or nearly equal λ
			num2, w2 = num+rng.Uint64N(3), w
		}
		order := mul(num, w2).cmp(mul(num2, w))
		k1, k2 := keyOf(num, w), keyOf(num2, w2)
		if order < 0 {
			require.LessOrEqual(t, k1, k2, "%d/%d < %d/%d", num, w, num2, w2)
		} else if order > 0 {
			require.GreaterOrEqual(t, k1, k2, "%d/%d > %d/%d", num, w, num2, w2)
		}
	}
}

// TestGBelow: gBelow is B + U·S < N in big.Rat arithmetic with U the least λ of key ≥ K, and
// that U is the least: keyOf(U) ≥ K, and a λ just below U has a smaller key.
func TestGBelow(t *testing.T) {
	// U = 1: g(U) = N is not below N; U = 2^−63 and U just below 2^63 at the extremes.
	require.False(t, gBelow(64<<keyFracBits, 1, 1, 2))
	require.True(t, gBelow(64<<keyFracBits, 1, 1, 3))
	require.True(t, gBelow(0, 0, 1<<63, 2))
	require.True(t, gBelow(0, 0, 1<<64-1, 1)) // g(2^−64) < 1
	require.False(t, gBelow(keyExps<<keyFracBits-1, 0, 1, MaxUnits))
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 4000; trial++ {
		K := rng.Uint64N(keyExps<<keyFracBits + 10)
		if trial%3 == 0 { // round keys, like bucket bounds
			K &^= 1<<(keyFracBits-rng.IntN(12)) - 1
		}
		N := 1 + rng.Uint64N(MaxUnits)>>rng.IntN(62)
		B := rng.Uint64N(N)
		S := rng.Uint64() >> rng.IntN(64)
		e := K >> keyFracBits
		if e >= keyExps {
			require.False(t, gBelow(K, B, S, N), "K=%#x", K)
			continue
		}
		x := int(e) - 63 - 58
		P := new(big.Int).SetUint64(1<<keyFracBits | K&(1<<keyFracBits-1))
		U := new(big.Rat).Mul(new(big.Rat).SetInt(P), pow2(x))
		g := new(big.Rat).Mul(U, new(big.Rat).SetUint64(S))
		g.Add(g, new(big.Rat).SetUint64(B))
		want := g.Cmp(new(big.Rat).SetUint64(N)) < 0
		require.Equal(t, want, gBelow(K, B, S, N), "K=%#x B=%d S=%d N=%d", K, B, S, N)
		// U = num/2^j when it fits keyOf's range; then (num−1)/2^j has a smaller key.
		if j := -x; j >= 0 && j < 64 {
			tz := min(j, bitsTrailingZeros(P))
			num := new(big.Int).Rsh(P, uint(tz))
			den := uint64(1) << (j - tz)
			if num.IsUint64() && num.Uint64() <= MaxUnits && num.Uint64() > 1 {
				require.GreaterOrEqual(t, keyOf(num.Uint64(), den), K, "K=%#x", K)
				require.Less(t, keyOf(num.Uint64()-1, den), K, "K=%#x", K)
			}
		}
	}
}

func bitsTrailingZeros(x *big.Int) int { return int(x.TrailingZeroBits()) }

func TestShl(t *testing.T) {
	for _, tt := range []struct {
		x    u128
		k    uint
		want u128
		ok   bool
	}{
		{u128{0, 0}, 200, u128{0, 0}, true},
		{u128{0, 1}, 127, u128{1 << 63, 0}, true},
		{u128{0, 1}, 128, u128{}, false},
		{u128{0, 3}, 64, u128{3, 0}, true},
		{u128{1, 1 << 63}, 1, u128{3, 0}, true},
		{u128{1 << 62, 5}, 1, u128{1 << 63, 10}, true},
		{u128{1 << 62, 5}, 2, u128{}, false},
		{u128{7, 9}, 0, u128{7, 9}, true},
	} {
		got, ok := tt.x.shl(tt.k)
		require.Equal(t, tt.ok, ok, fmt.Sprint(tt))
		if ok {
			require.Equal(t, tt.want, got, fmt.Sprint(tt))
		}
	}
}
