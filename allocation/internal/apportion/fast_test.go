package apportion

import (
	"cmp"
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
		var want []int
		for i, r := range out.Rem {
			if r > 0 {
				want = append(want, i)
			}
		}
		slices.SortFunc(want, func(a, b int) int {
			if c := cmp.Compare(out.Rem[b], out.Rem[a]); c != 0 {
				return c
			}
			if c := cmp.Compare(w[b], w[a]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		require.NotEmpty(t, want)
		for k, i := range want {
			require.Equal(t, k+1, out.Rank[i], "n=%d recipient %d", n, i)
		}
	}
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
			var want []int
			for i, r := range out.Rem {
				if r > 0 {
					want = append(want, i)
				}
			}
			slices.SortFunc(want, func(a, b int) int {
				if c := cmp.Compare(out.Rem[b], out.Rem[a]); c != 0 {
					return c
				}
				if c := cmp.Compare(w[b], w[a]); c != 0 {
					return c
				}
				return cmp.Compare(a, b)
			})
			require.NotEmpty(t, want)
			for k, i := range want {
				require.Equal(t, k+1, out.Rank[i], "recipient %d", i)
				require.Equal(t, uint64(k) < out.Remaining, out.Extra[i], "recipient %d", i)
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
