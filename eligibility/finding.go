package eligibility

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
type Finding struct {
	// Rule is the rule's stable id, e.g. "APP-PART-COST".
	Rule string `json:"rule"`
	// Subject is what the rule checked.
	Subject Subject `json:"subject"`
	// Target names the checked subject where a report covers several of its kind, e.g. the
	// title of a project in a network report. Empty otherwise.
	Target string `json:"target,omitempty"`
	// Severity is how binding the rule is.
	Severity Severity `json:"severity"`
	// Status is the outcome.
	Status Status `json:"status"`
	// Citation is where the rule comes from, e.g. "Retningslinjer 2019, pkt. 4".
	Citation string `json:"citation"`
	// Title states the rule, e.g. "The network has chosen a leader.", in both languages.
	Title Message `json:"title"`
	// Evidence is the facts behind the outcome, in order.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Blocks reports whether the finding makes its report ineligible: a failed requirement.
// Failed recommendations and information never block.
func (f Finding) Blocks() bool { return f.Status == Failed && f.Severity == Requirement }
