package lnet

import "github.com/rickb777/date/v2"

// Anchoring records that a participating municipality's leadership has endorsed a project
// (forankring i kommuneledelsen). The guidelines say decisions on development projects and
// cross-border collaboration must be anchored in each participating municipality; it is the
// municipality's own responsibility.
type Anchoring struct {
	// Municipality is the municipality whose leadership endorsed the project. Required.
	Municipality MunicipalityCode `json:"municipality"`
	// Date is the day of the endorsement. Required.
	Date date.Date `json:"date"`
	// Body is who endorsed it, e.g. "kommunalsjef", "rådmann" or "kommunestyret".
	// Required.
	Body string `json:"body"`
	// Reference is the municipality's case or document number (saksnummer), if any.
	Reference string `json:"reference,omitempty"`
}

// Validate checks that the anchoring names a municipality, a date and a body.
func (a Anchoring) Validate() error {
	var v validator
	a.validate(&v, "")
	return v.err()
}

func (a Anchoring) validate(v *validator, path string) {
	v.municipality(field(path, "municipality"), a.Municipality)
	v.date(field(path, "date"), a.Date)
	v.text(field(path, "body"), a.Body, true)
	v.text(field(path, "reference"), a.Reference, false)
}
