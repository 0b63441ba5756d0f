package allocation

import (
	"math/bits"
	"strconv"
	"strings"
)

// This file formats the exact fractions of a result without big arithmetic when their
// numerator fits 128 bits and their denominator 64: the common case of every key share and
// quota. The text is exactly that of ratString and decimalString on the same value (the
// tests compare them); anything wider falls back to them.

// u128 is an unsigned 128-bit integer hi·2⁶⁴ + lo.
type u128 struct{ hi, lo uint64 }

// mul returns x·y and whether it fits 128 bits.
func (x u128) mul(y uint64) (u128, bool) {
	h1, lo := bits.Mul64(x.lo, y)
	h2, l2 := bits.Mul64(x.hi, y)
	hi, c := bits.Add64(h1, l2, 0)
	return u128{hi, lo}, h2 == 0 && c == 0
}

// add returns x + y and whether it fits 128 bits.
func (x u128) add(y uint64) (u128, bool) {
	lo, c := bits.Add64(x.lo, y, 0)
	hi, c2 := bits.Add64(x.hi, 0, c)
	return u128{hi, lo}, c2 == 0
}

// divmod returns ⌊x/y⌋ and x mod y, for y > 0.
func (x u128) divmod(y uint64) (u128, uint64) {
	qhi, r := x.hi/y, x.hi%y
	qlo, r := bits.Div64(r, x.lo, y) // r < y: no overflow
	return u128{qhi, qlo}, r
}

// appendDecimal appends x in decimal.
func (x u128) appendDecimal(b []byte) []byte {
	if x.hi == 0 {
		return strconv.AppendUint(b, x.lo, 10)
	}
	const e19 = 10_000_000_000_000_000_000
	q, r := x.divmod(e19) // q < 2¹²⁸/10¹⁹ < 2⁶⁵: one more step at most
	b = q.appendDecimal(b)
	return appendPadded(b, u128{lo: r}, 19)
}

// fastExact returns the exact text of x/y (y > 0), as ratString writes it: the whole number,
// or a decimal when y's reduced form is 2^a·5^b and the decimal is at most 8 bytes longer
// than the fraction "p/q" in lowest terms, else that fraction. ok is false when it does not
// fit this fast path (the caller then uses ratString).
func fastExact(x u128, y uint64) (s string, ok bool) {
	g := gcd(y, remU128(x, y))
	x, _ = x.divmod(g)
	y /= g
	if y == 1 {
		return string(x.appendDecimal(nil)), true
	}
	frac := string(strconv.AppendUint(append(x.appendDecimal(nil), '/'), y, 10))
	twos := bits.TrailingZeros64(y)
	d, fives := y>>twos, 0
	for d%5 == 0 {
		d /= 5
		fives++
	}
	if d != 1 {
		return frac, true
	}
	// y = 2^twos·5^fives divides 10^k: the decimal has exactly k digits after the point.
	// (ratString's guard against huge exponents cannot trigger for a 64-bit y: its
	// fraction has more than twos/4 and fives/4 bytes.)
	k := max(twos, fives)
	m := u128{lo: 1} // 10^k / y = 2^(k−twos)·5^(k−fives)
	for range k - twos {
		if m, ok = m.mul(2); !ok {
			return "", false
		}
	}
	for range k - fives {
		if m, ok = m.mul(5); !ok {
			return "", false
		}
	}
	q, r := x.divmod(y)
	digits, ok := m.mul(r) // r/y = r·m/10^k < 1
	if !ok {
		return "", false
	}
	b := q.appendDecimal(make([]byte, 0, 48))
	b = append(b, '.')
	b = appendPadded(b, digits, k)
	if len(b) <= len(frac)+8 {
		return string(b), true
	}
	return frac, true
}

// appendPadded appends v in decimal, left-padded with zeros to width digits.
func appendPadded(b []byte, v u128, width int) []byte {
	var buf [40]byte
	d := v.appendDecimal(buf[:0])
	for range width - len(d) {
		b = append(b, '0')
	}
	return append(b, d...)
}

// remU128 returns x mod y, for y > 0.
func remU128(x u128, y uint64) uint64 {
	_, r := x.divmod(y)
	return r
}

// fastDecimal returns x/y (y > 0) rounded half up to places decimals, as decimalString
// writes it; ok is false when it does not fit 128 bits.
func fastDecimal(x u128, y uint64, places int) (string, bool) {
	places = max(places, 0)
	if places > 19 {
		return "", false
	}
	scale := uint64(1)
	for range places {
		scale *= 10
	}
	n, ok := x.mul(scale)
	if !ok {
		return "", false
	}
	q, m := n.divmod(y)
	if m >= y-m { // 2m ≥ y without overflow: half up
		if q, ok = q.add(1); !ok {
			return "", false
		}
	}
	return withPoint(string(q.appendDecimal(nil)), places), true
}

// withPoint writes the integer s (the value times 10^places) with places decimals.
func withPoint(s string, places int) string {
	if places == 0 {
		return s
	}
	if len(s) <= places {
		s = strings.Repeat("0", places-len(s)+1) + s
	}
	return s[:len(s)-places] + "." + s[len(s)-places:]
}

// small returns the value of f as x/y in 128 and 64 bits (not reduced), when it has such a
// form: the fast forms of a result's key shares and quotas. ok is false for the big forms
// and when the product does not fit.
func (f Fraction) small() (x u128, y uint64, ok bool) {
	c := f.ctx
	switch {
	case c == nil:
		return u128{}, 1, true
	case c.q != nil && c.q.Stored != nil && c.q.BigDen != nil, c.q == nil && c.big != nil:
		return u128{}, 0, false
	case c.q != nil: // a quota: (whole + r/den) units
		whole, r := c.q.Quota(f.i)
		den := c.q.Den
		g := gcd(den, r)
		r, den = r/g, den/g
		x, ok = u128{lo: whole}.mul(den)
		if ok {
			x, ok = x.add(r)
		}
		y = den
	case c.den == 0:
		return u128{}, 1, true
	default:
		if c.rem != nil {
			x = u128{lo: c.rem[f.i]}
		}
		y, ok = c.den, true
	}
	if ok && c.ore != 0 { // in kroner: × ore/100
		x, ok = x.mul(uint64(c.ore))
		var hi uint64
		hi, y = bits.Mul64(y, 100)
		ok = ok && hi == 0
	}
	return x, y, ok
}
