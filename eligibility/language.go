package eligibility

// Language is the language a report or the catalogue is rendered in. The zero value is
// Norwegian bokmål, the language of the guidelines and of the offices' decisions.
type Language uint8

const (
	// Bokmal is Norwegian bokmål (norsk bokmål), "nb". The zero value.
	Bokmal Language = iota
	// English is English, "en".
	English
)

var languages = enum[Language]{typ: "language", first: 0, table: []names{
	{"nb", "norsk bokmål", "Norwegian bokmål"},
	{"en", "engelsk", "English"},
}}

// ParseLanguage parses a language tag: "nb" or "en".
func ParseLanguage(tag string) (Language, error) { return languages.parse(tag) }

// String returns the language tag, "nb" or "en".
func (l Language) String() string { return languages.id(l) }

// MarshalText implements [encoding.TextMarshaler].
func (l Language) MarshalText() ([]byte, error) { return languages.marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLanguage].
func (l *Language) UnmarshalText(b []byte) error { return languages.unmarshal(b, l) }
