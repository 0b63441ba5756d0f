package eligibility

import (
	"fmt"
	"strconv"

	"github.com/laeringsnettverk/sdk/internal/errtext"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Error is an error of this package (feil): an option, rule, edition or value that is not
// acceptable. It wraps one of the sentinel errors, so [errors.Is] tells the kind, and says
// what was wrong in the three languages ([Error.Text], [lnet.ErrorText]).
type Error struct {
	// Err is the sentinel: [ErrInvalidValue], [ErrUnknownEdition], [ErrInvalidRule] or
	// [ErrMissingSubject].
	Err error
	// Type names what was parsed, e.g. "edition", for an identifier that is not one; empty
	// otherwise.
	Type string
	// Input is the identifier as given (cut to 64 bytes), when Type is set.
	Input string
	// Reason says what was wrong, e.g. `edition 7 is not defined`.
	Reason string
}

// newError returns an [Error] wrapping sentinel, the reason formatted as by [fmt.Sprintf].
func newError(sentinel error, format string, args ...any) *Error {
	return &Error{Err: sentinel, Reason: fmt.Sprintf(format, args...)}
}

// Error returns the message: the sentinel's, then the type and input if any, then the
// reason, e.g. `eligibility: unknown edition: edition 7 is not defined`.
func (e *Error) Error() string {
	if e.Type != "" {
		return fmt.Sprintf("%s: %s %s: %s", e.Err, e.Type, strconv.Quote(e.Input), e.Reason)
	}
	return fmt.Sprintf("%s: %s", e.Err, e.Reason)
}

// Unwrap returns the sentinel.
func (e *Error) Unwrap() error { return e.Err }

// Text returns the message in bokmål, nynorsk and English (tekst); the English text is
// [Error.Error]. It implements [lnet.TextError].
func (e *Error) Text() lnet.Text {
	kind, typ, reason := reasonText(e.Err.Error()), reasonText(e.Type), reasonText(e.Reason)
	return kind.Map(func(lang lnet.Language, k string) string {
		if lang == lnet.English {
			return e.Error()
		}
		if e.Type != "" {
			return fmt.Sprintf("%s: %s %s: %s", k, typ.In(lang), strconv.Quote(e.Input), reason.In(lang))
		}
		return fmt.Sprintf("%s: %s", k, reason.In(lang))
	})
}

// reasonText returns a reason in the three languages; one the SDK's catalogue does not hold
// is English in all three.
func reasonText(reason string) lnet.Text {
	nb, nn, _ := errtext.Lookup(reason)
	return lnet.Text{NB: nb, NN: nn, EN: reason}
}

var _ lnet.TextError = (*Error)(nil)

// Text returns the message in the three languages (tekst); the English text is
// [RuleError.Error]. It implements [lnet.TextError].
func (e *RuleError) Text() lnet.Text {
	return lnet.Text{
		NB: fmt.Sprintf("%s: regel %q: kontrollen stoppet med en programfeil (panic): %s", lnet.ErrorText(ErrInvalidRule, lnet.Bokmal), e.Rule, e.Panic),
		NN: fmt.Sprintf("%s: regel %q: kontrollen stoppa med ein programfeil (panic): %s", lnet.ErrorText(ErrInvalidRule, lnet.Nynorsk), e.Rule, e.Panic),
		EN: e.Error(),
	}
}
