package eligibility

// Severity is how binding a rule is, read from the guideline's wording (forpliktelse):
// "skal" or "må" (shall, must) is a requirement, "bør" (should) a recommendation, "kan" or
// "vurdere" (may, consider) information. Only a failed requirement makes a report
// ineligible. The zero value is not a severity.
type Severity uint8

const (
	// Requirement (krav) is a rule worded "skal" or "må". A failed requirement blocks.
	// JSON "requirement".
	Requirement Severity = iota + 1
	// Recommendation (anbefaling) is a rule worded "bør". It never blocks.
	// JSON "recommendation".
	Recommendation
	// Information (informasjon) is a rule worded "kan" or "vurdere": an option the guideline
	// points out. It never blocks. JSON "information".
	Information
)

var severities = enum[Severity]{typ: "severity", first: 1, table: []names{
	{},
	{"requirement", "krav", "requirement"},
	{"recommendation", "anbefaling", "recommendation"},
	{"information", "informasjon", "information"},
}}

// ParseSeverity parses "requirement", "recommendation" or "information".
func ParseSeverity(text string) (Severity, error) { return severities.parse(text) }

// Valid reports whether s is a defined severity.
func (s Severity) Valid() bool { return severities.valid(s) }

// String returns the identifier, e.g. "requirement".
func (s Severity) String() string { return severities.id(s) }

// In returns the name in lang: "krav", "anbefaling", "informasjon" or the English names.
func (s Severity) In(lang Language) string { return severities.in(s, lang) }

// MarshalText implements [encoding.TextMarshaler]. The zero value marshals as "".
func (s Severity) MarshalText() ([]byte, error) { return severities.marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeverity].
func (s *Severity) UnmarshalText(b []byte) error { return severities.unmarshal(b, s) }
