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
// Whole[i] + Rem[i]/Den (fast path) or Whole[i] + BigRem[i]/BigDen (big path).
type Output struct {
	// Units is the final number of units of each recipient.
	Units []uint64
	// Whole is ⌊q_i⌋.
	Whole []uint64
	// Rem is the numerator of the fractional part q_i − ⌊q_i⌋ over Den (fast path).
	Rem []uint64
	// Den is the common denominator of the fractional parts (fast path; 1 if none).
	Den uint64
	// BigRem and BigDen replace Rem and Den on the big path.
	BigRem []*big.Int
	// BigDen is the common denominator on the big path.
	BigDen *big.Int
	// Bound says whether a floor or a cap bound the exact quota.
	Bound []Bound
	// Rank is the 1-based rank of a positive fractional part among all positive fractional
	// parts (largest first, ties by larger weight, then smaller index); 0 when the fractional
	// part is zero. Set for largest remainder only.
	Rank []int
	// Extra reports, per recipient, units above ⌊q_i⌋ (largest remainder: 0 or 1).
	Extra []bool
	// Remaining is R = N − Σ⌊q_i⌋ (largest remainder), the number of extra units handed out.
	Remaining uint64
	// Unallocated is the number of units nobody can take because every recipient with a
	// positive weight is capped.
	Unallocated uint64
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

// newOutput allocates the slices of an output for n recipients; with rem, also Rem (the
// fast path). The slices of one kind share one backing array (full slice expressions keep
// them apart), so an output costs at most four allocations, and one for n ≤ smallN.
func newOutput(n int, rem bool) *Output {
	type block struct {
		out   Output
		ints  [3 * smallN]uint64
		bound [smallN]Bound
		extra [smallN]bool
		rank  [smallN]int
	}
	b := new(block)
	out := &b.out
	k := 2
	if rem {
		k = 3
	}
	if n <= smallN {
		out.Units, out.Whole = b.ints[:n:n], b.ints[n:2*n:2*n]
		if rem {
			out.Rem = b.ints[2*n : 3*n : 3*n]
		}
		out.Bound, out.Extra, out.Rank = b.bound[:n:n], b.extra[:n:n], b.rank[:n:n]
		return out
	}
	u := make([]uint64, k*n)
	out.Units, out.Whole = u[:n:n], u[n:2*n:2*n]
	if rem {
		out.Rem = u[2*n : 3*n : 3*n]
	}
	out.Bound = make([]Bound, n)
	out.Extra = make([]bool, n)
	out.Rank = make([]int, n)
	return out
}

// event is a breakpoint of the water-filling sweep: at λ = num/w recipient i enters the
// free set (its floor stops binding) or leaves it (its cap starts binding).
// SolveBig sorts these; the fast path (waterFill) numbers its breakpoints 2i+leave instead.
type event struct {
	num   uint64 // F_i or C_i
	i     int32
	leave bool
}
