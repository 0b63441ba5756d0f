package lnet

import (
	"bytes"
	"database/sql/driver"
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// NOK is an exact amount of Norwegian kroner with at most two decimals (øre). It is a value
// type; its zero value is kr 0. Arithmetic is exact: NOK never goes through float64 and never
// rounds. Amounts are bounded by ±[MaxNOK] when parsed or converted, so hostile input cannot
// make them huge.
//
// Compare amounts with [NOK.Cmp] or [NOK.Equal], not with ==.
type NOK struct {
	d decimal.Decimal
}

// MaxNOK is the largest magnitude, in whole kroner, that parsing and conversion accept:
// 999 999 999 999 999 (15 digits), far above any Norwegian budget.
const MaxNOK = 999_999_999_999_999

const maxIntDigits = 15

// maxNOKInput is the longest text ParseNOK looks at. Longer input is rejected at once.
const maxNOKInput = 64

// aboveMaxNOK is the least magnitude beyond the bound: MaxNOK kroner and 99 øre is allowed.
var aboveMaxNOK = decimal.NewFromInt(MaxNOK + 1)

// NewNOK returns an amount of whole kroner. It does not check the bound of [MaxNOK]; use
// [NOKFromDecimal] for untrusted values.
func NewNOK(kroner int64) NOK { return NOK{decimal.NewFromInt(kroner)} }

// NOKFromOre returns an amount given in øre (1/100 krone): NOKFromOre(95000050) is
// kr 950 000,50.
func NOKFromOre(ore int64) NOK { return NOK{decimal.New(ore, -2)} }

// NOKFromDecimal returns d as an amount. It fails with [ErrInvalidAmount] if d has more than
// two decimals (after removing trailing zeros) or more than 15 integer digits (its magnitude
// is [MaxNOK] kroner and 99 øre at most, as for [ParseNOK]).
func NOKFromDecimal(d decimal.Decimal) (NOK, error) {
	if !d.Abs().LessThan(aboveMaxNOK) {
		return NOK{}, parseError("NOK", d.String(), "magnitude exceeds the maximum of 999999999999999", ErrInvalidAmount)
	}
	if !d.Shift(2).IsInteger() {
		return NOK{}, parseError("NOK", d.String(), "more than 2 decimals", ErrInvalidAmount)
	}
	return NOK{d}, nil
}

// NOKFromRat returns the exact amount r. It fails with [ErrInvalidAmount] unless r is a
// whole number of øre within ±[MaxNOK].
func NOKFromRat(r *big.Rat) (NOK, error) {
	if r == nil {
		return NOK{}, parseError("NOK", "<nil>", "nil rational", ErrInvalidAmount)
	}
	ore := new(big.Rat).Mul(r, big.NewRat(100, 1))
	if !ore.IsInt() {
		return NOK{}, parseError("NOK", r.RatString(), "not a whole number of øre", ErrInvalidAmount)
	}
	return NOKFromDecimal(decimal.NewFromBigInt(ore.Num(), -2))
}

// MustNOK is like [ParseNOK] but panics on error. It is meant for constants in tests and
// examples; never call it on input.
func MustNOK(s string) NOK {
	n, err := ParseNOK(s)
	if err != nil {
		panic(err)
	}
	return n
}

// ParseNOK parses an amount in plain or Norwegian form:
//
//	plain:     "1100000", "950000.50", "950000.5", "-250"
//	Norwegian: "kr 1 100 000", "1 100 000,50", "2.300.000,-", "kr. 650 000", "650 000 kr",
//	           "NOK 1100000", "950000,50"
//
// Group separators are a space, a no-break space (U+00A0), a narrow no-break space
// (U+202F) or a full stop, used consistently and in groups of three; the decimal separator
// is a comma, or a full stop in the plain form without groups; ",-" marks whole kroner. A
// minus sign may be "-" or "−" (U+2212). Text that could be read two ways ("1.100": 1,10 or
// 1 100?) is rejected, as is anything with more than two decimals, exponents, NaN, more than
// 15 integer digits or more than 64 bytes. Errors are [*ParseError] wrapping
// [ErrInvalidAmount].
func ParseNOK(s string) (NOK, error) {
	fail := func(reason string) (NOK, error) {
		return NOK{}, parseError("NOK", s, reason, ErrInvalidAmount)
	}
	if len(s) > maxNOKInput {
		return fail(fmt.Sprintf("longer than %d bytes", maxNOKInput))
	}
	if !utf8.ValidString(s) {
		return fail("not valid UTF-8")
	}
	t := trimSpaces(s)
	// Currency marker, before or after.
	lower := strings.ToLower(t)
	switch {
	case strings.HasPrefix(lower, "kr."):
		t = trimSpaces(t[3:])
	case strings.HasPrefix(lower, "kr"):
		t = trimSpaces(t[2:])
	case strings.HasPrefix(lower, "nok"):
		t = trimSpaces(t[3:])
	case strings.HasSuffix(lower, "kr"):
		t = trimSpaces(t[:len(t)-2])
	case strings.HasSuffix(lower, "nok"):
		t = trimSpaces(t[:len(t)-3])
	}
	neg := false
	switch {
	case strings.HasPrefix(t, "-"):
		neg, t = true, t[1:]
	case strings.HasPrefix(t, "−"):
		neg, t = true, t[len("−"):]
	}
	wholeMark := false
	for _, suffix := range []string{",-", ",–", ".-"} {
		if strings.HasSuffix(t, suffix) {
			wholeMark, t = true, t[:len(t)-len(suffix)]
			break
		}
	}
	if t == "" {
		return fail("no digits")
	}

	// Split off the decimals.
	intPart, frac := t, ""
	switch commas := strings.Count(t, ","); {
	case commas > 1:
		return fail("more than one decimal comma")
	case commas == 1:
		i := strings.IndexByte(t, ',')
		intPart, frac = t[:i], t[i+1:]
		if frac == "" {
			return fail("no digits after the decimal comma")
		}
	default:
		// No comma: a single '.' followed by one or two digits, in a number with no other
		// separator, is a decimal point; three digits after it are ambiguous.
		if strings.Count(t, ".") == 1 && !strings.ContainsAny(t, " \u00a0\u202f") {
			i := strings.IndexByte(t, '.')
			before, after := t[:i], t[i+1:]
			switch {
			case len(after) == 3 && len(before) >= 1 && len(before) <= 3 && allDigits(before) && allDigits(after):
				return fail(`ambiguous: "." may be a decimal point or a thousands separator; write "` +
					before + `,` + after[:2] + `" or "` + before + ` ` + after + `"`)
			case allDigits(before):
				intPart, frac = before, after
				if frac == "" {
					return fail("no digits after the decimal point")
				}
			}
		}
	}
	if wholeMark && frac != "" {
		return fail(`",-" after decimals`)
	}
	if len(frac) > 2 {
		if allDigits(frac) {
			return fail("more than 2 decimals")
		}
		return fail("malformed decimals")
	}
	if !allDigits(frac) {
		return fail("malformed decimals")
	}
	digits, reason := ungroup(intPart)
	if reason != "" {
		return fail(reason)
	}
	digits = strings.TrimLeft(digits, "0")
	if len(digits) > maxIntDigits {
		return fail("more than 15 integer digits")
	}
	if digits == "" {
		digits = "0"
	}
	num := digits
	if frac != "" {
		num += "." + frac
	}
	d, err := decimal.NewFromString(num)
	if err != nil { // unreachable: num is validated digits
		return fail("malformed number")
	}
	if neg {
		d = d.Neg()
	}
	return NOK{d}, nil
}

// ungroup returns the digits of an integer part written plain ("1100000") or in groups of
// three with one kind of separator ("1 100 000", "2.300.000"), or a reason it is malformed.
func ungroup(s string) (string, string) {
	if s == "" {
		return "", "no digits before the decimals"
	}
	if allDigits(s) {
		return s, ""
	}
	var sep rune
	var b strings.Builder
	groups := 0
	groupLen := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
			groupLen++
			continue
		}
		switch r {
		case ' ', '\u00a0', '\u202f', '.':
		default:
			return "", fmt.Sprintf("unexpected character %q", r)
		}
		if sep == 0 {
			sep = r
		} else if r != sep {
			return "", "mixed group separators"
		}
		if groupLen == 0 || (groups == 0 && groupLen > 3) || (groups > 0 && groupLen != 3) {
			return "", "digits not in groups of three"
		}
		groups++
		groupLen = 0
	}
	if groupLen != 3 {
		return "", "digits not in groups of three"
	}
	return b.String(), ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func trimSpaces(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f'
	})
}

// Decimal returns the amount as a decimal number of kroner.
func (n NOK) Decimal() decimal.Decimal { return n.d }

// Rat returns the amount as an exact rational number of kroner.
func (n NOK) Rat() *big.Rat { return n.d.Rat() }

// Ore returns the amount as a whole number of øre (1/100 krone).
func (n NOK) Ore() *big.Int { return n.d.Shift(2).BigInt() }

// Add returns n + m, exactly.
func (n NOK) Add(m NOK) NOK { return NOK{n.d.Add(m.d)} }

// Sub returns n − m, exactly.
func (n NOK) Sub(m NOK) NOK { return NOK{n.d.Sub(m.d)} }

// Mul returns n × k, exactly.
func (n NOK) Mul(k int64) NOK { return NOK{n.d.Mul(decimal.NewFromInt(k))} }

// Neg returns −n.
func (n NOK) Neg() NOK { return NOK{n.d.Neg()} }

// Cmp compares n and m: −1 if n < m, 0 if equal, +1 if n > m.
func (n NOK) Cmp(m NOK) int { return n.d.Cmp(m.d) }

// Equal reports whether n and m are the same amount (kr 5 equals kr 5,00).
func (n NOK) Equal(m NOK) bool { return n.d.Equal(m.d) }

// Sign returns −1, 0 or +1.
func (n NOK) Sign() int { return n.d.Sign() }

// IsZero reports whether n is kr 0.
func (n NOK) IsZero() bool { return n.d.IsZero() }

// IsNegative reports whether n < 0.
func (n NOK) IsNegative() bool { return n.d.IsNegative() }

// IsWhole reports whether n is a whole number of kroner.
func (n NOK) IsWhole() bool { return n.d.IsInteger() }

// Sum returns the exact sum of amounts.
func Sum(amounts ...NOK) NOK {
	var s NOK
	for _, a := range amounts {
		s = s.Add(a)
	}
	return s
}

// String returns the plain form used in JSON, CSV and SQL: whole kroner without decimals
// ("1100000"), otherwise exactly two decimals with a point ("950000.50").
func (n NOK) String() string {
	if n.d.IsInteger() {
		return n.d.String()
	}
	return n.d.StringFixed(2)
}

// Norwegian returns the amount as written in a Norwegian letter: "kr 1 100 000",
// "kr 950 000,50", "kr -250". Groups are separated by a plain space.
func (n NOK) Norwegian() string {
	s := n.String()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString("kr ")
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte(',')
		b.WriteString(frac)
	}
	return b.String()
}

// MarshalText implements [encoding.TextMarshaler] with the plain form.
func (n NOK) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseNOK].
func (n *NOK) UnmarshalText(b []byte) error {
	v, err := ParseNOK(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// MarshalJSON writes the plain form as a JSON string: "1100000".
func (n NOK) MarshalJSON() ([]byte, error) { return []byte(`"` + n.String() + `"`), nil }

// UnmarshalJSON reads a JSON string in any form [ParseNOK] accepts, or a JSON number in the
// plain form (1100000, 950000.5; no exponent). The number's text is parsed, never a float.
// JSON null leaves n unchanged.
func (n *NOK) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if string(b) == "null" {
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if len(b) > 2*maxNOKInput+2 {
			return parseError("NOK", string(b), fmt.Sprintf("longer than %d bytes", maxNOKInput), ErrInvalidAmount)
		}
		if err := jsonUnquote(b, &s); err != nil {
			return parseError("NOK", string(b), "malformed JSON string", ErrInvalidAmount)
		}
		return n.UnmarshalText([]byte(s))
	}
	s := string(b)
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == '-') {
			return parseError("NOK", s, "a JSON number must be plain digits with at most 2 decimals", ErrInvalidAmount)
		}
	}
	return n.UnmarshalText(b)
}

// Value implements [driver.Valuer]: the plain form as text, exact for a NUMERIC column.
func (n NOK) Value() (driver.Value, error) { return n.String(), nil }

// Scan implements [database/sql.Scanner] from the text of a NUMERIC column (string or
// bytes: a plain decimal such as "950000.50" or "1.500", read exactly; trailing zeros beyond
// two decimals are accepted, other digits are not) and from integers. NULL is rejected: use a
// nullable wrapper such as sql.Null[NOK] for that. Floats are rejected: they are not exact.
func (n *NOK) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return n.scanDecimal(v)
	case []byte:
		return n.scanDecimal(string(v))
	case int64:
		*n = NewNOK(v)
		return nil
	case nil:
		return parseError("NOK", "NULL", "NULL amount (use sql.Null[lnet.NOK])", ErrInvalidAmount)
	}
	return parseError("NOK", fmt.Sprintf("%T", src), "cannot scan this type (floats are not exact)", ErrInvalidAmount)
}

// scanDecimal reads the plain decimal text a database writes for a NUMERIC value. Unlike
// [ParseNOK] it takes a full stop as the decimal point whatever follows it ("1.500" is 1,50,
// not ambiguous), and it accepts no grouping, currency or other Norwegian forms.
func (n *NOK) scanDecimal(s string) error {
	fail := func(reason string) error { return parseError("NOK", s, reason, ErrInvalidAmount) }
	if len(s) > maxNOKInput {
		return fail(fmt.Sprintf("longer than %d bytes", maxNOKInput))
	}
	digits := strings.TrimPrefix(s, "-")
	intPart, frac, hasPoint := strings.Cut(digits, ".")
	if intPart == "" || !allDigits(intPart) || hasPoint && (frac == "" || !allDigits(frac)) {
		return fail("not a plain decimal number")
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return fail("not a plain decimal number")
	}
	v, err := NOKFromDecimal(d)
	if err != nil {
		return err
	}
	*n = v
	return nil
}
