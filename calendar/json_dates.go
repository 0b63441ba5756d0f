package calendar

import (
	"github.com/laeringsnettverk/sdk/internal/jsondate"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Events and deadlines hold github.com/rickb777/date/v2 values, whose decoder turns
// "2018-02-30" into 2018-03-02 and accepts other forms besides YYYY-MM-DD. They decode
// strictly (unknown fields are errors, as in [ParseSchedule]) and then check their date's
// text, so that an impossible or oddly written date is an error, never a guess.

// dateError reports a date field whose JSON text is not exactly a calendar day YYYY-MM-DD.
func dateError(field, value string) error {
	return &lnet.FieldError{Path: field, Value: value, Reason: "not a calendar date in the form YYYY-MM-DD"}
}

// UnmarshalJSON decodes the event, rejecting unknown fields and a date that is not exactly
// a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (e *Event) UnmarshalJSON(b []byte) error {
	type plain Event
	f, v, bad, err := jsondate.Decode(b, (*plain)(e), "date")
	if bad {
		return dateError(f, v)
	}
	return err
}

// UnmarshalJSON decodes the deadline, rejecting unknown fields and a date that is not
// exactly a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (d *Deadline) UnmarshalJSON(b []byte) error {
	type plain Deadline
	f, v, bad, err := jsondate.Decode(b, (*plain)(d), "date")
	if bad {
		return dateError(f, v)
	}
	return err
}
