package allocation

import (
	"errors"
	"math/big"
	"slices"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// This file holds an independent, deliberately slow reference implementation of the allocation semantics in
// pure big.Rat: it finds λ by evaluating g(λ) = Σ clamp(λ·w_i, F_i, C_i) at every
// breakpoint, and runs divisor methods one unit at a time. The fast path is cross-checked
// against it, and the conformance vectors were derived from it.

type refShare struct {
	id      string
	quota   *big.Rat // in units
	units   int64
	floored bool
	capped  bool
	extra   bool
	rank    int
}

type refResult struct {
	n, unallocated int64
	shares         []refShare // id order
}

var (
	errRefInfeasible = errors.New("ref: infeasible floors")
	errRefZero       = errors.New("ref: zero weights")
)

func refAllocate(pot lnet.NOK, recs []Recipient, unit lnet.NOK, method Method) (*refResult, error) {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b Recipient) int { return strings.Compare(a.ID, b.ID) })
	u := unit.Rat()
	floorDiv := func(r *big.Rat) *big.Int { q := new(big.Rat).Quo(r, u); return new(big.Int).Quo(q.Num(), q.Denom()) }
	ceilDiv := func(r *big.Rat) *big.Int {
		q := new(big.Rat).Quo(r, u)
		z, m := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
		if m.Sign() > 0 {
			z.Add(z, big.NewInt(1))
		}
		return z
	}
	n := len(recs)
	N := new(big.Rat).SetInt(floorDiv(pot.Rat()))
	F := make([]*big.Rat, n)
	C := make([]*big.Rat, n) // nil = ∞
	w := make([]*big.Rat, n)
	sumF := new(big.Rat)
	anyPos := false
	for i, r := range recs {
		F[i] = new(big.Rat).SetInt(ceilDiv(r.Floor.Rat()))
		if r.Cap != nil {
			C[i] = new(big.Rat).SetInt(floorDiv(r.Cap.Rat()))
		}
		w[i] = r.Weight.Rat()
		sumF.Add(sumF, F[i])
		anyPos = anyPos || w[i].Sign() > 0
	}
	if sumF.Cmp(N) > 0 {
		return nil, errRefInfeasible
	}
	if !anyPos && sumF.Cmp(N) < 0 {
		return nil, errRefZero
	}
	clamp := func(i int, lambda *big.Rat) *big.Rat {
		if w[i].Sign() == 0 {
			return F[i]
		}
		x := new(big.Rat).Mul(lambda, w[i])
		if x.Cmp(F[i]) < 0 {
			return F[i]
		}
		if C[i] != nil && x.Cmp(C[i]) > 0 {
			return C[i]
		}
		return x
	}
	g := func(lambda *big.Rat) *big.Rat {
		s := new(big.Rat)
		for i := range recs {
			s.Add(s, clamp(i, lambda))
		}
		return s
	}
	res := &refResult{n: N.Num().Int64()}
	q := make([]*big.Rat, n)
	var lambda *big.Rat // nil = ∞
	// capacity at λ = ∞
	capacity, bounded := new(big.Rat), true
	for i := range recs {
		switch {
		case w[i].Sign() == 0:
			capacity.Add(capacity, F[i])
		case C[i] == nil:
			bounded = false
		default:
			capacity.Add(capacity, C[i])
		}
	}
	switch {
	case !anyPos:
		lambda = new(big.Rat)
	case bounded && capacity.Cmp(N) < 0:
		res.unallocated = new(big.Rat).Sub(N, capacity).Num().Int64()
	default:
		ts := []*big.Rat{new(big.Rat)}
		for i := range recs {
			if w[i].Sign() > 0 {
				ts = append(ts, new(big.Rat).Quo(F[i], w[i]))
				if C[i] != nil {
					ts = append(ts, new(big.Rat).Quo(C[i], w[i]))
				}
			}
		}
		slices.SortFunc(ts, func(a, b *big.Rat) int { return a.Cmp(b) })
		prev := ts[0]
		if g(prev).Cmp(N) >= 0 {
			lambda = prev
			break
		}
		for _, t := range ts[1:] {
			gt := g(t)
			if gt.Cmp(N) >= 0 {
				gp := g(prev)
				// linear between prev and t
				d := new(big.Rat).Sub(N, gp)
				d.Mul(d, new(big.Rat).Sub(t, prev))
				d.Quo(d, new(big.Rat).Sub(gt, gp))
				lambda = d.Add(d, prev)
				break
			}
			prev = t
		}
		if lambda == nil { // beyond the last breakpoint: only uncapped recipients grow
			slope := new(big.Rat)
			for i := range recs {
				if w[i].Sign() > 0 && C[i] == nil {
					slope.Add(slope, w[i])
				}
			}
			d := new(big.Rat).Sub(N, g(prev))
			lambda = d.Add(prev, d.Quo(d, slope))
		}
	}
	res.shares = make([]refShare, n)
	for i, r := range recs {
		s := &res.shares[i]
		s.id = r.ID
		if lambda == nil {
			if w[i].Sign() > 0 {
				q[i], s.capped = C[i], true
			} else {
				q[i], s.floored = F[i], F[i].Sign() > 0
			}
		} else {
			q[i] = clamp(i, lambda)
			x := new(big.Rat).Mul(lambda, w[i])
			s.floored = x.Cmp(F[i]) < 0
			s.capped = C[i] != nil && x.Cmp(C[i]) > 0
		}
		s.quota = q[i]
		s.units = new(big.Int).Quo(q[i].Num(), q[i].Denom()).Int64()
	}
	if method == LargestRemainder {
		var sum int64
		var cand []int
		for i := range recs {
			sum += res.shares[i].units
			if !q[i].IsInt() {
				cand = append(cand, i)
			}
		}
		frac := func(i int) *big.Rat {
			return new(big.Rat).Sub(q[i], new(big.Rat).SetInt64(res.shares[i].units))
		}
		slices.SortFunc(cand, func(a, b int) int {
			if c := frac(b).Cmp(frac(a)); c != 0 {
				return c
			}
			if c := w[b].Cmp(w[a]); c != 0 {
				return c
			}
			return strings.Compare(recs[a].ID, recs[b].ID)
		})
		R := res.n - res.unallocated - sum
		for k, i := range cand {
			res.shares[i].rank = k + 1
			if int64(k) < R {
				res.shares[i].units++
				res.shares[i].extra = true
			}
		}
		return res, nil
	}
	// Divisor methods: one unit at a time from the floors.
	if lambda == nil || lambda.Sign() == 0 && anyPos && sumF.Cmp(N) == 0 || !anyPos {
		return res, nil // all fixed: caps, or floors exactly
	}
	a := make([]int64, n)
	var given int64
	for i := range recs {
		a[i] = F[i].Num().Int64()
		given += a[i]
	}
	d := func(s int64) *big.Rat {
		if method == SainteLague {
			return big.NewRat(2*s+1, 2)
		}
		return big.NewRat(s+1, 1)
	}
	for ; given < res.n; given++ {
		best := -1
		var bp *big.Rat
		for i := range recs {
			if w[i].Sign() == 0 || C[i] != nil && C[i].Cmp(new(big.Rat).SetInt64(a[i])) <= 0 {
				continue
			}
			p := new(big.Rat).Quo(w[i], d(a[i]))
			if best < 0 || p.Cmp(bp) > 0 || p.Cmp(bp) == 0 && w[i].Cmp(w[best]) > 0 {
				best, bp = i, p
			}
		}
		a[best]++
	}
	for i := range recs {
		res.shares[i].extra = a[i] > res.shares[i].units
		res.shares[i].units = a[i]
	}
	return res, nil
}
