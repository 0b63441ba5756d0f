package eligibility

import (
	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// enumError returns the error constructor of an enumeration table of this package: an
// error wrapping [ErrInvalidValue] that names the type and the input.
func enumError(typ string) func(input, reason string) error {
	return func(input, reason string) error {
		return &Error{Err: ErrInvalidValue, Type: typ, Input: clip(input), Reason: reason}
	}
}

// name returns the name of v in lang from its table.
func name[T ~uint8](t enum.Table[T], v T, lang lnet.Language) string {
	return lang.Pick(t.Norwegian(v), t.Nynorsk(v), t.English(v))
}

// clip shortens text quoted in an error message to 64 bytes.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
