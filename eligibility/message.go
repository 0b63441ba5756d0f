package eligibility

import (
	"github.com/laeringsnettverk/sdk/lnet"
)

// Message is a text in Norwegian bokmål and English (melding). Rules, findings and evidence
// carry both, so one report renders in either language. JSON {"nb": "…", "en": "…"}.
type Message struct {
	// NB is the Norwegian bokmål text.
	NB string `json:"nb"`
	// EN is the English text.
	EN string `json:"en"`
}

// Msg returns the message with Norwegian text nb and English text en.
func Msg(nb, en string) Message { return Message{NB: nb, EN: en} }

// In returns the text in lang; the Norwegian text if lang is not English or the English
// text is empty.
func (m Message) In(lang lnet.Language) string {
	if lang == lnet.English && m.EN != "" {
		return m.EN
	}
	return m.NB
}

// IsZero reports whether both texts are empty.
func (m Message) IsZero() bool { return m.NB == "" && m.EN == "" }
