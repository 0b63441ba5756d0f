package casework

import (
	"fmt"
	"slices"
	"strings"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Waiver is an office's decision not to refuse applications on one rule of the guidelines
// (unntak), with its reason. A waived requirement still shows as failed in the reports.
type Waiver struct {
	// Rule is the id of the rule waived, e.g. "NET-LEADER".
	Rule string
	// Reason says why, in Norwegian.
	Reason string
}

// Case is one application in a round (sak): the submission, its network, its eligibility
// report and what goes into the allocation.
type Case struct {
	// Submission is the application with the office's priority.
	Submission seeds.Submission
	// Network is the applying network.
	Network lnet.Network
	// Report is the application's eligibility report.
	Report eligibility.Report
	// Waived are the failed requirements the office waived.
	Waived []eligibility.Finding
	// Allocation is the application as the allocation sees it: the weight, the cap (the
	// amount requested) and, if refused, the reason.
	Allocation allocation.Application
}

// Round is an office's allocation round (tildelingsrunde) for one call.
type Round struct {
	// Call is the office's call.
	Call seeds.Call
	// Edition is the edition of the guidelines for the call's grant year.
	Edition eligibility.Edition
	// Deadlines holds the application deadline per scheme, resolved by the calendar.
	Deadlines map[lnet.Scheme]calendar.Resolution
	// SpendBy holds the spend-by date per scheme, resolved by the calendar.
	SpendBy map[lnet.Scheme]calendar.Resolution
	// Cases holds one case per submission, in submission order.
	Cases []Case
	// Results holds the allocation per scheme. In a scheme without an application that can
	// be granted money the result has no shares: its whole pot is unallocated.
	Results map[lnet.Scheme]*allocation.Result
	// Grants are the grants of the round, scheme by scheme, in application id order.
	Grants []lnet.Grant
	// Waivers are the office's waivers.
	Waivers []Waiver
}

// Run runs the round: it resolves the deadlines, evaluates every submission with its
// network on the day of the decision, with the register and the conditions the office
// announced for the call's year (eligibility.WithOfficeConditions), refuses the applications with a failed requirement that is not waived,
// allocates each scheme's pot and makes the grants. Networks and applications are
// validated first: invalid input is an error, not a refusal.
func Run(call seeds.Call, networks []lnet.Network, subs []seeds.Submission, waivers ...Waiver) (*Round, error) {
	edition, err := eligibility.EditionFor(call.Year)
	if err != nil {
		return nil, err
	}
	r := &Round{
		Call: call, Edition: edition, Waivers: waivers,
		Deadlines: map[lnet.Scheme]calendar.Resolution{},
		SpendBy:   map[lnet.Scheme]calendar.Resolution{},
		Results:   map[lnet.Scheme]*allocation.Result{},
	}
	for _, s := range call.Schemes() {
		if r.Deadlines[s], err = calendar.ApplicationDeadline(call.Office, s, call.Year, call.Deadline).Resolve(); err != nil {
			return nil, err
		}
		if r.SpendBy[s], err = calendar.SpendBy(call.Office, s, call.Year).Resolve(); err != nil {
			return nil, err
		}
		if by := lnet.SpendByFor(call.Year); r.SpendBy[s].Due != by {
			return nil, fmt.Errorf("spend-by date for %d: calendar says %s, lnet says %s", call.Year, r.SpendBy[s].Due, by)
		}
	}
	byID := make(map[lnet.NetworkID]lnet.Network, len(networks))
	for _, n := range networks {
		if err := n.Validate(); err != nil {
			return nil, fmt.Errorf("network %q: %w", n.ID, err)
		}
		byID[n.ID] = n
	}
	waived := make(map[string]bool, len(waivers))
	for _, w := range waivers {
		waived[w.Rule] = true
	}
	for _, sub := range subs {
		app := sub.Application
		if err := app.Validate(); err != nil {
			return nil, fmt.Errorf("application %q: %w", app.ID, err)
		}
		n, ok := byID[app.Network]
		if !ok {
			return nil, fmt.Errorf("application %q: %w: network %q", app.ID, lnet.ErrNotFound, app.Network)
		}
		dl, ok := r.Deadlines[app.Scheme]
		if !ok || app.Year != call.Year || app.Office != call.Office {
			return nil, fmt.Errorf("application %q: not for the call of office %q, %d, scheme %s", app.ID, call.Office, call.Year, app.Scheme)
		}
		opts := []eligibility.Option{eligibility.WithEdition(edition), eligibility.WithDeadline(dl.Due),
			eligibility.WithOfficeConditions(call.Office, call.Year), eligibility.WithRegister(lnet.DefaultRegister())}
		if call.Decided != 0 {
			opts = append(opts, eligibility.WithDate(call.Decided))
		}
		report, err := eligibility.EvaluateApplication(app, n, opts...)
		if err != nil {
			return nil, fmt.Errorf("application %q: %w", app.ID, err)
		}
		c := Case{Submission: sub, Network: n, Report: report}
		var reasons []string
		for _, f := range report.Blocking() {
			if waived[f.Rule] {
				c.Waived = append(c.Waived, f)
				continue
			}
			reasons = append(reasons, f.Rule+": "+findingNote(f)+" (kilde: "+f.Citation+")")
		}
		weight, err := weightOf(sub)
		if err != nil {
			return nil, fmt.Errorf("application %q: %w", app.ID, err)
		}
		c.Allocation = allocation.Application{
			ID: string(app.ID), Requested: app.Requested, Weight: weight,
			Refused: strings.Join(reasons, "; "),
		}
		r.Cases = append(r.Cases, c)
	}
	for _, s := range call.Schemes() {
		var apps []allocation.Application
		for _, c := range r.Cases {
			if c.Submission.Application.Scheme == s {
				apps = append(apps, c.Allocation)
			}
		}
		res, err := allocation.AllocateApplications(call.Pots[s], apps, allocation.WithUnit(call.Unit))
		if err != nil {
			return nil, fmt.Errorf("allocating %s: %w", s, err)
		}
		r.Results[s] = res
		grants, err := grantsOf(call, s, res)
		if err != nil {
			return nil, err
		}
		r.Grants = append(r.Grants, grants...)
	}
	return r, nil
}

// Case returns the case of the application id.
func (r *Round) Case(id string) (Case, bool) {
	i := slices.IndexFunc(r.Cases, func(c Case) bool { return string(c.Submission.Application.ID) == id })
	if i < 0 {
		return Case{}, false
	}
	return r.Cases[i], true
}

// weightOf is the office's weight of a submission: the amount requested times the
// priority, exactly.
func weightOf(sub seeds.Submission) (allocation.Weight, error) {
	if sub.Priority < 1 {
		return allocation.Weight{}, fmt.Errorf("%w: priority %d, want 1 or more", lnet.ErrInvalidValue, sub.Priority)
	}
	w, err := allocation.WeightFromNOK(sub.Application.Requested)
	if err != nil {
		return allocation.Weight{}, err
	}
	return w.Mul(allocation.IntWeight(uint64(sub.Priority))), nil
}

// grantsOf turns the amounts above zero of a scheme's result into grants.
func grantsOf(call seeds.Call, s lnet.Scheme, res *allocation.Result) ([]lnet.Grant, error) {
	var out []lnet.Grant
	for _, sh := range res.Shares {
		amount, err := sh.Amount()
		if err != nil {
			return nil, fmt.Errorf("share %q: %w", sh.ID, err)
		}
		if amount.Sign() <= 0 {
			continue
		}
		g := lnet.Grant{
			ID:          lnet.GrantID("tilskudd-" + sh.ID),
			Application: lnet.ApplicationID(sh.ID),
			Office:      call.Office,
			Scheme:      s,
			Year:        call.Year,
			Amount:      amount,
			Decided:     call.Decided,
			SpendBy:     lnet.SpendByFor(call.Year),
		}
		if err := g.Validate(); err != nil {
			return nil, fmt.Errorf("grant %q: %w", g.ID, err)
		}
		out = append(out, g)
	}
	return out, nil
}

// findingNote is the first piece of evidence of a finding in Norwegian, or its title.
func findingNote(f eligibility.Finding) string {
	for _, e := range f.Evidence {
		if t := e.Note.In(lnet.Bokmal); t != "" {
			return t
		}
	}
	return f.Title.In(lnet.Bokmal)
}
