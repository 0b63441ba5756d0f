package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Scheme is one of the two funding schemes (ordninger) of stimulus money. Both are
// distributed from the directorate to the governor offices, and from an office to its
// networks' projects, by the same distribution key (fordelingsnøkkel). The zero value means
// "no scheme".
type Scheme uint8

const (
	// SchemeSelfInitiated is self-initiated development projects (egeninitierte
	// utviklingsprosjekter), from 2018, applied for on form 1 (skjema 1). JSON "self_initiated".
	SchemeSelfInitiated Scheme = iota + 1
	// SchemeFosterHome is development projects in the foster-home field (utviklingsprosjekter
	// på fosterhjemsområdet), from 2019, applied for on form 2 (skjema 2): projects that
	// strengthen the municipalities' follow-up and guidance of foster homes and, in later
	// editions, recruitment among kin and network. JSON "foster_home".
	SchemeFosterHome
)

var schemes = enum.Table[Scheme]{Type: "scheme", Err: enumError("scheme", ErrInvalidScheme), Names: []enum.Name{
	{},
	{"self_initiated", "egeninitierte utviklingsprosjekter", "self-initiated development projects", "eigeninitierte utviklingsprosjekt"},
	{"foster_home", "utviklingsprosjekter på fosterhjemsområdet", "development projects in the foster-home field", "utviklingsprosjekt på fosterheimsområdet"},
}}

// Schemes returns the schemes in their order of introduction.
func Schemes() []Scheme { return schemes.Values() }

// ParseScheme parses the identifier of a scheme: "self_initiated" or "foster_home".
func ParseScheme(text string) (Scheme, error) { return schemes.Parse(text) }

// Valid reports whether s is one of the defined schemes.
func (s Scheme) Valid() bool { return schemes.Valid(s) }

// String returns the stable identifier used in JSON, CSV and SQL: "self_initiated" or
// "foster_home"; "" for the zero value.
func (s Scheme) String() string { return schemes.ID(s) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "utviklingsprosjekter på
// fosterhjemsområdet".
func (s Scheme) Norwegian() string { return schemes.Norwegian(s) }

// English returns the English name, e.g. "self-initiated development projects".
func (s Scheme) English() string { return schemes.English(s) }

// Nynorsk returns the Norwegian nynorsk name.
func (s Scheme) Nynorsk() string { return schemes.Nynorsk(s) }

// In returns the name in lang: bokmål, nynorsk or English.
func (s Scheme) In(lang Language) string { return name(schemes, s, lang) }

// Form returns the application form of the scheme: "skjema 1" or "skjema 2".
func (s Scheme) Form() string {
	switch s {
	case SchemeSelfInitiated:
		return "skjema 1"
	case SchemeFosterHome:
		return "skjema 2"
	}
	return ""
}

// FirstYear returns the first grant year of the scheme: 2018 for self-initiated projects,
// 2019 for foster-home projects; 0 for an undefined scheme.
func (s Scheme) FirstYear() int {
	switch s {
	case SchemeSelfInitiated:
		return 2018
	case SchemeFosterHome:
		return 2019
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler]; schemes work as JSON map keys.
func (s Scheme) MarshalText() ([]byte, error) { return schemes.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseScheme]; "" unmarshals as
// the zero value.
func (s *Scheme) UnmarshalText(b []byte) error { return schemes.Unmarshal(b, s) }

// Value implements [driver.Valuer]: the identifier as text, NULL for the zero value.
func (s Scheme) Value() (driver.Value, error) { return schemes.Value(s) }

// Scan implements [database/sql.Scanner] from text; NULL scans as the zero value.
func (s *Scheme) Scan(src any) error { return schemes.Scan(src, s) }
