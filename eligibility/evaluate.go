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
// edition for the grant year ([ErrUnknownEdition]) or an invalid office rule
// ([ErrInvalidRule]). The models are not validated here; validate them at the boundary with
// their Validate methods.
func EvaluateApplication(app lnet.Application, network lnet.Network, opts ...Option) (Report, error) {
	s, err := configure(opts, &app)
	if err != nil {
		return Report{}, err
	}
	return s.application(&app, &network, nil), nil
}

// EvaluateApplications evaluates several applications of one network, as
// [EvaluateApplication] does each, and returns their reports in the same order. The network
// rules run once per edition (and wording, see [Report.Date]) and their findings are copied
// into every report, so a batch is faster than separate calls. The error names the first
// application whose grant year has no edition, or the invalid option.
func EvaluateApplications(apps []lnet.Application, network lnet.Network, opts ...Option) ([]Report, error) {
	type key struct {
		edition Edition
		day     date.Date
		year    int
	}
	reports := make([]Report, len(apps))
	shared := make(map[key][]Finding)
	for i := range apps {
		app := apps[i]
		s, err := configure(opts, &app)
		if err != nil {
			if errors.Is(err, ErrInvalidRule) || errors.Is(err, ErrInvalidValue) {
				return nil, err
			}
			return nil, fmt.Errorf("application %q: %w", app.ID, err)
		}
		k := key{s.edition, s.day, s.year}
		nf, ok := shared[k]
		if !ok {
			nf = s.run(nil, SubjectNetwork, s.caseFor(&network), "")
			shared[k] = nf
		}
		reports[i] = s.application(&app, &network, nf)
	}
	return reports, nil
}

// application evaluates app with its network. networkFindings, if not nil, are the network
// rules' findings for the edition, computed once for a batch.
func (s *settings) application(app *lnet.Application, network *lnet.Network, networkFindings []Finding) Report {
	c := s.caseFor(network)
	c.Application = app
	if p, ok := network.Project(app.Project); ok && app.Network == network.ID {
		c.Project = &p
	}
	r := s.report(SubjectApplication, string(app.ID))
	r.Scheme = app.Scheme
	if c.Project != nil {
		r.Name = c.Project.Title
	}
	r.Findings = make([]Finding, 0, len(catalogue)+len(s.rules))
	if networkFindings != nil {
		for _, f := range networkFindings {
			f.Evidence = slices.Clone(f.Evidence)
			r.Findings = append(r.Findings, f)
		}
	} else {
		r.Findings = s.run(r.Findings, SubjectNetwork, s.caseFor(network), "")
	}
	if c.Project != nil {
		r.Findings = s.run(r.Findings, SubjectProject, c, "")
	} else {
		id := litq(string(app.Project))
		r.Findings = s.skip(r.Findings, SubjectProject, Msg(
			"Nettverket har ikke prosjektet "+id+" som søknaden gjelder (se APP-PROJECT).",
			"Nettverket har ikkje prosjektet "+id+" som søknaden gjeld (sjå APP-PROJECT).",
			"The network has no project "+id+", which the application is for (see APP-PROJECT)."))
	}
	r.Findings = s.run(r.Findings, SubjectApplication, c, "")
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
	c := s.caseFor(&network)
	r := s.report(SubjectNetwork, network.Name)
	r.Findings = s.run(nil, SubjectNetwork, c, "")
	for i := range network.Projects {
		p := network.Projects[i]
		c.Project = &p
		r.Findings = s.run(r.Findings, SubjectProject, c, p.Title)
	}
	if r.Findings == nil {
		r.Findings = []Finding{}
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
	c := s.caseFor(&network)
	c.Project = &project
	r := s.report(SubjectProject, project.Title)
	r.Findings = s.run([]Finding{}, SubjectProject, c, "")
	return r, nil
}

// caseFor returns the case of network with the evaluation's settings.
func (s *settings) caseFor(network *lnet.Network) Case {
	return Case{Edition: s.edition, Network: network, Deadline: s.deadline, Date: s.day, GrantYear: s.year, Register: s.register}
}

// report returns the report's header: edition, subject, name, grant year, date, data basis.
func (s *settings) report(subject Subject, name string) Report {
	return Report{Edition: s.edition, LatestKnown: s.edition.latestKnown(s.year), GrantYear: s.year,
		Date: s.day, Subject: subject, Name: name, Data: s.data}
}

// configure applies the options and settles the edition: pinned, else by the grant year
// option, else by the year of app, if not nil. It settles the report's grant year the same
// way, and its date: given, else the day app was submitted.
func configure(opts []Option, app *lnet.Application) (*settings, error) {
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
	if year > 0 && year <= maxGrantYear {
		s.year = year
	}
	if s.edition != 0 {
		return s, nil
	}
	if year == 0 && app == nil {
		return nil, newError(ErrUnknownEdition, "give the edition with WithEdition or WithGrantYear")
	}
	e, err := EditionFor(year)
	if err != nil {
		return nil, err
	}
	s.edition = e
	return s, nil
}

// run appends the findings of the catalogue's and the office's rules of subject on case c.
func (s *settings) run(out []Finding, subject Subject, c Case, target string) []Finding {
	for _, b := range catalogue {
		if b.info.Subject == subject {
			out = append(out, s.evaluate(b.info, b.check, c, target, true))
		}
	}
	for _, r := range s.rules {
		if info := r.Info(); info.Subject == subject {
			out = append(out, s.evaluate(info, r.Check, c, target, false))
		}
	}
	return out
}

// skip appends a not-applicable finding for every rule of subject, saying why.
func (s *settings) skip(out []Finding, subject Subject, why Message) []Finding {
	why = dated(why, s.day)
	add := func(info RuleInfo) {
		f := finding(info, "")
		f.Status, f.Evidence = NotApplicable, []Evidence{{Note: why}}
		out = append(out, f)
	}
	for _, b := range catalogue {
		if b.info.Subject == subject {
			add(b.info)
		}
	}
	for _, r := range s.rules {
		if info := r.Info(); info.Subject == subject {
			add(info)
		}
	}
	return out
}

func finding(info RuleInfo, target string) Finding {
	return Finding{Rule: info.ID, Subject: info.Subject, Target: target, Severity: info.Severity, Citation: info.Citation, Title: info.Title}
}

// evaluate runs one rule on case c, after the edition and scheme filters. own is true for
// the catalogue's rules: their title and evidence are the SDK's own sentences and are worded
// for the report's date (term). An office rule's title and evidence are the office's and are
// kept as written; the evaluator's own notes are worded for the date either way.
func (s *settings) evaluate(info RuleInfo, check func(Case) Outcome, c Case, target string, own bool) Finding {
	f := finding(info, target)
	if own {
		f.Title = dated(f.Title, s.day)
	}
	if !info.InEdition(c.Edition) {
		f.Status = NotApplicable
		f.Evidence = []Evidence{{Note: dated(Msg("Regelen er ikke med i retningslinjene fra "+c.Edition.years()+".", "Regelen er ikkje med i retningslinjene frå "+c.Edition.years()+".", "The rule is not part of the guidelines of "+c.Edition.years()+"."), s.day)}}
		return f
	}
	if why, ok := c.outsideCall(info); ok {
		f.Status = NotApplicable
		f.Evidence = []Evidence{{Value: string(info.Office), Note: dated(why, s.day)}}
		return f
	}
	if scheme, ok := c.scheme(info.Subject); ok && !info.ForScheme(scheme) {
		nb, nn, en := schemeName(scheme)
		f.Status = NotApplicable
		f.Evidence = []Evidence{{Value: scheme.String(), Note: dated(Msg("Gjelder ikke ordningen «"+nb+"».", "Gjeld ikkje ordninga «"+nn+"».", "Does not apply to the scheme «"+en+"»."), s.day)}}
		return f
	}
	o := check(c)
	f.Status, f.Evidence = o.Status, o.Evidence
	if f.Status == Failed && info.Severity == Information {
		f.Status = Noted // information never reads as a failure
	}
	if own {
		for i := range f.Evidence {
			f.Evidence[i].Note = dated(f.Evidence[i].Note, s.day)
		}
	}
	if !f.Status.Valid() {
		f.Status = Failed
		f.Evidence = append(f.Evidence, Evidence{Note: dated(Msg("Regelen ga ingen gyldig status.", "Regelen gav ingen gyldig status.", "The rule returned no valid status."), s.day)})
	}
	return f
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
func (c Case) outsideCall(info RuleInfo) (why Message, ok bool) {
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
