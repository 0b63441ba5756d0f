package sdk

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Limits of one round, checked in one place ([Run], before any work), so that the cost of a
// round is bounded by its input: every application is evaluated once and allocated once.
const (
	// MaxApplications is the largest number of applications one round accepts. An office
	// receives tens; the limit leaves room for a whole country's applications at once.
	MaxApplications = 10_000
	// MaxNetworks is the largest number of networks one round accepts.
	MaxNetworks = 1_000
	// MaxWaivers is the largest number of waivers one round accepts: more than the rules
	// there are to waive.
	MaxWaivers = 100
)

// Call is a governor office's call for applications for one grant year (utlysning av
// stimuleringsmidler): the office, the year, one [SchemeCall] per funding scheme with its
// pot and deadline, and the day of the decision.
type Call struct {
	// Office is the governor office (embete) that calls, e.g. "nordland". Required; the
	// register must know it on the day of the decision.
	Office lnet.OfficeID
	// Year is the grant year (tilskuddsår). Required; the edition of the guidelines
	// (retningslinjer) for it is the one eligibility.EditionFor picks.
	Year int
	// Schemes holds one call per funding scheme (ordning), at least one, each scheme once.
	// The round keeps their order.
	Schemes []SchemeCall
	// Decided is the day of the decision (vedtaksdato): the day the eligibility is assessed
	// and the grants are made. Required; not before any scheme's deadline.
	Decided date.Date
	// Source says where the call's figures come from, e.g. the office's announcement.
	// Optional; recorded, not checked.
	Source string
}

// SchemeCall is the part of a call for one funding scheme (ordning): the pot (ramme), the
// application deadline (søknadsfrist) and the unit (enhet) amounts are rounded to.
type SchemeCall struct {
	// Scheme is the funding scheme. Required.
	Scheme lnet.Scheme
	// Pot is the amount the office distributes under the scheme (ramme). Not negative.
	Pot lnet.NOK
	// Deadline is the application deadline the office announced. Required. An announced
	// deadline is a fixed date: it stands on a weekend or holiday
	// (calendar.ApplicationDeadline).
	Deadline date.Date
	// Unit is the unit every amount granted is a multiple of, e.g. kr 1 000; zero means the
	// allocation's default (allocation.WithUnit).
	Unit lnet.NOK
}

// Submission is an application (søknad) as the office enters it into a round: the
// application and the office's weight (vekt) for it.
type Submission struct {
	// Application is the network's application. It is validated by [Run].
	Application lnet.Application
	// Weight is the office's weight for the application in the allocation, e.g. the amount
	// requested times a priority (allocation.WeightFromNOK, allocation.Weight.Mul). Nil
	// means not given: an error wrapping [ErrMissingWeight], unless the round runs
	// [WithRequestedAsWeight].
	Weight *allocation.Weight
}

// Waiver is an office's decision not to refuse applications on one rule of the guidelines
// or of its own conditions (unntak), with its reason. A waived requirement still shows as
// failed in the eligibility reports; the round records the waivers in [Round.Waivers] and,
// per application, in [Case.Waived].
type Waiver struct {
	// Rule is the id of the rule waived, e.g. "NET-LEADER": a rule of the edition's
	// catalogue or of the office's conditions for the call. Required.
	Rule string
	// Reason says why, as the office wrote it. Required.
	Reason string
}

// Option configures a round.
type Option func(*config)

type config struct {
	register          *lnet.Register
	requestedAsWeight bool
	waivers           []Waiver
	basis             lnet.Basis
}

// WithRequestedAsWeight makes the amount requested (omsøkt beløp) the weight of every
// application given without one, so that each eligible application gets the same share of
// what it asked for until the caps bind. Without this option an application without a
// weight is an error wrapping [ErrMissingWeight]: a forgotten weight must not silently give
// kr 0.
func WithRequestedAsWeight() Option {
	return func(c *config) { c.requestedAsWeight = true }
}

// WithWaivers records the office's waivers (unntak) for the round; each must name a rule
// of the edition's catalogue or of the office's conditions for the call, with a reason.
func WithWaivers(ws ...Waiver) Option {
	return func(c *config) { c.waivers = append(c.waivers, ws...) }
}

// WithRegister gives the geography register the round looks the office and the
// municipalities up in; the default is lnet.DefaultRegister. Past the register's data, pass
// one from lnet.Register.AssumeUnchangedThrough.
func WithRegister(r *lnet.Register) Option {
	return func(c *config) { c.register = r }
}

// WithDataBasis records the data the round rests on (datagrunnlag), usually
// lnet.Register.Basis of the grant year: it goes into every eligibility report
// (eligibility.WithDataBasis) and every allocation result (allocation.WithBasis).
func WithDataBasis(b lnet.Basis) Option {
	return func(c *config) { c.basis = b }
}

// Case is one application in a round (sak): the application, the office's weight, its
// network, its eligibility report, the requirements waived and those that refuse it, and
// the application as the allocation saw it.
type Case struct {
	// Application is the application as given.
	Application lnet.Application
	// Weight is the weight the allocation used: the one given or, with
	// [WithRequestedAsWeight], the amount requested.
	Weight allocation.Weight
	// DefaultWeight reports that Weight is the default of [WithRequestedAsWeight].
	DefaultWeight bool
	// Network is the applying network.
	Network lnet.Network
	// Report is the application's eligibility report.
	Report eligibility.Report
	// Waived are the failed requirements the office waived.
	Waived []eligibility.Finding
	// Refusals are the failed requirements not waived: the reasons the application is
	// refused (avslag). Empty for an application that goes into the allocation.
	Refusals []eligibility.Finding
	// Allocation is the application as the allocation saw it: its weight, its cap (the
	// amount requested) and, if refused, the reasons in bokmål.
	Allocation allocation.Application
}

// Refused reports whether the application is refused before the allocation.
func (c Case) Refused() bool { return len(c.Refusals) > 0 }

// Round is a governor office's allocation round (tildelingsrunde) for one call: the
// deadlines as the calendar resolved them, one case per application, the allocation per
// scheme and the grants.
type Round struct {
	// Call is the call as given.
	Call Call
	// Office is the office as the register has it on the day of the decision.
	Office lnet.Office
	// Edition is the edition of the guidelines for the call's grant year.
	Edition eligibility.Edition
	// Deadlines holds the application deadline per scheme, resolved by the calendar.
	Deadlines map[lnet.Scheme]calendar.Resolution
	// SpendBy holds the last day of the money-use period per scheme (31 December of the
	// year after the grant year), resolved by the calendar.
	SpendBy map[lnet.Scheme]calendar.Resolution
	// Appeal is the time limit for an appeal (klagefrist), three weeks reckoned here from the
	// day of the decision.
	Appeal calendar.Resolution
	// Networks are the networks as given.
	Networks []lnet.Network
	// Cases holds one case per application, in input order.
	Cases []Case
	// Results holds the allocation per scheme. In a scheme without an application that can
	// be granted money the result has no shares: its whole pot is unallocated.
	Results map[lnet.Scheme]*allocation.Result
	// Grants are the grants of the round (tilskudd), scheme by scheme in the call's order,
	// in application id order; each runs from the decision to the spend-by date.
	Grants []lnet.Grant
	// Waivers are the office's waivers.
	Waivers []Waiver
	// Basis is the data basis given with [WithDataBasis]; zero if none.
	Basis lnet.Basis
}

// Run runs an office's allocation round: it checks the call, resolves each scheme's
// deadline and spend-by date with the calendar, evaluates every application with its network
// under the edition for the grant year, the office's conditions for the call
// (eligibility.WithOfficeConditions) and its own scheme's deadline
// (eligibility.WithSchemeDeadline), on the day of the decision; it refuses the applications
// with a failed requirement the office has not waived, with the findings as the reasons;
// allocates each scheme's pot over the applications with the cap of each equal to the amount
// requested (allocation.AllocateApplications, refusals carried along with their reasons); and
// makes a grant (lnet.Grant) of every amount above zero (allocation.Grants).
//
// Input that cannot make a round is an error, never a refusal and never a panic: a call
// that is not complete ([*CallError], [ErrInvalidCall]), an invalid network or application,
// an application for another office, year or scheme or of a network not given
// ([ErrNotInCall]), an application without a weight ([ErrMissingWeight]), a duplicate id
// ([ErrDuplicate]); the application errors are [*ApplicationError] values naming the
// application. More than [MaxApplications], [MaxNetworks] or [MaxWaivers] is an error
// before any work.
func Run(call Call, networks []lnet.Network, apps []Submission, opts ...Option) (*Round, error) {
	cfg := config{}
	for _, o := range opts {
		if o != nil {
			o(&cfg)
		}
	}
	if err := checkLimits(len(apps), len(networks), len(cfg.waivers)); err != nil {
		return nil, err
	}
	reg := cfg.register
	if reg == nil {
		reg = lnet.DefaultRegister()
	}
	r := &Round{
		Call: call, Networks: networks, Waivers: slices.Clone(cfg.waivers), Basis: cfg.basis,
		Deadlines: make(map[lnet.Scheme]calendar.Resolution, len(call.Schemes)),
		SpendBy:   make(map[lnet.Scheme]calendar.Resolution, len(call.Schemes)),
		Results:   make(map[lnet.Scheme]*allocation.Result, len(call.Schemes)),
	}
	if err := r.checkCall(reg); err != nil {
		return nil, err
	}
	waived, err := r.checkWaivers()
	if err != nil {
		return nil, err
	}
	byID := make(map[lnet.NetworkID]lnet.Network, len(networks))
	for i, n := range networks {
		if err := n.Validate(); err != nil {
			return nil, fmt.Errorf("sdk: networks[%d] %q: %w", i, n.ID, err)
		}
		if _, dup := byID[n.ID]; dup {
			return nil, fmt.Errorf("sdk: networks[%d] %q: %w", i, n.ID, ErrDuplicate)
		}
		byID[n.ID] = n
	}
	evalOpts := []eligibility.Option{
		eligibility.WithEdition(r.Edition), eligibility.WithOfficeConditions(call.Office, call.Year),
		eligibility.WithRegister(reg), eligibility.WithDate(call.Decided),
	}
	for _, sc := range call.Schemes {
		evalOpts = append(evalOpts, eligibility.WithSchemeDeadline(sc.Scheme, r.Deadlines[sc.Scheme].Due))
	}
	if !cfg.basis.IsZero() {
		evalOpts = append(evalOpts, eligibility.WithDataBasis(cfg.basis))
	}
	seen := make(map[lnet.ApplicationID]bool, len(apps))
	r.Cases = make([]Case, 0, len(apps))
	for i, sub := range apps {
		c, err := r.newCase(sub, byID, seen, cfg.requestedAsWeight)
		if err != nil {
			return nil, &ApplicationError{Index: i, ID: sub.Application.ID, Err: err}
		}
		r.Cases = append(r.Cases, c)
	}
	if err := r.evaluate(evalOpts, waived); err != nil {
		return nil, err
	}
	for _, sc := range call.Schemes {
		if err := r.allocate(sc, cfg.basis); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// checkLimits is the one place the round's limits are checked.
func checkLimits(apps, networks, waivers int) error {
	switch {
	case apps > MaxApplications:
		return &CallError{Field: "applications", Reason: fmt.Sprintf("%d applications, more than the limit %d", apps, MaxApplications)}
	case networks > MaxNetworks:
		return &CallError{Field: "networks", Reason: fmt.Sprintf("%d networks, more than the limit %d", networks, MaxNetworks)}
	case waivers > MaxWaivers:
		return &CallError{Field: "waivers", Reason: fmt.Sprintf("%d waivers, more than the limit %d", waivers, MaxWaivers)}
	}
	return nil
}

// checkCall checks the call and settles the office, the edition and the deadlines.
func (r *Round) checkCall(reg *lnet.Register) error {
	call := r.Call
	if !call.Office.Valid() {
		return &CallError{Field: "office", Reason: fmt.Sprintf("%q is not an office id", call.Office)}
	}
	if call.Year < 1 || call.Year > 9999 {
		return &CallError{Field: "year", Reason: fmt.Sprintf("%d is not a grant year", call.Year)}
	}
	if call.Decided == 0 {
		return &CallError{Field: "decided", Reason: "missing: the day of the decision"}
	}
	office, err := reg.OfficeOn(call.Office, call.Decided)
	if err != nil {
		return &CallError{Field: "office", Reason: fmt.Sprintf("no office %q on the day of the decision %s", call.Office, call.Decided), Err: err}
	}
	r.Office = office
	if r.Edition, err = eligibility.EditionFor(call.Year); err != nil {
		return &CallError{Field: "year", Reason: fmt.Sprintf("no guidelines for grant year %d", call.Year), Err: err}
	}
	if len(call.Schemes) == 0 {
		return &CallError{Field: "schemes", Reason: "empty: the call has no scheme"}
	}
	for i, sc := range call.Schemes {
		field := "schemes[" + strconv.Itoa(i) + "]"
		switch {
		case !sc.Scheme.Valid():
			return &CallError{Field: field + ".scheme", Reason: fmt.Sprintf("scheme %d is not defined", sc.Scheme), Err: lnet.ErrInvalidScheme}
		case r.Deadlines[sc.Scheme].Due != 0:
			return &CallError{Field: field + ".scheme", Reason: fmt.Sprintf("%s is called for twice", sc.Scheme), Err: ErrDuplicate}
		case sc.Pot.Sign() < 0:
			return &CallError{Field: field + ".pot", Reason: fmt.Sprintf("negative pot %s", sc.Pot), Err: lnet.ErrInvalidAmount}
		case sc.Unit.Sign() < 0:
			return &CallError{Field: field + ".unit", Reason: fmt.Sprintf("negative unit %s", sc.Unit), Err: lnet.ErrInvalidAmount}
		case sc.Deadline == 0:
			return &CallError{Field: field + ".deadline", Reason: "missing: the application deadline"}
		case call.Decided < sc.Deadline:
			return &CallError{Field: "decided", Reason: fmt.Sprintf("the decision %s is before the %s deadline %s", call.Decided, sc.Scheme, sc.Deadline)}
		}
		dl, err := calendar.ApplicationDeadline(call.Office, sc.Scheme, call.Year, sc.Deadline).Resolve()
		if err != nil {
			return &CallError{Field: field + ".deadline", Reason: "cannot be resolved", Err: err}
		}
		by, err := calendar.SpendBy(call.Office, sc.Scheme, call.Year).Resolve()
		if err != nil {
			return &CallError{Field: "year", Reason: "no spend-by date", Err: err}
		}
		if want := lnet.SpendByFor(call.Year); by.Due != want {
			return &CallError{Field: "year", Reason: fmt.Sprintf("spend-by date for %d: calendar says %s, lnet says %s", call.Year, by.Due, want)}
		}
		r.Deadlines[sc.Scheme], r.SpendBy[sc.Scheme] = dl, by
	}
	appeal := calendar.AppealDeadline("Klagefrist", call.Decided)
	appeal.ID = "appeal-" + strconv.Itoa(call.Year)
	appeal.Office = call.Office
	appeal.Titles = tableTexts()["appealTitle"]
	if r.Appeal, err = appeal.Resolve(); err != nil {
		return &CallError{Field: "decided", Reason: "no appeal deadline", Err: err}
	}
	return nil
}

// checkWaivers checks that every waiver names a rule of the edition or of the office's
// conditions, with a reason, and returns the set of waived rules.
func (r *Round) checkWaivers() (map[string]bool, error) {
	known := map[string]bool{}
	for _, info := range eligibility.CatalogueFor(r.Edition) {
		known[info.ID] = true
	}
	for _, info := range eligibility.OfficeConditionsFor(r.Call.Office, r.Call.Year) {
		known[info.ID] = true
	}
	waived := make(map[string]bool, len(r.Waivers))
	for i, w := range r.Waivers {
		field := "waivers[" + strconv.Itoa(i) + "]"
		switch {
		case !known[w.Rule]:
			return nil, &CallError{Field: field + ".rule", Reason: fmt.Sprintf("%q is not a rule of %s or of the office's conditions for %d", w.Rule, r.Edition, r.Call.Year)}
		case strings.TrimSpace(w.Reason) == "":
			return nil, &CallError{Field: field + ".reason", Reason: "missing: say why the rule is waived"}
		}
		waived[w.Rule] = true
	}
	return waived, nil
}

// newCase checks one application against the call and settles its network and weight.
func (r *Round) newCase(sub Submission, networks map[lnet.NetworkID]lnet.Network, seen map[lnet.ApplicationID]bool,
	requestedAsWeight bool) (Case, error) {
	app := sub.Application
	if err := app.Validate(); err != nil {
		return Case{}, err
	}
	if seen[app.ID] {
		return Case{}, ErrDuplicate
	}
	seen[app.ID] = true
	call := r.Call
	switch _, ok := r.Deadlines[app.Scheme]; {
	case app.Office != call.Office:
		return Case{}, fmt.Errorf("%w: for office %q, the call is office %q's", ErrNotInCall, app.Office, call.Office)
	case app.Year != call.Year:
		return Case{}, fmt.Errorf("%w: for grant year %d, the call is for %d", ErrNotInCall, app.Year, call.Year)
	case !ok:
		return Case{}, fmt.Errorf("%w: scheme %s has no pot in the call", ErrNotInCall, app.Scheme)
	}
	n, ok := networks[app.Network]
	if !ok {
		return Case{}, fmt.Errorf("%w: network %q not given (%w)", ErrNotInCall, app.Network, lnet.ErrNotFound)
	}
	c := Case{Application: app, Network: n}
	switch {
	case sub.Weight != nil:
		c.Weight = *sub.Weight
	case requestedAsWeight:
		w, err := allocation.WeightFromNOK(app.Requested)
		if err != nil {
			return Case{}, err
		}
		c.Weight, c.DefaultWeight = w, true
	default:
		return Case{}, fmt.Errorf("%w: give Submission.Weight, or run the round WithRequestedAsWeight", ErrMissingWeight)
	}
	return c, nil
}

// evaluate evaluates the cases' applications network by network in one batch each
// (eligibility.EvaluateApplications, which runs the network rules once), refuses those with
// a failed requirement not waived and settles what goes into the allocation.
func (r *Round) evaluate(evalOpts []eligibility.Option, waived map[string]bool) error {
	byNetwork := map[lnet.NetworkID][]int{}
	var order []lnet.NetworkID
	for i, c := range r.Cases {
		id := c.Network.ID
		if _, ok := byNetwork[id]; !ok {
			order = append(order, id)
		}
		byNetwork[id] = append(byNetwork[id], i)
	}
	for _, id := range order {
		idx := byNetwork[id]
		apps := make([]lnet.Application, len(idx))
		for k, i := range idx {
			apps[k] = r.Cases[i].Application
		}
		reports, err := eligibility.EvaluateApplications(apps, r.Cases[idx[0]].Network, evalOpts...)
		if err != nil {
			return fmt.Errorf("sdk: evaluating the applications of network %q: %w", id, err)
		}
		for k, i := range idx {
			r.Cases[i].settle(reports[k], waived)
		}
	}
	return nil
}

// settle records the eligibility report of the case, its waived requirements and its
// refusals, and the application as the allocation sees it.
func (c *Case) settle(report eligibility.Report, waived map[string]bool) {
	c.Report = report
	var reasons []string
	for _, f := range report.Blocking() {
		if waived[f.Rule()] {
			c.Waived = append(c.Waived, f)
			continue
		}
		c.Refusals = append(c.Refusals, f)
		reasons = append(reasons, f.Rule()+": "+FindingNote(f, lnet.Bokmal)+" (kilde: "+f.Citation()+")")
	}
	c.Allocation = allocation.ApplicationFrom(c.Application, c.Weight)
	c.Allocation.Refused = strings.Join(reasons, "; ")
}

// allocate distributes one scheme's pot and makes its grants.
func (r *Round) allocate(sc SchemeCall, basis lnet.Basis) error {
	var apps []allocation.Application
	for _, c := range r.Cases {
		if c.Application.Scheme == sc.Scheme {
			apps = append(apps, c.Allocation)
		}
	}
	var opts []allocation.Option
	if sc.Unit.Sign() > 0 {
		opts = append(opts, allocation.WithUnit(sc.Unit))
	}
	if !basis.IsZero() {
		opts = append(opts, allocation.WithBasis(basis))
	}
	res, err := allocation.AllocateApplications(sc.Pot, apps, opts...)
	if err != nil {
		return fmt.Errorf("sdk: allocating the %s pot: %w", sc.Scheme, err)
	}
	r.Results[sc.Scheme] = res
	grants, err := allocation.Grants(res, allocation.GrantTerms{
		Office: r.Call.Office, Scheme: sc.Scheme, Year: r.Call.Year,
		Decided: r.Call.Decided, SpendBy: r.SpendBy[sc.Scheme].Due,
	})
	if err != nil {
		return fmt.Errorf("sdk: grants of the %s pot: %w", sc.Scheme, err)
	}
	r.Grants = append(r.Grants, grants...)
	return nil
}

// Case returns the case of the application id.
func (r *Round) Case(id lnet.ApplicationID) (Case, bool) {
	if r == nil {
		return Case{}, false
	}
	i := slices.IndexFunc(r.Cases, func(c Case) bool { return c.Application.ID == id })
	if i < 0 {
		return Case{}, false
	}
	return r.Cases[i], true
}

// Grant returns the grant of the application id, if it got one.
func (r *Round) Grant(id lnet.ApplicationID) (lnet.Grant, bool) {
	if r == nil {
		return lnet.Grant{}, false
	}
	i := slices.IndexFunc(r.Grants, func(g lnet.Grant) bool { return g.Application == id })
	if i < 0 {
		return lnet.Grant{}, false
	}
	return r.Grants[i], true
}

// FindingNote is the first piece of evidence of a finding in lang, or, without evidence in
// that language, its title: the one line a decision table gives a reason.
func FindingNote(f eligibility.Finding, lang lnet.Language) string {
	for _, e := range f.Evidence() {
		if t := e.Note.In(lang); t != "" {
			return t
		}
	}
	return f.Title().In(lang)
}
