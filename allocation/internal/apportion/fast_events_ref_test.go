package apportion

import (
	"cmp"
	"math/bits"
	"slices"
)

// refWaterFill is the sweep waterFill replaced, kept as the reference of the tests: every
// breakpoint an event struct, all of them sorted (sortEvents), then swept in order.
func refWaterFill(in *Input, w []uint64, sumF uint64) (L, S uint64) {
	B := sumF
	nEv := 0
	for i, wi := range w {
		if wi == 0 {
			continue
		}
		if in.floor(i) != 0 {
			nEv++
		}
		if in.cap(i) != NoCap {
			nEv++
		}
	}
	ev := make([]event, 0, nEv)
	add := func(num uint64, i int, leave bool) {
		ev = append(ev, event{num: num, i: int32(i), leave: leave})
	}
	for i, wi := range w {
		if wi == 0 {
			continue
		}
		f, c := in.floor(i), in.cap(i)
		if f == 0 {
			S += wi
		} else {
			add(f, i, false)
		}
		if c != NoCap {
			add(c, i, true)
		}
	}
	if len(ev) > 0 {
		order := sortEvents(ev, w)
		at := func(k int) event { return ev[order[k]] }
		for k := 0; k < len(ev); {
			p, q := at(k).num, w[at(k).i]
			// Stop at the first breakpoint t = p/q with g(t) = B + t·S ≥ N.
			if mul(p, S).cmp(mul(in.N-B, q)) >= 0 {
				break
			}
			for ; k < len(ev) && mul(at(k).num, q) == mul(p, w[at(k).i]); k++ {
				if e := at(k); e.leave {
					B += e.num
					S -= w[e.i]
				} else {
					B -= e.num
					S += w[e.i]
				}
			}
		}
	}
	return in.N - B, S
}

// compareEvents is the exact order of breakpoints: by λ = num/w (cross-multiplication in
// 128 bits), entering before leaving, then by index.
func compareEvents(a, b *event, w []uint64) int {
	if c := mul(a.num, w[b.i]).cmp(mul(b.num, w[a.i])); c != 0 {
		return c
	}
	if a.leave != b.leave {
		if !a.leave {
			return -1
		}
		return 1
	}
	return cmp.Compare(a.i, b.i)
}

// sortEvents returns the order of the breakpoints ev (their indices, as the low bits of
// keys). Each breakpoint λ = num/w_i has the exact-floor fixed-point key ⌊num·2^64/w_i⌋
// (128 bits; x < y when ⌊x⌋ < ⌊y⌋); it packs the top 64−bits(n) significant bits of that
// key, normalised to the largest, with the event's index into one uint64, bucket-sorts
// those in linear time, and compares exactly (compareEvents) only inside runs of equal top
// bits.
func sortEvents(ev []event, w []uint64) []uint64 {
	n := len(ev)
	ib := bits.Len64(uint64(n))
	buf := make([]uint64, 2*n)
	keys, tmp := buf[:n:n], buf[n:] // first the fixed-point keys (hi in keys, lo in tmp)
	var maxHi, maxLo uint64
	for k := range ev {
		e := &ev[k]
		wi := w[e.i]
		hi, r := e.num/wi, e.num%wi
		lo, _ := bits.Div64(r, 0, wi)
		keys[k], tmp[k] = hi, lo
		if hi > maxHi || hi == maxHi && lo > maxLo {
			maxHi, maxLo = hi, lo
		}
	}
	width := bits.Len64(maxLo)
	if maxHi != 0 {
		width = 64 + bits.Len64(maxHi)
	}
	shift := width - (64 - ib) // keep the top 64−ib significant bits of the key
	for k := range keys {
		hi, lo := keys[k], tmp[k]
		var top uint64
		switch {
		case shift <= 0:
			top = lo << -shift // width ≤ 64: hi is 0
		case shift >= 64:
			top = hi >> (shift - 64)
		default:
			top = hi<<(64-shift) | lo>>shift
		}
		keys[k] = top<<ib | uint64(k)
	}
	bucketSort(keys, tmp, 64)
	mask := uint64(1)<<ib - 1
	for start := 0; start < n; {
		end := start + 1
		for end < n && keys[end]>>ib == keys[start]>>ib {
			end++
		}
		if end-start > 1 {
			slices.SortFunc(keys[start:end], func(a, b uint64) int { return compareEvents(&ev[a&mask], &ev[b&mask], w) })
		}
		start = end
	}
	for k := range keys {
		keys[k] &= mask
	}
	return keys
}

// bucketSort sorts keys of at most width significant bits. It distributes them by their top
// bits into between n/2 and n buckets in one counting pass, then sorts each bucket: linear
// time for the near-uniform fractional parts of real keys, O(n log n) at worst.
// tmp is scratch of the same length.
func bucketSort(keys, tmp []uint64, width int) {
	n := len(keys)
	if n < 64 {
		slices.Sort(keys)
		return
	}
	lb := min(bits.Len(uint(n))-1, width) // 2^lb buckets, 2^lb ≤ n
	shift := uint(width - lb)
	end := make([]int32, 1<<lb) // first the counts, then the starts, then the ends
	for _, k := range keys {
		end[k>>shift]++
	}
	var sum int32
	for b, c := range end {
		end[b] = sum
		sum += c
	}
	sorted := tmp[:n]
	for _, k := range keys {
		b := k >> shift
		sorted[end[b]] = k
		end[b]++
	}
	start := int32(0)
	for _, e := range end {
		sortBucket(sorted[start:e], 12)
		start = e
	}
	copy(keys, sorted)
}
