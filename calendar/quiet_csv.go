package calendar

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/laeringsnettverk/sdk/lnet"
)

// QuietCSVHeader returns the header line of the quiet-period CSV format read by
// [ParseQuietCSV] and written by [WriteQuietCSV]: "name,from,to,scope,area,reason".
func QuietCSVHeader() string { return "name,from,to,scope,area,reason" }

// Limits of the quiet-period CSV format.
const (
	maxQuietCSVBytes = 1 << 20
	maxQuietRows     = 10_000
)

// ParseQuietCSV reads quiet periods from CSV (RFC 4180, UTF-8), for a caller's own school
// holidays and other quiet periods. The first line that is not a comment is the header
// [QuietCSVHeader]; every further line is one period:
//
//	# Vinterferie og høstferie i Bergen 2026 (skoleruta)
//	name,from,to,scope,area,reason
//	Vinterferie i Bergen,2026-W09,2026-W09,municipality,4601,Skolene i Bergen har vinterferie.
//	Høstferie i Vestland,W40,W40,county,46,
//	Planleggingsdag,2026-08-14,2026-08-14,national
//
// name is required; from and to are bounds in the text form of [QuietBound] (a day
// YYYY-MM-DD, a week YYYY-Www or Www, a day of every year --MM-DD, a holiday such as
// ascension_day+1); scope is national, county or municipality; area is the county code (two
// digits) of a county-wide period, the municipality number (four digits) of a municipal
// one, and empty or left out for a national one; reason is optional. A row has four to six
// fields. Lines starting with '#' are comments. Names and reasons are taken as given, in
// whatever language they are written, and shown in every language.
//
// Parsing is strict: a missing or different header, a row with too few or too many fields,
// a bound, scope or code that does not parse, or a period that does not validate is an
// error naming the line, as a [*lnet.FieldError] with a path such as "line 3: from"
// (wrapping [lnet.ErrInvalidModel]). Input over 1 MiB or 10 000 rows is an error too.
func ParseQuietCSV(r io.Reader) ([]QuietPeriod, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxQuietCSVBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxQuietCSVBytes {
		return nil, &lnet.FieldError{Path: "quiet periods", Reason: "CSV larger than 1 MiB"}
	}
	if !utf8.Valid(data) {
		return nil, &lnet.FieldError{Path: "quiet periods", Reason: "CSV is not valid UTF-8"}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	out := []QuietPeriod{}
	header := false
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line, err = pe.Line, pe.Err
			}
			return nil, &lnet.FieldError{Path: fmt.Sprintf("line %d", line), Reason: "malformed CSV: " + err.Error()}
		}
		line, _ := cr.FieldPos(0) // after a successful Read only: FieldPos panics otherwise
		at := func(field string) string { return fmt.Sprintf("line %d: %s", line, field) }
		if !header {
			if strings.Join(row, ",") != QuietCSVHeader() {
				return nil, &lnet.FieldError{Path: at("header"), Value: strings.Join(row, ","), Reason: "want the header " + QuietCSVHeader()}
			}
			header = true
			continue
		}
		if len(row) < 4 || len(row) > 6 {
			return nil, &lnet.FieldError{Path: at("row"), Reason: fmt.Sprintf("want name,from,to,scope[,area[,reason]], got %d fields", len(row))}
		}
		if len(out) == maxQuietRows {
			return nil, &lnet.FieldError{Path: at("row"), Reason: fmt.Sprintf("more than %d quiet periods", maxQuietRows)}
		}
		q, err := quietRow(row, at)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	if !header {
		return nil, &lnet.FieldError{Path: "line 1: header", Reason: "missing; want " + QuietCSVHeader()}
	}
	return out, nil
}

// quietRow parses one data row of 4–6 fields; at names a field of the row for errors.
func quietRow(row []string, at func(string) string) (QuietPeriod, error) {
	field := func(i int) string {
		if i < len(row) {
			return row[i]
		}
		return ""
	}
	q := QuietPeriod{Name: lnet.Text{NB: field(0)}, Reason: lnet.Text{NB: field(5)}}
	if hasControl(field(0)) {
		return q, &lnet.FieldError{Path: at("name"), Value: field(0), Reason: "holds a control character"}
	}
	if hasControl(field(5)) {
		return q, &lnet.FieldError{Path: at("reason"), Value: field(5), Reason: "holds a control character"}
	}
	var err error
	if q.From, err = ParseQuietBound(field(1)); err != nil {
		return q, &lnet.FieldError{Path: at("from"), Value: field(1), Reason: reasonOf(err)}
	}
	if q.To, err = ParseQuietBound(field(2)); err != nil {
		return q, &lnet.FieldError{Path: at("to"), Value: field(2), Reason: reasonOf(err)}
	}
	if q.Scope, err = ParseQuietScope(field(3)); err != nil {
		return q, &lnet.FieldError{Path: at("scope"), Value: field(3), Reason: "want national, county or municipality"}
	}
	area := field(4)
	switch {
	case q.Scope == ScopeCounty:
		if q.County, err = lnet.ParseCountyCode(area); err != nil {
			return q, &lnet.FieldError{Path: at("area"), Value: area, Reason: "want the county code of a county-wide period, two digits"}
		}
	case q.Scope == ScopeMunicipality:
		if q.Municipality, err = lnet.ParseMunicipalityCode(area); err != nil {
			return q, &lnet.FieldError{Path: at("area"), Value: area, Reason: "want the municipality number of a municipal period, four digits"}
		}
	case area != "":
		return q, &lnet.FieldError{Path: at("area"), Value: area, Reason: "a national period has no area"}
	}
	if err := q.validate(""); err != nil {
		var fe *lnet.FieldError
		if errors.As(err, &fe) {
			field := map[string]string{"name.nb": "name", "county": "area", "municipality": "area"}[fe.Path]
			if field == "" {
				field = fe.Path
			}
			return q, &lnet.FieldError{Path: at(field), Value: fe.Value, Reason: fe.Reason}
		}
		return q, err
	}
	return q, nil
}

// reasonOf returns the reason of a parse error, or its message.
func reasonOf(err error) string {
	var pe *lnet.ParseError
	if errors.As(err, &pe) {
		return pe.Reason
	}
	return err.Error()
}

// WriteQuietCSV writes ps in the format [ParseQuietCSV] reads: the header, then one row a
// period with its bokmål name and reason (the CSV has one language). A field is quoted when
// it holds a comma, a quote or a leading space, or starts with '#'. The error wraps
// [lnet.ErrInvalidModel] if a period does not validate or its name or reason holds a control
// character, or is the writer's.
func WriteQuietCSV(w io.Writer, ps []QuietPeriod) error {
	if err := validateQuiet(ps, "quiet_periods"); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString(QuietCSVHeader() + "\n")
	for i, q := range ps {
		area := ""
		switch q.Scope {
		case ScopeCounty:
			area = q.County.String()
		case ScopeMunicipality:
			area = q.Municipality.String()
		}
		for j, f := range []string{q.Name.NB, q.From.String(), q.To.String(), q.Scope.String(), area, q.Reason.NB} {
			if hasControl(f) {
				return &lnet.FieldError{Path: fmt.Sprintf("quiet_periods[%d].%s", i, []string{"name", "", "", "", "", "reason"}[j]), Value: f, Reason: "holds a control character"}
			}
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(csvField(f))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// csvField quotes f when it must be: a comma, a quote, a leading space or a leading '#'.
func csvField(f string) string {
	if f == "" || !strings.ContainsAny(f, ",\"") && f[0] != ' ' && f[0] != '#' {
		return f
	}
	return `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
}

// hasControl reports whether s holds a control character.
func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 })
}
