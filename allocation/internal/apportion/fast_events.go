package apportion

import (
	"cmp"
	"math/bits"
	"slices"
)

// The key of a breakpoint λ > 0 with binary exponent E (2^(E−1) ≤ λ < 2^E, −63 ≤ E ≤ 63
// for λ = num/w with 1 ≤ num ≤ 2^62, 1 ≤ w < 2^64) is (E+63)·2^57 + ⌊λ·2^(58−E)⌋ − 2^57: 7
// bits of exponent, then the first 57 bits of the mantissa after its leading one. The key
// of λ = 0 is 0. A key is a function of the value of λ alone and non-decreasing in λ: equal
// λ have equal keys, and λ < μ when key(λ) < key(μ). Its top bits number the buckets.
const (
	keyFracBits = 57
	keyExps     = 127 // exponents −63..63
)

// keyOf returns the key of λ = num/w (w > 0, num ≤ MaxUnits) with one 128/64 division.
func keyOf(num, w uint64) uint64 {
	if num == 0 {
		return 0
	}
	// k = ⌊λ·2^s⌋ with s chosen so that 2^62 < k < 2^64: λ < 2^(len(num)−len(w)+1), so
	// num·2^s < w·2^64 (the division fits) and num·2^s has at most len(w)+63 ≤ 127 bits.
	s := uint(63 - bits.Len64(num) + bits.Len64(w)) // 1 ≤ s ≤ 126
	var hi, lo uint64
	if s < 64 {
		hi, lo = num>>(64-s), num<<s
	} else {
		hi = num << (s - 64)
	}
	k, _ := bits.Div64(hi, lo, w)
	l := uint(bits.Len64(k)) // 63 or 64: E = l − s, and ⌊λ·2^(58−E)⌋ = k >> (l−58)
	return uint64(l+63-s)<<keyFracBits | k>>(l-58)&(1<<keyFracBits-1)
}

// gBelow reports whether g(U) = B + U·S < N, exactly, at U the least λ whose key is at
// least K, U = (2^57 + F)·2^(E−58) for K = (E+63)·2^57 + F; false if no λ has such a key
// (K ≥ 127·2^57). B < N.
func gBelow(K, B, S, N uint64) bool {
	e := K >> keyFracBits // E + 63
	if e >= keyExps {
		return false
	}
	x := int(e) - 63 - (keyFracBits + 1) // U = P·2^x
	lhs, rhs := mul(1<<keyFracBits|K&(1<<keyFracBits-1), S), u128{0, N - B}
	var ok bool
	if x >= 0 {
		if lhs, ok = lhs.shl(uint(x)); !ok {
			return false // P·S·2^x ≥ 2^128 > N − B
		}
	} else if rhs, ok = rhs.shl(uint(-x)); !ok {
		return true // (N−B)·2^−x ≥ 2^128 > P·S (58 + 64 bits)
	}
	return lhs.cmp(rhs) < 0
}

// shl returns x·2^k, and false if it does not fit 128 bits.
func (x u128) shl(k uint) (u128, bool) {
	width := bits.Len64(x.lo)
	if x.hi != 0 {
		width = 64 + bits.Len64(x.hi)
	}
	switch {
	case width == 0 || k == 0:
		return x, true
	case width+int(k) > 128:
		return x, false
	case k >= 64: // x.hi = 0
		return u128{x.lo << (k - 64), 0}, true
	}
	return u128{x.hi<<k | x.lo>>(64-k), x.lo << k}, true
}

// evSum sums breakpoints: the changes of B (−F_i when recipient i enters the free set,
// +min(C_i, N) when it leaves it) and of S (±w_i), both wrapping.
type evSum struct{ dB, dS uint64 }

// evKey is breakpoint k = 2i+leave (the floor or the cap of recipient i) with its key;
// n < 2^31 as for the int32 indices of Solve.
type evKey struct {
	key uint64
	k   uint32
}

// at returns the breakpoint k as λ = p/q: p is F_i or C_i, q = w_i.
func at(in *Input, w []uint64, k uint32) (p, q uint64) {
	i := int(k >> 1)
	if k&1 == 0 {
		return in.floor(i), w[i]
	}
	return in.cap(i), w[i]
}

// collect returns the breakpoints with where[k] = bucket (all of them for bucket 0), with
// their keys.
func collect(in *Input, w []uint64, where []uint16, bucket uint16) []evKey {
	n := 0
	for _, v := range where {
		if v == bucket && v != 0 || bucket == 0 && v != 0 {
			n++
		}
	}
	ev := make([]evKey, 0, n)
	for k, v := range where {
		if v == bucket && v != 0 || bucket == 0 && v != 0 {
			p, q := at(in, w, uint32(k))
			ev = append(ev, evKey{keyOf(p, q), uint32(k)})
		}
	}
	return ev
}

// refine finishes waterFill from B and S, the sums before the breakpoints ev, whose keys
// agree above bit sh (and all keys below them are passed, all above them not): like
// waterFill's walk, by buckets of the next bits of the keys, on the one bucket where g
// reaches N, until a few breakpoints or equal keys are left to sort and sweep.
func refine(in *Input, w []uint64, ev []evKey, sh uint, B, S uint64) (L, Sum uint64) {
	var buf [1 << 10]evSum // on the stack
	for len(ev) > 32 && sh > 0 {
		mb := uint(min(max(bits.Len(uint(len(ev)))-3, 1), 10, int(sh)))
		sh -= mb
		mask := uint64(1)<<mb - 1
		prefix := ev[0].key >> (sh + mb) // shared by all of ev
		sums := buf[:1<<mb]
		clear(sums)
		for _, e := range ev {
			p, q := at(in, w, e.k)
			u := &sums[e.key>>sh&mask]
			if e.k&1 == 0 {
				u.dB -= p
				u.dS += q
			} else {
				u.dB += min(p, in.N)
				u.dS -= q
			}
		}
		for j := range sums {
			B2, S2 := B+sums[j].dB, S+sums[j].dS
			next := prefix<<mb + uint64(j) + 1 // the next bucket's key prefix
			if B2 >= in.N || next>>(64-sh) != 0 || !gBelow(next<<sh, B2, S2, in.N) {
				// Keep the bucket's breakpoints only.
				m := 0
				for _, e := range ev {
					if e.key>>sh&mask == uint64(j) {
						ev[m] = e
						m++
					}
				}
				ev = ev[:m]
				break
			}
			B, S = B2, S2
			if j == len(sums)-1 {
				return in.N - B, S // all of ev passed (not reached: the last bucket has the upper bound of ev)
			}
		}
	}
	return sweep(in, w, ev, B, S)
}

// sweep finishes waterFill from B and S, the sums before the breakpoints ev (and all
// breakpoints below them passed, all above not): it sorts ev by λ (keys, then
// cross-multiplication in 128 bits) and sweeps them in order, equal λ together, up to the
// first breakpoint t = p/q with g(t) = B + t·S ≥ N. If there is none, the level lies after
// ev and the sums after ev give it.
func sweep(in *Input, w []uint64, ev []evKey, B, S uint64) (L, Sum uint64) {
	slices.SortFunc(ev, func(a, b evKey) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		pa, qa := at(in, w, a.k)
		pb, qb := at(in, w, b.k)
		return mul(pa, qb).cmp(mul(pb, qa))
	})
	for k := 0; k < len(ev); {
		p, q := at(in, w, ev[k].k)
		// Stop at the first breakpoint t = p/q with g(t) = B + t·S ≥ N.
		if mul(p, S).cmp(mul(in.N-B, q)) >= 0 {
			break
		}
		for ; k < len(ev); k++ {
			num, wi := at(in, w, ev[k].k)
			if mul(num, q) != mul(p, wi) {
				break
			}
			if ev[k].k&1 == 1 {
				B += num
				S -= wi
			} else {
				B -= num
				S += wi
			}
		}
	}
	return in.N - B, S
}
