package sdk

import (
	"errors"
	"strconv"

	"github.com/laeringsnettverk/sdk/internal/errtext"
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

// Text returns the message in the three languages (feil i utlysningen), e.g. in bokmål
// `sdk: utlysning: schemes[0].pot: negativ pott -5: ugyldig beløp`: the field as Error writes it, the
// reason translated and the underlying error rendered with [lnet.ErrorText]. The English
// text is [CallError.Error]. It implements [lnet.TextError].
func (e *CallError) Text() lnet.Text {
	nb, nn, _ := errtext.Lookup(e.Reason)
	t := lnet.Text{
		NB: "sdk: utlysning: " + e.Field + ": " + nb,
		NN: "sdk: utlysing: " + e.Field + ": " + nn,
		EN: e.Error(),
	}
	if e.Err != nil {
		t.NB += ": " + lnet.ErrorText(e.Err, lnet.Bokmal)
		t.NN += ": " + lnet.ErrorText(e.Err, lnet.Nynorsk)
	}
	return t
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

// Text returns the message in the three languages (feil i en søknad): the application by
// position and id as Error writes it, and the reason rendered with [lnet.ErrorText], e.g.
// in nynorsk `sdk: applications[2] "a-3": søknaden høyrer ikkje til utlysinga: for
// tilskotsår 2025, utlysinga gjeld 2026`. The English text is [ApplicationError.Error]. It
// implements [lnet.TextError].
func (e *ApplicationError) Text() lnet.Text {
	head := "sdk: applications[" + strconv.Itoa(e.Index) + "] " + strconv.Quote(string(e.ID)) + ": "
	return lnet.Text{
		NB: head + lnet.ErrorText(e.Err, lnet.Bokmal),
		NN: head + lnet.ErrorText(e.Err, lnet.Nynorsk),
		EN: e.Error(),
	}
}

// The round's typed errors render in the three languages.
var (
	_ lnet.TextError = (*CallError)(nil)
	_ lnet.TextError = (*ApplicationError)(nil)
)
