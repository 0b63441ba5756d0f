package lnet

// Text is one text in the SDK's three languages (tekst): Norwegian bokmål, Norwegian
// nynorsk and English. It is the one shape in which the SDK holds a text in several
// languages — a rule's title, a finding's evidence, a conflict's message, an allocation
// label — so that every rendering can be asked for in any [Language]. JSON
// {"nb": "…", "nn": "…", "en": "…"}.
//
// The SDK's own texts are complete in all three languages (its tests fail otherwise). A
// Text built by a caller may leave a language empty; [Text.In] then falls back to bokmål,
// and [Text.Missing] says which languages are empty.
type Text struct {
	// NB is the Norwegian bokmål text.
	NB string `json:"nb"`
	// NN is the Norwegian nynorsk text.
	NN string `json:"nn"`
	// EN is the English text.
	EN string `json:"en"`
}

// NewText returns the text with bokmål nb, nynorsk nn and English en.
func NewText(nb, nn, en string) Text { return Text{NB: nb, NN: nn, EN: en} }

// In returns the text in lang. When that language is empty, the bokmål text is returned;
// an undefined language also gets bokmål.
func (t Text) In(lang Language) string {
	if s := lang.Pick(t.NB, t.NN, t.EN); s != "" {
		return s
	}
	return t.NB
}

// IsZero reports whether all three texts are empty.
func (t Text) IsZero() bool { return t == Text{} }

// Missing returns the languages whose text is empty, in the order of [Languages]; nil when
// the text is complete.
func (t Text) Missing() []Language {
	var out []Language
	for _, l := range Languages() {
		if l.Pick(t.NB, t.NN, t.EN) == "" {
			out = append(out, l)
		}
	}
	return out
}

// Map returns the text with f applied to each language's text, e.g. to fill in a value or
// to word it for a date.
func (t Text) Map(f func(lang Language, s string) string) Text {
	return Text{NB: f(Bokmal, t.NB), NN: f(Nynorsk, t.NN), EN: f(English, t.EN)}
}
