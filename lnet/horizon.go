package lnet

import (
	"time"

	"github.com/rickb777/date/v2"
)

// Horizon is how long a network is meant to last (varighet), in the words of its source.
// The guidelines of 2019 say the networks "ble etablert tidlig i 2018 og skal vare ut
// strategiperioden" (the competence strategy 2017–2024); the governor of Hordaland wrote in
// 2018 that "Nettverket skal minimum vare ut 2024" — Through 2024, AtLeast true.
type Horizon struct {
	// Through is the last year the network is meant to last: it lasts to the end of that
	// year. Required.
	Through int `json:"through"`
	// AtLeast reports that Through is a minimum ("minimum vare ut 2024"), not a planned
	// end.
	AtLeast bool `json:"at_least,omitempty"`
	// Wording is the source's words, e.g. "Nettverket skal minimum vare ut 2024".
	// Optional.
	Wording string `json:"wording,omitempty"`
	// Source names the document the wording is from. Optional.
	Source string `json:"source,omitempty"`
}

// Validate checks the horizon: a year within the years models accept, and valid texts.
// Each problem is a [*FieldError] wrapping [ErrInvalidModel].
func (h Horizon) Validate() error {
	var v validator
	h.validate(&v, "")
	return v.err()
}

func (h Horizon) validate(v *validator, path string) {
	v.year(field(path, "through"), h.Through)
	v.text(field(path, "wording"), h.Wording, false)
	v.text(field(path, "source"), h.Source, false)
}

// End returns the last day of the horizon: 31 December of Through.
func (h Horizon) End() date.Date { return date.New(h.Through, time.December, 31) }

// Includes reports whether day d lies within the horizon, that is not after [Horizon.End].
func (h Horizon) Includes(d date.Date) bool { return d <= h.End() }
