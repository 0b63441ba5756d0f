package lnet

import (
	"math/bits"
	"strconv"
)

// RoundingMode is how [NOK.MulRat] and [NOK.Percent] round an exact result to whole øre
// (avrundingsregel). Its zero value is not a mode: the caller always states one, so a
// rounding rule is visible where a krone is decided.
type RoundingMode uint8

const (
	// RoundHalfEven rounds to the nearest øre, ties to the even øre (bankers' rounding,
	// statistisk avrunding): 0,125 → 0,12; 0,135 → 0,14; −0,125 → −0,12.
	RoundHalfEven RoundingMode = iota + 1
	// RoundHalfUp rounds to the nearest øre, ties away from zero (vanlig avrunding):
	// 0,125 → 0,13; −0,125 → −0,13.
	RoundHalfUp
	// RoundDown rounds towards zero (avrunding nedover i absoluttverdi, truncation):
	// 0,129 → 0,12; −0,129 → −0,12.
	RoundDown
	// RoundUp rounds away from zero (avrunding oppover i absoluttverdi): 0,121 → 0,13;
	// −0,121 → −0,13.
	RoundUp
	// RoundFloor rounds towards minus infinity (gulv): 0,129 → 0,12; −0,121 → −0,13.
	RoundFloor
	// RoundCeiling rounds towards plus infinity (tak): 0,121 → 0,13; −0,129 → −0,12. The
	// least whole-øre amount that is at least a share, as in "egenandelen må være minst 25 %".
	RoundCeiling
)

var roundingNames = [...]string{"", "half-even", "half-up", "down", "up", "floor", "ceiling"}

// Valid reports whether m is one of the defined modes.
func (m RoundingMode) Valid() bool { return m >= RoundHalfEven && m <= RoundCeiling }

// String returns the mode's name, e.g. "half-even", or "RoundingMode(9)" for an undefined
// value.
func (m RoundingMode) String() string {
	if m.Valid() {
		return roundingNames[m]
	}
	return "RoundingMode(" + strconv.Itoa(int(m)) + ")"
}

// MulRat returns n × num/den rounded to whole øre by mode (brøkdel av et beløp). The product
// is exact in 128-bit integer arithmetic before the one rounding; no float64 is involved, so
// kr 0,05 × 1/2 is exactly 2,5 øre and mode alone decides 2 or 3 øre. It fails with
// [ErrInvalidValue] if den is 0 or mode is not [RoundingMode.Valid], and with [ErrOverflow]
// if the rounded result lies beyond ±[MaxNOK] kroner and 99 øre; errors are
// [*ArithmeticError].
func (n NOK) MulRat(num, den int64, mode RoundingMode) (NOK, error) {
	op := "× " + strconv.FormatInt(num, 10) + "/" + strconv.FormatInt(den, 10)
	switch {
	case den == 0:
		return NOK{}, &ArithmeticError{Op: op, X: n.String(), Reason: "division by zero", Err: ErrInvalidValue}
	case !mode.Valid():
		return NOK{}, &ArithmeticError{Op: op, X: n.String(), Reason: "no rounding mode stated (" + mode.String() + ")", Err: ErrInvalidValue}
	}
	neg := (n.ore < 0) != (num < 0) != (den < 0)
	hi, lo := bits.Mul64(abs64(n.ore), abs64(num))
	d := abs64(den)
	if hi >= d { // the quotient needs more than 64 bits: far beyond the bound
		return NOK{}, overflow(op, n.String(), "")
	}
	q, r := bits.Div64(hi, lo, d)
	if r != 0 && roundAway(mode, neg, q, r, d) {
		q++
	}
	if q > maxOre {
		return NOK{}, overflow(op, n.String(), "")
	}
	if neg {
		return NOK{-int64(q)}, nil
	}
	return NOK{int64(q)}, nil
}

// roundAway reports whether the magnitude q + r/d (0 < r < d) rounds up to q+1 under mode
// when the exact result is negative (neg) or not.
func roundAway(mode RoundingMode, neg bool, q, r, d uint64) bool {
	switch mode {
	case RoundUp:
		return true
	case RoundFloor:
		return neg
	case RoundCeiling:
		return !neg
	case RoundHalfUp, RoundHalfEven:
		// Compare r with d − r rather than 2r with d, which could wrap.
		switch rest := d - r; {
		case r > rest:
			return true
		case r < rest:
			return false
		}
		return mode == RoundHalfUp || q%2 == 1
	}
	return false // RoundDown
}

// Percent returns p % of n rounded to whole øre by mode (prosent av et beløp): it is
// n.MulRat(p, 100, mode). For a fraction of a percent use [NOK.MulRat], e.g. 12,5 % is
// MulRat(125, 1000, mode). A rule such as "the own contribution must be at least 25 % of the
// total cost" reads
//
//	least, err := total.Percent(25, lnet.RoundCeiling)
//	ok := err == nil && own.Cmp(least) >= 0
//
// and, with [RoundCeiling], is exactly own ≥ 25 % × total, since own is whole øre.
func (n NOK) Percent(p int64, mode RoundingMode) (NOK, error) { return n.MulRat(p, 100, mode) }
