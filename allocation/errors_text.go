package allocation

import (
	"fmt"
	"strconv"

	"github.com/laeringsnettverk/sdk/internal/errtext"
	"github.com/laeringsnettverk/sdk/lnet"
)

// reasonText returns a reason of an error in the three languages; a reason the SDK's
// catalogue does not hold is English in all three.
func reasonText(reason string) lnet.Text {
	nb, nn, _ := errtext.Lookup(reason)
	return lnet.Text{NB: nb, NN: nn, EN: reason}
}

// Text returns the message in the three languages (tekst), with the sum of the floors
// (minstebeløp), the unit and the pot in Norwegian amounts; the English text is
// [InfeasibleFloorsError.Error]. It implements [lnet.TextError].
func (e *InfeasibleFloorsError) Text() lnet.Text {
	sum, unit, pot := e.SumFloors.Norwegian(), e.Unit.Norwegian(), e.Pot.Norwegian()
	return lnet.Text{
		NB: fmt.Sprintf("allocation: gulvene er til sammen %s (i hele enheter på %s), men potten er %s", sum, unit, pot),
		NN: fmt.Sprintf("allocation: golva er til saman %s (i heile einingar på %s), men potten er %s", sum, unit, pot),
		EN: e.Error(),
	}
}

// Text returns the message in the three languages (tekst): the recipient (mottaker) by
// index and id, the field and the reason, with the reason translated; the English text is
// [RecipientError.Error]. It implements [lnet.TextError].
func (e *RecipientError) Text() lnet.Text {
	return reasonText(e.Reason).Map(func(lang lnet.Language, r string) string {
		if lang == lnet.English {
			return e.Error()
		}
		s := fmt.Sprintf("allocation: recipients[%d] %s: %s: %s", e.Index, strconv.Quote(e.ID), e.Field, r)
		if e.Value != "" {
			s += " " + strconv.Quote(e.Value)
		}
		return s
	})
}

// Text returns the message in the three languages (tekst): the field path, the reason and
// the value, with the reason translated; the English text is [FieldError.Error]. It
// implements [lnet.TextError].
func (e *FieldError) Text() lnet.Text {
	return reasonText(e.Reason).Map(func(lang lnet.Language, r string) string {
		if lang == lnet.English {
			return e.Error()
		}
		s := "allocation: " + e.Path + ": " + r
		if e.Path == "" {
			s = "allocation: " + r
		}
		if e.Value != "" {
			v := e.Value
			if len(v) > 64 {
				v = v[:64] + "…"
			}
			s += " " + strconv.Quote(v)
		}
		return s
	})
}

// The typed errors render in the three languages.
var (
	_ lnet.TextError = (*InfeasibleFloorsError)(nil)
	_ lnet.TextError = (*RecipientError)(nil)
	_ lnet.TextError = (*FieldError)(nil)
)

// Text returns the message in the three languages (tekst), naming the share, with the
// reason in the same language ([lnet.ErrorText]); the English text is [GrantError.Error].
// It implements [lnet.TextError].
func (e *GrantError) Text() lnet.Text {
	reason := func(lang lnet.Language) string {
		if e.Err == nil {
			return lang.Pick("ugyldig tilskudd", "ugyldig tilskot", "invalid grant")
		}
		return lnet.ErrorText(e.Err, lang)
	}
	if e.Share == "" {
		return lnet.Text{NB: "allocation: tilskudd: " + reason(lnet.Bokmal), NN: "allocation: tilskot: " + reason(lnet.Nynorsk), EN: e.Error()}
	}
	q := strconv.Quote(e.Share)
	return lnet.Text{
		NB: "allocation: tilskudd for andelen " + q + ": " + reason(lnet.Bokmal),
		NN: "allocation: tilskot for delen " + q + ": " + reason(lnet.Nynorsk),
		EN: e.Error(),
	}
}
