package apportion

import (
	"cmp"
	"math/bits"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRanksWideKeys: when the packed key does not fit 64 bits, the bucket sort on the
// remainder alone ranks exactly as the full order (larger remainder, larger weight, smaller
// index), here with many equal remainders and equal weights.
func TestRanksWideKeys(t *testing.T) {
	const K = 1<<40 + 1
	for _, n := range []int{3, 63, 64, 200, 1000} {
		w := make([]uint64, n)
		for i := range w {
			w[i] = K * uint64(1+i%3)
			if i%7 == 0 {
				w[i] += uint64(i)
			}
		}
		out, err := Solve(&Input{N: 1000, Method: LargestRemainder}, w)
		require.NoError(t, err)
		want := rankOrder(out, w)
		require.NotEmpty(t, want)
		for k, i := range want {
			require.Equal(t, k+1, out.RankAt(i), "n=%d recipient %d", n, i)
		}
	}
}

// rankOrder returns the recipients with a positive fractional part in the order of their
// ranks, by the full comparison: larger remainder, then larger weight, then smaller index.
func rankOrder(out *Output, w []uint64) []int {
	rem := remainders(out, len(w))
	var want []int
	for i, r := range rem {
		if r > 0 {
			want = append(want, i)
		}
	}
	slices.SortFunc(want, func(a, b int) int {
		if c := cmp.Compare(rem[b], rem[a]); c != 0 {
			return c
		}
		if c := cmp.Compare(w[b], w[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	return want
}

// remainders returns the numerators of the fractional parts of the n quotas of out.
func remainders(out *Output, n int) []uint64 {
	rem := make([]uint64, n)
	for i := range rem {
		_, rem[i] = out.Quota(i)
	}
	return rem
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// TestRanksPackedTies: on the packed path (S−rem and the index in 64 bits), runs of equal
// remainders with different weights are ranked by the larger weight, then the smaller index.
func TestRanksPackedTies(t *testing.T) {
	tests := []struct {
		name string
		n    int
		w    func(i int) uint64
		N    uint64
	}{
		{"tiny", 4, func(i int) uint64 { return []uint64{1, 3, 2, 2}[i] }, 4},
		{"few weights, small", 40, func(i int) uint64 { return uint64(1 + i%5) }, 37},
		{"few weights, bucketed", 1000, func(i int) uint64 { return uint64(1 + (i*7)%11) }, 999},
		{"mirrored remainders", 3000, func(i int) uint64 { return uint64(1 + i%4*2) }, 1001},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := make([]uint64, tt.n)
			for i := range w {
				w[i] = tt.w(i)
			}
			out, err := Solve(&Input{N: tt.N, Method: LargestRemainder}, w)
			require.NoError(t, err)
			want := rankOrder(out, w)
			require.NotEmpty(t, want)
			for k, i := range want {
				require.Equal(t, k+1, out.RankAt(i), "recipient %d", i)
				require.Equal(t, uint64(k) < out.Remaining, out.ExtraAt(i), "recipient %d", i)
				whole, _ := out.Quota(i)
				require.Equal(t, whole+b2u(uint64(k) < out.Remaining), out.UnitsAt(i), "recipient %d", i)
			}
		})
	}
}

// TestSortEvents: the packed bucket sort of breakpoints gives exactly the order of
// compareEvents, for breakpoints below 1, around 1 and far above (fixed-point keys of every width),
// with many equal and nearly equal λ.
func TestSortEvents(t *testing.T) {
	tests := []struct {
		name     string
		n        int
		num, wgt func(i int) uint64
	}{
		{"tiny λ", 500, func(i int) uint64 { return uint64(1 + i%17) }, func(i int) uint64 { return 1<<40 + uint64(i%13) }},
		{"λ near 1", 300, func(i int) uint64 { return uint64(100 + i%7) }, func(i int) uint64 { return uint64(99 + i%5) }},
		{"large λ", 1000, func(i int) uint64 { return 1<<61 - uint64(i%29) }, func(i int) uint64 { return uint64(1 + i%3) }},
		{"equal λ", 200, func(i int) uint64 { return uint64(2 * (1 + i%4)) }, func(i int) uint64 { return uint64(1 + i%4) }},
		{"few", 5, func(i int) uint64 { return uint64(5 - i) }, func(i int) uint64 { return 3 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := make([]uint64, tt.n)
			ev := make([]event, 0, 2*tt.n)
			for i := range w {
				w[i] = tt.wgt(i)
			}
			for i := range w {
				for _, leave := range []bool{false, true} {
					num := tt.num(i)
					if leave {
						num += uint64(i % 3)
					}
					ev = append(ev, event{num: num, i: int32(i), leave: leave})
				}
			}
			order := sortEvents(ev, w)
			want := slices.Clone(ev)
			slices.SortFunc(want, func(a, b event) int { return compareEvents(&a, &b, w) })
			require.Len(t, order, len(ev))
			for k, j := range order {
				require.Equal(t, want[k], ev[j], "position %d", k)
			}
		})
	}
}

// TestSortInPlace: the in-place bucket sort sorts like slices.Sort, for every width, with
// duplicates, skewed keys (every key in one bucket) and sizes around its thresholds.
func TestSortInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 255, 256, 257, 1000, 4099, 20000} {
		for _, width := range []int{1, 9, 20, 40, 63, 64} {
			for _, kind := range []string{"uniform", "duplicates", "skewed"} {
				keys := make([]uint64, n)
				for i := range keys {
					switch kind {
					case "uniform":
						keys[i] = rng.Uint64()
					case "duplicates":
						keys[i] = rng.Uint64N(7) << 50
					case "skewed":
						keys[i] = rng.Uint64N(1000)
					}
					if width < 64 {
						keys[i] &= 1<<width - 1
					}
				}
				want := slices.Clone(keys)
				slices.Sort(want)
				sortInPlace(keys, width)
				require.Equal(t, want, keys, "n=%d width=%d %s", n, width, kind)
			}
		}
	}
}

// TestRanksShiftedKeys: with 6-decimal-like weights the packed remainder is shifted (its low
// bits dropped); runs of equal top bits are put in exact order, with exact ties of the
// remainder broken by the larger weight, then the smaller index.
func TestRanksShiftedKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range []struct {
		n           int
		consecutive bool
	}{{30, false}, {300, false}, {5000, false}, {300, true}, {5000, true}} {
		n := tc.n
		w := make([]uint64, n)
		top := uint64(1<<63) / uint64(n) // Σw fits 64 bits
		N := uint64(n) * 1234567
		for i := range w {
			w[i] = 1 + rng.Uint64N(top)
			if i%5 == 0 { // equal and proportional weights: exact ties of the remainder
				w[i] = top / 4 * uint64(1+i%3)
			}
			if tc.consecutive { // remainders 3i apart: many distinct ones share their top bits
				w[i], N = top/2+uint64(i), 3
			}
		}
		out, err := Solve(&Input{N: N, Method: LargestRemainder}, w)
		require.NoError(t, err)
		require.Greater(t, bits.Len64(out.Den)+bits.Len(uint(n)), 64, "n=%d: the keys must be shifted", n)
		want := rankOrder(out, w)
		for k, i := range want {
			require.Equal(t, k+1, out.RankAt(i), "n=%d recipient %d", n, i)
		}
	}
}

// TestRankRemaindersShiftedRuns: when the packed keys drop low bits, distinct remainders
// share their top bits; their runs are put in exact order even where the exact order is the
// opposite of the weights' (λ·w_i wraps around S, so the larger weight has the smaller
// remainder).
func TestRankRemaindersShiftedRuns(t *testing.T) {
	const n = 4000
	S := uint64(1<<62 + 12345)
	L := S - 3 // rem_i = −3·w_i mod S = S − 3·w_i
	w := make([]uint64, n)
	for i := range w {
		w[i] = 1000 + uint64(i%50) // 50 distinct remainders 3 apart: one run per top-bit value
	}
	out := &Output{L: L, Den: S, w: w, lr: true, Rank: make([]int32, n)}
	ib := uint(bits.Len64(n))
	shift := uint(bits.Len64(S) + int(ib) - 64)
	require.Positive(t, shift)
	keys := make([]uint64, 0, n)
	for i := range w {
		_, r := out.Quota(i)
		require.Equal(t, S-3*w[i], r)
		keys = append(keys, (S-r)>>shift<<ib|uint64(i))
	}
	rankRemainders(w, out, keys, ib, shift)
	// Larger remainder = smaller weight first; equal weights by index.
	want := make([]int, n)
	for i := range want {
		want[i] = i
	}
	slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(w[a], w[b]) })
	for k, i := range want {
		require.Equal(t, k+1, out.RankAt(i), "recipient %d (weight %d)", i, w[i])
	}
}

// TestCapacity: the capacity sum saturates instead of wrapping (four caps of 2^62 would wrap a
// uint64), an uncapped positive weight is unbounded, and a zero weight counts its floor.
func TestCapacity(t *testing.T) {
	big4 := []uint64{MaxUnits, MaxUnits, MaxUnits, MaxUnits}
	tests := []struct {
		name     string
		in       Input
		w        []uint64
		N        uint64
		sum      uint64
		enoughAt bool
	}{
		{"caps past 2^64 saturate", Input{Cap: big4}, []uint64{1, 1, 1, 1}, MaxUnits, 1 << 63, true},
		{"uncapped positive weight", Input{Cap: []uint64{3, NoCap}}, []uint64{1, 1}, MaxUnits, 3, true},
		{"zero weight counts its floor", Input{Floor: []uint64{5, 0}, Cap: []uint64{NoCap, 2}}, []uint64{0, 1}, 8, 7, false},
		{"exactly enough", Input{Cap: []uint64{3, 5}}, []uint64{1, 1}, 8, 8, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cp capacity
			for i := range tt.w {
				cp.add(&tt.in, i, tt.w[i] > 0)
			}
			require.Equal(t, tt.sum, cp.sum)
			require.Equal(t, tt.enoughAt, cp.enough(tt.N))
		})
	}
}
