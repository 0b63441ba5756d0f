package apportion

import (
	"cmp"
	"math/bits"
	"slices"
)

// u128 is an unsigned 128-bit integer, enough for the product of two uint64.
type u128 struct{ hi, lo uint64 }

func mul(a, b uint64) u128 {
	hi, lo := bits.Mul64(a, b)
	return u128{hi, lo}
}

func (x u128) cmp(y u128) int {
	if x.hi != y.hi {
		return cmp.Compare(x.hi, y.hi)
	}
	return cmp.Compare(x.lo, y.lo)
}

// Solve solves in for the weights w on the fast path: every product of two values fits in
// 128 bits. It returns ErrTooWide if Σw overflows a uint64; the caller then uses SolveBig.
func Solve(in *Input, w []uint64) (*Output, error) {
	out := new(Output)
	if err := SolveInto(out, in, w); err != nil {
		return nil, err
	}
	return out, nil
}

// SolveInto is Solve writing the solution into out, which must be the zero Output, e.g.
// one inside a freshly allocated block of the caller's. out keeps referring to in's floors
// and caps and to w, which must not change while out is used.
func SolveInto(out *Output, in *Input, w []uint64) error {
	n := len(w)
	if err := in.check(n); err != nil {
		return err
	}
	var total, sumF uint64
	var cp capacity
	for i, wi := range w {
		var c uint64
		if total, c = bits.Add64(total, wi, 0); c != 0 {
			return ErrTooWide
		}
		if sumF += in.floor(i); sumF > in.N { // no overflow: sumF ≤ N ≤ 2^62 before, floor ≤ 2^62
			return ErrInfeasibleFloors
		}
		cp.add(in, i, wi > 0)
	}
	out.initFast(in, w)
	if done, err := special(in, n, sumF, total == 0, cp, func(i int) bool { return w[i] > 0 }, out); done || err != nil {
		return err
	}
	L, S := in.N, total // no floors and caps: λ* = N/Σw
	if in.Floor != nil || in.Cap != nil {
		L, S = waterFill(in, w, sumF)
	}
	out.L, out.Den = L, S

	// Quotas q_i = clamp(L·w_i/S, F_i, C_i) as whole + rem/S. They are recomputed on demand
	// (Output.Quota); here they give Σ⌊q_i⌋ and, for largest remainder, the sort keys of the
	// positive remainders: (S−rem)>>shift packed above the index i (ib bits), so that the
	// keys ascend in rank order but for ties of the packed part.
	ib := uint(bits.Len64(uint64(n)))
	shift := uint(max(0, bits.Len64(S)+int(ib)-64))
	var small [smallN]uint64 // on the stack: no allocation for the keys of a small problem
	var keys []uint64
	lr := in.Method == LargestRemainder
	if lr {
		if n <= smallN {
			keys = small[:0:n]
		} else {
			keys = make([]uint64, 0, n)
		}
	}
	var sumWhole uint64
	if in.Floor == nil && in.Cap == nil {
		for i, wi := range w {
			hi, lo := bits.Mul64(L, wi)
			q, r := bits.Div64(hi, lo, S) // L·w_i ≤ L·S: no overflow of the quotient
			sumWhole += q
			if r > 0 && lr {
				keys = append(keys, (S-r)>>shift<<ib|uint64(i))
			}
		}
	} else {
		for i, wi := range w {
			f, c := in.floor(i), in.cap(i)
			switch {
			case wi == 0:
				sumWhole += f
				if f > 0 {
					out.Bound[i] = Floored
				}
			default:
				prod := mul(L, wi)
				if f > 0 && prod.cmp(mul(f, S)) < 0 {
					out.Bound[i] = Floored
					sumWhole += f
				} else if c != NoCap && prod.cmp(mul(c, S)) > 0 {
					out.Bound[i] = Capped
					sumWhole += c
				} else {
					q, r := bits.Div64(prod.hi, prod.lo, S)
					sumWhole += q
					if r > 0 && lr {
						keys = append(keys, (S-r)>>shift<<ib|uint64(i))
					}
				}
			}
		}
	}
	out.Remaining = in.N - sumWhole
	if !lr {
		divisorFast(in, w, out)
		return nil
	}
	rankRemainders(w, out, keys, ib, shift)
	return nil
}

// waterFill finds λ* = L/S with Σ clamp(λ*·w_i, F_i, C_i) = N; sumF is ΣF_i. Without floors
// and caps it is N/Σw. The breakpoints (λ = F_i/w_i, where recipient i enters the free set,
// and λ = C_i/w_i, where it leaves it) are not sorted. One pass puts each into a bucket of
// its monotone key (keyOf: the binary exponent and top mantissa bits of λ) and sums the
// changes of B and S per bucket; a walk over the buckets in order finds the first one at
// whose upper bound g(λ) = B + λ·S reaches N (exactly, gBelow); only that bucket's
// breakpoints are refined (refine), and at last sorted and swept exactly. O(n) expected,
// O(n log n) at worst (many breakpoints with nearly equal λ). It allocates the bucket sums
// (127·2^mb of 16 bytes, mb ≤ 5), 2 bytes per breakpoint, and the breakpoints of the one
// bucket refined.
func waterFill(in *Input, w []uint64, sumF uint64) (L, S uint64) {
	if in.Floor == nil && in.Cap == nil { // no breakpoints: λ* = N/Σw
		for _, wi := range w {
			S += wi // Solve checked that Σw fits
		}
		return in.N, S
	}
	mb := uint(min(max(bits.Len(uint(2*len(w)))-10, 0), 5)) // mantissa bits of the buckets
	sh := uint(keyFracBits) - mb                            // bucket = key >> sh
	var small [keyExps]evSum                                // on the stack for up to ~1 000 recipients
	buckets := small[:]
	if mb > 0 {
		buckets = make([]evSum, keyExps<<mb)
	}
	where := make([]uint16, 2*len(w)) // bucket+1 of breakpoint k = 2i+leave; 0: none
	var capSum uint64                 // Σ min(C_i, N), saturated at 2^63
	for i, wi := range w {
		if wi == 0 {
			continue
		}
		f, c := in.floor(i), in.cap(i)
		if f == 0 {
			S += wi
		} else {
			b := keyOf(f, wi) >> sh
			where[2*i] = uint16(b + 1)
			u := &buckets[b]
			u.dB -= f
			u.dS += wi
		}
		if c != NoCap {
			b := keyOf(c, wi) >> sh
			where[2*i+1] = uint16(b + 1)
			// A cap C ≥ N counts as N: once passed, B ≥ N either way and the walk stops.
			c = min(c, in.N)
			u := &buckets[b]
			u.dB += c
			u.dS -= wi
			capSum = min(capSum+c, 1<<63) // no overflow: capSum ≤ 2^63, c ≤ 2^62
		}
	}
	B := sumF
	if capSum >= 1<<63 {
		// B could pass 2^64 inside the wrapping sums: sort and sweep all breakpoints.
		return sweep(in, w, collect(in, w, where, 0), B, S)
	}
	// B ≤ ΣF_i + capSum < 2^64 and S ≤ Σw < 2^64 at every point: the wrapping sums are exact.
	for b := range buckets {
		u := &buckets[b]
		B2, S2 := B+u.dB, S+u.dS
		if B2 >= in.N || !gBelow(uint64(b+1)<<sh, B2, S2, in.N) {
			return refine(in, w, collect(in, w, where, uint16(b+1)), sh, B, S)
		}
		B, S = B2, S2
	}
	return in.N - B, S // every breakpoint passed (not reached: the last bucket has no upper bound)
}

// capacity sums what the recipients can take at most: a zero weight its floor, a positive
// one its cap. The sum saturates at 2^63, above any N; unbounded records an uncapped
// positive weight.
type capacity struct {
	sum       uint64
	unbounded bool
}

func (c *capacity) add(in *Input, i int, positive bool) {
	switch {
	case !positive:
		c.sum += in.floor(i)
	case in.cap(i) == NoCap:
		c.unbounded = true
		return
	default:
		c.sum += in.cap(i)
	}
	c.sum = min(c.sum, 1<<63) // no overflow: ≤ 2^63 before, the addend ≤ MaxUnits = 2^62
}

// enough reports whether the recipients can take N units.
func (c capacity) enough(N uint64) bool { return c.unbounded || c.sum >= N }

// special handles the cases without a finite positive λ: all weights zero, total capacity
// below N (λ = ∞, the rest unallocated) and floors that use up N exactly (λ = 0). It
// reports whether it solved the problem.
func special(in *Input, n int, sumF uint64, allZero bool, cp capacity, positive func(int) bool, out *Output) (bool, error) {
	if allZero {
		if sumF < in.N {
			return true, ErrZeroWeights
		}
		for i := 0; i < n; i++ {
			setFixed(out, i, in.floor(i), Floored)
		}
		return true, nil
	}
	if capacity := cp.sum; !cp.enough(in.N) { // capacity < N: exact, not saturated
		for i := 0; i < n; i++ {
			if positive(i) {
				setFixed(out, i, in.cap(i), Capped)
				out.Bound[i] = Capped // λ = ∞ exceeds every cap, even a zero one
			} else {
				setFixed(out, i, in.floor(i), Floored)
			}
		}
		out.Unallocated = in.N - capacity
		return true, nil
	}
	if sumF == in.N {
		for i := 0; i < n; i++ {
			setFixed(out, i, in.floor(i), Floored)
		}
		return true, nil
	}
	return false, nil
}

// setFixed gives recipient i exactly v units; b is its bound when v > 0. On the fast path
// only the bound (and a divisor method's units) are stored; the quota follows from it.
func setFixed(out *Output, i int, v uint64, b Bound) {
	if out.Stored != nil && out.Whole != nil {
		out.Whole[i] = v
	}
	if out.Stored != nil && out.Units != nil {
		out.Units[i] = v
	}
	if v > 0 {
		out.Bound[i] = b
	}
}

// divisorFast replaces the largest-remainder units of out by those of the divisor method
// in.Method. It starts from the units of the threshold λ* of the exact quotas (a prefix of
// the sequential highest-averages order) and corrects with a heap: O(n log n).
func divisorFast(in *Input, w []uint64, out *Output) {
	S := out.Den
	var sum uint64
	for i, wi := range w {
		a, r := out.Quota(i)
		if wi > 0 && out.BoundAt(i) == Free {
			switch in.Method {
			case Jefferson:
				if r == 0 && a > 0 {
					a--
				}
			case Webster:
				if r > S-r {
					a++
				}
			}
			a = max(a, in.floor(i))
		}
		out.Units[i] = a
		sum += a
	}
	d := func(s uint64) uint64 { // the divisor d(s), doubled for Webster
		if in.Method == Webster {
			return 2*s + 1
		}
		return s + 1
	}
	// better reports whether unit s of recipient i comes before unit t of recipient j.
	better := func(i int32, s uint64, j int32, t uint64) bool {
		if c := mul(w[i], d(t)).cmp(mul(w[j], d(s))); c != 0 {
			return c > 0
		}
		if w[i] != w[j] {
			return w[i] > w[j]
		}
		return i < j
	}
	var h []int32
	switch {
	case sum < in.N: // give the best next units
		for i, wi := range w {
			if wi > 0 && out.Units[i] < in.cap(i) {
				h = append(h, int32(i))
			}
		}
		less := func(a, b int32) bool { return better(a, out.Units[a], b, out.Units[b]) }
		heapify(h, less)
		for ; sum < in.N && len(h) > 0; sum++ {
			i := h[0]
			out.Units[i]++
			if out.Units[i] >= in.cap(int(i)) {
				h = heapPop(h, less)
			} else {
				siftDown(h, 0, less)
			}
		}
	case sum > in.N: // take back the worst last units
		for i, wi := range w {
			if wi > 0 && out.Units[i] > in.floor(i) {
				h = append(h, int32(i))
			}
		}
		less := func(a, b int32) bool { return better(b, out.Units[b]-1, a, out.Units[a]-1) }
		heapify(h, less)
		for ; sum > in.N && len(h) > 0; sum-- {
			i := h[0]
			out.Units[i]--
			if out.Units[i] <= in.floor(int(i)) {
				h = heapPop(h, less)
			} else {
				siftDown(h, 0, less)
			}
		}
	}
}

func heapify(h []int32, less func(a, b int32) bool) {
	for i := len(h)/2 - 1; i >= 0; i-- {
		siftDown(h, i, less)
	}
}

func siftDown(h []int32, i int, less func(a, b int32) bool) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && less(h[r], h[l]) {
			m = r
		}
		if !less(h[m], h[i]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
}

func heapPop(h []int32, less func(a, b int32) bool) []int32 {
	last := len(h) - 1
	h[0] = h[last]
	h = h[:last]
	if len(h) > 0 {
		siftDown(h, 0, less)
	}
	return h
}

// rankRemainders ranks the recipients with a positive fractional part (largest first, ties
// by larger weight, then smaller index) in out.Rank; the first out.Remaining of them get a
// remainder unit (Output.ExtraAt). keys holds one packed key per candidate: (S−rem)>>shift
// in the high bits, the index in the low ib bits. It sorts them in place in linear expected
// time, then puts in exact order only the runs of equal packed remainders: with shift 0 they
// are ties of the remainder, ordered by the larger weight (already by index); with shift > 0
// the exact remainders decide first.
func rankRemainders(w []uint64, out *Output, keys []uint64, ib, shift uint) {
	width := 64
	if shift == 0 {
		width = bits.Len64(out.Den) + int(ib)
	}
	sortInPlace(keys, width)
	mask := uint64(1)<<ib - 1
	rem := func(i uint64) uint64 { _, r := out.Quota(int(i)); return r }
	for start := 0; start < len(keys); {
		top, wi := keys[start]>>ib, w[keys[start]&mask]
		end, mixed := start+1, false
		for ; end < len(keys) && keys[end]>>ib == top; end++ {
			mixed = mixed || w[keys[end]&mask] != wi
		}
		switch {
		case end-start == 1:
		case shift > 0: // exact remainders, then larger weight, then smaller index
			slices.SortFunc(keys[start:end], func(a, b uint64) int {
				if ra, rb := rem(a&mask), rem(b&mask); ra != rb {
					return cmp.Compare(rb, ra)
				}
				if wa, wb := w[a&mask], w[b&mask]; wa != wb {
					return cmp.Compare(wb, wa)
				}
				return cmp.Compare(a&mask, b&mask)
			})
		case mixed: // equal remainders, different weights: larger weight first, stable
			slices.SortStableFunc(keys[start:end], func(a, b uint64) int { return cmp.Compare(w[b&mask], w[a&mask]) })
		}
		start = end
	}
	for k, key := range keys {
		out.Rank[key&mask] = int32(k + 1)
	}
}

// sortInPlace sorts keys of at most width significant bits ascending, in place: one
// distribution by the top bits into between n/8 and n/4 buckets (American flag sort), then an
// insertion sort inside each bucket. Linear time for the near-uniform fractional parts of
// real keys, O(n log n) at worst; its only scratch is two counters per bucket (≤ 2 bytes
// per key).
func sortInPlace(keys []uint64, width int) {
	n := len(keys)
	if n < 256 {
		slices.Sort(keys)
		return
	}
	lb := min(bits.Len(uint(n))-3, width) // 2^lb buckets, n/8 < 2^lb ≤ n/4
	shift := uint(width - lb)
	nb := 1 << lb
	buf := make([]int32, 2*nb)
	next, end := buf[:nb:nb], buf[nb:]
	for _, k := range keys {
		end[k>>shift]++
	}
	var sum int32
	for b := range nb {
		next[b] = sum
		sum += end[b]
		end[b] = sum
	}
	for b := range nb {
		for next[b] < end[b] {
			v := keys[next[b]]
			for d := int(v >> shift); d != b; d = int(v >> shift) {
				keys[next[d]], v = v, keys[next[d]]
				next[d]++
			}
			keys[next[b]] = v
			next[b]++
		}
	}
	start := int32(0)
	for _, e := range end {
		sortBucket(keys[start:e], 16)
		start = e
	}
}

// sortBucket sorts one bucket of keys: by insertion when it has at most small keys (the
// common case of a few), else by pdqsort.
func sortBucket(part []uint64, small int) {
	if len(part) > small {
		slices.Sort(part)
		return
	}
	for i := 1; i < len(part); i++ {
		for j := i; j > 0 && part[j] < part[j-1]; j-- {
			part[j], part[j-1] = part[j-1], part[j]
		}
	}
}
