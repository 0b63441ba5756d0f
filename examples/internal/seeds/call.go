package seeds

import (
	"fmt"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Call is a governor office's call for applications for stimulus money (utlysning av
// stimuleringsmidler) for one grant year: the pot per scheme and the application deadline,
// as the office published them. Decided and Unit are not in the sources: they are the
// examples' illustrative choices, and are labelled so wherever they are printed.
type Call struct {
	// Office is the governor office that announced the call.
	Office lnet.OfficeID
	// Year is the grant year (tilskuddsår) the money is for.
	Year int
	// Pots holds the amount to distribute per scheme (ramme per ordning).
	Pots map[lnet.Scheme]lnet.NOK
	// Deadline is the announced application deadline (søknadsfrist), a fixed date.
	Deadline date.Date
	// Source says where pots and deadline come from.
	Source string
	// Decided is the day of the office's decision (vedtaksdato). Illustrative.
	Decided date.Date
	// Unit is the unit the office rounds grants to (enhet). Illustrative.
	Unit lnet.NOK
}

// Schemes returns the schemes the call has a pot for, in the order of lnet.Schemes.
func (c Call) Schemes() []lnet.Scheme {
	var out []lnet.Scheme
	for _, s := range lnet.Schemes() {
		if _, ok := c.Pots[s]; ok {
			out = append(out, s)
		}
	}
	return out
}

// Submission is an illustrative application (søknad) together with the priority the office
// gives it (prioritet, 1 = low to 3 = high). The office weighs an application by the amount
// requested times its priority. Neither the applications nor the priorities are in the
// sources.
type Submission struct {
	// Application is the application as submitted.
	Application lnet.Application
	// Priority is the office's priority of the application, 1 to 3.
	Priority int64
}

func ptr[T any](v T) *T { return &v }

// Public returns the call as the SDK's round takes it: one scheme call per pot, in the
// order of lnet.Schemes, each with the call's one deadline and unit.
func (c Call) Public() sdk.Call {
	out := sdk.Call{Office: c.Office, Year: c.Year, Decided: c.Decided, Source: c.Source}
	for _, s := range c.Schemes() {
		out.Schemes = append(out.Schemes, sdk.SchemeCall{Scheme: s, Pot: c.Pots[s], Deadline: c.Deadline, Unit: c.Unit})
	}
	return out
}

// Weight is the office's weight of the submission: the amount requested times the
// priority, exactly. A priority below 1 is an error wrapping lnet.ErrInvalidValue.
func (s Submission) Weight() (allocation.Weight, error) {
	if s.Priority < 1 {
		return allocation.Weight{}, fmt.Errorf("application %q: %w: priority %d, want 1 or more", s.Application.ID, lnet.ErrInvalidValue, s.Priority)
	}
	w, err := allocation.WeightFromNOK(s.Application.Requested)
	if err != nil {
		return allocation.Weight{}, fmt.Errorf("application %q: %w", s.Application.ID, err)
	}
	return w.Mul(allocation.IntWeight(uint64(s.Priority))), nil
}

// Public returns the submissions as the SDK's round takes them, each with its Weight.
func Public(subs []Submission) ([]sdk.Submission, error) {
	out := make([]sdk.Submission, len(subs))
	for i, s := range subs {
		w, err := s.Weight()
		if err != nil {
			return nil, err
		}
		out[i] = sdk.Submission{Application: s.Application, Weight: &w}
	}
	return out, nil
}

// Priorities returns the office's priority per application id, for the case listing.
func Priorities(subs []Submission) map[lnet.ApplicationID]int64 {
	out := make(map[lnet.ApplicationID]int64, len(subs))
	for _, s := range subs {
		out[s.Application.ID] = s.Priority
	}
	return out
}

// Run runs the SDK's public round on the seed call, networks and submissions, with the
// office's waivers.
func Run(c Call, networks []lnet.Network, subs []Submission, waivers ...sdk.Waiver) (*sdk.Round, error) {
	public, err := Public(subs)
	if err != nil {
		return nil, err
	}
	return sdk.Run(c.Public(), networks, public, sdk.WithWaivers(waivers...))
}
