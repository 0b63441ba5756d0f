package lnet

import (
	"time"

	"github.com/rickb777/date/v2"
)

// GrantID identifies a grant within the caller's data, e.g. a case number.
type GrantID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id GrantID) Valid() bool { return idProblem(string(id)) == "" }

// Grant is an office's award of stimulus money to an application (tilskudd, tildeling). The
// money for year Y is distributed in Y; the municipalities may carry it over, but the project
// must be carried out and the money used by 31 December Y+1 (see [SpendByFor]).
type Grant struct {
	// ID identifies the grant. Required.
	ID GrantID `json:"id"`
	// Application is the id of the application granted. Required.
	Application ApplicationID `json:"application"`
	// Office is the governor office that granted the money. Required.
	Office OfficeID `json:"office"`
	// Scheme is the funding scheme of the money. Required.
	Scheme Scheme `json:"scheme"`
	// Year is the grant year. Required.
	Year int `json:"year"`
	// Amount is the amount granted. Greater than zero.
	Amount NOK `json:"amount"`
	// Decided is the day of the decision (vedtaksdato). Required.
	Decided date.Date `json:"decided"`
	// SpendBy is the last day the money may be used (frist for bruk av midlene), normally
	// [SpendByFor] of Year. Required, not before Decided.
	SpendBy date.Date `json:"spend_by"`
	// ReportBy is the deadline for the report on the use of the money (rapportering), if
	// set. Not before Decided.
	ReportBy *date.Date `json:"report_by,omitempty"`
}

// SpendByFor returns the day by which money granted for year must be used: 31 December of
// the following year.
func SpendByFor(year int) date.Date { return date.New(year+1, time.December, 31) }

// Validate checks the grant: ids, scheme, year, office, an amount greater than zero, the
// decision date, and spend-by and report-by dates not before the decision. It does not
// require SpendBy to equal [SpendByFor] of the year: an office may set another date.
func (g Grant) Validate() error {
	var v validator
	g.validate(&v, "")
	return v.err()
}

func (g Grant) validate(v *validator, path string) {
	v.id(field(path, "id"), string(g.ID))
	v.id(field(path, "application"), string(g.Application))
	v.office(field(path, "office"), g.Office)
	v.scheme(field(path, "scheme"), g.Scheme)
	v.schemeYear(field(path, "year"), g.Year, g.Scheme)
	v.positive(field(path, "amount"), g.Amount)
	v.date(field(path, "decided"), g.Decided)
	v.date(field(path, "spend_by"), g.SpendBy)
	if g.Decided != date.Zero && g.SpendBy != date.Zero {
		v.notBefore(field(path, "spend_by"), g.SpendBy, g.Decided, "decided")
	}
	if g.ReportBy != nil {
		v.date(field(path, "report_by"), *g.ReportBy)
		if g.Decided != date.Zero {
			v.notBefore(field(path, "report_by"), *g.ReportBy, g.Decided, "decided")
		}
	}
}
