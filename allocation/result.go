package allocation

import (
	"encoding/json"
	"fmt"
	"iter"

	"github.com/laeringsnettverk/sdk/allocation/internal/apportion"
	"github.com/laeringsnettverk/sdk/lnet"
)

// QuotaPlaces is the number of decimals of the rounded quota and key share in JSON, CSV and
// tables. The exact values are always given beside them.
const QuotaPlaces = 6

// Result is the outcome of one allocation (fordeling) of one pot, with the explanation of
// every share. Σ amounts + Residue + Unallocated = Pot, exactly.
//
// The shares (andeler), one per recipient in id order, are read with [Result.Len],
// [Result.At], [Result.Shares] and [Result.Share]: a result made by [Allocate] keeps them
// column by column and builds each [Share] when asked, so a million shares cost a few dozen
// bytes each. The SDK never changes a result's shares once made: reading them from several
// goroutines is safe, and copies of a Result share them (a Share's Cap points into the
// result: do not write through it).
type Result struct {
	// Pot is the amount distributed (potten), as given.
	Pot lnet.NOK
	// Unit is the unit every amount is a multiple of.
	Unit lnet.NOK
	// Method is the rounding method used.
	Method Method
	// Allocated is the sum of the amounts (fordelt).
	Allocated lnet.NOK
	// Residue is the part of the pot below one unit, Pot − ⌊Pot/Unit⌋·Unit (rest).
	Residue lnet.NOK
	// Unallocated is what nobody could take because every recipient with a positive weight
	// reached its cap (ikke fordelt).
	Unallocated lnet.NOK
	// Remaining is the number of units handed out by largest fractional part after every
	// recipient got the whole part of its quota (largest remainder only).
	Remaining uint64
	// Refused lists the applications refused before the allocation (avslått), with the
	// caller's reason; they get nothing. Empty unless [AllocateApplications] made the result.
	Refused []Refusal
	// Basis is what the key rests on (datagrunnlag), as given with [WithBasis]; zero when
	// not given. A basis with Origin [lnet.OriginAssumed] means the key carries the last
	// known population and structure forward past the data.
	Basis lnet.Basis

	// shares holds one share per recipient, in id order (byte order): see Len, At, Shares
	// and Share.
	shares shareTable
}

// shareTable is the shares of a result: the compact columns [Allocate] fills, from which
// each [Share] is built when asked for, or a list of shares (a decoded result).
type shareTable struct {
	list []Share  // when cols is nil
	cols *columns // nil for a decoded result and the zero Result
}

// columns is a result's shares column by column: a million shares cost a few words each and
// hold almost no pointers for the garbage collector to follow. Never mutated; the slices may
// be shared with other results of the same recipients (AllocateSchemes).
type columns struct {
	ids    []string
	wD     uint64           // fast path: the weights are key.rem[i]/wD (scaled to integers)
	floors []lnet.NOK       // nil when no recipient has a floor
	caps   []lnet.NOK       // nil when no recipient has a cap; noCap marks one without
	out    apportion.Output // the solution the shares are read from
	key    fracCtx          // w_i / Σw
	quota  fracCtx          // the exact quotas, in kroner
}

// noCap marks a recipient without a cap in columns.caps: caps are never negative.
var noCap = func() lnet.NOK { one, _ := lnet.NOKFromOre(1); return one.Neg() }()

// Len returns the number of shares, one per recipient.
func (r *Result) Len() int {
	if c := r.shares.cols; c != nil {
		return len(c.ids)
	}
	return len(r.shares.list)
}

// At returns the i-th share in id order (byte order), built from the result's columns; it
// panics if i is out of range [0, Len()), as indexing a slice does.
func (r *Result) At(i int) Share {
	c := r.shares.cols
	if c == nil {
		return r.shares.list[i]
	}
	s := Share{
		ID:            c.ids[i],
		KeyShare:      Fraction{ctx: &c.key, i: i},
		Quota:         Fraction{ctx: &c.quota, i: i},
		RemainderUnit: c.out.ExtraAt(i),
		RemainderRank: c.out.RankAt(i),
	}
	if c.key.big == nil {
		s.Weight = scaledWeight(c.key.rem[i], c.wD)
	} else {
		s.Weight = c.key.big.weights[i]
	}
	if c.floors != nil {
		s.Floor = c.floors[i]
	}
	if c.caps != nil && c.caps[i] != noCap {
		s.Cap = &c.caps[i]
	}
	switch c.out.BoundAt(i) {
	case apportion.Floored:
		s.Floored = true
	case apportion.Capped:
		s.Capped = true
	}
	return s
}

// Shares returns an iterator over the shares in id order with their index:
//
//	for i, s := range res.Shares() { … }
//
// Each share is built when the loop reaches it.
func (r *Result) Shares() iter.Seq2[int, Share] {
	return func(yield func(int, Share) bool) {
		for i := range r.Len() {
			if !yield(i, r.At(i)) {
				return
			}
		}
	}
}

// Share is the explanation of one recipient's amount (begrunnelse): the inputs, the exact
// quota, the amount and why.
type Share struct {
	// ID is the recipient's id.
	ID string
	// Weight is the recipient's weight (vekt) in the key.
	Weight Weight
	// KeyShare is the weight divided by the sum of weights (andel av nøkkelen).
	KeyShare Fraction
	// Quota is the exact quota in kroner (kvote), q_i·unit, after floors and caps.
	Quota Quota
	// Floor is the recipient's floor (minstebeløp); zero if none.
	Floor lnet.NOK
	// Cap is the recipient's cap (maksimalbeløp); nil if none.
	Cap *lnet.NOK
	// Floored reports that the floor bound the quota: without it the quota would be lower.
	Floored bool
	// Capped reports that the cap bound the quota: without it the quota would be higher.
	Capped bool
	// RemainderUnit reports that the recipient got a unit above the whole part of its quota
	// (restenhet).
	RemainderUnit bool
	// RemainderRank is the rank of the quota's fractional part among all positive fractional
	// parts, from 1 (largest; ties by larger weight, then smaller id); 0 when the quota is a
	// whole number of units or the method is a divisor method. Under largest remainder the
	// recipients ranked 1 … Result.Remaining got a remainder unit.
	RemainderRank int
}

// Amount returns the amount allocated (tildelt beløp), a multiple of the unit. It is
// computed on demand, so a result of a million shares holds no million amounts. It fails
// with [lnet.ErrOverflow] only for a share whose units × unit lies beyond ±[lnet.MaxNOK],
// which no share of [Allocate] or of a decoded result has.
func (s Share) Amount() (lnet.NOK, error) { return unitsNOK(s.Units(), s.Quota.unitOre()) }

// Units returns the amount as a number of units.
func (s Share) Units() uint64 { return s.Quota.units() }

// Quota is an exact quota in kroner; see [Fraction].
type Quota = Fraction

// Refusal is an application refused before the allocation (avslått søknad): listed in the
// result with the reason the caller gave and the amount 0.
type Refusal struct {
	// ID is the application's id.
	ID string `json:"id"`
	// Requested is the amount applied for (omsøkt beløp).
	Requested lnet.NOK `json:"requested"`
	// Reason is the caller's reason, e.g. the eligibility rule that failed.
	Reason string `json:"reason"`
	// Amount is always 0.
	Amount lnet.NOK `json:"amount"`
}

type shareJSON struct {
	ID            string    `json:"id"`
	Weight        Weight    `json:"weight"`
	KeyShare      string    `json:"key_share"`
	KeyShareExact Fraction  `json:"key_share_exact"`
	Quota         string    `json:"quota"`
	QuotaExact    Fraction  `json:"quota_exact"`
	Floor         lnet.NOK  `json:"floor"`
	Cap           *lnet.NOK `json:"cap"`
	Amount        lnet.NOK  `json:"amount"`
	Floored       bool      `json:"floored"`
	Capped        bool      `json:"capped"`
	RemainderUnit bool      `json:"remainder_unit"`
	RemainderRank int       `json:"remainder_rank"`
}

// MarshalJSON writes the share with snake_case names, amounts and fractions as strings:
// "quota" and "key_share" rounded to [QuotaPlaces] decimals, "quota_exact" and
// "key_share_exact" exact, "cap" null when there is none, "amount" the amount allocated;
// [Share.UnmarshalJSON] reads it back.
func (s Share) MarshalJSON() ([]byte, error) {
	amount, err := s.Amount()
	if err != nil {
		return nil, fmt.Errorf("allocation: share %q: amount: %w", s.ID, err)
	}
	return json.Marshal(shareJSON{
		ID: s.ID, Weight: s.Weight,
		KeyShare: s.KeyShare.Decimal(QuotaPlaces), KeyShareExact: s.KeyShare,
		Quota: s.Quota.Decimal(QuotaPlaces), QuotaExact: s.Quota,
		Floor: s.Floor, Cap: s.Cap, Amount: amount,
		Floored: s.Floored, Capped: s.Capped, RemainderUnit: s.RemainderUnit, RemainderRank: s.RemainderRank,
	})
}

type resultJSON struct {
	Pot         lnet.NOK   `json:"pot"`
	Unit        lnet.NOK   `json:"unit"`
	Method      Method     `json:"method"`
	Allocated   lnet.NOK   `json:"allocated"`
	Residue     lnet.NOK   `json:"residue"`
	Unallocated lnet.NOK   `json:"unallocated"`
	Remaining   uint64     `json:"remaining"`
	Shares      []Share    `json:"shares"`
	Refused     []Refusal  `json:"refused,omitempty"`
	Basis       lnet.Basis `json:"basis,omitzero"`
}

// MarshalJSON writes the result with snake_case names and amounts as decimal strings;
// [Result.UnmarshalJSON] reads it back.
func (r Result) MarshalJSON() ([]byte, error) {
	shares := make([]Share, 0, r.Len())
	for _, s := range r.Shares() {
		shares = append(shares, s)
	}
	return json.Marshal(resultJSON{r.Pot, r.Unit, r.Method, r.Allocated, r.Residue, r.Unallocated, r.Remaining, shares, r.Refused, r.Basis})
}

// Share returns the share of the recipient id, found by binary search over the ids.
func (r *Result) Share(id string) (Share, bool) {
	n := r.Len()
	idAt := func(i int) string {
		if c := r.shares.cols; c != nil {
			return c.ids[i]
		}
		return r.shares.list[i].ID
	}
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if idAt(m) < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < n && idAt(lo) == id {
		return r.At(lo), true
	}
	return Share{}, false
}
