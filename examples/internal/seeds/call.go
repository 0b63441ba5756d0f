package seeds

import (
	"github.com/rickb777/date/v2"

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
