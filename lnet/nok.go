package lnet

import (
	"bytes"
	"database/sql/driver"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// NOK is an exact amount of Norwegian kroner (beløp i norske kroner) with at most two
// decimals (øre). It is a small value type holding a whole number of øre, so amounts compare
// with == and < on [NOK.Ore], work as map keys, and kr 5 equals kr 5,00 under ==. Its zero
// value is kr 0. Every NOK lies within ±[MaxNOK] kroner and 99 øre: constructors, parsing,
// decoding and arithmetic all check that bound and report a value beyond it as an error, so
// every amount formats to text that parses back. NOK never goes through float64; it never
// rounds, except in [NOK.MulRat] and [NOK.Percent], which round by the [RoundingMode] the
// caller states.
//
// shopspring/decimal is used at the boundary only: [NOKFromDecimal] and [NOK.Decimal].
type NOK struct {
	ore int64
}

// MaxNOK is the largest magnitude, in whole kroner, that an amount may have:
// 999 999 999 999 999 (15 digits), far above any Norwegian budget. With its 99 øre it is
// 99 999 999 999 999 999 øre, which fits an int64 (at most about 9.2 × 10^18) with room for
// the sum of two amounts, so [NOK.Add] and [NOK.Sub] cannot wrap before they check the bound.
const MaxNOK = 999_999_999_999_999

// maxOre is the largest magnitude in øre: MaxNOK kroner and 99 øre.
const maxOre = MaxNOK*100 + 99

const maxIntDigits = 15

// maxNOKInput is the longest text ParseNOK looks at. Longer input is rejected at once.
const maxNOKInput = 64

// NewNOK returns an amount of whole kroner (kroner). It fails with [ErrInvalidAmount] if
// |kroner| > [MaxNOK]. For constants in tests and examples, [MustNOK] is shorter.
func NewNOK(kroner int64) (NOK, error) {
	if kroner > MaxNOK || kroner < -MaxNOK {
		return NOK{}, parseError("NOK", strconv.FormatInt(kroner, 10), "magnitude exceeds the maximum of 999999999999999", ErrInvalidAmount)
	}
	return NOK{kroner * 100}, nil
}

// NOKFromOre returns an amount given in øre (1/100 krone): NOKFromOre(95000050) is
// kr 950 000,50. It fails with [ErrInvalidAmount] beyond ±[MaxNOK] kroner and 99 øre. It is
// the inverse of [NOK.Ore].
func NOKFromOre(ore int64) (NOK, error) {
	if ore > maxOre || ore < -maxOre {
		return NOK{}, parseError("NOK", formatOre(ore), "magnitude exceeds the maximum of 999999999999999.99", ErrInvalidAmount)
	}
	return NOK{ore}, nil
}

// NOKFromDecimal returns d as an amount. It fails with [ErrInvalidAmount] if d has more than
// two decimals (after removing trailing zeros) or more than 15 integer digits (its magnitude
// is [MaxNOK] kroner and 99 øre at most, as for [ParseNOK]).
func NOKFromDecimal(d decimal.Decimal) (NOK, error) {
	if d.Abs().Cmp(decimal.New(maxOre, -2)) > 0 {
		return NOK{}, parseError("NOK", d.String(), "magnitude exceeds the maximum of 999999999999999", ErrInvalidAmount)
	}
	ore := d.Shift(2)
	if !ore.IsInteger() {
		return NOK{}, parseError("NOK", d.String(), "more than 2 decimals", ErrInvalidAmount)
	}
	return NOK{ore.IntPart()}, nil
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
	if !ore.Num().IsInt64() {
		return NOK{}, parseError("NOK", r.RatString(), "magnitude exceeds the maximum of 999999999999999", ErrInvalidAmount)
	}
	return NOKFromOre(ore.Num().Int64())
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
	ore, _ := strconv.ParseInt(digits, 10, 64) // ≤ 15 digits: cannot fail
	ore *= 100
	switch len(frac) {
	case 1:
		ore += int64(frac[0]-'0') * 10
	case 2:
		ore += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	if neg {
		ore = -ore
	}
	return NOK{ore}, nil
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

// Decimal returns the amount as a decimal number of kroner, with two decimals
// (decimal.New(ore, -2)).
func (n NOK) Decimal() decimal.Decimal { return decimal.New(n.ore, -2) }

// Rat returns the amount as an exact rational number of kroner.
func (n NOK) Rat() *big.Rat { return big.NewRat(n.ore, 100) }

// Ore returns the amount as a whole number of øre (1/100 krone); it is the inverse of
// [NOKFromOre].
func (n NOK) Ore() int64 { return n.ore }

// Add returns n + m. It fails with [ErrOverflow] (in an [*ArithmeticError]) if the sum lies
// beyond ±[MaxNOK] kroner and 99 øre.
func (n NOK) Add(m NOK) (NOK, error) {
	s := n.ore + m.ore // |s| ≤ 2·maxOre < 2^63: cannot wrap
	if s > maxOre || s < -maxOre {
		return NOK{}, overflow("+", n.String(), m.String())
	}
	return NOK{s}, nil
}

// Sub returns n − m. It fails with [ErrOverflow] (in an [*ArithmeticError]) if the
// difference lies beyond ±[MaxNOK] kroner and 99 øre.
func (n NOK) Sub(m NOK) (NOK, error) {
	d := n.ore - m.ore // |d| ≤ 2·maxOre < 2^63: cannot wrap
	if d > maxOre || d < -maxOre {
		return NOK{}, overflow("−", n.String(), m.String())
	}
	return NOK{d}, nil
}

// Mul returns n × k. It fails with [ErrOverflow] (in an [*ArithmeticError]) if the product
// lies beyond ±[MaxNOK] kroner and 99 øre.
func (n NOK) Mul(k int64) (NOK, error) {
	if p, ok := mulOre(n.ore, k); ok {
		return NOK{p}, nil
	}
	return NOK{}, overflow("×", n.String(), strconv.FormatInt(k, 10))
}

// mulOre returns a·b if it lies within ±maxOre.
func mulOre(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	ua, ub := abs64(a), abs64(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 || lo > maxOre {
		return 0, false
	}
	if (a < 0) != (b < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

func abs64(a int64) uint64 {
	if a < 0 {
		return uint64(-a) // a ≠ MinInt64 is not needed: uint64(-MinInt64) is 2^63, as wanted
	}
	return uint64(a)
}

// Neg returns −n. It cannot fail: the bound is symmetric.
func (n NOK) Neg() NOK { return NOK{-n.ore} }

// Abs returns |n|. It cannot fail: the bound is symmetric.
func (n NOK) Abs() NOK {
	if n.ore < 0 {
		return NOK{-n.ore}
	}
	return n
}

// Cmp compares n and m: −1 if n < m, 0 if equal, +1 if n > m.
func (n NOK) Cmp(m NOK) int {
	switch {
	case n.ore < m.ore:
		return -1
	case n.ore > m.ore:
		return 1
	}
	return 0
}

// Equal reports whether n and m are the same amount (kr 5 equals kr 5,00). It is the same
// as n == m.
func (n NOK) Equal(m NOK) bool { return n.ore == m.ore }

// Sign returns −1, 0 or +1.
func (n NOK) Sign() int { return n.Cmp(NOK{}) }

// IsZero reports whether n is kr 0, the zero value.
func (n NOK) IsZero() bool { return n.ore == 0 }

// IsNegative reports whether n < 0.
func (n NOK) IsNegative() bool { return n.ore < 0 }

// IsWhole reports whether n is a whole number of kroner.
func (n NOK) IsWhole() bool { return n.ore%100 == 0 }

// Sum returns the exact sum of amounts (sum). It fails with [ErrOverflow] (in an
// [*ArithmeticError]) if the total lies beyond ±[MaxNOK] kroner and 99 øre. Only the total
// counts: a running sum may pass the bound on the way (kr 999 999 999 999 999 +
// kr 1 − kr 1 is fine). Its cost is linear in len(amounts).
func Sum(amounts ...NOK) (NOK, error) {
	// Each term is within ±maxOre < 2^57, so 64 of them cannot wrap an int64; carry the
	// running sum in 128 bits to be safe for any count.
	var hi int64
	var lo uint64
	for _, a := range amounts {
		var carry uint64
		lo, carry = bits.Add64(lo, uint64(a.ore), 0)
		hi += int64(carry)
		if a.ore < 0 {
			hi-- // sign extension of a negative term
		}
	}
	if (hi == 0 && lo <= maxOre) || (hi == -1 && lo >= 1<<64-maxOre) {
		return NOK{int64(lo)}, nil
	}
	return NOK{}, overflow("Σ", strconv.Itoa(len(amounts))+" amounts", "")
}

// String returns the plain, canonical form used in JSON, CSV and SQL: whole kroner without
// decimals ("1100000", "-250"), otherwise exactly two decimals with a point ("950000.50",
// "-0.50"). [ParseNOK] reads it back.
func (n NOK) String() string { return formatOre(n.ore) }

func formatOre(ore int64) string {
	var buf [24]byte
	u := abs64(ore)
	i := len(buf)
	if frac := u % 100; frac != 0 {
		i -= 3
		buf[i], buf[i+1], buf[i+2] = '.', byte('0'+frac/10), byte('0'+frac%10)
	}
	i = putUint(buf[:i], u/100)
	if ore < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// putUint writes v right-aligned at the end of buf and returns the index of its first digit.
func putUint(buf []byte, v uint64) int {
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return i
		}
	}
}

// Norwegian returns the amount as written in a Norwegian letter (bokmål and nynorsk alike):
// "kr 1 100 000", "kr 950 000,50", "kr -250". Groups of three digits are separated by a
// plain space, øre follow a decimal comma. [ParseNOK] reads it back.
func (n NOK) Norwegian() string { return n.grouped("kr ", ' ', ',') }

// English returns the amount as written in English text: "NOK 1,100,000",
// "NOK 1,100,000.50", "NOK -250". Groups of three digits are separated by a comma, øre
// follow a decimal point. ([ParseNOK] does not read this form: "1,100" is a decimal comma in
// Norwegian.)
func (n NOK) English() string { return n.grouped("NOK ", ',', '.') }

// In returns the amount as written in lang (beløpet på språket): [NOK.Norwegian] for bokmål
// and nynorsk, [NOK.English] for English; an undefined language gets bokmål, as in
// [Language.Pick].
func (n NOK) In(lang Language) string {
	if lang == English {
		return n.English()
	}
	return n.Norwegian()
}

func (n NOK) grouped(prefix string, sep, dec byte) string {
	var buf [48]byte
	u := abs64(n.ore)
	i := len(buf)
	if frac := u % 100; frac != 0 {
		i -= 3
		buf[i], buf[i+1], buf[i+2] = dec, byte('0'+frac/10), byte('0'+frac%10)
	}
	v := u / 100
	for k := 0; ; k++ {
		if k > 0 && k%3 == 0 {
			i--
			buf[i] = sep
		}
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	if n.ore < 0 {
		i--
		buf[i] = '-'
	}
	return prefix + string(buf[i:])
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

// Scan implements [database/sql.Scanner] with the same bounds as [ParseNOK] (±[MaxNOK]
// kroner and 99 øre) for every source type:
//
//   - string or []byte: the text of a NUMERIC column, a plain decimal such as "950000.50",
//     "-250" or "1.500", read exactly; zeros beyond two decimals are accepted, other digits
//     are not; no grouping, currency or Norwegian forms;
//   - int64: whole kroner;
//   - float64: read by its shortest decimal form (strconv's 'f', -1), which must be a whole
//     number of øre: 950000.5 is kr 950 000,50, 0.125 is an error, as are NaN and ±Inf;
//   - nil (SQL NULL): an error, never kr 0; use sql.Null[NOK] for a nullable column.
//
// Any other type is an error. Errors are [*ParseError] wrapping [ErrInvalidAmount]; on error
// n is unchanged.
func (n *NOK) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return n.scanDecimal(v)
	case []byte:
		return n.scanDecimal(string(v))
	case int64:
		k, err := NewNOK(v)
		if err != nil {
			return err
		}
		*n = k
		return nil
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return parseError("NOK", strconv.FormatFloat(v, 'g', -1, 64), "not a finite number", ErrInvalidAmount)
		}
		return n.scanDecimal(strconv.FormatFloat(v, 'f', -1, 64))
	case nil:
		return parseError("NOK", "NULL", "NULL amount (use sql.Null[lnet.NOK])", ErrInvalidAmount)
	}
	return parseError("NOK", fmt.Sprintf("%T", src), "cannot scan this type", ErrInvalidAmount)
}

// scanDecimal reads the plain decimal text a database writes for a NUMERIC value. Unlike
// [ParseNOK] it takes a full stop as the decimal point whatever follows it ("1.500" is 1,50,
// not ambiguous), and it accepts no grouping, currency or other Norwegian forms.
func (n *NOK) scanDecimal(s string) error {
	fail := func(reason string) error { return parseError("NOK", s, reason, ErrInvalidAmount) }
	if len(s) > maxNOKInput {
		return fail(fmt.Sprintf("longer than %d bytes", maxNOKInput))
	}
	digits, neg := strings.CutPrefix(s, "-")
	intPart, frac, hasPoint := strings.Cut(digits, ".")
	if intPart == "" || !allDigits(intPart) || hasPoint && (frac == "" || !allDigits(frac)) {
		return fail("not a plain decimal number")
	}
	if len(frac) > 2 {
		if strings.TrimRight(frac[2:], "0") != "" {
			return fail("more than 2 decimals")
		}
		frac = frac[:2]
	}
	intPart = strings.TrimLeft(intPart, "0")
	if len(intPart) > maxIntDigits {
		return fail("magnitude exceeds the maximum of 999999999999999")
	}
	var ore int64
	for i := 0; i < len(intPart); i++ {
		ore = ore*10 + int64(intPart[i]-'0')
	}
	ore *= 100
	switch len(frac) {
	case 1:
		ore += int64(frac[0]-'0') * 10
	case 2:
		ore += int64(frac[0]-'0')*10 + int64(frac[1]-'0')
	}
	if neg {
		ore = -ore
	}
	*n = NOK{ore}
	return nil
}
