package eligibility

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

var subjects = enum[Subject]{typ: "subject", first: 1, table: []names{
	{},
	{"network", "nettverk", "network"},
	{"project", "prosjekt", "project"},
	{"application", "søknad", "application"},
}}

// ParseSubject parses "network", "project" or "application".
func ParseSubject(text string) (Subject, error) { return subjects.parse(text) }

// Valid reports whether s is a defined subject.
func (s Subject) Valid() bool { return subjects.valid(s) }

// String returns the identifier, e.g. "application".
func (s Subject) String() string { return subjects.id(s) }

// In returns the name in lang: "nettverk", "prosjekt", "søknad" or the English names.
func (s Subject) In(lang Language) string { return subjects.in(s, lang) }

// MarshalText implements [encoding.TextMarshaler]. The zero value marshals as "".
func (s Subject) MarshalText() ([]byte, error) { return subjects.marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSubject].
func (s *Subject) UnmarshalText(b []byte) error { return subjects.unmarshal(b, s) }
