package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Language is a language the SDK writes reports, tables and messages in (språk). The zero
// value is Norwegian bokmål, the language of the guidelines and of the offices' decisions;
// every user-facing text also has an English rendering.
type Language uint8

const (
	// Bokmal is Norwegian bokmål (norsk bokmål), tag "nb". The zero value.
	Bokmal Language = iota
	// English is English, tag "en".
	English
)

var languages = enum.Table[Language]{Type: "language", ZeroValid: true, Err: enumError("language", ErrInvalidValue), Names: []enum.Name{
	{"nb", "norsk bokmål", "Norwegian bokmål"},
	{"en", "engelsk", "English"},
}}

// Languages returns the languages the SDK writes: bokmål and English.
func Languages() []Language { return languages.Values() }

// ParseLanguage parses a language tag: "nb" or "en".
func ParseLanguage(tag string) (Language, error) { return languages.Parse(tag) }

// Valid reports whether l is a defined language.
func (l Language) Valid() bool { return languages.Valid(l) }

// String returns the language tag, "nb" or "en".
func (l Language) String() string { return languages.ID(l) }

// Norwegian returns the Norwegian name of the language, e.g. "engelsk".
func (l Language) Norwegian() string { return languages.Norwegian(l) }

// English returns the English name of the language, e.g. "Norwegian bokmål".
func (l Language) English() string { return languages.English(l) }

// Pick returns nb for bokmål and en for English: the text of a pair in this language.
func (l Language) Pick(nb, en string) string {
	if l == English {
		return en
	}
	return nb
}

// MarshalText implements [encoding.TextMarshaler] with the tag.
func (l Language) MarshalText() ([]byte, error) { return languages.Marshal(l) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseLanguage].
func (l *Language) UnmarshalText(b []byte) error { return languages.Unmarshal(b, l) }

// Value implements [driver.Valuer] with the tag.
func (l Language) Value() (driver.Value, error) { return languages.Value(l) }

// Scan implements [database/sql.Scanner] from the tag.
func (l *Language) Scan(src any) error { return languages.Scan(src, l) }
