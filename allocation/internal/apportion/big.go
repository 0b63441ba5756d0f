package apportion

import (
	"cmp"
	"math/big"
	"slices"
)

// SolveBig solves in for weights of any size. It computes the same result as [Solve], with
// big.Int arithmetic where products may exceed 128 bits.
func SolveBig(in *Input, w []*big.Int) (*Output, error) {
	n := len(w)
	if err := in.check(n); err != nil {
		return nil, err
	}
	total := new(big.Int)
	var sumF uint64
	var cp capacity
	for i, wi := range w {
		if wi == nil || wi.Sign() < 0 {
			return nil, ErrInvalidInput
		}
		total.Add(total, wi)
		if sumF += in.floor(i); sumF > in.N {
			return nil, ErrInfeasibleFloors
		}
		cp.add(in, i, wi.Sign() > 0)
	}
	out := newOutput(n)
	out.BigRem = make([]*big.Int, n)
	out.BigDen = big.NewInt(1)
	if done, err := special(in, n, sumF, total.Sign() == 0, cp, func(i int) bool { return w[i].Sign() > 0 }, out); done || err != nil {
		return out, err
	}
	var x, y, t big.Int
	prod := func(dst *big.Int, a uint64, b *big.Int) *big.Int {
		return dst.Mul(t.SetUint64(a), b)
	}

	var ev []event
	S := new(big.Int)
	B := sumF
	for i, wi := range w {
		if wi.Sign() == 0 {
			continue
		}
		f, c := in.floor(i), in.cap(i)
		if f == 0 {
			S.Add(S, wi)
		} else {
			ev = append(ev, event{num: f, i: int32(i)})
		}
		if c != NoCap {
			ev = append(ev, event{num: c, i: int32(i), leave: true})
		}
	}
	if len(ev) > 0 {
		slices.SortFunc(ev, func(a, b event) int {
			if c := prod(&x, a.num, w[b.i]).Cmp(prod(&y, b.num, w[a.i])); c != 0 {
				return c
			}
			if a.leave != b.leave {
				if !a.leave {
					return -1
				}
				return 1
			}
			return cmp.Compare(a.i, b.i)
		})
		for k := 0; k < len(ev); {
			p, q := ev[k].num, w[ev[k].i]
			if prod(&x, p, S).Cmp(prod(&y, in.N-B, q)) >= 0 {
				break
			}
			for ; k < len(ev) && prod(&x, ev[k].num, q).Cmp(prod(&y, p, w[ev[k].i])) == 0; k++ {
				if e := ev[k]; e.leave {
					B += e.num
					S.Sub(S, w[e.i])
				} else {
					B -= e.num
					S.Add(S, w[e.i])
				}
			}
		}
	}
	L := in.N - B
	out.BigDen = S

	var sumWhole uint64
	var cand []int32
	zero := new(big.Int)
	for i, wi := range w {
		f, c := in.floor(i), in.cap(i)
		out.BigRem[i] = zero
		switch {
		case wi.Sign() == 0:
			out.Whole[i] = f
			if f > 0 {
				out.Bound[i] = Floored
			}
		default:
			pr := prod(new(big.Int), L, wi)
			if pr.Cmp(prod(&x, f, S)) < 0 {
				out.Whole[i], out.Bound[i] = f, Floored
			} else if c != NoCap && pr.Cmp(prod(&x, c, S)) > 0 {
				out.Whole[i], out.Bound[i] = c, Capped
			} else {
				q, r := pr.QuoRem(pr, S, new(big.Int))
				out.Whole[i], out.BigRem[i] = q.Uint64(), r
				if r.Sign() > 0 {
					cand = append(cand, int32(i))
				}
			}
		}
		sumWhole += out.Whole[i]
	}
	copy(out.Units, out.Whole)
	out.Remaining = in.N - sumWhole
	if in.Method != LargestRemainder {
		divisorBig(in, w, out)
		return out, nil
	}
	slices.SortFunc(cand, func(a, b int32) int {
		if c := out.BigRem[b].Cmp(out.BigRem[a]); c != 0 {
			return c
		}
		if c := w[b].Cmp(w[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	for k, i := range cand {
		out.Rank[i] = int32(k + 1)
	}
	for _, i := range cand[:min(out.Remaining, uint64(len(cand)))] {
		out.Units[i]++
		out.Extra[i] = true
	}
	return out, nil
}

// divisorBig is divisorFast with big weights.
func divisorBig(in *Input, w []*big.Int, out *Output) {
	S := out.BigDen
	var sum uint64
	var x, y, t big.Int
	for i, wi := range w {
		a := out.Whole[i]
		if wi.Sign() > 0 && out.Bound[i] == Free {
			r := out.BigRem[i]
			switch in.Method {
			case Jefferson:
				if r.Sign() == 0 && a > 0 {
					a--
				}
			case Webster:
				if x.Lsh(r, 1).Cmp(S) > 0 {
					a++
				}
			}
			a = max(a, in.floor(i))
		}
		out.Units[i] = a
		sum += a
	}
	d := func(s uint64) uint64 {
		if in.Method == Webster {
			return 2*s + 1
		}
		return s + 1
	}
	better := func(i int32, s uint64, j int32, u uint64) bool {
		x.Mul(w[i], t.SetUint64(d(u)))
		y.Mul(w[j], t.SetUint64(d(s)))
		if c := x.Cmp(&y); c != 0 {
			return c > 0
		}
		if c := w[i].Cmp(w[j]); c != 0 {
			return c > 0
		}
		return i < j
	}
	var h []int32
	switch {
	case sum < in.N:
		for i, wi := range w {
			if wi.Sign() > 0 && out.Units[i] < in.cap(i) {
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
	case sum > in.N:
		for i, wi := range w {
			if wi.Sign() > 0 && out.Units[i] > in.floor(i) {
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
	for i := range w {
		out.Extra[i] = out.Units[i] > out.Whole[i]
	}
}
