package eligibility

import (
	"slices"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
)

// Rule is one eligibility rule (vilkår): a description and a check. The guidelines' rules
// ([Rules]) implement it, and so can an office's own rules (e.g. a local cap per
// application, [CapPerApplication]): pass them with [WithRules], no fork needed.
//
// Check must not modify the case, must not panic on any model that decodes from JSON, and
// must be safe for concurrent use.
type Rule interface {
	// Info describes the rule.
	Info() RuleInfo
	// Check evaluates the rule on the case. It is called only for editions and schemes the
	// rule belongs to (see [RuleInfo]); the evaluator records NotApplicable for the others.
	Check(c Case) Outcome
}

// RuleInfo describes a rule: its stable id, what it checks, how binding it is, where it
// comes from, and what it says in both languages. The catalogue of the guidelines' rules is
// a list of these ([Catalogue]).
type RuleInfo struct {
	// ID is the rule's stable id, upper case with hyphens, e.g. "NET-PLAN". Office rules
	// should start with the office, e.g. "VESTLAND-CAP". Required and unique.
	ID string `json:"id"`
	// Subject is what the rule checks. Required.
	Subject Subject `json:"subject"`
	// Severity is how binding the rule is, from the guideline's wording. Required.
	Severity Severity `json:"severity"`
	// Editions are the editions the rule belongs to; empty means every edition.
	Editions []Edition `json:"editions,omitempty"`
	// Schemes are the funding schemes an application rule applies to; empty means both.
	// Ignored for network and project rules.
	Schemes []lnet.Scheme `json:"schemes,omitempty"`
	// Citation is where the rule comes from, e.g. "Retningslinjer 2019, pkt. 4".
	Citation string `json:"citation"`
	// Title states the rule in both languages.
	Title Message `json:"title"`
	// Quote is the source sentence the rule rests on, quoted exactly (bokmål as in the
	// 2019 guidelines; an office's wording in its own language). Empty when no sentence of
	// the sources states the rule (an office condition whose call is not among the sources
	// is summarised in the title and says so in its note).
	Quote string `json:"quote,omitempty"`
	// Modal is the modal verb of Quote the severity follows: "skal" or "må" (requirement),
	// "bør" (recommendation), "kan" or "vurdere" (information). Empty when the sentence has
	// none (it defines a scheme); such a rule's note says how the SDK reads it.
	Modal string `json:"modal,omitempty"`
	// Office is the governor office whose call announced the rule, for an office condition
	// ([OfficeConditions]); empty for the national rules of the guidelines.
	Office lnet.OfficeID `json:"office,omitempty"`
	// Years are the grant years of the office's calls that announced the condition; empty
	// for a national rule, or for an office condition whose years the sources do not give.
	Years []int `json:"years,omitempty"`
	// Note says how the SDK reads the rule, where that is not obvious from the title.
	Note Message `json:"note,omitzero"`
}

// ForYear reports whether an office condition applies to grant year y: its Years contain y,
// or it has none.
func (i RuleInfo) ForYear(y int) bool {
	return len(i.Years) == 0 || slices.Contains(i.Years, y)
}

// InEdition reports whether the rule belongs to edition e.
func (i RuleInfo) InEdition(e Edition) bool {
	return len(i.Editions) == 0 || slices.Contains(i.Editions, e)
}

// ForScheme reports whether the rule applies to scheme s.
func (i RuleInfo) ForScheme(s lnet.Scheme) bool {
	return len(i.Schemes) == 0 || slices.Contains(i.Schemes, s)
}

// validate checks an office rule's description.
func (i RuleInfo) validate() error {
	if i.ID == "" {
		return newError(ErrInvalidRule, "empty id")
	}
	if !i.Subject.Valid() {
		return newError(ErrInvalidRule, "rule %q: undefined subject %d", i.ID, i.Subject)
	}
	if !i.Severity.Valid() {
		return newError(ErrInvalidRule, "rule %q: undefined severity %d", i.ID, i.Severity)
	}
	for _, e := range i.Editions {
		if !e.Valid() {
			return newError(ErrInvalidRule, "rule %q: undefined edition %d", i.ID, e)
		}
	}
	for _, s := range i.Schemes {
		if !s.Valid() {
			return newError(ErrInvalidRule, "rule %q: undefined scheme %d", i.ID, s)
		}
	}
	if i.Title.IsZero() {
		return newError(ErrInvalidRule, "rule %q: empty title", i.ID)
	}
	return nil
}

// Case is what a rule checks (sak): the edition in force, the network, the project and the
// application, and the office's application deadline. Network is never nil. A network rule
// sees the network only (Project and Application nil), a project rule also the project, an
// application rule all three, though Project is nil when the network has no project with the
// application's project id.
type Case struct {
	// Edition is the edition whose rules run.
	Edition Edition
	// Network is the network evaluated, or the network of the project or application.
	Network *lnet.Network
	// Project is the project a project rule checks, or the application's project.
	Project *lnet.Project
	// Application is the application an application rule checks.
	Application *lnet.Application
	// Deadline is the office's application deadline (søknadsfrist), if given with
	// [WithDeadline].
	Deadline *date.Date
	// Date is the day of the evaluation ([Report.Date]); zero when not known.
	Date date.Date
	// GrantYear is the grant year evaluated ([Report.GrantYear]); zero when not known.
	GrantYear int
	// Register is the geography register given with [WithRegister]; nil when not given.
	Register *lnet.Register

	b *batch // where the evaluation keeps its findings; nil outside one
}

// Outcome is what a rule's check found: a status and the evidence for it.
type Outcome struct {
	// Status is passed, failed or not applicable.
	Status Status
	// Evidence is the facts behind the status.
	Evidence []Evidence
}

// Pass returns a passed outcome with the evidence.
func Pass(evidence ...Evidence) Outcome { return Outcome{Status: Passed, Evidence: evidence} }

// Fail returns a failed outcome with the evidence.
func Fail(evidence ...Evidence) Outcome { return Outcome{Status: Failed, Evidence: evidence} }

// Notice returns the outcome of an information rule whose option the subject does not use:
// [Noted], never a failure.
func Notice(evidence ...Evidence) Outcome { return Outcome{Status: Noted, Evidence: evidence} }

// Inapplicable returns a not-applicable outcome that says why.
func Inapplicable(why Message) Outcome {
	return Outcome{Status: NotApplicable, Evidence: []Evidence{{Note: why}}}
}

// NewRule returns a rule with the description info and the check function, for an office's
// own rules (lokale vilkår). A nil check makes [WithRules] fail.
//
// The check gets the models unvalidated: the evaluation does not call their Validate methods
// (see [EvaluateApplication]), so an amount may be zero or negative, a list empty, a pointer
// nil (Case.Project, lnet.Application.Submitted). Validate the models before evaluating them,
// or write the check defensively. A check that panics all the same (a division by zero, a nil
// pointer) does not crash the evaluation: it returns a [*RuleError] naming the rule's id,
// which wraps [ErrInvalidRule].
func NewRule(info RuleInfo, check func(Case) Outcome) Rule { return funcRule{info, check} }

type funcRule struct {
	info  RuleInfo
	check func(Case) Outcome
}

func (r funcRule) Info() RuleInfo       { return r.info }
func (r funcRule) Check(c Case) Outcome { return r.check(c) }
