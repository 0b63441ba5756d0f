package eligibility

import (
	"slices"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Option configures an evaluation: the edition or grant year, the day of the evaluation,
// the data basis, the office's deadline, the office's own rules.
type Option func(*settings)

type settings struct {
	edition   Edition
	grantYear int
	date      *date.Date
	data      lnet.Basis
	deadline  *date.Date
	// schemeDeadlines holds the deadlines given per scheme with WithSchemeDeadline.
	schemeDeadlines map[lnet.Scheme]date.Date
	rules           []Rule
	register        *lnet.Register
	err             error

	// Settled by configure: the report's grant year (0 if unknown) and day (zero if
	// unknown).
	year int
	day  date.Date
}

// WithEdition pins the edition whose rules run, instead of the one [EditionFor] picks from
// the application's grant year. An undefined edition makes the evaluation fail with an error
// wrapping [ErrUnknownEdition].
func WithEdition(e Edition) Option {
	return func(s *settings) {
		if !e.Valid() {
			s.fail(newError(ErrUnknownEdition, "edition %d is not defined", e))
			return
		}
		s.edition = e
	}
}

// WithGrantYear selects the edition by grant year with [EditionFor], for a network or project
// evaluation, which has no application year to go by; for an application it replaces the
// application's year. [WithEdition] takes precedence, but the year is still the report's
// [Report.GrantYear]. A year after the latest edition's range gives the latest known edition
// and marks the report [Report.LatestKnown]. Zero means not given; a negative year or one
// above 9999 makes the evaluation fail with an error wrapping [ErrUnknownEdition].
func WithGrantYear(year int) Option {
	return func(s *settings) {
		if year < 0 || year > maxGrantYear {
			s.fail(newError(ErrUnknownEdition, "grant year %d is not a year of four digits", year))
			return
		}
		s.grantYear = year
	}
}

// WithDate gives the day of the evaluation (vurderingsdato), recorded in [Report.Date]. For
// an application it defaults to the day the application was submitted, if it has been; a
// network or project report has no date unless given one.
//
// The date decides the wording of the SDK's own Norwegian texts: from 1 January 2023, when
// the child welfare act of 2021 (barnevernsloven) came into force, they say
// barnevernstjenesten where the act of 1992 and the guidelines say barneverntjenesten. See
// [Report.Date]. A date outside the years 1–9999 makes the evaluation fail with an error
// wrapping [ErrInvalidValue].
func WithDate(d date.Date) Option {
	return func(s *settings) {
		if !plausibleDay(d) {
			s.fail(newError(ErrInvalidValue, "date %s is not a day of the years 0001–9999", d))
			return
		}
		s.date = &d
	}
}

// WithDataBasis records the geography data the evaluation, or the allocation that goes with
// it, rests on (datagrunnlag): the [lnet.Basis] of the register for the grant year, from
// [lnet.Register.Basis]. It is carried in [Report.Data] and printed in the rendered report's
// basis section; a basis assumed unchanged ([lnet.Basis.Assumed]) is put first there.
func WithDataBasis(b lnet.Basis) Option {
	return func(s *settings) { s.data = b }
}

// plausibleDay reports whether d is a day of the years 1–9999, which JSON carries as
// YYYY-MM-DD.
func plausibleDay(d date.Date) bool {
	y := d.Year()
	return y >= 1 && y <= maxGrantYear
}

// WithDeadline gives the office's application deadline (søknadsfrist) for the application's
// scheme and year, checked by APP-DEADLINE: an application submitted on the deadline day is
// in time. Compute it with the calendar package (announced deadlines are fixed dates;
// statutory time limits move to the next working day) and pass the result here; this package
// does not import the calendar.
func WithDeadline(d date.Date) Option {
	return func(s *settings) { s.deadline = &d }
}

// WithSchemeDeadline gives the office's application deadline (søknadsfrist) for the
// applications under one funding scheme (ordning), so that one batch of applications with
// [EvaluateApplications] can be checked against a different deadline per scheme, as an
// office whose call sets one date for self-initiated projects and another for foster-home
// projects needs. Give it once per scheme; given twice for one scheme, the last date counts.
// For an application under scheme s it takes precedence over [WithDeadline]; an application
// under a scheme without one falls back to [WithDeadline], if given. Network and project
// evaluations have no scheme and ignore it. A scheme that is not defined makes the
// evaluation fail with an error wrapping [ErrInvalidValue].
func WithSchemeDeadline(scheme lnet.Scheme, d date.Date) Option {
	return func(s *settings) {
		if !scheme.Valid() {
			s.fail(newError(ErrInvalidValue, "scheme %d is not defined (WithSchemeDeadline)", scheme))
			return
		}
		if s.schemeDeadlines == nil {
			s.schemeDeadlines = make(map[lnet.Scheme]date.Date, 2)
		}
		s.schemeDeadlines[scheme] = d
	}
}

// WithRules adds an office's own rules (e.g. [CapPerApplication]) after the guidelines'
// rules of the same subject. Each rule's [RuleInfo] must have a unique id, not one of the
// catalogue's, a defined subject and severity, and a title; otherwise the evaluation fails
// with an error wrapping [ErrInvalidRule].
func WithRules(rules ...Rule) Option {
	return func(s *settings) {
		for _, r := range rules {
			if r == nil {
				s.fail(newError(ErrInvalidRule, "nil rule"))
				return
			}
			if f, ok := r.(funcRule); ok && f.check == nil {
				s.fail(newError(ErrInvalidRule, "rule %q: nil check", f.info.ID))
				return
			}
			s.rules = append(s.rules, r)
		}
	}
}

// WithRegister gives the geography register the evaluation looks municipalities and offices
// up in: NET-REGION checks with it that the members' municipalities lie in the office's
// region on the day of the evaluation, and the evidence names offices and municipalities by
// their names on that day. Without it NET-REGION is not applicable, and offices are named
// from [lnet.DefaultRegister]. Use [lnet.DefaultRegister] for the embedded data.
func WithRegister(r *lnet.Register) Option {
	return func(s *settings) { s.register = r }
}

// WithOfficeConditions adds the conditions the governor office announced in its call for
// grant year ([OfficeConditionsFor]), after the guidelines' rules of the same subject. An
// office condition is never national: it applies only to applications to that office for
// that year (for another office or year its findings are not applicable), and an office or
// year without known conditions adds nothing. Give it once per call; giving the same call
// twice adds its conditions once. An office id that is not well formed makes the evaluation
// fail with an error wrapping [ErrInvalidValue].
func WithOfficeConditions(office lnet.OfficeID, year int) Option {
	return func(s *settings) {
		if !office.Valid() {
			s.fail(newError(ErrInvalidValue, "office id %q is not well formed", office))
			return
		}
		for _, r := range officeConditionsFor(office, year) {
			if !slices.ContainsFunc(s.rules, func(q Rule) bool { return q.Info().ID == r.info.ID }) {
				s.rules = append(s.rules, r)
			}
		}
	}
}

func (s *settings) fail(err error) {
	if s.err == nil {
		s.err = err
	}
}
