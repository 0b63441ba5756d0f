package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Language is a language the SDK writes reports, tables and messages in (språk): Norwegian
// bokmål, Norwegian nynorsk and English. The zero value is bokmål, the language of the
// guidelines; several offices (Vestland, Møre og Romsdal) write their calls and decisions in
// nynorsk. Every user-facing text of the SDK exists in all three languages (a [Text]), and
// its tests fail if one is missing.
type Language uint8

const (
	// Bokmal is Norwegian bokmål (norsk bokmål), tag "nb". The zero value.
	Bokmal Language = iota
	// English is English, tag "en".
	English
	// Nynorsk is Norwegian nynorsk (norsk nynorsk), tag "nn".
	Nynorsk
)

var languages = enum.Table[Language]{Type: "language", ZeroValid: true, Err: enumError("language", ErrInvalidValue), Names: []enum.Name{
	{"nb", "norsk bokmål", "Norwegian bokmål", "norsk bokmål"},
	{"en", "engelsk", "English", "engelsk"},
	{"nn", "norsk nynorsk", "Norwegian nynorsk", "norsk nynorsk"},
}}

// Languages returns the languages the SDK writes: bokmål, English and nynorsk.
func Languages() []Language { return languages.Values() }

// ParseLanguage parses a language tag: "nb", "nn" or "en".
func ParseLanguage(tag string) (Language, error) { return languages.Parse(tag) }

// Valid reports whether l is a defined language.
func (l Language) Valid() bool { return languages.Valid(l) }

// String returns the language tag, "nb", "nn" or "en".
func (l Language) String() string { return languages.ID(l) }

// Norwegian returns the Norwegian (bokmål) name of the language, e.g. "engelsk".
func (l Language) Norwegian() string { return languages.Norwegian(l) }

// Nynorsk returns the nynorsk name of the language, e.g. "norsk nynorsk".
func (l Language) Nynorsk() string { return languages.Nynorsk(l) }

// English returns the English name of the language, e.g. "Norwegian bokmål".
func (l Language) English() string { return languages.English(l) }

// In returns the name of the language in lang, e.g. English.In(Nynorsk) is "engelsk".
func (l Language) In(lang Language) string {
	return lang.Pick(l.Norwegian(), l.Nynorsk(), l.English())
}

// Pick returns the one of nb (bokmål), nn (nynorsk) and en (English) that is in this
// language; an undefined language gets bokmål, the zero value. Every caller supplies all
// three texts: there is no fallback from nynorsk to bokmål.
func (l Language) Pick(nb, nn, en string) string {
	switch l {
	case English:
		return en
	case Nynorsk:
		return nn
	}
	return nb
}

// name returns the name of v in lang from its table.
func name[T ~uint8](t enum.Table[T], v T, lang Language) string {
	return lang.Pick(t.Norwegian(v), t.Nynorsk(v), t.English(v))
}

// MarshalText implements [encoding.TextMarshaler] with the tag.
func (l Language) MarshalText() ([]byte, error) { return languages.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLanguage].
func (l *Language) UnmarshalText(b []byte) error { return languages.Unmarshal(b, l) }

// Value implements [driver.Valuer] with the tag.
func (l Language) Value() (driver.Value, error) { return languages.Value(l) }

// Scan implements [database/sql.Scanner] from the tag.
func (l *Language) Scan(src any) error { return languages.Scan(src, l) }
