package eligibility

import (
	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Subject is what a rule checks (gjenstand): a network, one of its projects, or an
// application. The zero value is not a subject.
type Subject uint8

const (
	// SubjectNetwork is a learning network (læringsnettverk) and its organisation.
	// JSON "network".
	SubjectNetwork Subject = iota + 1
	// SubjectProject is a development project (utviklingsprosjekt) of a network.
	// JSON "project".
	SubjectProject
	// SubjectApplication is an application for stimulus money (søknad om
	// stimuleringsmidler). JSON "application".
	SubjectApplication
)

var subjects = enum.Table[Subject]{Type: "subject", Err: enumError("subject"), Names: []enum.Name{
	{},
	{"network", "nettverk", "network", "nettverk"},
	{"project", "prosjekt", "project", "prosjekt"},
	{"application", "søknad", "application", "søknad"},
}}

// ParseSubject parses "network", "project" or "application".
func ParseSubject(text string) (Subject, error) { return subjects.Parse(text) }

// Valid reports whether s is a defined subject.
func (s Subject) Valid() bool { return subjects.Valid(s) }

// String returns the identifier, e.g. "application".
func (s Subject) String() string { return subjects.ID(s) }

// In returns the name in lang: "nettverk", "prosjekt", "søknad" or the English names.
func (s Subject) In(lang lnet.Language) string { return name(subjects, s, lang) }

// MarshalText implements [encoding.TextMarshaler]. The zero value marshals as "".
func (s Subject) MarshalText() ([]byte, error) { return subjects.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSubject].
func (s *Subject) UnmarshalText(b []byte) error { return subjects.Unmarshal(b, s) }
