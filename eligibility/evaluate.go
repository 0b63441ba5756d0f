package eligibility

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// EvaluateApplication evaluates an application for stimulus money together with its
// network: the network rules, the project rules for the application's project (found in
// the network by id), and the application rules, followed by the office's own rules given
// with [WithRules]. The edition is the one [EditionFor] picks for the application's grant
// year unless pinned with [WithEdition]; pass the office's deadline with [WithDeadline]. The
// report is dated ([Report.Date]) the day the application was submitted, unless [WithDate]
// gives another day, and carries the grant year and, with [WithDataBasis], the data basis.
//
// A report is returned for any application and network, however incomplete: what is missing
// shows as failed findings. The error is non-nil only when the evaluation cannot run: no
// edition for the grant year ([ErrUnknownEdition]), an invalid office rule
// ([ErrInvalidRule]), or an office rule whose check panicked (a [*RuleError], which wraps
// [ErrInvalidRule]). The models are not validated here; validate them at the boundary with
// their Validate methods.
func EvaluateApplication(app lnet.Application, network lnet.Network, opts ...Option) (Report, error) {
	s, err := configure(opts, &app)
	if err != nil {
		return Report{}, err
	}
	b := s.newBatch()
	n := len(catalogue) + len(s.rules) // one finding per rule, most with one fact
	b.findings, b.ev = make([]finding, n), make([]evidence, n)
	r := s.application(b, &app, &network, nil)
	if b.err != nil {
		return Report{}, b.err
	}
	return r, nil
}

// EvaluateApplications evaluates several applications of one network, as
// [EvaluateApplication] does each, and returns their reports in the same order. The network
// rules run once per edition (and wording, see [Report.Date]), and the project rules once
// per project as well, and their findings are shared by the reports, so a batch is faster
// and far smaller than separate calls: a finding is read-only, and its texts are rendered
// when asked for. The error names the first application whose grant year has no edition, or
// whose office rule panicked, or the invalid option.
func EvaluateApplications(apps []lnet.Application, network lnet.Network, opts ...Option) ([]Report, error) {
	reports := make([]Report, len(apps))
	if len(apps) == 0 {
		return reports, nil
	}
	base, err := newSettings(opts)
	if err != nil {
		if errors.Is(err, ErrInvalidRule) || errors.Is(err, ErrInvalidValue) {
			return nil, err
		}
		return nil, fmt.Errorf("application %q: %w", apps[0].ID, err)
	}
	b := base.newBatch()
	b.reuse = true
	cache := &shared{network: make(map[sharedKey][]Finding), projects: make(map[sharedKey][]Finding)}
	for i := range apps {
		app := &apps[i]
		s, err := base.settle(app)
		if err != nil {
			return nil, fmt.Errorf("application %q: %w", app.ID, err)
		}
		reports[i] = s.application(b, app, &network, cache)
		if b.err != nil {
			return nil, fmt.Errorf("application %q: %w", app.ID, b.err)
		}
	}
	return reports, nil
}

// shared holds the findings a batch computes once: the network rules' per edition, day and
// grant year, and the catalogue's project rules' per project as well.
type shared struct {
	network  map[sharedKey][]Finding
	projects map[sharedKey][]Finding
}

type sharedKey struct {
	edition Edition
	day     date.Date
	year    int
	project int // index of the project in the network; -1 for the network rules
	// deadline is the application deadline in force (zero when none): with
	// WithSchemeDeadline it differs per scheme, so findings are shared only within one.
	deadline date.Date
}

// application evaluates app with its network. cache, if not nil, holds the findings shared
// by the batch's reports.
func (s *settings) application(b *batch, app *lnet.Application, network *lnet.Network, cache *shared) Report {
	c := s.caseFor(b, network)
	c.Application = app
	project := -1
	if app.Network == network.ID {
		for i := range network.Projects {
			if network.Projects[i].ID == app.Project {
				project = i
				break
			}
		}
	}
	if project >= 0 {
		c.Project = &network.Projects[project]
	}
	r := s.report(SubjectApplication, string(app.ID))
	r.Scheme = app.Scheme
	if c.Project != nil {
		r.Name = c.Project.Title
	}
	r.Findings = b.findingSlice(len(catalogue) + len(s.rules))
	if cache != nil {
		k := sharedKey{s.edition, s.day, s.year, -1, s.deadlineOrZero()}
		nf, ok := cache.network[k]
		if !ok {
			nf = s.run(b, nil, SubjectNetwork, s.caseFor(b, network), "")
			cache.network[k] = nf
		}
		r.Findings = append(r.Findings, nf...)
	} else {
		r.Findings = s.run(b, r.Findings, SubjectNetwork, s.caseFor(b, network), "")
	}
	switch {
	case c.Project != nil && cache != nil:
		k := sharedKey{s.edition, s.day, s.year, project, s.deadlineOrZero()}
		pf, ok := cache.projects[k]
		if !ok {
			pf = s.runCatalogue(b, nil, SubjectProject, c, "")
			cache.projects[k] = pf
		}
		r.Findings = append(r.Findings, pf...)
		r.Findings = s.runOffice(b, r.Findings, SubjectProject, c, "")
	case c.Project != nil:
		r.Findings = s.run(b, r.Findings, SubjectProject, c, "")
	default:
		id := litq(string(app.Project))
		r.Findings = s.skip(b, r.Findings, SubjectProject, Msg(
			"Nettverket har ikke prosjektet "+id+" som søknaden gjelder (se APP-PROJECT).",
			"Nettverket har ikkje prosjektet "+id+" som søknaden gjeld (sjå APP-PROJECT).",
			"The network has no project "+id+", which the application is for (see APP-PROJECT)."))
	}
	r.Findings = s.run(b, r.Findings, SubjectApplication, c, "")
	return r
}

// EvaluateNetwork evaluates a network: the network rules, then the project rules for each of
// its projects (each finding's Target names the project), followed by the office's own rules
// of those subjects. A network has no grant year, so give the edition with [WithEdition] or
// [WithGrantYear]; without either the error wraps [ErrUnknownEdition]. The report has no
// date unless given one with [WithDate].
func EvaluateNetwork(network lnet.Network, opts ...Option) (Report, error) {
	s, err := configure(opts, nil)
	if err != nil {
		return Report{}, err
	}
	b := s.newBatch()
	c := s.caseFor(b, &network)
	r := s.report(SubjectNetwork, network.Name)
	r.Findings = s.run(b, nil, SubjectNetwork, c, "")
	for i := range network.Projects {
		p := network.Projects[i]
		c.Project = &p
		r.Findings = s.run(b, r.Findings, SubjectProject, c, p.Title)
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	if b.err != nil {
		return Report{}, b.err
	}
	return r, nil
}

// EvaluateProject evaluates one project of a network with the project rules and the office's
// own project rules. The project need not be one of the network's projects yet (a project
// being planned), but its partners and measure are looked up in the network. Give the edition
// with [WithEdition] or [WithGrantYear], and the date, if any, with [WithDate].
func EvaluateProject(project lnet.Project, network lnet.Network, opts ...Option) (Report, error) {
	s, err := configure(opts, nil)
	if err != nil {
		return Report{}, err
	}
	b := s.newBatch()
	c := s.caseFor(b, &network)
	c.Project = &project
	r := s.report(SubjectProject, project.Title)
	r.Findings = s.run(b, []Finding{}, SubjectProject, c, "")
	if b.err != nil {
		return Report{}, b.err
	}
	return r, nil
}

// caseFor returns the case of network with the evaluation's settings.
func (s *settings) caseFor(b *batch, network *lnet.Network) Case {
	return Case{Edition: s.edition, Network: network, Deadline: s.deadline, Date: s.day, GrantYear: s.year, Register: s.register, b: b}
}

// report returns the report's header: edition, subject, name, grant year, date, data basis.
func (s *settings) report(subject Subject, name string) Report {
	return Report{Edition: s.edition, LatestKnown: s.edition.latestKnown(s.year), GrantYear: s.year,
		Date: s.day, Subject: subject, Name: name, Data: s.data}
}

// configure applies the options and settles the edition, the grant year and the date for
// app, if not nil (see [settings.settle]).
func configure(opts []Option, app *lnet.Application) (*settings, error) {
	s, err := newSettings(opts)
	if err != nil {
		return nil, err
	}
	t, err := s.settle(app)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// newSettings applies the options and checks the office rules.
func newSettings(opts []Option) (*settings, error) {
	s := &settings{}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	for i, r := range s.rules {
		info := r.Info()
		if err := info.validate(); err != nil {
			return nil, err
		}
		duplicate := slices.ContainsFunc(catalogue, func(b builtin) bool { return b.info.ID == info.ID }) ||
			slices.ContainsFunc(s.rules[:i], func(q Rule) bool { return q.Info().ID == info.ID })
		if duplicate {
			return nil, newError(ErrInvalidRule, "rule %q: duplicate id", info.ID)
		}
	}
	return s, nil
}

// settle returns the settings for app, if not nil: the edition pinned, else by the grant
// year option, else by the year of app. The report's grant year is settled the same way,
// and its date: given, else the day app was submitted.
func (s settings) settle(app *lnet.Application) (settings, error) {
	year := s.grantYear
	switch {
	case s.date != nil:
		s.day = *s.date
	case app != nil && app.Submitted != nil && plausibleDay(*app.Submitted):
		s.day = *app.Submitted
	}
	if year == 0 && app != nil {
		year = app.Year
	}
	if app != nil {
		if d, ok := s.schemeDeadlines[app.Scheme]; ok {
			s.deadline = &d
		}
	}
	if year > 0 && year <= maxGrantYear {
		s.year = year
	}
	if s.edition != 0 {
		return s, nil
	}
	if year == 0 && app == nil {
		return s, newError(ErrUnknownEdition, "give the edition with WithEdition or WithGrantYear")
	}
	e, err := EditionFor(year)
	if err != nil {
		return s, err
	}
	s.edition = e
	return s, nil
}

// deadlineOrZero returns the application deadline in force, zero if none.
func (s *settings) deadlineOrZero() date.Date {
	if s.deadline == nil {
		return 0
	}
	return *s.deadline
}

// newBatch returns the batch of an evaluation with s, holding the descriptions of its office
// rules.
func (s *settings) newBatch() *batch {
	b := &batch{}
	if len(s.rules) > 0 {
		b.infos = make([]RuleInfo, len(s.rules))
		for i, r := range s.rules {
			b.infos[i] = r.Info()
		}
	}
	return b
}

// run appends the findings of the catalogue's and the office's rules of subject on case c.
func (s *settings) run(b *batch, out []Finding, subject Subject, c Case, target string) []Finding {
	out = s.runCatalogue(b, out, subject, c, target)
	return s.runOffice(b, out, subject, c, target)
}

// runCatalogue appends the findings of the catalogue's rules of subject on case c.
func (s *settings) runCatalogue(b *batch, out []Finding, subject Subject, c Case, target string) []Finding {
	for i := range catalogue {
		if r := &catalogue[i]; r.info.Subject == subject {
			out = append(out, s.evaluate(b, &r.info, r.check, nil, c, target, true))
		}
	}
	return out
}

// runOffice appends the findings of the office's rules of subject on case c.
func (s *settings) runOffice(b *batch, out []Finding, subject Subject, c Case, target string) []Finding {
	for i, r := range s.rules {
		if info := &b.infos[i]; info.Subject == subject {
			if own, ok := r.(builtin); ok {
				out = append(out, s.evaluate(b, info, own.check, nil, c, target, false))
				continue
			}
			out = append(out, s.evaluate(b, info, nil, r, c, target, false))
		}
	}
	return out
}

// skip appends a not-applicable finding for every rule of subject, saying why.
func (s *settings) skip(b *batch, out []Finding, subject Subject, why Message) []Finding {
	note := b.fact(Evidence{Note: dated(why, s.day)})
	add := func(info *RuleInfo) {
		f := b.finding()
		f.info, f.day, f.status = info, s.day, NotApplicable
		f.ev = b.one(evidence{g: note})
		out = append(out, Finding{f})
	}
	for i := range catalogue {
		if r := &catalogue[i]; r.info.Subject == subject {
			add(&r.info)
		}
	}
	for i := range s.rules {
		if info := &b.infos[i]; info.Subject == subject {
			add(info)
		}
	}
	return out
}

// evaluate runs one rule on case c, after the edition and scheme filters: check, the
// evaluation's own form of a rule, or else rule. own is true for the catalogue's rules:
// their title and evidence are the SDK's own sentences and are worded for the report's date
// (term). An office rule's title and evidence are the office's and are kept as written; the
// evaluator's own notes are worded for the date either way. A check that panics is recorded
// in the batch as a [*RuleError].
func (s *settings) evaluate(b *batch, info *RuleInfo, check func(Case) outcome, rule Rule, c Case, target string, own bool) Finding {
	f := b.finding()
	f.info, f.target, f.day, f.own = info, target, s.day, own
	if !info.InEdition(c.Edition) {
		f.status = NotApplicable
		f.ev = b.one(evidence{kind: noteNotInEdition, x: [3]int64{int64(c.Edition)}})
		return Finding{f}
	}
	if why, ok := c.outsideCall(info); ok {
		f.status = NotApplicable
		f.ev = b.one(evidence{g: b.fact(Evidence{Value: string(info.Office), Note: dated(why, s.day)})})
		return Finding{f}
	}
	if scheme, ok := c.scheme(info.Subject); ok && !info.ForScheme(scheme) {
		f.status = NotApplicable
		f.ev = b.one(evidence{kind: noteOtherScheme, x: [3]int64{int64(scheme)}})
		return Finding{f}
	}
	o, err := safeCheck(info.ID, check, rule, c)
	if err != nil {
		if b.err == nil {
			b.err = err
		}
		o = outcome{}
	}
	f.status, f.ev = o.status, o.ev
	if f.status == Failed && info.Severity == Information {
		f.status = Noted // information never reads as a failure
	}
	if own {
		for i := range f.ev {
			if e := &f.ev[i]; e.kind == noteGiven {
				if m := dated(e.g.Note, s.day); m != e.g.Note {
					e.g = b.fact(Evidence{Path: e.g.Path, Value: e.g.Value, Note: m})
				}
			}
		}
	}
	if !f.status.Valid() {
		f.status = Failed
		f.ev = append(f.ev, evidence{g: b.fact(Evidence{Note: dated(Msg("Regelen ga ingen gyldig status.", "Regelen gav ingen gyldig status.", "The rule returned no valid status."), s.day)})})
	}
	return Finding{f}
}

// safeCheck runs check, or else rule's Check, on c, and returns a [*RuleError] naming the
// rule id if it panics.
func safeCheck(id string, check func(Case) outcome, rule Rule, c Case) (o outcome, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &RuleError{Rule: id, Panic: fmt.Sprint(p)}
		}
	}()
	if check != nil {
		return check(c), nil
	}
	out := rule.Check(c)
	return outcome{out.Status, c.b.given(out.Evidence)}, nil
}

// scheme returns the scheme that decides whether a rule of subject applies: the project's
// for a project rule, the application's for an application rule.
func (c Case) scheme(subject Subject) (lnet.Scheme, bool) {
	switch {
	case subject == SubjectProject && c.Project != nil:
		return c.Project.Scheme, true
	case subject == SubjectApplication && c.Application != nil:
		return c.Application.Scheme, true
	}
	return 0, false
}

// years returns the edition's label without the word for guidelines: "2018", "2021/2022".
func (e Edition) years() string {
	_, y, _ := strings.Cut(e.In(lnet.English), " ")
	return y
}

// outsideCall says why an office condition does not apply to case c: the application (or,
// in a network or project evaluation, the network) is for another office, or the grant year
// is not one of the condition's years. ok is false for a national rule or when it applies.
func (c Case) outsideCall(info *RuleInfo) (why Message, ok bool) {
	if info.Office == "" {
		return Message{}, false
	}
	office, year := c.Network.Office, c.GrantYear
	if c.Application != nil {
		office = c.Application.Office
	}
	if office == info.Office && (year == 0 || info.ForYear(year)) {
		return Message{}, false
	}
	title := officeName(c, info.Office)
	years := yearList(info.Years)
	return Msg("Vilkåret gjelder utlysningene til "+title.NB+" ("+years+"), ikke denne søknaden.",
		"Vilkåret gjeld utlysingane til "+title.NN+" ("+years+"), ikkje denne søknaden.",
		"The condition belongs to the calls of the "+title.EN+" ("+years+"), not to this application."), true
}
