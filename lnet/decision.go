package lnet

import (
	"database/sql/driver"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Decision is a decision a network has recorded (vedtak, beslutning), for instance in the
// minutes of a gathering. Decisions keep what the guidelines' checks need to show rather than
// hide: on 13 September 2018 the Hordaland network decided that a leader was not needed yet,
// and that the host of one project was to be settled by 25 September.
type Decision struct {
	// Subject is what the decision is about. Required.
	Subject DecisionSubject `json:"subject"`
	// Date is the day of the decision. Required.
	Date date.Date `json:"date"`
	// Text states the decision. Required.
	Text string `json:"text"`
	// Project is the id of the project the decision concerns, if any; one of the network's
	// projects.
	Project ProjectID `json:"project,omitempty"`
	// Due is the day by which what was decided is to be done or settled, if any. Not before
	// Date.
	Due *date.Date `json:"due,omitempty"`
}

// Validate checks that the decision has a known subject, a date, a text, and a due date not
// before the decision.
func (d Decision) Validate() error {
	var v validator
	d.validate(&v, "")
	return v.err()
}

func (d Decision) validate(v *validator, path string) {
	enumValue(v, field(path, "subject"), d.Subject, decisionSubjects, true)
	v.date(field(path, "date"), d.Date)
	v.text(field(path, "text"), d.Text, true)
	v.optionalID(field(path, "project"), string(d.Project))
	if d.Due != nil {
		v.date(field(path, "due"), *d.Due)
		if d.Date != date.Zero {
			v.notBefore(field(path, "due"), *d.Due, d.Date, "date")
		}
	}
}

// DecisionSubject is what a recorded decision is about. The zero value means "unset".
type DecisionSubject uint8

const (
	// DecisionLeader is about the network's leader (valg av leder), including a decision
	// not to choose one yet. JSON "leader".
	DecisionLeader DecisionSubject = iota + 1
	// DecisionSteeringGroup is about the steering group (styringsgruppe). JSON
	// "steering_group".
	DecisionSteeringGroup
	// DecisionProject is about a development project (utviklingsprosjekt). JSON "project".
	DecisionProject
	// DecisionOther is about anything else (annet). JSON "other".
	DecisionOther
)

var decisionSubjects = enum.Table[DecisionSubject]{Type: "decision subject", Err: enumError("decision subject", ErrInvalidValue), Names: []enum.Name{
	{},
	{"leader", "leder", "leader", "leiar"},
	{"steering_group", "styringsgruppe", "steering group", "styringsgruppe"},
	{"project", "utviklingsprosjekt", "development project", "utviklingsprosjekt"},
	{"other", "annet", "other", "anna"},
}}

// DecisionSubjects returns the defined decision subjects.
func DecisionSubjects() []DecisionSubject { return decisionSubjects.Values() }

// ParseDecisionSubject parses "leader", "steering_group", "project" or "other".
func ParseDecisionSubject(text string) (DecisionSubject, error) { return decisionSubjects.Parse(text) }

// Valid reports whether s is a defined decision subject.
func (s DecisionSubject) Valid() bool { return decisionSubjects.Valid(s) }

// String returns the identifier, e.g. "leader"; "" for the zero value.
func (s DecisionSubject) String() string { return decisionSubjects.ID(s) }

// Norwegian returns the Norwegian name, e.g. "leder".
func (s DecisionSubject) Norwegian() string { return decisionSubjects.Norwegian(s) }

// English returns the English name.
func (s DecisionSubject) English() string { return decisionSubjects.English(s) }

// Nynorsk returns the Norwegian nynorsk name.
func (s DecisionSubject) Nynorsk() string { return decisionSubjects.Nynorsk(s) }

// In returns the name in lang: bokmål, nynorsk or English.
func (s DecisionSubject) In(lang Language) string { return name(decisionSubjects, s, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (s DecisionSubject) MarshalText() ([]byte, error) { return decisionSubjects.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDecisionSubject].
func (s *DecisionSubject) UnmarshalText(b []byte) error { return decisionSubjects.Unmarshal(b, s) }

// Value implements [driver.Valuer].
func (s DecisionSubject) Value() (driver.Value, error) { return decisionSubjects.Value(s) }

// Scan implements [database/sql.Scanner].
func (s *DecisionSubject) Scan(src any) error { return decisionSubjects.Scan(src, s) }
