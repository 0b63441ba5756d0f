package allocation

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Weight is an exact non-negative rational weight (vekt) of a recipient in a distribution
// key, or the share or value of a criterion. It is an immutable value: copies share nothing
// that changes. The zero value is weight 0.
//
// Small weights (numerator and denominator within 64 bits) are kept as two integers, so the
// common case needs no big arithmetic; larger ones fall back to [big.Rat].
type Weight struct {
	num, den uint64   // den == 0 means the zero value (0/1); in lowest terms when r == nil
	r        *big.Rat // non-nil when the weight does not fit num/den; never mutated
}

// IntWeight returns the whole-number weight n, e.g. a count of children (barn 0–17).
func IntWeight(n uint64) Weight {
	if n == 0 {
		return Weight{}
	}
	return Weight{num: n, den: 1}
}

// FracWeight returns the weight num/den; it fails with [ErrInvalidWeight] if den is 0.
func FracWeight(num, den uint64) (Weight, error) {
	if den == 0 {
		return Weight{}, weightError(strconv.FormatUint(num, 10)+"/0", "zero denominator")
	}
	return weightFromRat(new(big.Rat).SetFrac(new(big.Int).SetUint64(num), new(big.Int).SetUint64(den))), nil
}

// WeightFromRat returns r as a weight; it fails with [ErrInvalidWeight] if r is nil or
// negative. r is copied.
func WeightFromRat(r *big.Rat) (Weight, error) {
	if r == nil {
		return Weight{}, weightError("<nil>", "nil rational")
	}
	if r.Sign() < 0 {
		return Weight{}, weightError(r.RatString(), "negative weight")
	}
	return weightFromRat(new(big.Rat).Set(r)), nil
}

// WeightFromNOK returns an amount as a weight, e.g. the amount an application requests
// (omsøkt beløp); it fails with [ErrInvalidWeight] if n is negative.
func WeightFromNOK(n lnet.NOK) (Weight, error) {
	if n.IsNegative() {
		return Weight{}, weightError(n.String(), "negative weight")
	}
	return weightFromRat(n.Rat()), nil
}

// MustWeight is like [ParseWeight] but panics on error; for constants in tests and examples.
func MustWeight(s string) Weight {
	w, err := ParseWeight(s)
	if err != nil {
		panic(err)
	}
	return w
}

// weightFromRat takes ownership of r (which must be non-negative).
func weightFromRat(r *big.Rat) Weight {
	if r.Sign() == 0 {
		return Weight{}
	}
	if r.Num().IsUint64() && r.Denom().IsUint64() {
		return Weight{num: r.Num().Uint64(), den: r.Denom().Uint64()}
	}
	return Weight{r: r}
}

func weightError(input, reason string) error {
	if len(input) > 64 {
		input = input[:64] + "…"
	}
	return &lnet.ParseError{Type: "weight", Input: input, Reason: reason, Err: ErrInvalidWeight}
}

// ParseWeight parses a non-negative weight written as
//
//	a whole number:   "12345"
//	a decimal:        "0.0912", "0,0912" (decimal comma), ".5"
//	an exponent form: "9.12e-2" (|exponent| ≤ 40)
//	an exact fraction: "3/7"
//
// It never goes through float64, so "0.1" is exactly 1/10. Signs, spaces, group separators
// and text longer than [MaxWeightLen] bytes are rejected with a [*lnet.ParseError] wrapping
// [ErrInvalidWeight].
func ParseWeight(s string) (Weight, error) {
	if len(s) > MaxWeightLen {
		return Weight{}, weightError(s, "longer than "+strconv.Itoa(MaxWeightLen)+" bytes")
	}
	if s == "" {
		return Weight{}, weightError(s, "empty")
	}
	if s[0] == '-' {
		return Weight{}, weightError(s, "negative weight")
	}
	if num, den, ok := strings.Cut(s, "/"); ok {
		if !allDigits(num) || !allDigits(den) || num == "" || den == "" {
			return Weight{}, weightError(s, "a fraction must be digits/digits")
		}
		n, _ := new(big.Int).SetString(num, 10)
		d, _ := new(big.Int).SetString(den, 10)
		if d.Sign() == 0 {
			return Weight{}, weightError(s, "zero denominator")
		}
		return weightFromRat(new(big.Rat).SetFrac(n, d)), nil
	}
	mant, exp := s, 0
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || s[i+1:] == "" || s[i+1] == ' ' {
			return Weight{}, weightError(s, "malformed exponent")
		}
		if e > MaxWeightExponent || e < -MaxWeightExponent {
			return Weight{}, weightError(s, "exponent beyond ±"+strconv.Itoa(MaxWeightExponent))
		}
		exp = e
	}
	intPart, frac := mant, ""
	if i := strings.IndexAny(mant, ".,"); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
	}
	if intPart == "" && frac == "" || !allDigits(intPart) || !allDigits(frac) {
		return Weight{}, weightError(s, "want digits, a decimal such as 0.0912, or a fraction such as 3/7")
	}
	n, _ := new(big.Int).SetString("0"+intPart+frac, 10)
	exp -= len(frac)
	r := new(big.Rat).SetInt(n)
	if exp != 0 {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(exp))), nil)
		if exp > 0 {
			r.Mul(r, new(big.Rat).SetInt(p))
		} else {
			r.Quo(r, new(big.Rat).SetInt(p))
		}
	}
	return weightFromRat(r), nil
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Rat returns the weight as a new exact rational.
func (w Weight) Rat() *big.Rat {
	switch {
	case w.r != nil:
		return new(big.Rat).Set(w.r)
	case w.den == 0:
		return new(big.Rat)
	}
	return new(big.Rat).SetFrac(new(big.Int).SetUint64(w.num), new(big.Int).SetUint64(w.den))
}

// denom returns the denominator in lowest terms (1 for the zero weight); never mutate it.
func (w Weight) denom() *big.Int {
	switch {
	case w.r != nil:
		return w.r.Denom()
	case w.den == 0:
		return big.NewInt(1)
	}
	return new(big.Int).SetUint64(w.den)
}

// small returns the weight as num/den in lowest terms when both fit 64 bits.
func (w Weight) small() (num, den uint64, ok bool) {
	if w.r != nil {
		return 0, 0, false
	}
	if w.den == 0 {
		return 0, 1, true
	}
	return w.num, w.den, true
}

// IsZero reports whether the weight is 0.
func (w Weight) IsZero() bool { return w.r == nil && w.num == 0 }

// Cmp compares w and v: −1 if w < v, 0 if equal, +1 if w > v.
func (w Weight) Cmp(v Weight) int {
	a, b, ok1 := w.small()
	c, d, ok2 := v.small()
	if ok1 && ok2 {
		x, y := mul128(a, d), mul128(c, b)
		return x.cmp(y)
	}
	return w.Rat().Cmp(v.Rat())
}

// Equal reports whether w and v are the same number (0.5 equals 1/2).
func (w Weight) Equal(v Weight) bool { return w.Cmp(v) == 0 }

// Mul returns w × v, exactly; e.g. a requested amount times a priority.
func (w Weight) Mul(v Weight) Weight {
	return weightFromRat(new(big.Rat).Mul(w.Rat(), v.Rat()))
}

// Add returns w + v, exactly.
func (w Weight) Add(v Weight) Weight {
	return weightFromRat(new(big.Rat).Add(w.Rat(), v.Rat()))
}

// String returns the exact weight: a whole number ("12345"), a terminating decimal
// ("0.0912") or else a fraction in lowest terms ("3/7"). [ParseWeight] reads it back.
func (w Weight) String() string {
	if num, den, ok := w.small(); ok {
		if den == 1 {
			return strconv.FormatUint(num, 10)
		}
		if s, ok := fastExact(u128{lo: num}, den); ok {
			return s
		}
	}
	return ratString(w.Rat())
}

// ratString writes a non-negative rational exactly: as a decimal when its denominator is of
// the form 2^a·5^b and the decimal is at most 8 bytes longer than the fraction "p/q",
// otherwise as the fraction in lowest terms.
func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	frac := r.RatString()
	d := new(big.Int).Set(r.Denom())
	var twos, fives int
	two, five := big.NewInt(2), big.NewInt(5)
	var q, m big.Int
	for d.Cmp(big.NewInt(1)) != 0 {
		if q.QuoRem(d, two, &m); m.Sign() == 0 {
			d.Set(&q)
			twos++
		} else if q.QuoRem(d, five, &m); m.Sign() == 0 {
			d.Set(&q)
			fives++
		} else {
			return frac
		}
		if twos > 4*len(frac) || fives > 4*len(frac) {
			return frac
		}
	}
	if dec := r.FloatString(max(twos, fives)); len(dec) <= len(frac)+8 {
		return dec
	}
	return frac
}

// MarshalText implements [encoding.TextMarshaler] with [Weight.String].
func (w Weight) MarshalText() ([]byte, error) { return []byte(w.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseWeight].
func (w *Weight) UnmarshalText(b []byte) error {
	v, err := ParseWeight(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// MarshalJSON writes the exact weight as a JSON string: "0.0912" or "3/7".
func (w Weight) MarshalJSON() ([]byte, error) { return json.Marshal(w.String()) }

// UnmarshalJSON reads a JSON string in any form [ParseWeight] accepts, or a JSON number,
// whose text is parsed exactly (never through float64). JSON null leaves w unchanged.
func (w *Weight) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case string(b) == "null":
		return nil
	case len(b) > 0 && b[0] == '"':
		if len(b) > 2*MaxWeightLen+2 {
			return weightError(string(b), "longer than "+strconv.Itoa(MaxWeightLen)+" bytes")
		}
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return weightError(string(b), "malformed JSON string")
		}
		return w.UnmarshalText([]byte(s))
	}
	return w.UnmarshalText(b)
}

// mul128 multiplies two uint64 to 128 bits.
func mul128(a, b uint64) u128 {
	hi, lo := bits.Mul64(a, b)
	return u128{hi, lo}
}

// cmp compares x and y: −1, 0 or +1.
func (x u128) cmp(y u128) int {
	switch {
	case x.hi < y.hi:
		return -1
	case x.hi > y.hi:
		return 1
	case x.lo < y.lo:
		return -1
	case x.lo > y.lo:
		return 1
	}
	return 0
}
