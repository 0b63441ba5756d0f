package calendar

import (
	"strings"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// parseError returns an [lnet.ParseError] for input, cut to 64 bytes.
func parseError(typ, input, reason string, sentinel error) *lnet.ParseError {
	if len(input) > 64 {
		input = strings.ToValidUTF8(input[:64], "") + "…"
	}
	return &lnet.ParseError{Type: typ, Input: input, Reason: reason, Err: sentinel}
}

// enumError returns the error constructor of an enumeration table: an [lnet.ParseError] of
// the type typ wrapping sentinel.
func enumError(typ string, sentinel error) func(input, reason string) error {
	return func(input, reason string) error { return parseError(typ, input, reason, sentinel) }
}

// name returns the name of v in lang from its table.
func name[T ~uint8](t enum.Table[T], v T, lang lnet.Language) string {
	return lang.Pick(t.Norwegian(v), t.Nynorsk(v), t.English(v))
}
