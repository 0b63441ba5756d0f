package lnet

import (
	"database/sql/driver"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Assessment is a local risk or status assessment (risiko- eller tilstandsvurdering) of a
// municipality's child-welfare work that a plan's measure is grounded in.
type Assessment struct {
	// Kind is risk (risikovurdering) or status (tilstandsvurdering). Required.
	Kind AssessmentKind `json:"kind"`
	// Municipality is the municipality assessed. Required.
	Municipality MunicipalityCode `json:"municipality"`
	// Date is the day of the assessment, if known.
	Date *date.Date `json:"date,omitempty"`
	// Summary says what the assessment found. Required.
	Summary string `json:"summary"`
}

// Validate checks that the assessment has a known kind, a well-formed municipality code,
// a plausible date if any, and a summary.
func (a Assessment) Validate() error {
	var v validator
	a.validate(&v, "")
	return v.err()
}

func (a Assessment) validate(v *validator, path string) {
	enumValue(v, field(path, "kind"), a.Kind, assessmentKinds, true)
	v.municipality(field(path, "municipality"), a.Municipality)
	v.optionalDate(field(path, "date"), a.Date)
	v.text(field(path, "summary"), a.Summary, true)
}

// AssessmentKind is the kind of a local assessment. The zero value means "unset".
type AssessmentKind uint8

const (
	// AssessmentRisk is a risk assessment (risikovurdering). JSON "risk".
	AssessmentRisk AssessmentKind = iota + 1
	// AssessmentStatus is a status assessment (tilstandsvurdering). JSON "status".
	AssessmentStatus
)

var assessmentKinds = enum.Table[AssessmentKind]{Type: "assessment kind", Err: enumError("assessment kind", ErrInvalidValue), Names: []enum.Name{
	{},
	{"risk", "risikovurdering", "risk assessment", "risikovurdering"},
	{"status", "tilstandsvurdering", "status assessment", "tilstandsvurdering"},
}}

// AssessmentKinds returns the defined assessment kinds.
func AssessmentKinds() []AssessmentKind { return assessmentKinds.Values() }

// ParseAssessmentKind parses "risk" or "status".
func ParseAssessmentKind(text string) (AssessmentKind, error) { return assessmentKinds.Parse(text) }

// Valid reports whether k is a defined assessment kind.
func (k AssessmentKind) Valid() bool { return assessmentKinds.Valid(k) }

// String returns the identifier: "risk" or "status"; "" for the zero value.
func (k AssessmentKind) String() string { return assessmentKinds.ID(k) }

// Norwegian returns the Norwegian name: "risikovurdering" or "tilstandsvurdering".
func (k AssessmentKind) Norwegian() string { return assessmentKinds.Norwegian(k) }

// English returns the English name.
func (k AssessmentKind) English() string { return assessmentKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k AssessmentKind) Nynorsk() string { return assessmentKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k AssessmentKind) In(lang Language) string { return name(assessmentKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k AssessmentKind) MarshalText() ([]byte, error) { return assessmentKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseAssessmentKind].
func (k *AssessmentKind) UnmarshalText(b []byte) error { return assessmentKinds.Unmarshal(b, k) }

// Value implements [driver.Valuer].
func (k AssessmentKind) Value() (driver.Value, error) { return assessmentKinds.Value(k) }

// Scan implements [database/sql.Scanner].
func (k *AssessmentKind) Scan(src any) error { return assessmentKinds.Scan(src, k) }
