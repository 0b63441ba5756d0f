package eligibility

// Status is the outcome of one rule for one subject (resultat). The zero value is not a
// status.
type Status uint8

const (
	// Passed (oppfylt): the subject meets the rule. JSON "passed".
	Passed Status = iota + 1
	// Failed (ikke oppfylt): the subject does not meet the rule; the evidence says why.
	// JSON "failed".
	Failed
	// NotApplicable (ikke aktuelt): the rule does not apply to this subject, for example a
	// foster-home rule on a self-initiated application, or a rule outside the edition.
	// JSON "not_applicable".
	NotApplicable
)

var statuses = enum[Status]{typ: "status", first: 1, table: []names{
	{},
	{"passed", "oppfylt", "passed"},
	{"failed", "ikke oppfylt", "failed"},
	{"not_applicable", "ikke aktuelt", "not applicable"},
}}

// ParseStatus parses "passed", "failed" or "not_applicable".
func ParseStatus(text string) (Status, error) { return statuses.parse(text) }

// Valid reports whether s is a defined status.
func (s Status) Valid() bool { return statuses.valid(s) }

// String returns the identifier, e.g. "not_applicable".
func (s Status) String() string { return statuses.id(s) }

// In returns the name in lang: "oppfylt", "ikke oppfylt", "ikke aktuelt" or the English
// names.
func (s Status) In(lang Language) string { return statuses.in(s, lang) }

// MarshalText implements [encoding.TextMarshaler]. The zero value marshals as "".
func (s Status) MarshalText() ([]byte, error) { return statuses.marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStatus].
func (s *Status) UnmarshalText(b []byte) error { return statuses.unmarshal(b, s) }
