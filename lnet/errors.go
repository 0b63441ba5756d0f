package lnet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Sentinel errors. Every error returned by this package wraps one of them, so a caller can
// test the kind of failure with [errors.Is] without parsing messages.
var (
	// ErrInvalidAmount reports a malformed or out-of-range amount of money.
	ErrInvalidAmount = errors.New("invalid amount")
	// ErrInvalidCode reports a malformed municipality, county or office code.
	ErrInvalidCode = errors.New("invalid code")
	// ErrInvalidScheme reports an unknown funding scheme (ordning).
	ErrInvalidScheme = errors.New("invalid scheme")
	// ErrInvalidValue reports an unknown enumeration value (role, partner kind, …).
	ErrInvalidValue = errors.New("invalid value")
	// ErrNotFound reports a code that is well formed but not known to the register on the
	// date asked about (a municipality that did not exist then, say).
	ErrNotFound = errors.New("not found")
	// ErrOutOfRange reports a date or year outside what the embedded register covers.
	ErrOutOfRange = errors.New("out of range")
	// ErrInvalidModel reports a domain model that fails validation.
	ErrInvalidModel = errors.New("invalid model")
)

// ParseError reports text that could not be parsed as a value of this package. It follows
// [time.ParseError]: it carries the input and says what was wrong with it.
type ParseError struct {
	// Type names what was being parsed, e.g. "NOK" or "municipality code".
	Type string
	// Input is the text as given (cut to 64 bytes for very long input).
	Input string
	// Reason says what was wrong.
	Reason string
	// Err is the sentinel the error wraps, e.g. [ErrInvalidAmount].
	Err error
}

// Error returns the message, naming the type, the input and the reason, e.g.
// `lnet: parsing NOK "12,3,4": more than one decimal comma`.
func (e *ParseError) Error() string {
	return fmt.Sprintf("lnet: parsing %s %s: %s", e.Type, strconv.Quote(e.Input), e.Reason)
}

// Unwrap returns the sentinel error, so errors.Is(err, ErrInvalidAmount) and the like work.
func (e *ParseError) Unwrap() error { return e.Err }

func parseError(typ, input, reason string, sentinel error) *ParseError {
	if len(input) > 64 {
		input = strings.ToValidUTF8(input[:64], "") + "…"
	}
	return &ParseError{Type: typ, Input: input, Reason: reason, Err: sentinel}
}

// FieldError reports a field of a model that fails validation. Path locates the field from
// the model validated, in JSON names: `members[2].representatives[0].role`.
type FieldError struct {
	// Path is the location of the field, in JSON field names.
	Path string
	// Value is the offending value, formatted for a message ("" when the field is missing).
	Value string
	// Reason says what is wrong.
	Reason string
	// Err is the cause, if any: the sentinel of a parser ([ErrInvalidScheme], …) or of the
	// decoding layer. Nil for a rule of Validate.
	Err error
}

// Error returns the message, naming the field path, the value (cut to 64 bytes) and the
// reason.
func (e *FieldError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", e.Path, e.Reason)
	}
	v := e.Value
	if len(v) > 64 {
		v = strings.ToValidUTF8(v[:64], "") + "…"
	}
	return fmt.Sprintf("%s: %s %s", e.Path, e.Reason, strconv.Quote(v))
}

// Unwrap returns [ErrInvalidModel] and the cause, if any.
func (e *FieldError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidModel}
	}
	return []error{ErrInvalidModel, e.Err}
}

// ErrOverflow reports arithmetic on amounts whose result lies beyond ±[MaxNOK] kroner and
// 99 øre (overløp), the bound every [NOK] keeps.
var ErrOverflow = errors.New("amount out of range")

// ArithmeticError reports arithmetic on amounts that cannot give a result (regnefeil): a
// result beyond the bound ([ErrOverflow]), a division by zero or a rounding mode not stated
// ([ErrInvalidValue]). It carries the operation and its operands as text.
type ArithmeticError struct {
	// Op is the operation: "+", "−", "×", "Σ" or "× num/den".
	Op string
	// X is the left operand in plain form; for a sum, the number of terms ("3 amounts").
	X string
	// Y is the right operand as text, "" when Op holds it.
	Y string
	// Reason says what went wrong.
	Reason string
	// Err is the sentinel the error wraps: [ErrOverflow] or [ErrInvalidValue].
	Err error
}

// Error returns the message, e.g.
// `lnet: NOK 999999999999999 + 1: result beyond ±999999999999999.99`.
func (e *ArithmeticError) Error() string {
	s := "lnet: NOK " + e.X + " " + e.Op
	if e.Op == "Σ" {
		s = "lnet: NOK Σ of " + e.X
	}
	if e.Y != "" {
		s += " " + e.Y
	}
	return s + ": " + e.Reason
}

// Unwrap returns the sentinel error, so errors.Is(err, ErrOverflow) and the like work.
func (e *ArithmeticError) Unwrap() error { return e.Err }

func overflow(op, x, y string) *ArithmeticError {
	return &ArithmeticError{Op: op, X: x, Y: y, Reason: "result beyond ±999999999999999.99", Err: ErrOverflow}
}
