package allocation

import (
	"math/big"

	"github.com/laeringsnettverk/sdk/allocation/internal/apportion"
)

// Fraction is an exact non-negative rational number carried by a result: a quota in kroner
// or a share of the key. It is stored compactly (an index into the integer whole parts and
// numerators of the whole result, over their shared denominator) and converted to text or
// [big.Rat] on demand, so a result of a million shares costs no big arithmetic until it is
// rendered. The zero value is 0.
type Fraction struct {
	ctx *fracCtx // nil means 0
	i   int      // the index of the value in ctx
}

// fracCtx holds the values of one kind of fraction of one result, by index, and what they
// share: the denominator and the unit. Never mutated. It is small: a result holds two.
type fracCtx struct {
	rem []uint64 // fast form: the numerators rem[i]/den; nil means all 0
	den uint64   // fast form; 0 means every value is 0
	big *bigFrac // big form, instead of rem and den
	// q, when not nil, holds the values instead: the quotas of a result as the solver left
	// them (Output.Quota, recomputed on demand on the fast path) and their units.
	q   *apportion.Output
	ore int64 // if non-zero, the value is multiplied by ore/100 (a unit in øre)
}

// bigFrac is the big form of a fracCtx: the values rem[i]/den.
type bigFrac struct {
	rem   []*big.Int // nil (or a nil entry) means 0
	den   *big.Int
	units uint64 // the amount in units of a decoded share's quota (see Share.Amount)
	// weights are the weights as given, for the key shares of a result on the big path.
	weights []Weight
}

// unitOre returns the unit in øre the value is multiplied by, 0 if none.
func (f Fraction) unitOre() int64 {
	if f.ctx == nil {
		return 0
	}
	return f.ctx.ore
}

// units returns the amount in units belonging to a quota, 0 if none.
func (f Fraction) units() uint64 {
	switch {
	case f.ctx == nil:
		return 0
	case f.ctx.q != nil:
		return f.ctx.q.UnitsAt(f.i)
	case f.ctx.big != nil:
		return f.ctx.big.units
	}
	return 0
}

// Rat returns the exact value as a new [big.Rat].
func (f Fraction) Rat() *big.Rat {
	var num, den big.Int
	c := f.ctx
	if c == nil {
		return new(big.Rat)
	}
	switch {
	case c.q != nil && c.q.Stored != nil && c.q.BigDen != nil:
		den.Set(c.q.BigDen)
		num.Mul(new(big.Int).SetUint64(c.q.Whole[f.i]), &den)
		if r := c.q.BigRem[f.i]; r != nil {
			num.Add(&num, r)
		}
	case c.q != nil:
		w, r := c.q.Quota(f.i)
		den.SetUint64(c.q.Den)
		num.Mul(new(big.Int).SetUint64(w), &den)
		num.Add(&num, new(big.Int).SetUint64(r))
	case c.big != nil:
		den.Set(c.big.den)
		if c.big.rem != nil && c.big.rem[f.i] != nil {
			num.Set(c.big.rem[f.i])
		}
	case c.den == 0:
		den.SetInt64(1)
	default:
		den.SetUint64(c.den)
		if c.rem != nil {
			num.SetUint64(c.rem[f.i])
		}
	}
	if c.ore != 0 {
		num.Mul(&num, big.NewInt(c.ore))
		den.Mul(&den, big.NewInt(100))
	}
	return new(big.Rat).SetFrac(&num, &den)
}

// String returns the exact value: "86640", "86640.5" or "2599201/30" (a decimal when the
// value has a finite decimal expansion, else a fraction in lowest terms).
func (f Fraction) String() string {
	if x, y, ok := f.small(); ok {
		if s, ok := fastExact(x, y); ok {
			return s
		}
	}
	return ratString(f.Rat())
}

// Decimal returns the value rounded half up to places decimals (places ≥ 0), e.g.
// Decimal(6) = "86640.333333". Use it for display; [Fraction.String] is exact.
func (f Fraction) Decimal(places int) string {
	if x, y, ok := f.small(); ok {
		if s, ok := fastDecimal(x, y, places); ok {
			return s
		}
	}
	return decimalString(f.Rat(), places)
}

// decimalString rounds a non-negative rational half up to places decimals.
func decimalString(r *big.Rat, places int) string {
	places = max(places, 0)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	q, m := new(big.Int).QuoRem(num, r.Denom(), new(big.Int))
	if m.Lsh(m, 1).Cmp(r.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return withPoint(q.String(), places)
}

// MarshalText implements [encoding.TextMarshaler] with the exact [Fraction.String].
func (f Fraction) MarshalText() ([]byte, error) { return []byte(f.String()), nil }
