package lnet

// MeasureID identifies a measure of a network's plan, e.g. "m1".
type MeasureID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id MeasureID) Valid() bool { return idProblem(string(id)) == "" }

// Measure is a measure (tiltak) in a network's plan for competence and quality development,
// grounded in one or more local risk and status assessments (risiko- og
// tilstandsvurderinger).
type Measure struct {
	// ID identifies the measure; projects refer to it. Required.
	ID MeasureID `json:"id"`
	// Title says what the measure is, e.g. "Bedre dokumentasjon av samtaler med barn".
	// Required.
	Title string `json:"title"`
	// Description is free text. Optional.
	Description string `json:"description,omitempty"`
	// Municipalities are the municipalities the measure concerns; empty means all of the
	// network's municipalities.
	Municipalities []MunicipalityCode `json:"municipalities,omitempty"`
	// Assessments are the assessments the measure is grounded in.
	Assessments []Assessment `json:"assessments,omitempty"`
}

// Validate checks the measure: id and title present, municipality codes well formed and
// not repeated, each assessment valid.
func (m Measure) Validate() error {
	var v validator
	m.validate(&v, "")
	return v.err()
}

func (m Measure) validate(v *validator, path string) {
	v.id(field(path, "id"), string(m.ID))
	v.text(field(path, "title"), m.Title, true)
	v.text(field(path, "description"), m.Description, false)
	v.municipalities(field(path, "municipalities"), m.Municipalities)
	for i, a := range m.Assessments {
		a.validate(v, index(field(path, "assessments"), i))
	}
}

// Grounded reports whether the measure is grounded in at least one assessment, as the
// guidelines require of a plan's measures.
func (m Measure) Grounded() bool { return len(m.Assessments) > 0 }
