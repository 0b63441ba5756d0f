package allocation

import (
	"fmt"
	"io"
	"math/bits"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/laeringsnettverk/sdk/lnet"
)

// baselineHamilton is the bare-integer floor the benchmarks compare Allocate with: exact
// largest remainder on uint64 weights with 128-bit products (math/bits), the fractional
// parts compared as integers over the shared total, ties by smaller index — no floors, caps,
// validation, ids or explanation. It returns the units of each recipient.
func baselineHamilton(n uint64, w []uint64) []uint64 {
	var total uint64
	for _, x := range w {
		total += x
	}
	out := make([]uint64, len(w))
	rem := make([]uint64, len(w))
	idx := make([]int32, len(w))
	var sum uint64
	for i, x := range w {
		hi, lo := bits.Mul64(n, x)
		out[i], rem[i] = bits.Div64(hi, lo, total)
		sum += out[i]
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		if rem[a] != rem[b] {
			if rem[a] > rem[b] {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	for _, i := range idx[:n-sum] {
		out[i]++
	}
	return out
}

// benchCase is one input of the paired benchmarks.
type benchCase struct {
	recs []Recipient
	w    []uint64 // the same weights as integers over their common denominator
	pot  lnet.NOK
	potU uint64 // the pot in kroner
}

var benchSizes = []int{10, 356, 10_000, 100_000, 1_000_000}

// newBenchCase returns n recipients in id order with weights like children counts
// (integers up to 60 000) or, with decimals, the same with 6 decimals (1–6 significant
// decimals, as a key built from shares has); with bounds, every recipient has a floor of a
// quarter of the mean amount and a cap between 0.75 and 1.75 times it, so many bind.
func newBenchCase(n int, decimals, bounds bool) benchCase {
	rng := rand.New(rand.NewPCG(7, 8))
	potU := uint64(max(950_000, 10_000*n))
	c := benchCase{recs: make([]Recipient, n), w: make([]uint64, n), pot: must(lnet.NewNOK(int64(potU))), potU: potU}
	mean := int64(potU) / int64(n)
	for i := range c.recs {
		r := &c.recs[i]
		r.ID = fmt.Sprintf("%07d", i)
		if decimals {
			c.w[i] = 1 + rng.Uint64N(60_000_000_000)
			r.Weight, _ = FracWeight(c.w[i], 1_000_000)
		} else {
			c.w[i] = 1 + rng.Uint64N(60_000)
			r.Weight = IntWeight(c.w[i])
		}
		if bounds {
			r.Floor = must(lnet.NewNOK(mean / 4))
			cp := must(lnet.NewNOK(mean*3/4 + int64(i%100)*mean/100))
			r.Cap = &cp
		}
	}
	return c
}

func benchName(n int, decimals, bounds bool) string {
	w, b := "int", "plain"
	if decimals {
		w = "dec6"
	}
	if bounds {
		b = "floorcap"
	}
	return fmt.Sprintf("n=%d/w=%s/%s", n, w, b)
}

// BenchmarkPaired runs the baseline and Allocate alternately on the same input, iteration by
// iteration, and reports the median of their per-iteration time ratio ("ratio"), so the
// noise of a shared machine hits both alike. Small inputs repeat inside one timing (200 000
// recipients' worth) so a timing spans milliseconds: the garbage collector's cycles, which
// dominate at small n, then fall on both sides in proportion to what each allocates.
func BenchmarkPaired(b *testing.B) {
	for _, n := range benchSizes {
		for _, decimals := range []bool{false, true} {
			for _, bounds := range []bool{false, true} {
				reps := max(1, 200_000/n)
				b.Run(benchName(n, decimals, bounds), func(b *testing.B) {
					c := newBenchCase(n, decimals, bounds)
					var ratios []float64
					var libSum, baseSum time.Duration
					for b.Loop() {
						t0 := time.Now()
						for range reps {
							baselineHamilton(c.potU, c.w)
						}
						t1 := time.Now()
						for range reps {
							if _, err := Allocate(c.pot, c.recs); err != nil {
								b.Fatal(err)
							}
						}
						t2 := time.Now()
						base, lib := t1.Sub(t0), t2.Sub(t1)
						baseSum += base
						libSum += lib
						ratios = append(ratios, float64(lib)/float64(base))
					}
					sort.Float64s(ratios)
					b.ReportMetric(ratios[len(ratios)/2], "ratio")
					b.ReportMetric(float64(baseSum.Nanoseconds())/float64(b.N*reps), "base-ns/op")
					b.ReportMetric(float64(libSum.Nanoseconds())/float64(b.N*reps), "lib-ns/op")
				})
			}
		}
	}
}

// BenchmarkMemory measures time, bytes and allocations of the baseline and of Allocate
// separately (compare them with benchstat: the baseline is ".../baseline", Allocate
// ".../allocate").
func BenchmarkMemory(b *testing.B) {
	for _, n := range benchSizes {
		for _, decimals := range []bool{false, true} {
			for _, bounds := range []bool{false, true} {
				name := benchName(n, decimals, bounds)
				b.Run(name+"/baseline", func(b *testing.B) {
					c := newBenchCase(n, decimals, bounds)
					b.ReportAllocs()
					for b.Loop() {
						baselineHamilton(c.potU, c.w)
					}
				})
				b.Run(name+"/allocate", func(b *testing.B) {
					c := newBenchCase(n, decimals, bounds)
					b.ReportAllocs()
					for b.Loop() {
						if _, err := Allocate(c.pot, c.recs); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

func BenchmarkSainteLague(b *testing.B) {
	for _, n := range []int{356, 1_000_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			c := newBenchCase(n, false, false)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Allocate(c.pot, c.recs, WithMethod(SainteLague)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBaselineAgrees: the baseline is an exact Hamilton (a benchmark against a wrong
// baseline would mean nothing): it gives the amounts of Allocate without bounds.
func TestBaselineAgrees(t *testing.T) {
	for _, n := range []int{10, 356, 10_000} {
		for _, decimals := range []bool{false, true} {
			c := newBenchCase(n, decimals, false)
			res, err := Allocate(c.pot, c.recs)
			if err != nil {
				t.Fatal(err)
			}
			base := baselineHamilton(c.potU, c.w)
			for i, s := range res.Shares() {
				if s.Units() != base[i] {
					t.Fatalf("n=%d decimals=%v: recipient %d: Allocate %d units, baseline %d", n, decimals, i, s.Units(), base[i])
				}
			}
		}
	}
}

// BenchmarkJSONEncoder writes a result of 10⁴ shares as JSON (the command's output path):
// mostly the exact and rounded text of every key share and quota.
func BenchmarkJSONEncoder(b *testing.B) {
	for _, decimals := range []bool{false, true} {
		for _, bounds := range []bool{false, true} {
			b.Run(benchName(10_000, decimals, bounds), func(b *testing.B) {
				c := newBenchCase(10_000, decimals, bounds)
				res, err := Allocate(c.pot, c.recs)
				if err != nil {
					b.Fatal(err)
				}
				b.ReportAllocs()
				for b.Loop() {
					if err := NewJSONEncoder(io.Discard).EncodeResult(*res); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
