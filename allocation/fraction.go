package allocation

import (
	"math/big"
	"strings"
)

// Fraction is an exact non-negative rational number carried by a result: a quota in kroner
// or a share of the key. It is stored compactly (a whole part and a numerator over a
// denominator shared by the whole result) and converted to text or [big.Rat] on demand, so
// a result of a million shares costs no big arithmetic until it is rendered. The zero value
// is 0.
type Fraction struct {
	whole    uint64
	rem, den uint64   // fast form; den == 0 means 1
	big      *bigFrac // big form, when not nil
	ore      int64    // if non-zero, the value is multiplied by ore/100 (a unit in øre)
}

// bigFrac is the fractional part rem/den of a Fraction on the big path; never mutated.
type bigFrac struct{ rem, den *big.Int }

// Rat returns the exact value as a new [big.Rat].
func (f Fraction) Rat() *big.Rat {
	var num, den big.Int
	switch {
	case f.big != nil:
		den.Set(f.big.den)
		num.Mul(new(big.Int).SetUint64(f.whole), &den)
		if f.big.rem != nil {
			num.Add(&num, f.big.rem)
		}
	case f.den == 0:
		den.SetInt64(1)
		num.SetUint64(f.whole)
	default:
		den.SetUint64(f.den)
		num.Mul(new(big.Int).SetUint64(f.whole), &den)
		num.Add(&num, new(big.Int).SetUint64(f.rem))
	}
	if f.ore != 0 {
		num.Mul(&num, big.NewInt(f.ore))
		den.Mul(&den, big.NewInt(100))
	}
	return new(big.Rat).SetFrac(&num, &den)
}

// String returns the exact value: "86640", "86640.5" or "2599201/30" (a decimal when the
// value has a finite decimal expansion, else a fraction in lowest terms).
func (f Fraction) String() string { return ratString(f.Rat()) }

// Decimal returns the value rounded half up to places decimals (places ≥ 0), e.g.
// Decimal(6) = "86640.333333". Use it for display; [Fraction.String] is exact.
func (f Fraction) Decimal(places int) string { return decimalString(f.Rat(), places) }

// decimalString rounds a non-negative rational half up to places decimals.
func decimalString(r *big.Rat, places int) string {
	places = max(places, 0)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	q, m := new(big.Int).QuoRem(num, r.Denom(), new(big.Int))
	if m.Lsh(m, 1).Cmp(r.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	s := q.String()
	if places == 0 {
		return s
	}
	if len(s) <= places {
		s = strings.Repeat("0", places-len(s)+1) + s
	}
	return s[:len(s)-places] + "." + s[len(s)-places:]
}

// MarshalText implements [encoding.TextMarshaler] with the exact [Fraction.String].
func (f Fraction) MarshalText() ([]byte, error) { return []byte(f.String()), nil }
