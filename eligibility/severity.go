package eligibility

import (
	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

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

var severities = enum.Table[Severity]{Type: "severity", Err: enumError("severity"), Names: []enum.Name{
	{},
	{"requirement", "krav", "requirement", "krav"},
	{"recommendation", "anbefaling", "recommendation", "tilråding"},
	{"information", "informasjon", "information", "informasjon"},
}}

// ParseSeverity parses "requirement", "recommendation" or "information".
func ParseSeverity(text string) (Severity, error) { return severities.Parse(text) }

// Valid reports whether s is a defined severity.
func (s Severity) Valid() bool { return severities.Valid(s) }

// String returns the identifier, e.g. "requirement".
func (s Severity) String() string { return severities.ID(s) }

// In returns the name in lang: "krav", "anbefaling", "informasjon" or the English names.
func (s Severity) In(lang lnet.Language) string { return name(severities, s, lang) }

// MarshalText implements [encoding.TextMarshaler]. The zero value marshals as "".
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeverity].
func (s *Severity) UnmarshalText(b []byte) error { return severities.Unmarshal(b, s) }
