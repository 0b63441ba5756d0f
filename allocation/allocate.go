package allocation

import (
	"errors"
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/laeringsnettverk/sdk/allocation/internal/apportion"
	"github.com/laeringsnettverk/sdk/lnet"
)

// maxOre is the largest pot, unit, floor or cap, in øre: MaxNOK whole kroner.
const maxOre = lnet.MaxNOK * 100

// Allocate distributes pot among recipients by bounded largest remainder (see the package documentation), or by the
// divisor method chosen with [WithMethod], in whole multiples of the unit ([WithUnit],
// default kr 1):
//
//  1. N = ⌊pot/unit⌋ units; F_i = ⌈floor_i/unit⌉, C_i = ⌊cap_i/unit⌋. The residue
//     pot − N·unit is reported, never dropped.
//  2. The exact quotas q_i = clamp(λ·w_i, F_i, C_i) with Σ q_i = N are computed with
//     rationals. If the recipients with a positive weight are all capped below N, they get
//     their caps and the rest is reported as unallocated.
//  3. Each recipient gets ⌊q_i⌋ units; the remaining units go one each to the largest
//     fractional parts; ties go to the larger weight, then the smaller id in byte order.
//
// The result does not depend on the order of recipients. Errors: [*InfeasibleFloorsError]
// when the floors exceed the pot, [*RecipientError] for a bad recipient, [*FieldError] for a
// bad pot, unit or method, and an error wrapping [ErrZeroWeights] when all weights are zero
// but money remains after the floors.
func Allocate(pot lnet.NOK, recipients []Recipient, opts ...Option) (*Result, error) {
	var p prepared // on the stack: the result keeps only its slices
	if err := p.init(recipients, newConfig(opts)); err != nil {
		return nil, err
	}
	return p.allocate(pot)
}

// AllocateSchemes allocates one pot per funding scheme (ordning) with the same recipients
// and key, as the guideline prescribes: the foster-home money is distributed by the same
// distribution key as the self-initiated money. It returns one result per scheme in pots.
func AllocateSchemes(pots map[lnet.Scheme]lnet.NOK, recipients []Recipient, opts ...Option) (map[lnet.Scheme]*Result, error) {
	if len(pots) == 0 {
		return nil, &FieldError{Path: "pots", Reason: "no pots", Err: ErrInvalidPot}
	}
	for s := range pots {
		if !s.Valid() {
			return nil, &FieldError{Path: "pots", Value: s.String(), Reason: "unknown scheme", Err: lnet.ErrInvalidScheme}
		}
	}
	p, err := prepare(recipients, newConfig(opts))
	if err != nil {
		return nil, err
	}
	out := make(map[lnet.Scheme]*Result, len(pots))
	for _, s := range lnet.Schemes() {
		pot, ok := pots[s]
		if !ok {
			continue
		}
		r, err := p.allocate(pot)
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) && fe.Path == "pot" {
				fe.Path = "pots." + s.String()
				return nil, fe
			}
			return nil, fmt.Errorf("allocation: scheme %s: %w", s, err)
		}
		out[s] = r
	}
	return out, nil
}

// prepared is a validated set of recipients in id order with weights scaled to integers.
// The slices in id order become the columns of every result made from it; they are never
// mutated after prepare.
type prepared struct {
	cfg     config
	unitOre int64
	src     []Recipient // the caller's recipients
	order   []int32     // src indices in id order; nil when src is in id order
	ids     []string    // the ids in id order
	floor   []uint64    // F_i, nil if no floors
	cap     []uint64    // C_i, nil if no caps
	floors  []lnet.NOK  // the floors as given, nil if none
	caps    []lnet.NOK  // the caps as given (noCap for none), nil if none
	w       []uint64    // fast path weights, or nil
	wD      uint64      // fast path: the weights' common denominator
	bigW    []*big.Int  // big path weights, or nil
	weights []Weight    // big path: the weights as given, in id order
}

func prepare(recipients []Recipient, cfg config) (*prepared, error) {
	p := new(prepared)
	if err := p.init(recipients, cfg); err != nil {
		return nil, err
	}
	return p, nil
}

// init validates the recipients and fills p; on error p is not usable.
func (p *prepared) init(recipients []Recipient, cfg config) error {
	if !cfg.method.Valid() {
		return &FieldError{Path: "method", Value: cfg.method.String(), Reason: "undefined method", Err: ErrInvalidMethod}
	}
	if cfg.unit.Sign() <= 0 || cfg.unit.Ore() > maxOre {
		return &FieldError{Path: "unit", Value: cfg.unit.String(), Reason: "unit must be a positive amount up to kr 999 999 999 999 999", Err: ErrInvalidUnit}
	}
	if len(recipients) > MaxRecipients {
		return &FieldError{Path: "recipients", Value: fmt.Sprint(len(recipients)), Reason: fmt.Sprintf("more than %d recipients", MaxRecipients), Err: ErrTooLarge}
	}
	unitOre := oreOf(cfg.unit)
	*p = prepared{cfg: cfg, unitOre: unitOre}
	n := len(recipients)
	sorted, strict := true, true // strict: in id order without duplicates
	for k := 1; k < n; k++ {
		if c := strings.Compare(recipients[k-1].ID, recipients[k].ID); c >= 0 {
			strict = false
			if c > 0 {
				sorted = false
				break
			}
		}
	}
	if !sorted {
		order := make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(a, b int32) int { return strings.Compare(recipients[a].ID, recipients[b].ID) })
		p.order = order
	}
	p.src = recipients
	p.ids = make([]string, n)
	prevID := ""
	hasFloor, hasCap := false, false
	for k := 0; k < n; k++ {
		i := k
		if p.order != nil {
			i = int(p.order[k])
		}
		r := &recipients[i]
		p.ids[k] = r.ID
		fail := func(field, value, reason string, err error) error {
			return &RecipientError{Index: i, ID: r.ID, Field: field, Value: value, Reason: reason, Err: err}
		}
		switch {
		case r.ID == "":
			return fail("id", "", "empty id", ErrInvalidRecipient)
		case len(r.ID) > MaxIDLen:
			return fail("id", r.ID[:64], fmt.Sprintf("id longer than %d bytes", MaxIDLen), ErrInvalidRecipient)
		case !validUTF8(r.ID):
			return fail("id", "", "id is not valid UTF-8", ErrInvalidRecipient)
		case !strict && k > 0 && prevID == r.ID:
			return fail("id", r.ID, "duplicate id", ErrInvalidRecipient)
		}
		prevID = r.ID
		if r.Cap == nil && r.Floor.IsZero() {
			continue // the common case: no bounds to check
		}
		switch {
		case r.Floor.IsNegative():
			return fail("floor", r.Floor.String(), "negative floor", ErrInvalidRecipient)
		case r.Cap != nil && r.Cap.IsNegative():
			return fail("cap", r.Cap.String(), "negative cap", ErrInvalidRecipient)
		case !r.Floor.IsZero() && r.Floor.Ore() > maxOre:
			return fail("floor", r.Floor.String(), "floor above the maximum amount", ErrInvalidRecipient)
		case r.Cap != nil && r.Cap.Ore() > maxOre:
			return fail("cap", r.Cap.String(), "cap above the maximum amount", ErrInvalidRecipient)
		case r.Cap != nil && r.Cap.Cmp(r.Floor) < 0:
			return fail("cap", r.Cap.String(), "cap below the floor "+r.Floor.String(), ErrInvalidRecipient)
		}
		if p.floor == nil { // the first bound: floors and caps, in units and as given, in two slabs
			u, m := make([]uint64, 2*n), make([]lnet.NOK, 2*n)
			p.floor, p.cap, p.floors, p.caps = u[:n:n], u[n:], m[:n:n], m[n:]
			for j := range p.cap {
				p.cap[j], p.caps[j] = apportion.NoCap, noCap
			}
		}
		if !r.Floor.IsZero() {
			hasFloor = true
			p.floor[k] = units(r.Floor, unitOre, true)
			p.floors[k] = r.Floor
		}
		if r.Cap != nil {
			hasCap = true
			p.cap[k] = units(*r.Cap, unitOre, false)
			p.caps[k] = *r.Cap
			if p.floor[k] > p.cap[k] {
				return fail("cap", r.Cap.String(), fmt.Sprintf("in whole units of %s the floor %s exceeds the cap", cfg.unit, r.Floor), ErrInvalidRecipient)
			}
		}
	}
	if !hasFloor { // nil: the solver's fast paths for no floors or no caps
		p.floor, p.floors = nil, nil
	}
	if !hasCap {
		p.cap, p.caps = nil, nil
	}
	return p.scale()
}

// validUTF8 is utf8.ValidString with a fast loop for the common short ASCII id.
func validUTF8(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.ValidString(s[i:])
		}
	}
	return true
}

// rec returns the k-th recipient in id order.
func (p *prepared) rec(k int) *Recipient {
	if p.order == nil {
		return &p.src[k]
	}
	return &p.src[p.order[k]]
}

// units returns ⌈amount/unit⌉ (up) or ⌊amount/unit⌋, for a non-negative amount.
func units(amount lnet.NOK, unitOre int64, up bool) uint64 {
	a := oreOf(amount)
	q := a / unitOre
	if up && a%unitOre != 0 {
		q++
	}
	return uint64(q) // ≤ MaxNOK·100, far below 2^62
}

// oreOf returns an amount in øre.
func oreOf(n lnet.NOK) int64 { return n.Ore() }

// unitsNOK returns u units of unitOre øre as an amount; it fails only beyond the bound of
// lnet.NOK, which a result within its pot never reaches.
func unitsNOK(u uint64, unitOre int64) (lnet.NOK, error) {
	unit, err := lnet.NOKFromOre(unitOre)
	if err != nil {
		return lnet.NOK{}, err
	}
	if u > lnet.MaxNOK*100 { // beyond any bound; keeps int64(u) from wrapping
		return lnet.NOK{}, &lnet.ArithmeticError{Op: "×", X: unit.String(), Y: strconv.FormatUint(u, 10),
			Reason: "result beyond ±999999999999999.99", Err: lnet.ErrOverflow}
	}
	return unit.Mul(int64(u))
}

// scale turns the weights into integers over their least common denominator: uint64 when
// it fits, big.Int otherwise. It refuses a common denominator above [MaxDenominatorBits]
// (the one place that limit is checked), naming the first recipient in id order whose
// weight takes it over, before any big product is formed.
func (p *prepared) scale() error {
	D := uint64(1)
	fast := true
	n := len(p.src)
	for k := 0; k < n; k++ {
		_, den, ok := p.rec(k).Weight.small()
		if !ok {
			fast = false
			break
		}
		if den != 1 && D%den != 0 {
			hi, lo := bits.Mul64(D/gcd(D, den), den)
			if hi != 0 {
				fast = false
				break
			}
			D = lo
		}
	}
	if fast {
		p.w = make([]uint64, n)
		for i := 0; i < n; i++ {
			num, den, _ := p.rec(i).Weight.small()
			m := D // den = 1
			switch den {
			case 1:
			case D:
				m = 1 // weights with the same decimals: no division
			default:
				m = D / den
			}
			hi, lo := bits.Mul64(num, m)
			if hi != 0 {
				fast = false
				break
			}
			p.w[i] = lo
		}
		if fast {
			p.wD = D
			return nil
		}
		p.w = nil
	}
	p.bigWeights()
	bigD := big.NewInt(1)
	var g, q big.Int
	dens := make([]*big.Int, n)
	for k := 0; k < n; k++ {
		w := p.rec(k).Weight
		den := w.denom()
		dens[k] = den
		if den.BitLen() <= 1 {
			continue
		}
		if q.Rem(bigD, den); q.Sign() == 0 {
			continue // den divides D already
		}
		g.GCD(nil, nil, bigD, den)
		bigD.Mul(bigD, q.Quo(den, &g))
		if bigD.BitLen() > MaxDenominatorBits {
			i := k
			if p.order != nil {
				i = int(p.order[k])
			}
			v := w.String()
			if len(v) > 64 {
				v = v[:64] + "…"
			}
			return &RecipientError{Index: i, ID: p.src[i].ID, Field: "weight", Value: v,
				Reason: fmt.Sprintf("with this weight the weights' common denominator exceeds %d bits (about %d digits); use fewer distinct denominators, e.g. decimals", MaxDenominatorBits, MaxDenominatorBits*30103/100000),
				Err:    ErrTooLarge}
		}
	}
	p.bigW = make([]*big.Int, n)
	for i := 0; i < n; i++ {
		rat := p.rec(i).Weight.Rat()
		p.bigW[i] = new(big.Int).Mul(rat.Num(), q.Quo(bigD, dens[i]))
	}
	return nil
}

// bigWeights keeps the weights as given, for the results of the big path.
func (p *prepared) bigWeights() {
	p.weights = make([]Weight, len(p.src))
	for k := range p.weights {
		p.weights[k] = p.rec(k).Weight
	}
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// resultBlock is a result with its columns, allocated together.
type resultBlock struct {
	res  Result
	cols columns
}

func (p *prepared) allocate(pot lnet.NOK) (*Result, error) {
	if pot.IsNegative() {
		return nil, &FieldError{Path: "pot", Value: pot.String(), Reason: "negative pot", Err: ErrInvalidPot}
	}
	if pot.Ore() > maxOre {
		return nil, &FieldError{Path: "pot", Value: pot.String(), Reason: "pot above the maximum amount", Err: ErrInvalidPot}
	}
	uOre := p.unitOre
	N := uint64(oreOf(pot) / uOre)
	in := &apportion.Input{N: N, Floor: p.floor, Cap: p.cap, Method: apportion.Method(p.cfg.method)}
	blk := new(resultBlock) // one allocation for the result, its columns and the solution
	out := &blk.cols.out
	var err error
	if p.w != nil {
		err = apportion.SolveInto(out, in, p.w)
		if errors.Is(err, apportion.ErrTooWide) {
			p.bigW = make([]*big.Int, len(p.w))
			for i, w := range p.w {
				p.bigW[i] = new(big.Int).SetUint64(w)
			}
			p.w = nil
		}
	}
	if p.w == nil {
		var bo *apportion.Output
		if bo, err = apportion.SolveBig(in, p.bigW); err == nil {
			*out = *bo
		}
	}
	switch {
	case errors.Is(err, apportion.ErrInfeasibleFloors):
		var sum big.Int
		for _, f := range p.floor {
			sum.Add(&sum, new(big.Int).SetUint64(f))
		}
		sum.Mul(&sum, big.NewInt(uOre))
		sumFloors, _ := lnet.NOKFromRat(new(big.Rat).SetFrac(&sum, big.NewInt(100)))
		return nil, &InfeasibleFloorsError{SumFloors: sumFloors, Pot: pot, Unit: p.cfg.unit}
	case errors.Is(err, apportion.ErrZeroWeights):
		return nil, fmt.Errorf("allocation: %w: the floors leave money in the pot %s and there is no weight to divide it by", ErrZeroWeights, pot.Norwegian())
	case err != nil:
		return nil, fmt.Errorf("allocation: %w", err)
	}

	allocated, err := unitsNOK(N-out.Unallocated, uOre)
	if err != nil {
		return nil, fmt.Errorf("allocation: allocated: %w", err)
	}
	unallocated, err := unitsNOK(out.Unallocated, uOre)
	if err != nil {
		return nil, fmt.Errorf("allocation: unallocated: %w", err)
	}
	whole, err := allocated.Add(unallocated)
	if err != nil {
		return nil, fmt.Errorf("allocation: %w", err)
	}
	residue, err := pot.Sub(whole)
	if err != nil {
		return nil, fmt.Errorf("allocation: residue: %w", err)
	}
	res, cols := &blk.res, &blk.cols
	// Field by field: the block is fresh and zero, so only what is set is written.
	res.Pot, res.Unit, res.Method = pot, p.cfg.unit, p.cfg.method
	res.Allocated, res.Residue, res.Unallocated = allocated, residue, unallocated
	if p.cfg.method == LargestRemainder {
		res.Remaining = out.Remaining
	}
	if !p.cfg.basis.IsZero() {
		res.Basis = p.cfg.basis
	}
	res.shares.cols = cols
	cols.ids, cols.floors, cols.caps = p.ids, p.floors, p.caps
	// The fractions of all shares index into two shared contexts.
	cols.quota = fracCtx{q: out, ore: uOre}
	if p.w != nil {
		var total uint64
		for _, w := range p.w {
			total += w // Solve checked that Σw fits
		}
		cols.wD = p.wD
		cols.key = fracCtx{den: total, rem: p.w}
	} else {
		if p.weights == nil {
			p.bigWeights() // Solve found Σw too wide for 64 bits
		}
		bigTotal := new(big.Int)
		for _, w := range p.bigW {
			bigTotal.Add(bigTotal, w)
		}
		if bigTotal.Sign() == 0 {
			bigTotal.SetInt64(1)
		}
		cols.key = fracCtx{big: &bigFrac{rem: p.bigW, den: bigTotal, weights: p.weights}}
	}
	return res, nil
}

// scaledWeight returns the weight w/d in lowest terms (d > 0), as the recipient gave it.
func scaledWeight(w, d uint64) Weight {
	if w == 0 {
		return Weight{}
	}
	g := gcd(w, d)
	return Weight{num: w / g, den: d / g}
}
