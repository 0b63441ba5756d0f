package lnet

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"
)

// Origin says where the register's data for a year came from (datakilde).
type Origin string

const (
	// OriginEmbedded is the data embedded in the SDK (package lnet/geodata), generated from
	// Statistics Norway's files in the repository's data/ssb.
	OriginEmbedded Origin = "embedded"
	// OriginLoaded is data read by [LoadRegister] from a folder of SSB files, replacing or
	// extending the embedded data.
	OriginLoaded Origin = "loaded"
	// OriginAssumed marks a year past the data that the register answers for only because
	// the caller opted in with [Register.AssumeUnchangedThrough]: the last known
	// municipality structure and the last known population are carried forward.
	OriginAssumed Origin = "assumed"
)

// ParseOrigin parses an origin: "embedded", "loaded" or "assumed". Other text is a
// [*ParseError] wrapping [ErrInvalidValue].
func ParseOrigin(text string) (Origin, error) {
	o := Origin(text)
	if !o.Valid() {
		return "", parseError("origin", text, `want "embedded", "loaded" or "assumed"`, ErrInvalidValue)
	}
	return o, nil
}

// Valid reports whether o is one of the defined origins.
func (o Origin) Valid() bool {
	return o == OriginEmbedded || o == OriginLoaded || o == OriginAssumed
}

// MarshalText implements [encoding.TextMarshaler]. The zero Origin (no basis) marshals as "";
// another undefined origin is an error.
func (o Origin) MarshalText() ([]byte, error) {
	if o != "" && !o.Valid() {
		return nil, parseError("origin", string(o), "not a defined origin", ErrInvalidValue)
	}
	return []byte(o), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseOrigin]; "" gives the zero
// Origin, so the zero [Basis] round-trips.
func (o *Origin) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*o = ""
		return nil
	}
	v, err := ParseOrigin(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Value implements [driver.Valuer] with the text.
func (o Origin) Value() (driver.Value, error) {
	b, err := o.MarshalText()
	return string(b), err
}

// Scan implements [database/sql.Scanner] from text.
func (o *Origin) Scan(src any) error {
	switch v := src.(type) {
	case string:
		return o.UnmarshalText([]byte(v))
	case []byte:
		return o.UnmarshalText(v)
	}
	return parseError("origin", fmt.Sprintf("%T", src), "want text", ErrInvalidValue)
}

// Basis says what the register's answers for one year rest on (datagrunnlag): the version
// of Statistics Norway's classification 131 (kommuneinndeling) in force on 1 January, the
// year whose population count is used, and where the data came from. Every allocation key
// built from the register and every report that uses it can quote it
// ([Basis.In]), so a municipality reading a decision letter can see which figures it
// rests on.
//
// The embedded register rests, for 2025 and 2026, on KLASS version "Kommuneinndeling 2024":
// no KLASS version for those years is among the SDK's sources, and no municipality changed
// on 1 January 2025 or 2026 (see data/SOURCES.md). That is the data, not an assumption.
type Basis struct {
	// Year is the year asked about.
	Year int `json:"year"`
	// Classification is the name of the KLASS 131 version in force on 1 January of Year (or,
	// when Origin is [OriginAssumed], on the last day of data), e.g. "Kommuneinndeling 2024".
	Classification string `json:"classification"`
	// ClassificationFrom is the first day that version was in force, e.g. 2024-01-01.
	ClassificationFrom date.Date `json:"classification_from"`
	// PopulationYear is the year whose count on 1 January is used: Year itself, or the last
	// year of data when Origin is [OriginAssumed].
	PopulationYear int `json:"population_year"`
	// Origin is where the data came from.
	Origin Origin `json:"origin"`
	// StructureDate is, when Origin is [OriginAssumed], the last day of data whose
	// municipality structure is carried forward; zero otherwise.
	StructureDate date.Date `json:"structure_date,omitzero"`
}

// Assumed reports whether the year lies past the data and is answered by carrying the last
// known structure and population forward ([Register.AssumeUnchangedThrough]).
func (b Basis) Assumed() bool { return b.Origin == OriginAssumed }

// IsZero reports whether b is the zero Basis (no basis known).
func (b Basis) IsZero() bool { return b == Basis{} }

// String returns the basis in English, as [Basis.In] does.
func (b Basis) String() string { return b.In(English) }

// In returns one sentence in lang that says what the year's figures rest on, for a report or
// a letter, e.g. "Kommuneinndeling 2024 (KLASS 131, fra 2024-01-01) og folketallet 1. januar
// 2026 (SSB tabell 07459)." When the year is assumed, the sentence says so and names the year
// and day actually used.
func (b Basis) In(lang Language) string {
	if b.IsZero() {
		return ""
	}
	y := strconv.Itoa(b.Year)
	py := strconv.Itoa(b.PopulationYear)
	if b.Assumed() {
		return fmt.Sprintf(lang.Pick(
			"%s: FORUTSATT UENDRET, ingen data for året. Kommuneinndelingen per %s (%s, KLASS 131) og folketallet 1. januar %s (SSB tabell 07459) er ført videre.",
			"%s: FØRESETT UENDRA, ingen data for året. Kommuneinndelinga per %s (%s, KLASS 131) og folketalet 1. januar %s (SSB tabell 07459) er førte vidare.",
			"%s: ASSUMED UNCHANGED, no data for the year. The municipality structure of %s (%s, KLASS 131) and the population on 1 January %s (SSB table 07459) are carried forward."),
			y, b.StructureDate, b.Classification, py)
	}
	origin := string(b.Origin)
	switch {
	case lang == English:
	case b.Origin == OriginLoaded:
		origin = lang.Pick("innleste", "innlesne", "")
	default:
		origin = lang.Pick("innebygde", "innebygde", "")
	}
	return fmt.Sprintf(lang.Pick(
		"%s: %s (KLASS 131, gjeldende fra %s) og folketallet 1. januar %s (SSB tabell 07459), %s data.",
		"%s: %s (KLASS 131, gjeldande frå %s) og folketalet 1. januar %s (SSB tabell 07459), %s data.",
		"%s: %s (KLASS 131, in force from %s) and the population on 1 January %s (SSB table 07459), %s data."),
		y, b.Classification, b.ClassificationFrom, py, origin)
}
