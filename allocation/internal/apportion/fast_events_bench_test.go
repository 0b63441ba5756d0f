package apportion

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// waterFillCase is the bounded problem of the floorcap benchmarks of package allocation: n
// recipients, N = max(950 000, 10 000·n) units, every recipient a floor of a quarter of the
// mean quota and a cap of 0.75–1.75 times it; weights uniform in 1..maxW.
func waterFillCase(n int, maxW uint64) (*Input, []uint64, uint64) {
	rng := rand.New(rand.NewPCG(7, 8))
	N := uint64(max(950_000, 10_000*n))
	mean := N / uint64(n)
	in := &Input{N: N, Floor: make([]uint64, n), Cap: make([]uint64, n)}
	w := make([]uint64, n)
	var sumF uint64
	for i := range w {
		w[i] = 1 + rng.Uint64N(maxW)
		in.Floor[i] = mean / 4
		in.Cap[i] = mean*3/4 + uint64(i%100)*mean/100
		sumF += in.Floor[i]
	}
	return in, w, sumF
}

// BenchmarkWaterFill measures the water level alone (no quotas, no ranks), with weights like
// children counts (1..60 000) and like 6-decimal weights scaled to integers (1..6·10¹⁰).
func BenchmarkWaterFill(b *testing.B) {
	for _, n := range []int{356, 10_000, 100_000, 1_000_000} {
		for _, wc := range []struct {
			name string
			max  uint64
		}{{"int", 60_000}, {"dec6", 60_000_000_000}} {
			b.Run(fmt.Sprintf("n=%d/w=%s", n, wc.name), func(b *testing.B) {
				in, w, sumF := waterFillCase(n, wc.max)
				b.ReportAllocs()
				for b.Loop() {
					waterFill(in, w, sumF)
				}
			})
		}
	}
}
