package eligibility

import (
	"github.com/laeringsnettverk/sdk/lnet"
)

// Message is a text of a rule, a finding or its evidence in the SDK's three languages
// (melding): Norwegian bokmål, Norwegian nynorsk and English, so one report renders in any
// of them. It is [lnet.Text], the SDK's one shape for a text in several languages; the
// alias keeps code written against earlier releases compiling. JSON
// {"nb": "…", "nn": "…", "en": "…"}.
type Message = lnet.Text

// Msg returns the message with bokmål text nb, nynorsk text nn and English text en. It is
// [lnet.NewText].
func Msg(nb, nn, en string) Message { return lnet.NewText(nb, nn, en) }
