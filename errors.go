package sdk

import (
	"errors"
	"strconv"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Sentinel errors of the round. Every error [Run] returns wraps one of them or a sentinel of
// the package that failed (lnet, eligibility, allocation, calendar), so callers can test the
// kind of failure with [errors.Is]; [*CallError] and [*ApplicationError] carry the place for
// [errors.As].
var (
	// ErrInvalidCall reports a call (utlysning) that cannot be run: no office or an office the
	// register does not know, no grant year, no scheme, a scheme given twice, a negative pot,
	// a missing deadline or decision date, a decision before a deadline, a waiver of an
	// unknown rule.
	ErrInvalidCall = errors.New("invalid call")
	// ErrMissingWeight reports an application without the office's weight (vekt) when the
	// round was not told to default it ([WithRequestedAsWeight]).
	ErrMissingWeight = errors.New("application without a weight")
	// ErrNotInCall reports an application that does not belong to the call: another office,
	// another grant year, a scheme the call has no pot for, or a network not given.
	ErrNotInCall = errors.New("application not in the call")
	// ErrDuplicate reports an application or network id given twice.
	ErrDuplicate = errors.New("duplicate id")
)

// CallError reports what is wrong with a call or an option of the round, naming the field
// ("schemes[1].deadline", "office", "waivers[0].rule"). It wraps [ErrInvalidCall] and,
// where another package found the problem, that package's error too.
type CallError struct {
	// Field is the field of the call, e.g. "schemes[1].pot".
	Field string
	// Reason says what is wrong.
	Reason string
	// Err is the underlying error, if any.
	Err error
}

// Error returns the message, naming the field.
func (e *CallError) Error() string {
	s := "sdk: call: " + e.Field + ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns [ErrInvalidCall] and the underlying error, if any.
func (e *CallError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidCall}
	}
	return []error{ErrInvalidCall, e.Err}
}

// ApplicationError reports an application (søknad) the round cannot take, naming it by its
// position and id. It wraps the reason: [ErrMissingWeight], [ErrNotInCall], [ErrDuplicate],
// or the error of [lnet.Application.Validate] (wrapping [lnet.ErrInvalidModel]) or of the
// package that failed.
type ApplicationError struct {
	// Index is the position of the application in the input, from 0.
	Index int
	// ID is the application's id as given.
	ID lnet.ApplicationID
	// Err is the reason.
	Err error
}

// Error returns the message, naming the application.
func (e *ApplicationError) Error() string {
	return "sdk: applications[" + strconv.Itoa(e.Index) + "] " + strconv.Quote(string(e.ID)) + ": " + e.Err.Error()
}

// Unwrap returns the reason.
func (e *ApplicationError) Unwrap() error { return e.Err }
