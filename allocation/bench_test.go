package allocation

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
)

// baselineLargestRemainder is the physical reference for the benchmarks: plain int64
// largest remainder without floors, caps, validation or explanation (it overflows for large
// pots and weights, which is why the package does not work this way).
func baselineLargestRemainder(n int64, w []int64) []int64 {
	var total int64
	for _, x := range w {
		total += x
	}
	out := make([]int64, len(w))
	rem := make([]int64, len(w))
	idx := make([]int, len(w))
	var sum int64
	for i, x := range w {
		out[i] = n * x / total
		rem[i] = n * x % total
		sum += out[i]
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if rem[a] != rem[b] {
			if rem[a] > rem[b] {
				return -1
			}
			return 1
		}
		return a - b
	})
	for _, i := range idx[:n-sum] {
		out[i]++
	}
	return out
}

// benchRecipients returns n recipients with weights like children counts (integers up to
// 60 000), in id order, and the same weights as int64.
func benchRecipients(n int) ([]Recipient, []int64) {
	rng := rand.New(rand.NewPCG(7, 8))
	recs := make([]Recipient, n)
	ws := make([]int64, n)
	for i := range recs {
		ws[i] = 1 + rng.Int64N(60_000)
		recs[i] = Recipient{ID: fmt.Sprintf("%07d", i), Weight: IntWeight(uint64(ws[i]))}
	}
	return recs, ws
}

var benchPot = lnet.MustNOK("950000")

func BenchmarkBaselineInt64_356(b *testing.B) {
	_, ws := benchRecipients(356)
	for b.Loop() {
		baselineLargestRemainder(950_000, ws)
	}
}

func BenchmarkAllocate_356(b *testing.B) {
	recs, _ := benchRecipients(356)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(benchPot, recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocateDecimalWeights_356(b *testing.B) {
	recs, _ := benchRecipients(356)
	for i := range recs {
		recs[i].Weight = MustWeight(fmt.Sprintf("0.%05d", i*7%100000+1))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(benchPot, recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocateCapped_356(b *testing.B) {
	recs, _ := benchRecipients(356)
	for i := range recs {
		c := must(lnet.NewNOK(int64(2000 + i*3)))
		recs[i].Cap = &c
		recs[i].Floor = lnet.MustNOK("500")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(benchPot, recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSainteLague_356(b *testing.B) {
	recs, _ := benchRecipients(356)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(benchPot, recs, WithMethod(SainteLague)); err != nil {
			b.Fatal(err)
		}
	}
}

const million = 1_000_000

var bigPot = lnet.MustNOK("10000000000")

func BenchmarkBaselineInt64_1M(b *testing.B) {
	_, ws := benchRecipients(million)
	for b.Loop() {
		baselineLargestRemainder(10_000_000_000, ws)
	}
}

func BenchmarkAllocate_1M(b *testing.B) {
	recs, _ := benchRecipients(million)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(bigPot, recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocateCapped_1M(b *testing.B) {
	recs, _ := benchRecipients(million)
	for i := range recs {
		c := must(lnet.NewNOK(int64(10_000 + i%5000)))
		recs[i].Cap = &c
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(bigPot, recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSainteLague_1M(b *testing.B) {
	recs, _ := benchRecipients(million)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Allocate(bigPot, recs, WithMethod(SainteLague)); err != nil {
			b.Fatal(err)
		}
	}
}
