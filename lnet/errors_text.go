package lnet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/errtext"
)

// TextError is an error that can say what went wrong in the SDK's three languages (feil med
// tekst på bokmål, nynorsk og engelsk). The SDK's typed errors implement it: [ParseError],
// [FieldError], [LookupError] and [ArithmeticError] here, allocation's RecipientError,
// FieldError and InfeasibleFloorsError, eligibility's Error, and the root package's
// CallError and ApplicationError; the calendar reports its errors with this package's
// types. Their English text is their Error message; the Norwegian texts say the same in
// bokmål and nynorsk, with field paths, codes and quoted input unchanged. Render an error
// chain with [ErrorText].
type TextError interface {
	error
	// Text returns the message in bokmål, nynorsk and English.
	Text() Text
}

// ErrorText renders err in lang (feilmelding på valgt språk) for a person to read, e.g. a
// command's -lang. Each error of the SDK in the chain is written with its [TextError.Text];
// errors joined with [errors.Join] are written one per line, as Error does; a message the
// SDK writes without a typed error is translated from its catalogue; a foreign error that
// wraps an SDK error with a prefix ("reading request.json: %w") keeps its prefix and has the
// SDK error translated; any other foreign error is written as err.Error(). A nil error gives
// "". For English the result is err.Error().
//
// Reasons the catalogue does not hold (a reason quoting a standard-library error, say) stay
// in English inside the Norwegian text. Cost: linear in the length of the messages times the
// size of the SDK's fixed catalogue of reasons.
func ErrorText(err error, lang Language) string {
	if err == nil {
		return ""
	}
	if lang == English {
		return err.Error()
	}
	if t, ok := err.(TextError); ok {
		return t.Text().In(lang)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		// The form of errors.Join: the messages one per line. Other multi-errors (fmt.Errorf
		// with two %w) are looked up in the catalogue as a whole, or keep their message.
		errs := j.Unwrap()
		parts := make([]string, 0, len(errs))
		for _, e := range errs {
			if e != nil {
				parts = append(parts, e.Error())
			}
		}
		if strings.Join(parts, "\n") == err.Error() {
			parts = parts[:0]
			for _, e := range errs {
				if e != nil {
					parts = append(parts, ErrorText(e, lang))
				}
			}
			return strings.Join(parts, "\n")
		}
	}
	msg := err.Error()
	// A message the SDK writes with fmt.Errorf is translated as a whole when the catalogue
	// holds it ("calendar: year 10000: outside the years 1–9999 …").
	if nb, nn, ok := errtext.Lookup(msg); ok {
		return lang.Pick(nb, nn, msg)
	}
	if inner := errors.Unwrap(err); inner != nil {
		in := inner.Error()
		if strings.HasSuffix(msg, in) {
			return msg[:len(msg)-len(in)] + ErrorText(inner, lang)
		}
	}
	return msg
}

// reasonText returns a reason of an error in the three languages; a reason the SDK's
// catalogue does not hold is English in all three.
func reasonText(reason string) Text {
	nb, nn, _ := errtext.Lookup(reason)
	return Text{NB: nb, NN: nn, EN: reason}
}

// quoted returns v quoted for a message, cut to 64 bytes.
func quoted(v string) string {
	if len(v) > 64 {
		v = strings.ToValidUTF8(v[:64], "") + "…"
	}
	return strconv.Quote(v)
}

// Text returns the message in the three languages, e.g. in bokmål
// `lnet: kan ikke lese beløp "12,3,4": flere enn ett desimalkomma`. The English text is
// [ParseError.Error].
func (e *ParseError) Text() Text {
	typ, reason := reasonText(e.Type), reasonText(e.Reason)
	in := strconv.Quote(e.Input)
	return Text{
		NB: fmt.Sprintf("lnet: kan ikke lese %s %s: %s", typ.NB, in, reason.NB),
		NN: fmt.Sprintf("lnet: kan ikkje lese %s %s: %s", typ.NN, in, reason.NN),
		EN: e.Error(),
	}
}

// Text returns the message in the three languages: the field path, the reason and the
// value, as [FieldError.Error] writes them, with the reason translated.
func (e *FieldError) Text() Text {
	r := reasonText(e.Reason)
	return r.Map(func(lang Language, s string) string {
		if lang == English {
			return e.Error()
		}
		if e.Value == "" {
			return e.Path + ": " + s
		}
		return e.Path + ": " + s + " " + quoted(e.Value)
	})
}

// Text returns the message in the three languages (regnefeil), with the operation and its
// operands as [ArithmeticError.Error] writes them and the reason translated, e.g. in bokmål
// `lnet: NOK 999999999999999 + 1: resultatet er utenfor ±999999999999999.99`; a sum names
// its number of terms ("Σ av 3 beløp"). The English text is [ArithmeticError.Error].
func (e *ArithmeticError) Text() Text {
	return reasonText(e.Reason).Map(func(lang Language, r string) string {
		if lang == English {
			return e.Error()
		}
		s := "lnet: NOK " + e.X + " " + e.Op
		if e.Op == "Σ" {
			n, _, _ := strings.Cut(e.X, " ")
			s = "lnet: NOK Σ av " + n + " beløp"
		}
		if e.Y != "" {
			s += " " + e.Y
		}
		return s + ": " + r
	})
}

// Text returns the message in the three languages, naming what was looked up and for which
// date, e.g. in nynorsk `lnet: kommune "1238" den 2019-01-01: ingen kommunar hadde dette
// nummeret den dagen`. The English text is [LookupError.Error].
func (e *LookupError) Text() Text {
	what, r := reasonText(e.What), reasonText(e.Reason)
	return r.Map(func(lang Language, s string) string {
		if lang == English {
			return e.Error()
		}
		var b strings.Builder
		b.WriteString("lnet: ")
		b.WriteString(what.In(lang))
		if e.Key != "" {
			b.WriteByte(' ')
			b.WriteString(strconv.Quote(e.Key))
		}
		if e.Date != 0 {
			b.WriteString(" den ")
			b.WriteString(e.Date.String())
		}
		b.WriteString(": ")
		b.WriteString(s)
		return b.String()
	})
}
