package eligibility

import (
	"encoding/json"

	"github.com/laeringsnettverk/sdk/internal/jsonlimit"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Report is the result of evaluating a network, a project or an application against one
// edition of the guidelines (vurdering): one finding for every rule that ran. It marshals to
// JSON with an extra read-only field "eligible", and renders as text ([Report.Text]) or
// Markdown ([Report.Markdown]) in either language.
type Report struct {
	// Edition is the edition whose rules ran.
	Edition Edition `json:"edition"`
	// Subject is what was evaluated.
	Subject Subject `json:"subject"`
	// Name names what was evaluated: the network's name, the project's title, or the
	// application's title.
	Name string `json:"name"`
	// Scheme is the application's funding scheme; zero for a network or project report.
	Scheme lnet.Scheme `json:"scheme,omitzero"`
	// Findings holds one finding per rule that ran: network rules first, then project rules,
	// then application rules, each in catalogue order followed by the office's own rules.
	Findings []Finding `json:"findings"`
}

// Eligible reports whether no requirement failed. Recommendations and information never
// block; a rule that does not apply does not block.
func (r Report) Eligible() bool {
	for _, f := range r.Findings {
		if f.Blocks() {
			return false
		}
	}
	return true
}

// Blocking returns the failed requirements, in report order.
func (r Report) Blocking() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Blocks() {
			out = append(out, f)
		}
	}
	return out
}

// Count returns the number of findings with status s.
func (r Report) Count(s Status) int {
	n := 0
	for _, f := range r.Findings {
		if f.Status == s {
			n++
		}
	}
	return n
}

// Finding returns the first finding of the rule with id, and whether there is one.
func (r Report) Finding(id string) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Rule == id {
			return f, true
		}
	}
	return Finding{}, false
}

// reportJSON is the wire form of a report.
type reportJSON struct {
	Edition  Edition     `json:"edition"`
	Subject  Subject     `json:"subject"`
	Name     string      `json:"name"`
	Scheme   lnet.Scheme `json:"scheme,omitzero"`
	Eligible bool        `json:"eligible"`
	Findings []Finding   `json:"findings"`
}

// MarshalJSON writes the report with its fields and "eligible", the value of
// [Report.Eligible], for scripts that read the JSON alone.
func (r Report) MarshalJSON() ([]byte, error) {
	findings := r.Findings
	if findings == nil {
		findings = []Finding{}
	}
	return json.Marshal(reportJSON{r.Edition, r.Subject, r.Name, r.Scheme, r.Eligible(), findings})
}

// reportLimits bounds the shape of a report before it is decoded: a report is 5 levels
// deep and holds one finding per rule of the catalogue.
var reportLimits = jsonlimit.Limits{MaxDepth: 16, MaxElements: 100_000, MaxValues: 4_000_000}

// UnmarshalJSON reads a report written by [Report.MarshalJSON]. "eligible" is ignored on
// input: it is recomputed from the findings. A document with more than 100 000 elements in
// one array or object, or nested deeper than 16 levels, is refused before it is decoded with
// a [*lnet.FieldError].
func (r *Report) UnmarshalJSON(b []byte) error {
	if e := jsonlimit.Check(b, reportLimits); e != nil {
		path := "report"
		if e.Path != "" {
			path += "." + e.Path
		}
		return &lnet.FieldError{Path: path, Reason: e.Error()}
	}
	var w reportJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*r = Report{Edition: w.Edition, Subject: w.Subject, Name: w.Name, Scheme: w.Scheme, Findings: w.Findings}
	return nil
}
