package eligibility

import (
	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

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
	// Noted (til orientering): an information rule (a "kan" or "vurdere" in the guidelines)
	// whose option the subject does not use, e.g. a foster-home project without contact
	// with Bufetat. It is never a failure and never blocks; the evidence says what was
	// found. An information rule's check never yields Failed: the evaluator records such an
	// outcome as Noted. JSON "noted".
	Noted
)

var statuses = enum.Table[Status]{Type: "status", Err: enumError("status"), Names: []enum.Name{
	{},
	{"passed", "oppfylt", "passed", "oppfylt"},
	{"failed", "ikke oppfylt", "failed", "ikkje oppfylt"},
	{"not_applicable", "ikke aktuelt", "not applicable", "ikkje aktuelt"},
	{"noted", "til orientering", "noted", "til orientering"},
}}

// ParseStatus parses "passed", "failed", "not_applicable" or "noted".
func ParseStatus(text string) (Status, error) { return statuses.Parse(text) }

// Valid reports whether s is a defined status.
func (s Status) Valid() bool { return statuses.Valid(s) }

// String returns the identifier, e.g. "not_applicable".
func (s Status) String() string { return statuses.ID(s) }

// In returns the name in lang: "oppfylt", "ikke oppfylt", "ikke aktuelt", "til orientering"
// or the English names.
func (s Status) In(lang lnet.Language) string { return name(statuses, s, lang) }

// MarshalText implements [encoding.TextMarshaler]. The zero value marshals as "".
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStatus].
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(b, s) }
