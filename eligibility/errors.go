package eligibility

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by this package wraps one of them, so a caller can
// test the kind of failure with [errors.Is].
var (
	// ErrInvalidValue reports an unknown identifier of an edition, severity, status, subject
	// or language, e.g. when decoding a report from JSON, or a date given with [WithDate]
	// outside the years 1–9999.
	ErrInvalidValue = errors.New("eligibility: invalid value")
	// ErrUnknownEdition reports a grant year for which no edition can be given (one before
	// the first edition of 2018, or not a year of four digits), or an evaluation whose
	// edition cannot be determined (give one with [WithEdition] or [WithGrantYear]). Years
	// after the latest edition's range are not an error: see [EditionFor].
	ErrUnknownEdition = errors.New("eligibility: unknown edition")
	// ErrInvalidRule reports an office rule that cannot be added: an empty or duplicate id,
	// an undefined subject or severity, a nil rule.
	ErrInvalidRule = errors.New("eligibility: invalid rule")
	// ErrMissingSubject reports an evaluation without the model it needs (a nil application,
	// say).
	ErrMissingSubject = errors.New("eligibility: missing subject")
)

// RuleError reports a rule whose check panicked during an evaluation (regelfeil), e.g. an
// office's own rule ([NewRule]) that divides by zero or follows a nil pointer of a model
// that was not validated. The evaluation returns it instead of crashing. It wraps
// [ErrInvalidRule].
type RuleError struct {
	// Rule is the id of the rule whose check panicked.
	Rule string
	// Panic is the value the check panicked with, formatted.
	Panic string
}

// Error says which rule panicked and with what.
func (e *RuleError) Error() string {
	return fmt.Sprintf("%v: rule %q: check panicked: %s", ErrInvalidRule, e.Rule, e.Panic)
}

// Unwrap returns [ErrInvalidRule].
func (e *RuleError) Unwrap() error { return ErrInvalidRule }
