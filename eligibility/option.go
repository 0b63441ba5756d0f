package eligibility

import (
	"fmt"

	"github.com/rickb777/date/v2"
)

// Option configures an evaluation: the edition, the office's deadline, the office's own
// rules.
type Option func(*settings)

type settings struct {
	edition   Edition
	grantYear int
	deadline  *date.Date
	rules     []Rule
	err       error
}

// WithEdition pins the edition whose rules run, instead of the one [EditionFor] picks from
// the application's grant year. An undefined edition makes the evaluation fail with an error
// wrapping [ErrUnknownEdition].
func WithEdition(e Edition) Option {
	return func(s *settings) {
		if !e.Valid() {
			s.fail(fmt.Errorf("%w: edition %d is not defined", ErrUnknownEdition, e))
			return
		}
		s.edition = e
	}
}

// WithGrantYear selects the edition by grant year with [EditionFor], for a network or project
// evaluation, which has no application year to go by. [WithEdition] takes precedence.
func WithGrantYear(year int) Option {
	return func(s *settings) { s.grantYear = year }
}

// WithDeadline gives the office's application deadline (søknadsfrist) for the application's
// scheme and year, checked by APP-DEADLINE: an application submitted on the deadline day is
// in time. Compute it with the calendar package (announced deadlines are fixed dates;
// statutory time limits move to the next working day) and pass the result here; this package
// does not import the calendar.
func WithDeadline(d date.Date) Option {
	return func(s *settings) { s.deadline = &d }
}

// WithRules adds an office's own rules (e.g. [CapPerApplication]) after the guidelines'
// rules of the same subject. Each rule's [RuleInfo] must have a unique id, not one of the
// catalogue's, a defined subject and severity, and a title; otherwise the evaluation fails
// with an error wrapping [ErrInvalidRule].
func WithRules(rules ...Rule) Option {
	return func(s *settings) {
		for _, r := range rules {
			if r == nil {
				s.fail(fmt.Errorf("%w: nil rule", ErrInvalidRule))
				return
			}
			if f, ok := r.(funcRule); ok && f.check == nil {
				s.fail(fmt.Errorf("%w: rule %q: nil check", ErrInvalidRule, f.info.ID))
				return
			}
			s.rules = append(s.rules, r)
		}
	}
}

func (s *settings) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}
