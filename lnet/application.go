package lnet

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
)

// ApplicationID identifies an application within the caller's data, e.g. "hordaland-2018-1".
type ApplicationID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id ApplicationID) Valid() bool { return idProblem(string(id)) == "" }

// Application is a network's application to its governor office for stimulus money
// (søknad om stimuleringsmidler) for one project under one scheme and year, on the scheme's
// form (skjema 1 or skjema 2). The money covers only part of the project's costs.
//
// A multi-year project applies once a year (the Hordaland network could apply "hvert år i
// prosjektperioden som varer frem til 2024"): each application is for one grant year, and
// its UsePeriod says when the money applied for is to be used, which is not the project's
// period.
//
// The application refers to its network and project by id; [Network.ProjectFor] looks the
// project up, so a checker has the project's participants, partners and aims at hand
// without the application repeating them.
type Application struct {
	// ID identifies the application. Required.
	ID ApplicationID `json:"id"`
	// Network is the id of the applying network. Required.
	Network NetworkID `json:"network"`
	// Project is the id of the project applied for, one of the network's projects.
	// Required.
	Project ProjectID `json:"project"`
	// Scheme is the funding scheme applied under. Required; not before its first year.
	Scheme Scheme `json:"scheme"`
	// Year is the grant year applied for. Required.
	Year int `json:"year"`
	// Office is the governor office applied to. Required.
	Office OfficeID `json:"office"`
	// Requested is the amount applied for. Greater than zero.
	Requested NOK `json:"requested"`
	// TotalCost is the project's total cost, of which Requested is a part. Greater than
	// zero.
	TotalCost NOK `json:"total_cost"`
	// Budget is the itemised budget, if given. Its costs must add up to TotalCost and its
	// requested amounts to Requested.
	Budget []BudgetLine `json:"budget,omitempty"`
	// Submitted is the day the application was sent, if it has been.
	Submitted *date.Date `json:"submitted,omitempty"`
	// UsePeriod is the period in which the money applied for is to be used (periode for
	// bruk av midlene), if the application states one; for a yearly application within a
	// multi-year project, usually a part of the project's period. Nil when not stated.
	UsePeriod *Period `json:"use_period,omitempty"`
}

// Validate checks the application's structure: ids, a known scheme for a year the scheme
// existed, a well-formed office id, requested amount and total cost greater than zero, and,
// when a budget is given, valid lines whose costs add up to the total cost and whose
// requested amounts add up to the amount requested; a use period, when given, that is a
// valid period not ending before the grant year begins. It does not check that the amount
// requested is less than the total cost, the deadline or any other guideline rule: those
// belong to the eligibility package.
func (a Application) Validate() error {
	var v validator
	a.validate(&v, "")
	return v.err()
}

func (a Application) validate(v *validator, path string) {
	v.id(field(path, "id"), string(a.ID))
	v.id(field(path, "network"), string(a.Network))
	v.id(field(path, "project"), string(a.Project))
	v.scheme(field(path, "scheme"), a.Scheme)
	v.schemeYear(field(path, "year"), a.Year, a.Scheme)
	v.office(field(path, "office"), a.Office)
	v.positive(field(path, "requested"), a.Requested)
	v.positive(field(path, "total_cost"), a.TotalCost)
	v.optionalDate(field(path, "submitted"), a.Submitted)
	if a.UsePeriod != nil {
		up := field(path, "use_period")
		v.period(up, *a.UsePeriod)
		if a.Year >= minYear && a.Year <= maxYear && a.UsePeriod.End != date.Zero {
			v.notBefore(field(up, "end"), a.UsePeriod.End, date.New(a.Year, time.January, 1), "the grant year's first day")
		}
	}

	if len(a.Budget) == 0 {
		return
	}
	budget := field(path, "budget")
	for i, l := range a.Budget {
		l.validate(v, index(budget, i))
	}
	cost, requested, err := a.BudgetTotals()
	if err != nil {
		v.add(budget, "", "budget lines add up beyond the maximum amount of 999999999999999.99")
		return
	}
	if !cost.Equal(a.TotalCost) {
		v.add(field(path, "total_cost"), a.TotalCost.String(), budgetMismatch("costs", cost, a.TotalCost))
	}
	if !requested.Equal(a.Requested) {
		v.add(field(path, "requested"), a.Requested.String(), budgetMismatch("requested amounts", requested, a.Requested))
	}
}

// budgetMismatch says how a budget sum differs from the stated total, as the reason of a
// field error on the total: "budget costs add up to 600000, 50000 less than".
func budgetMismatch(what string, sum, total NOK) string {
	diff, err := sum.Sub(total)
	if err != nil { // both within the bound, the difference beyond it: say so plainly
		return fmt.Sprintf("budget %s add up to %s, not", what, sum)
	}
	dir := "more"
	if diff.IsNegative() {
		diff, dir = diff.Neg(), "less"
	}
	return fmt.Sprintf("budget %s add up to %s, %s %s than", what, sum, diff, dir)
}

// BudgetTotals returns the sums of the budget lines' costs and requested amounts. It fails
// with [ErrOverflow] if a sum lies beyond ±[MaxNOK] kroner and 99 øre.
func (a Application) BudgetTotals() (cost, requested NOK, err error) {
	for i, l := range a.Budget {
		if cost, err = cost.Add(l.Cost); err != nil {
			return NOK{}, NOK{}, fmt.Errorf("budget[%d].cost: %w", i, err)
		}
		if requested, err = requested.Add(l.Requested); err != nil {
			return NOK{}, NOK{}, fmt.Errorf("budget[%d].requested: %w", i, err)
		}
	}
	return cost, requested, nil
}

// BudgetByCategory returns the sums of cost and requested amount per budget category; a
// category without lines is absent. It fails with [ErrOverflow] if a sum lies beyond
// ±[MaxNOK] kroner and 99 øre.
func (a Application) BudgetByCategory() (map[BudgetCategory]BudgetLine, error) {
	out := make(map[BudgetCategory]BudgetLine)
	for i, l := range a.Budget {
		s := out[l.Category]
		s.Category = l.Category
		var err error
		if s.Cost, err = s.Cost.Add(l.Cost); err != nil {
			return nil, fmt.Errorf("budget[%d].cost: %w", i, err)
		}
		if s.Requested, err = s.Requested.Add(l.Requested); err != nil {
			return nil, fmt.Errorf("budget[%d].requested: %w", i, err)
		}
		out[l.Category] = s
	}
	return out, nil
}

// OwnContribution returns the part of the total cost not applied for (egenandel): TotalCost
// minus Requested. It is negative if more is requested than the project costs, and fails
// with [ErrOverflow] if the difference lies beyond ±[MaxNOK] kroner and 99 øre (possible
// only for amounts that [Application.Validate] rejects).
func (a Application) OwnContribution() (NOK, error) { return a.TotalCost.Sub(a.Requested) }
