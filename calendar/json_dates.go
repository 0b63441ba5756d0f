package calendar

import (
	"github.com/laeringsnettverk/sdk/internal/modeljson"
	"github.com/laeringsnettverk/sdk/internal/strictjson"
)

// Events and deadlines hold github.com/rickb777/date/v2 values, whose decoder turns
// "2018-02-30" into 2018-03-02 and accepts other forms besides YYYY-MM-DD. They decode
// strictly (unknown fields are errors, as in [ParseSchedule]) and then check their date's
// text, so that an impossible or oddly written date is an error, never a guess.

// UnmarshalJSON decodes the event, rejecting unknown fields and a date that is not exactly
// a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (e *Event) UnmarshalJSON(b []byte) error {
	return modeljson.FieldError("", strictjson.Unmarshal(b, e, modeljson.Options(false, scheduleLimits.MaxDepth)))
}

// UnmarshalJSON decodes the deadline, rejecting unknown fields and a date that is not
// exactly a calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func (d *Deadline) UnmarshalJSON(b []byte) error {
	return modeljson.FieldError("", strictjson.Unmarshal(b, d, modeljson.Options(false, scheduleLimits.MaxDepth)))
}
