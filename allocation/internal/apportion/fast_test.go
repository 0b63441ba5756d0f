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
