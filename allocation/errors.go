package allocation

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Sentinel errors. Every error of this package wraps one of them, so callers can test the kind
// of failure with [errors.Is]; the typed errors below carry the offending values for
// [errors.As].
var (
	// ErrInfeasibleFloors reports floors (minstebeløp) that sum to more than the pot.
	ErrInfeasibleFloors = errors.New("floors exceed the pot")
	// ErrZeroWeights reports a key whose weights are all zero while the floors leave money
	// to distribute: there is no basis for dividing it.
	ErrZeroWeights = errors.New("all weights are zero")
	// ErrInvalidRecipient reports a bad recipient: empty or duplicate id, negative floor,
	// floor above cap.
	ErrInvalidRecipient = errors.New("invalid recipient")
	// ErrInvalidWeight reports a malformed or negative weight.
	ErrInvalidWeight = errors.New("invalid weight")
	// ErrInvalidKey reports a distribution key (fordelingsnøkkel) or criterion that is not
	// well formed: shares not summing to 1, a value missing for a recipient, and the like.
	ErrInvalidKey = errors.New("invalid key")
	// ErrInvalidPot reports a negative pot.
	ErrInvalidPot = errors.New("invalid pot")
	// ErrInvalidUnit reports a unit (enhet) that is not a positive amount.
	ErrInvalidUnit = errors.New("invalid unit")
	// ErrInvalidMethod reports an unknown allocation method.
	ErrInvalidMethod = errors.New("invalid method")
	// ErrInvalidRequest reports a JSON or CSV request that cannot be decoded.
	ErrInvalidRequest = errors.New("invalid request")
	// ErrTooLarge reports input beyond the limits of this package (recipients, bytes).
	ErrTooLarge = errors.New("input too large")
)

// InfeasibleFloorsError reports floors that cannot all be met: their sum, each floor rounded
// up to whole units, exceeds the pot rounded down to whole units. It wraps
// [ErrInfeasibleFloors].
type InfeasibleFloorsError struct {
	// SumFloors is Σ ⌈floor/unit⌉·unit.
	SumFloors lnet.NOK
	// Pot is the pot as given.
	Pot lnet.NOK
	// Unit is the unit of the allocation.
	Unit lnet.NOK
}

// Error returns the message, with the sum of the floors and the pot.
func (e *InfeasibleFloorsError) Error() string {
	return fmt.Sprintf("allocation: floors sum to %s (in whole units of %s) but the pot is %s",
		e.SumFloors.Norwegian(), e.Unit.Norwegian(), e.Pot.Norwegian())
}

// Unwrap returns [ErrInfeasibleFloors].
func (e *InfeasibleFloorsError) Unwrap() error { return ErrInfeasibleFloors }

// RecipientError reports a field of one recipient (mottaker) that is not acceptable. It
// wraps a sentinel such as [ErrInvalidRecipient] or [ErrInvalidWeight].
type RecipientError struct {
	// Index is the position of the recipient in the input, from 0.
	Index int
	// ID is the recipient's id as given.
	ID string
	// Field is the field in JSON naming: "id", "weight", "floor", "cap".
	Field string
	// Value is the offending value as text ("" when missing).
	Value string
	// Reason says what is wrong.
	Reason string
	// Err is the sentinel (or the parse error) the error wraps.
	Err error
}

// Error returns the message, naming the recipient by index and id, the field and the reason.
func (e *RecipientError) Error() string {
	s := fmt.Sprintf("allocation: recipients[%d] %s: %s: %s", e.Index, strconv.Quote(e.ID), e.Field, e.Reason)
	if e.Value != "" {
		s += " " + strconv.Quote(e.Value)
	}
	return s
}

// Unwrap returns the wrapped error.
func (e *RecipientError) Unwrap() error { return e.Err }

// FieldError reports a field of a request, key or option that is not acceptable, located by
// its JSON path: `pots.foster_home`, `key.criteria[1].share`, `unit`. It wraps a sentinel.
type FieldError struct {
	// Path is the location of the field, in JSON names.
	Path string
	// Value is the offending value as text ("" when missing).
	Value string
	// Reason says what is wrong.
	Reason string
	// Err is the sentinel (or the parse error) the error wraps.
	Err error
}

// Error returns the message, naming the field path, the value and the reason.
func (e *FieldError) Error() string {
	s := fmt.Sprintf("allocation: %s: %s", e.Path, e.Reason)
	if e.Path == "" {
		s = "allocation: " + e.Reason
	}
	if e.Value != "" {
		v := e.Value
		if len(v) > 64 {
			v = v[:64] + "…"
		}
		s += " " + strconv.Quote(v)
	}
	return s
}

// Unwrap returns the wrapped error.
func (e *FieldError) Unwrap() error { return e.Err }
