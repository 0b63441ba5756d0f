// Package apportion is the exact integer core of package allocation: it distributes N
// indivisible units among recipients with integer weights, floors and caps, by bounded
// largest remainder or by a bounded divisor method.
//
// Recipients are identified by their index; the caller orders them by id, so "smaller index"
// is the final tie-break. Weights are non-negative integers over a common denominator, as
// uint64 (the fast path, [Solve]) or as *big.Int ([SolveBig]). Both compute the same result.
package apportion

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
)

// NoCap marks a recipient without a cap.
const NoCap = math.MaxUint64

// MaxUnits is the largest number of units (and the largest floor or cap) the core accepts.
const MaxUnits = 1 << 62

// Method selects the rounding rule.
type Method uint8

const (
	// LargestRemainder is the bounded largest-remainder method (Hamilton/Hare).
	LargestRemainder Method = iota
	// Webster is the Sainte-Laguë/Webster divisor method: divisors s + 1/2.
	Webster
	// Jefferson is the D'Hondt/Jefferson divisor method: divisors s + 1.
	Jefferson
)

// Errors of the core. Package allocation turns them into typed errors with values.
var (
	// ErrInfeasibleFloors: the floors sum to more than N.
	ErrInfeasibleFloors = errors.New("floors exceed the pot")
	// ErrZeroWeights: every weight is zero and the floors sum to less than N.
	ErrZeroWeights = errors.New("all weights are zero")
	// ErrInvalidInput: a floor above its cap, a value above MaxUnits, mismatched lengths.
	ErrInvalidInput = errors.New("invalid input")
	// ErrTooWide: the weights do not fit the fast path; use SolveBig.
	ErrTooWide = errors.New("weights too wide for 64-bit arithmetic")
)

// Bound says whether the floor or the cap bound a recipient's exact quota.
type Bound uint8

const (
	// Free: floor ≤ λ·w ≤ cap, the quota is λ·w.
	Free Bound = iota
	// Floored: λ·w < floor, the quota was raised to the floor.
	Floored
	// Capped: λ·w > cap, the quota was lowered to the cap.
	Capped
)

// Input is one apportionment problem.
type Input struct {
	// N is the number of units to distribute (≤ MaxUnits).
	N uint64
	// Floor holds F_i ≥ 0 (≤ MaxUnits); nil means all zero.
	Floor []uint64
	// Cap holds C_i ≥ F_i, or NoCap; nil means no caps.
	Cap []uint64
	// Method is the rounding rule.
	Method Method
}

// Output is the solution of a problem with n recipients. The exact quota of recipient i is
// whole + rem/Den; [Output.Quota] gives it on the fast path, Whole[i] + BigRem[i]/BigDen on the
// big path.
//
// The fast path ([Solve]) stores per recipient only what cannot be recomputed cheaply: the
// rank of its remainder (largest remainder), its bound (only when there are floors or caps)
// and its units (divisor methods). Quotas are recomputed from L, Den, the weights and the
// bounds; units of largest remainder from the quota and the rank. The accessors
// ([Output.Quota], [Output.UnitsAt], [Output.BoundAt], [Output.ExtraAt], [Output.RankAt])
// work on both paths.
type Output struct {
	// Stored holds what the big path (and a divisor method's units) stores per recipient;
	// nil on the fast path of largest remainder. Its fields are promoted.
	*Stored
	// L is the numerator of the water level λ* = L/Den on the fast path: a free recipient's
	// quota is L·w_i/Den. 0 when no free recipient takes part (every quota is fixed).
	L uint64
	// Den is the common denominator of the fractional parts (fast path; 1 if none).
	Den uint64
	// Bound says whether a floor or a cap bound the exact quota; nil means every recipient
	// is Free (see BoundAt).
	Bound []Bound
	// Rank is the 1-based rank of a positive fractional part among all positive fractional
	// parts (largest first, ties by larger weight, then smaller index); 0 when the fractional
	// part is zero. Set for largest remainder only; nil means all 0 (see RankAt).
	Rank []int32
	// Remaining is R = N − Σ⌊q_i⌋ (largest remainder), the number of extra units handed out.
	Remaining uint64
	// Unallocated is the number of units nobody can take because every recipient with a
	// positive weight is capped.
	Unallocated uint64

	// The fast path's inputs the computed values are derived from; never mutated.
	w, floor, cap []uint64
	lr            bool // largest remainder
	rankBuf       [smallN]int32
	boundBuf      [smallN]Bound
}

// Stored is the part of an Output kept per recipient only where it cannot be recomputed:
// on the big path, and a divisor method's units on the fast path.
type Stored struct {
	// Units is the final number of units of each recipient; nil on the fast path of largest
	// remainder (see UnitsAt).
	Units []uint64
	// Whole is ⌊q_i⌋; nil on the fast path (see Quota).
	Whole []uint64
	// BigRem and BigDen replace L and Den on the big path: the fractional parts' numerators.
	BigRem []*big.Int
	// BigDen is the common denominator on the big path.
	BigDen *big.Int
	// Extra reports, per recipient, units above ⌊q_i⌋ (largest remainder: 0 or 1); nil on the
	// fast path (see ExtraAt).
	Extra []bool
}

// BoundAt returns the bound of recipient i.
func (o *Output) BoundAt(i int) Bound {
	if o.Bound == nil {
		return Free
	}
	return o.Bound[i]
}

// RankAt returns the remainder rank of recipient i (see Output.Rank).
func (o *Output) RankAt(i int) int {
	if o.Rank == nil {
		return 0
	}
	return int(o.Rank[i])
}

// Quota returns the exact quota of recipient i on the fast path as whole + rem/Den.
func (o *Output) Quota(i int) (whole, rem uint64) {
	if o.Stored != nil && o.Whole != nil {
		return o.Whole[i], 0 // fixed quotas only: the big path has no fast form
	}
	switch o.BoundAt(i) {
	case Floored:
		return o.floor[i], 0
	case Capped:
		return o.cap[i], 0
	}
	if o.L == 0 || o.w[i] == 0 {
		return 0, 0
	}
	hi, lo := bits.Mul64(o.L, o.w[i])
	return bits.Div64(hi, lo, o.Den) // L·w_i ≤ L·Den: no overflow of the quotient
}

// WholeAt returns ⌊q_i⌋.
func (o *Output) WholeAt(i int) uint64 {
	if o.Stored != nil && o.Whole != nil {
		return o.Whole[i]
	}
	w, _ := o.Quota(i)
	return w
}

// UnitsAt returns the final number of units of recipient i.
func (o *Output) UnitsAt(i int) uint64 {
	if o.Stored != nil && o.Units != nil {
		return o.Units[i]
	}
	w := o.WholeAt(i)
	if o.ExtraAt(i) {
		w++
	}
	return w
}

// ExtraAt reports whether recipient i got units above ⌊q_i⌋.
func (o *Output) ExtraAt(i int) bool {
	switch {
	case o.Stored != nil && o.Extra != nil:
		return o.Extra[i]
	case o.lr:
		r := o.RankAt(i)
		return r > 0 && uint64(r) <= o.Remaining
	case o.Stored != nil && o.Units != nil:
		return o.Units[i] > o.WholeAt(i)
	}
	return false
}

func (in *Input) floor(i int) uint64 {
	if in.Floor == nil {
		return 0
	}
	return in.Floor[i]
}

func (in *Input) cap(i int) uint64 {
	if in.Cap == nil {
		return NoCap
	}
	return in.Cap[i]
}

func (in *Input) check(n int) error {
	if in.N > MaxUnits {
		return ErrInvalidInput
	}
	if in.Floor != nil && len(in.Floor) != n || in.Cap != nil && len(in.Cap) != n {
		return ErrInvalidInput
	}
	for i := 0; i < n; i++ {
		f, c := in.floor(i), in.cap(i)
		if f > MaxUnits || c != NoCap && c > MaxUnits || f > c {
			return ErrInvalidInput
		}
	}
	return nil
}

// smallN is the number of recipients whose output slices live inside the output's own
// allocation: a small problem costs one allocation for its output.
const smallN = 16

// newOutput allocates the stored slices of an output of the big path for n recipients. The
// slices of one kind share one backing array (full slice expressions keep them apart), so an
// output costs at most four allocations, and one for n ≤ smallN.
func newOutput(n int) *Output {
	type block struct {
		out   Output
		st    Stored
		ints  [2 * smallN]uint64
		bound [smallN]Bound
		extra [smallN]bool
		rank  [smallN]int32
	}
	b := new(block)
	out := &b.out
	out.lr, out.Stored = true, &b.st
	if n <= smallN {
		out.Units, out.Whole = b.ints[:n:n], b.ints[n:2*n:2*n]
		out.Bound, out.Extra, out.Rank = b.bound[:n:n], b.extra[:n:n], b.rank[:n:n]
		return out
	}
	u := make([]uint64, 2*n)
	out.Units, out.Whole = u[:n:n], u[n:2*n:2*n]
	out.Bound = make([]Bound, n)
	out.Extra = make([]bool, n)
	out.Rank = make([]int32, n)
	return out
}

// initFast prepares out, as Solve leaves it, for the fast path of n recipients: a bound
// per recipient only with floors or caps, a rank per recipient only for largest remainder
// (inside out for n ≤ smallN), units only for a divisor method.
// out must be the zero Output (it usually is freshly allocated: no need to clear it again).
func (out *Output) initFast(in *Input, w []uint64) {
	n := len(w)
	out.Den, out.lr, out.w, out.floor, out.cap = 1, in.Method == LargestRemainder, w, in.Floor, in.Cap
	switch {
	case in.Floor == nil && in.Cap == nil:
	case n <= smallN:
		out.Bound = out.boundBuf[:n:n]
	default:
		out.Bound = make([]Bound, n)
	}
	switch {
	case !out.lr:
		out.Stored = &Stored{Units: make([]uint64, n)}
	case n <= smallN:
		out.Rank = out.rankBuf[:n:n]
	default:
		out.Rank = make([]int32, n)
	}
}

// event is a breakpoint of the water-filling sweep: at λ = num/w recipient i enters the
// free set (its floor stops binding) or leaves it (its cap starts binding).
// SolveBig sorts these; the fast path (waterFill) numbers its breakpoints 2i+leave instead.
type event struct {
	num   uint64 // F_i or C_i
	i     int32
	leave bool
}
