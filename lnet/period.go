package lnet

import (
	"fmt"

	"github.com/rickb777/date/v2"
)

// Period is an inclusive range of calendar days, from Start to End, both counted; a project
// period (prosjektperiode) or a validity interval. A Period with End before Start is invalid.
type Period struct {
	// Start is the first day of the period.
	Start date.Date `json:"start"`
	// End is the last day of the period, inclusive.
	End date.Date `json:"end"`
}

// NewPeriod returns the period from start to end inclusive, or an error wrapping
// [ErrInvalidModel] if end is before start.
func NewPeriod(start, end date.Date) (Period, error) {
	p := Period{Start: start, End: end}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// Validate reports an error wrapping [ErrInvalidModel] if End is before Start.
func (p Period) Validate() error {
	if p.End < p.Start {
		return &FieldError{Path: "end", Value: p.End.String(), Reason: fmt.Sprintf("before start %s", p.Start)}
	}
	return nil
}

// Contains reports whether d lies in the period, both ends included.
func (p Period) Contains(d date.Date) bool { return d >= p.Start && d <= p.End }

// Days returns the number of days in the period, both ends counted; 0 if it is invalid.
func (p Period) Days() int {
	if p.End < p.Start {
		return 0
	}
	return int(p.End-p.Start) + 1
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool { return p.End >= q.Start && q.End >= p.Start }

// String returns "YYYY-MM-DD/YYYY-MM-DD" (ISO 8601 interval).
func (p Period) String() string { return p.Start.String() + "/" + p.End.String() }
