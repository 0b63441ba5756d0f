package lnet

import "github.com/rickb777/date/v2"

// Plan is a network's plan for competence and quality development (plan for kompetanse- og
// kvalitetsutvikling). The guidelines say the municipalities shall develop one, that its
// measures (tiltak) shall be grounded in local risk and status assessments, and that
// development projects are started from the plan and its measures.
type Plan struct {
	// Title is the plan's title. Optional.
	Title string `json:"title,omitempty"`
	// Adopted is the day the plan was adopted, if known.
	Adopted *date.Date `json:"adopted,omitempty"`
	// Period is the period the plan covers, if stated.
	Period *Period `json:"period,omitempty"`
	// Measures are the plan's measures; projects refer to them by id.
	Measures []Measure `json:"measures,omitempty"`
}

// Validate checks the plan: dates and period, each measure (see [Measure.Validate]) and
// unique measure ids. It does not require measures to be grounded in assessments: that is a
// guideline rule, see [Measure.Grounded].
func (p Plan) Validate() error {
	var v validator
	p.validate(&v, "")
	return v.err()
}

func (p Plan) validate(v *validator, path string) {
	v.text(field(path, "title"), p.Title, false)
	v.optionalDate(field(path, "adopted"), p.Adopted)
	if p.Period != nil {
		v.period(field(path, "period"), *p.Period)
	}
	measures := field(path, "measures")
	for i, m := range p.Measures {
		m.validate(v, index(measures, i))
	}
	uniqueIDs(v, len(p.Measures),
		func(i int) MeasureID { return p.Measures[i].ID },
		func(i int) string { return field(index(measures, i), "id") })
}

// Measure returns the measure with the given id.
func (p Plan) Measure(id MeasureID) (Measure, bool) {
	for _, m := range p.Measures {
		if m.ID == id {
			return m, true
		}
	}
	return Measure{}, false
}
