package eligibility

import (
	"encoding/json"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/jsondate"
	"github.com/laeringsnettverk/sdk/internal/jsonlimit"
	"github.com/laeringsnettverk/sdk/internal/modeljson"
	"github.com/laeringsnettverk/sdk/internal/strictjson"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Report is the result of evaluating a network, a project or an application against one
// edition of the guidelines (vurdering): one finding for every rule that ran, with what the
// evaluation rests on (the edition, the grant year, the day, the geography data). It
// marshals to JSON with an extra read-only field "eligible", and renders as text
// ([Report.Text]) or Markdown ([Report.Markdown]) in either language.
type Report struct {
	// Edition is the edition whose rules ran.
	Edition Edition `json:"edition"`
	// LatestKnown is true when the edition is used for a grant year after its own range
	// only because it is the latest known edition ([Latest]): no newer text is among the
	// sources. Set whenever GrantYear lies past the range of the latest edition, whether the
	// edition was picked by [EditionFor] (from the application's year or [WithGrantYear]) or
	// pinned with [WithEdition]. The rendered report says so in its basis section.
	LatestKnown bool `json:"latest_known_edition,omitempty"`
	// GrantYear is the grant year evaluated (tilskuddsår): the application's year, or the
	// year given with [WithGrantYear]. Zero when not known (a network or project report
	// with a pinned edition).
	GrantYear int `json:"grant_year,omitempty"`
	// Date is the day of the evaluation (vurderingsdato): the day given with [WithDate], or
	// else, for an application, the day it was submitted; zero when not known. It decides
	// the wording of the SDK's own Norwegian texts, which is settled when the report is made:
	// the findings' titles and evidence of a report dated 1 January 2023 or later say
	// barnevernstjenesten, the term of the child welfare act of 2021, where the guidelines
	// and the act of 1992 say barneverntjenesten, and the JSON carries them so. Citations,
	// quotations («…»), model data and office rules' texts keep their wording; English texts
	// do not change. JSON "YYYY-MM-DD".
	Date date.Date `json:"date,omitzero"`
	// Subject is what was evaluated.
	Subject Subject `json:"subject"`
	// Name names what was evaluated: the network's name, the project's title, or the
	// application's title.
	Name string `json:"name"`
	// Scheme is the application's funding scheme; zero for a network or project report.
	Scheme lnet.Scheme `json:"scheme,omitzero"`
	// Data is the geography data the evaluation rests on (datagrunnlag), given with
	// [WithDataBasis]; zero when not given.
	Data lnet.Basis `json:"data,omitzero"`
	// Findings holds one finding per rule that ran: network rules first, then project rules,
	// then application rules, each in catalogue order followed by the office's own rules.
	Findings []Finding `json:"findings"`
}

// Eligible reports whether no requirement failed. Recommendations and information never
// block; a rule that does not apply does not block.
func (r Report) Eligible() bool {
	for _, f := range r.Findings {
		if f.Blocks() {
			return false
		}
	}
	return true
}

// Blocking returns the failed requirements, in report order.
func (r Report) Blocking() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Blocks() {
			out = append(out, f)
		}
	}
	return out
}

// Count returns the number of findings with status s.
func (r Report) Count(s Status) int {
	n := 0
	for _, f := range r.Findings {
		if f.Status() == s {
			n++
		}
	}
	return n
}

// Finding returns the first finding of the rule with id, and whether there is one.
func (r Report) Finding(id string) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Rule() == id {
			return f, true
		}
	}
	return Finding{}, false
}

// reportJSON is the wire form of a report.
type reportJSON struct {
	Edition     Edition     `json:"edition"`
	LatestKnown bool        `json:"latest_known_edition,omitempty"`
	GrantYear   int         `json:"grant_year,omitempty"`
	Date        wireDate    `json:"date,omitzero"`
	Subject     Subject     `json:"subject"`
	Name        string      `json:"name"`
	Scheme      lnet.Scheme `json:"scheme,omitzero"`
	Data        wireBasis   `json:"data,omitzero"`
	Eligible    bool        `json:"eligible"`
	Findings    []Finding   `json:"findings"`
}

// reportWire is the wire form of a report as it is decoded: [reportJSON] with the findings'
// fields, which the strict decoder reads field by field.
type reportWire struct {
	Edition     Edition       `json:"edition"`
	LatestKnown bool          `json:"latest_known_edition,omitempty"`
	GrantYear   int           `json:"grant_year,omitempty"`
	Date        wireDate      `json:"date,omitzero"`
	Subject     Subject       `json:"subject"`
	Name        string        `json:"name"`
	Scheme      lnet.Scheme   `json:"scheme,omitzero"`
	Data        wireBasis     `json:"data,omitzero"`
	Eligible    bool          `json:"eligible"`
	Findings    []findingJSON `json:"findings"`
}

// wireDate is a report's date on the wire: exactly a calendar day YYYY-MM-DD.
type wireDate date.Date

// IsZero reports whether no date is set, for omitzero.
func (d wireDate) IsZero() bool { return d == 0 }

// MarshalText writes the day as YYYY-MM-DD.
func (d wireDate) MarshalText() ([]byte, error) { return []byte(isoDate(date.Date(d))), nil }

// UnmarshalText reads exactly a calendar day YYYY-MM-DD; another form is a
// [*lnet.FieldError].
func (d *wireDate) UnmarshalText(b []byte) error {
	s := string(b)
	if !jsondate.Valid(s) {
		return &lnet.FieldError{Path: "report.date", Value: clip(s), Reason: "not a calendar date in the form YYYY-MM-DD"}
	}
	v, err := date.ParseISO(s)
	*d = wireDate(v)
	return err
}

// wireBasis is a report's data basis on the wire: an [lnet.Basis] whose dates are exactly
// calendar days YYYY-MM-DD.
type wireBasis lnet.Basis

// IsZero reports whether no basis is set, for omitzero.
func (b wireBasis) IsZero() bool { return lnet.Basis(b).IsZero() }

// MarshalJSON writes the basis as lnet writes it.
func (b wireBasis) MarshalJSON() ([]byte, error) { return json.Marshal(lnet.Basis(b)) }

// UnmarshalJSON reads the basis, refusing with a [*lnet.FieldError] a date that is not
// exactly a calendar day YYYY-MM-DD.
func (b *wireBasis) UnmarshalJSON(data []byte) error {
	if f, v, ok := jsondate.Check(data, "classification_from", "structure_date"); !ok {
		return &lnet.FieldError{Path: "report.data." + f, Value: clip(v), Reason: "not a calendar date in the form YYYY-MM-DD"}
	}
	return json.Unmarshal(data, (*lnet.Basis)(b))
}

// MarshalJSON writes the report with its fields and "eligible", the value of
// [Report.Eligible], for scripts that read the JSON alone.
func (r Report) MarshalJSON() ([]byte, error) {
	findings := r.Findings
	if findings == nil {
		findings = []Finding{}
	}
	return json.Marshal(reportJSON{r.Edition, r.LatestKnown, r.GrantYear, wireDate(r.Date), r.Subject, r.Name, r.Scheme,
		wireBasis(r.Data), r.Eligible(), findings})
}

// reportLimits bounds the shape of a report before it is decoded: a report is 5 levels
// deep and holds one finding per rule of the catalogue.
var reportLimits = jsonlimit.Limits{MaxDepth: 16, MaxElements: 100_000, MaxValues: 4_000_000}

// UnmarshalJSON reads a report written by [Report.MarshalJSON], as [DecodeReport] does
// without options.
func (r *Report) UnmarshalJSON(b []byte) error {
	v, err := decodeReport(b, false)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// DecodeOption is an option of [DecodeReport] (avkodingsvalg).
type DecodeOption func(*decodeConfig)

type decodeConfig struct{ allowUnknown bool }

// AllowUnknownFields makes [DecodeReport] skip fields it does not know instead of refusing
// the report (ukjente felt tillatt), for a reader of reports written by a newer version.
func AllowUnknownFields() DecodeOption {
	return func(c *decodeConfig) { c.allowUnknown = true }
}

// DecodeReport reads a report (vurderingsrapport) written by [Report.MarshalJSON],
// strictly, as schema/eligibility-report.json describes it: exact field names, no repeated
// names, no invalid UTF-8 or lone surrogates, no unknown fields (unless
// [AllowUnknownFields]), dates exactly YYYY-MM-DD. "eligible" is ignored on input: it is
// recomputed from the findings. A report of more than 100 000 elements in one array or
// object, or nested deeper than 16 levels, is refused before it is decoded. Every error is
// a [*lnet.FieldError] with the full JSON path ("findings[2].status").
func DecodeReport(data []byte, opts ...DecodeOption) (Report, error) {
	var c decodeConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return decodeReport(data, c.allowUnknown)
}

func decodeReport(b []byte, allowUnknown bool) (Report, error) {
	if e := jsonlimit.Check(b, reportLimits); e != nil {
		path := "report"
		if e.Path != "" {
			path += "." + e.Path
		}
		return Report{}, &lnet.FieldError{Path: path, Reason: e.Error()}
	}
	var w reportWire
	if err := strictjson.Unmarshal(b, &w, modeljson.Options(allowUnknown, reportLimits.MaxDepth)); err != nil {
		return Report{}, modeljson.FieldError("report", err)
	}
	var findings []Finding
	if w.Findings != nil {
		findings = make([]Finding, len(w.Findings))
		for i, f := range w.Findings {
			findings[i] = f.finding()
		}
	}
	return Report{Edition: w.Edition, LatestKnown: w.LatestKnown, GrantYear: w.GrantYear, Date: date.Date(w.Date),
		Subject: w.Subject, Name: w.Name, Scheme: w.Scheme, Data: lnet.Basis(w.Data), Findings: findings}, nil
}
