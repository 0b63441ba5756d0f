package eligibility

import (
	"encoding/json"
	"slices"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/modeljson"
	"github.com/laeringsnettverk/sdk/internal/strictjson"
)

// Evidence is one fact behind a finding (grunnlag): which member lacks a management
// representative, which municipality has not anchored the project, the amount requested
// against the total cost. Path and Value locate the fact in the evaluated model, in its JSON
// field names, relative to the finding's subject ("anchoring", "members[2].representatives");
// a fact of the network in a project or application finding starts with "network.", a fact
// of the project in an application finding with "project.". Note says what the fact shows,
// in both languages.
type Evidence struct {
	// Path locates the fact, e.g. "members[3].representatives" or "requested". Optional.
	Path string `json:"path,omitempty"`
	// Value is the value found there, formatted, e.g. "1201" or "650000". Optional.
	Value string `json:"value,omitempty"`
	// Note says what the fact shows.
	Note Message `json:"note"`
}

// Finding is the result of one rule for one subject (funn). A report holds one finding for
// every rule that ran, passed, failed or not applicable.
//
// A finding is a read-only value, cheap to copy: it keeps its rule's description (shared
// with every other finding of the rule), its status and the few values its texts need, and
// renders the texts (the title, the evidence's notes in bokmål, nynorsk and English) when
// asked for, by [Finding.Title] and [Finding.Evidence] or when marshalled to JSON. The
// findings of the network rules, which a batch ([EvaluateApplications]) shares between its
// reports, can therefore not be changed through one report. The zero Finding has no rule
// and no status. JSON {"rule", "subject", "target", "severity", "status", "citation",
// "title", "evidence"}, as [Finding.MarshalJSON] writes it.
type Finding struct{ f *finding }

// finding is the state of a [Finding].
type finding struct {
	// info is the rule's description: a rule of the catalogue's, an office rule's as the
	// evaluation saw it, or one decoded from JSON.
	info *RuleInfo
	// target is [Finding.Target].
	target string
	// day is the day the SDK's own texts are worded for (see [Report.Date]).
	day date.Date
	// status is [Finding.Status].
	status Status
	// own is true when the title and the lazy notes are the SDK's own sentences, worded for
	// day; false for an office rule's, kept as written.
	own bool
	// ev is the evidence, rendered by [Finding.Evidence].
	ev []evidence
}

// noInfo describes the rule of the zero Finding: nothing.
var noInfo RuleInfo

func (f Finding) info() *RuleInfo {
	if f.f == nil || f.f.info == nil {
		return &noInfo
	}
	return f.f.info
}

// Rule returns the rule's stable id, e.g. "APP-PART-COST".
func (f Finding) Rule() string { return f.info().ID }

// Subject returns what the rule checked.
func (f Finding) Subject() Subject { return f.info().Subject }

// Target names the checked subject where a report covers several of its kind, e.g. the
// title of a project in a network report. Empty otherwise.
func (f Finding) Target() string {
	if f.f == nil {
		return ""
	}
	return f.f.target
}

// Severity returns how binding the rule is.
func (f Finding) Severity() Severity { return f.info().Severity }

// Status returns the outcome (resultat).
func (f Finding) Status() Status {
	if f.f == nil {
		return 0
	}
	return f.f.status
}

// Citation returns where the rule comes from (kilde), e.g. "Retningslinjer 2019, pkt. 4".
func (f Finding) Citation() string { return f.info().Citation }

// Title states the rule (regeltekst), e.g. "The network has chosen a leader.", in the three
// languages, worded for the report's date (see [Report.Date]).
func (f Finding) Title() Message {
	t := f.info().Title
	if f.f != nil && f.f.own {
		return dated(t, f.f.day)
	}
	return t
}

// Evidence returns the facts behind the outcome (grunnlag), in order, with their notes
// rendered in the three languages. The slice is new on each call; nil when there are none.
func (f Finding) Evidence() []Evidence {
	if f.f == nil || len(f.f.ev) == 0 {
		return nil
	}
	out := make([]Evidence, len(f.f.ev))
	for i := range f.f.ev {
		out[i] = f.f.ev[i].render(f.f)
	}
	return out
}

// EvidenceCount returns the number of facts behind the outcome, len([Finding.Evidence]),
// without rendering them.
func (f Finding) EvidenceCount() int {
	if f.f == nil {
		return 0
	}
	return len(f.f.ev)
}

// Blocks reports whether the finding makes its report ineligible: a failed requirement.
// Failed recommendations and information never block.
func (f Finding) Blocks() bool { return f.Status() == Failed && f.Severity() == Requirement }

// Equal reports whether f and g say the same: the same rule id, subject, target, severity,
// status, citation, title and evidence, as [Finding.MarshalJSON] writes them. Two findings
// compare with == only as the same finding.
func (f Finding) Equal(g Finding) bool {
	if f.Rule() != g.Rule() || f.Subject() != g.Subject() || f.Target() != g.Target() || f.Severity() != g.Severity() ||
		f.Status() != g.Status() || f.Citation() != g.Citation() || f.Title() != g.Title() || f.EvidenceCount() != g.EvidenceCount() {
		return false
	}
	fe, ge := f.Evidence(), g.Evidence()
	for i := range fe {
		if fe[i] != ge[i] {
			return false
		}
	}
	return true
}

// findingJSON is the wire form of a finding.
type findingJSON struct {
	Rule     string     `json:"rule"`
	Subject  Subject    `json:"subject"`
	Target   string     `json:"target,omitempty"`
	Severity Severity   `json:"severity"`
	Status   Status     `json:"status"`
	Citation string     `json:"citation"`
	Title    Message    `json:"title"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// MarshalJSON writes the finding with its texts rendered: {"rule", "subject", "target"
// (omitted when empty), "severity", "status", "citation", "title", "evidence" (omitted when
// empty)}.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(findingJSON{f.Rule(), f.Subject(), f.Target(), f.Severity(), f.Status(), f.Citation(), f.Title(), f.Evidence()})
}

// UnmarshalJSON reads a finding written by [Finding.MarshalJSON], as strictly as
// [DecodeReport] reads the findings of a report; its texts are kept as written.
func (f *Finding) UnmarshalJSON(b []byte) error {
	var w findingJSON
	if err := strictjson.Unmarshal(b, &w, modeljson.Options(false, reportLimits.MaxDepth)); err != nil {
		return modeljson.FieldError("finding", err)
	}
	*f = w.finding()
	return nil
}

// finding returns the finding w describes.
func (w findingJSON) finding() Finding {
	return NewFinding(RuleInfo{ID: w.Rule, Subject: w.Subject, Severity: w.Severity, Citation: w.Citation, Title: w.Title},
		w.Target, w.Status, w.Evidence...)
}

// NewFinding returns a finding of the rule described by info (its id, subject, severity,
// citation and title are the finding's) for target, with status and evidence, the texts
// kept as given. The evaluation makes findings itself; NewFinding is for a caller that
// builds a report from elsewhere, e.g. from its own storage.
func NewFinding(info RuleInfo, target string, status Status, facts ...Evidence) Finding {
	info = info.clone()
	f := &finding{info: &info, target: target, status: status}
	if len(facts) > 0 {
		given := slices.Clone(facts)
		f.ev = make([]evidence, len(facts))
		for i := range given {
			f.ev[i] = evidence{g: &given[i]}
		}
	}
	return Finding{f}
}
