package lnet

import (
	"fmt"
	"slices"

	"github.com/rickb777/date/v2"
)

// Municipality is a municipality (kommune) as the register knows it: a code with the name it
// had over a validity interval. A code that was renamed has one Municipality per name
// (1940 "Gáivuotna - Kåfjord" in 2017, "Gáivuotna - Kåfjord - Kaivuono" from 2018); a code
// that was retired and later reused would have one per period of use.
type Municipality struct {
	// Code is the municipality number (kommunenummer), e.g. 4622.
	Code MunicipalityCode `json:"code"`
	// Name is the official name as Statistics Norway's classification 131 writes it,
	// parallel Sami/Kven forms included ("Hábmer - Hamarøy").
	Name string `json:"name"`
	// County is the county (fylke) the code belonged to: its first two digits.
	County CountyCode `json:"county"`
	// Valid is the interval over which code and name were in force, both ends included.
	// Valid.End is [OpenEnd] if they are still in force in the newest data.
	Valid Period `json:"valid"`
	// AsOf is zero when the register's data covers the day asked. For a day past the data,
	// answered because the register carries its data forward
	// ([Register.AssumeUnchangedThrough]), it is the last day of data: the municipality is
	// as it was then, assumed unchanged since.
	AsOf date.Date `json:"as_of,omitzero"`
}

// Assumed reports whether m was carried forward past the register's data (AsOf is set).
func (m Municipality) Assumed() bool { return m.AsOf != 0 }

// String returns the code and name, e.g. "4622 Kvam".
func (m Municipality) String() string { return m.Code.String() + " " + m.Name }

// MunicipalityOn returns the municipality that had code on day d. The error is a
// [*LookupError] wrapping [ErrNotFound] if the code was not in use that day (9999
// "Uoppgitt" never is), [ErrOutOfRange] if d is outside [Register.Coverage], or
// [ErrInvalidCode] if code is not a four-digit code.
func (r *Register) MunicipalityOn(code MunicipalityCode, d date.Date) (Municipality, error) {
	if !code.Valid() {
		return Municipality{}, &LookupError{What: "municipality", Key: fmt.Sprint(uint16(code)), Date: d, Reason: "not a four-digit municipality code", Err: ErrInvalidCode}
	}
	eff, err := r.checkDate("municipality", code.String(), d)
	if err != nil {
		return Municipality{}, err
	}
	for _, m := range r.byCode[code] {
		if m.Valid.Contains(eff) {
			m.AsOf = r.asOf(d)
			return m, nil
		}
	}
	return Municipality{}, &LookupError{What: "municipality", Key: code.String(), Date: d, Reason: "no municipality had this code that day", Err: ErrNotFound}
}

// Municipalities returns the municipalities in force on day d, sorted by code: 426 on
// 2017-06-01, 422 in 2018–2019, 356 in 2020–2023 and 357 in 2024. The error wraps
// [ErrOutOfRange] if d is outside [Register.Coverage].
func (r *Register) Municipalities(d date.Date) ([]Municipality, error) {
	eff, err := r.checkDate("municipalities", "", d)
	if err != nil {
		return nil, err
	}
	var out []Municipality
	for _, m := range r.munis {
		if m.Valid.Contains(eff) {
			m.AsOf = r.asOf(d)
			out = append(out, m)
		}
	}
	return out, nil
}

// trace is one line of descent followed by Successors: the code reached and the codes passed
// on the way there.
type trace struct {
	code MunicipalityCode
	via  []MunicipalityCode
}

// Successors returns the municipalities in force on day to that the municipality with code on
// day from became (etterfølgere), sorted by code. It follows the changes that took effect
// after from and on or before to: mergers (1246 Fjell → 4626 Øygarden), renumberings (1238
// Kvam → 4622 Kvam) and splits (5012 Snillfjord → 5055 Heim, 5056 Hitra, 5059 Orkland); a
// code that did not change gives itself.
//
// Statistics Norway's change table writes the 2024 reversal of the Ålesund merger as a split
// of 1507 Ålesund into 1508 Ålesund and 1580 Haram. The register follows the territory: from
// a code of 2019 or earlier, 1534 Haram leads to 1580 only and 1504, 1523, 1529 and 1546 to
// 1508 only, while 1507 itself (asked from 2020–2023) leads to both.
//
// Both days must lie in [Register.Coverage] and to must not be before from (errors wrap
// [ErrOutOfRange]); code must be in use on from ([ErrNotFound]).
func (r *Register) Successors(code MunicipalityCode, from, to date.Date) ([]Municipality, error) {
	if _, err := r.MunicipalityOn(code, from); err != nil {
		return nil, err
	}
	if _, err := r.checkDate("municipality", code.String(), to); err != nil {
		return nil, err
	}
	if to < from {
		return nil, &LookupError{What: "municipality", Key: code.String(), Date: to, Reason: fmt.Sprintf("successors asked for a day before %s", from), Err: ErrOutOfRange}
	}
	codes := r.successorCodes(code, from, to)
	out := make([]Municipality, 0, len(codes))
	for _, c := range codes {
		m, err := r.MunicipalityOn(c, to)
		if err != nil {
			return nil, fmt.Errorf("lnet: inconsistent register: %s on %s leads to %s on %s: %w", code, from, c, to, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// successorCodes follows the changes in (from, to] from code; the result is sorted and
// distinct. A trace that reaches a code with changes on a date replaces it by the changes'
// targets (keeping the code too if it stays in force, as in a border adjustment); a change
// restricted to the territory of earlier codes applies only to a trace that passed through
// one of them or that started at the changed code itself. If no restricted change applies,
// all of them do, so no trace is ever lost.
func (r *Register) successorCodes(code MunicipalityCode, from, to date.Date) []MunicipalityCode {
	traces := []trace{{code: code}}
	for _, d := range r.changeDates {
		if d <= from || d > to {
			continue
		}
		var next []trace
		for _, t := range traces {
			var changes []succession
			for _, s := range r.succ[t.code] {
				if s.date == d {
					changes = append(changes, s)
				}
			}
			if len(changes) == 0 {
				next = append(next, t)
				continue
			}
			applied := false
			for _, s := range changes {
				if s.partOf == nil || len(t.via) == 0 || containsAny(t.via, s.partOf) {
					next = append(next, trace{code: s.new, via: append(slices.Clip(t.via), t.code)})
					applied = true
				}
			}
			if !applied {
				for _, s := range changes {
					next = append(next, trace{code: s.new, via: append(slices.Clip(t.via), t.code)})
				}
			}
			if r.validOn(t.code, d) {
				next = append(next, t)
			}
		}
		traces = mergeTraces(next)
	}
	out := make([]MunicipalityCode, 0, len(traces))
	for _, t := range traces {
		out = append(out, t.code)
	}
	return out
}

// mergeTraces merges the traces that reached the same code, keeping every code passed; the
// result is sorted by code.
func mergeTraces(ts []trace) []trace {
	slices.SortFunc(ts, func(a, b trace) int { return int(a.code) - int(b.code) })
	out := ts[:0]
	for _, t := range ts {
		if n := len(out); n > 0 && out[n-1].code == t.code {
			for _, c := range t.via {
				if !slices.Contains(out[n-1].via, c) {
					out[n-1].via = append(slices.Clip(out[n-1].via), c)
				}
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

func containsAny(have, want []MunicipalityCode) bool {
	for _, c := range want {
		if slices.Contains(have, c) {
			return true
		}
	}
	return false
}

// Predecessors returns the municipalities in force on the earlier day from whose successors
// on day on include the municipality with code (forgjengere), sorted by code: the inverse of
// [Register.Successors], e.g. to map population figures of an earlier year onto today's
// municipalities. Predecessors(4626, 2024-01-01, 2019-01-01) is 1245 Sund, 1246 Fjell and
// 1259 Øygarden. A split municipality is a predecessor of each of its parts.
//
// Both days must lie in [Register.Coverage] and from must not be after on (errors wrap
// [ErrOutOfRange]); code must be in use on on ([ErrNotFound]).
func (r *Register) Predecessors(code MunicipalityCode, on, from date.Date) ([]Municipality, error) {
	if _, err := r.MunicipalityOn(code, on); err != nil {
		return nil, err
	}
	effFrom, err := r.checkDate("municipality", code.String(), from)
	if err != nil {
		return nil, err
	}
	if from > on {
		return nil, &LookupError{What: "municipality", Key: code.String(), Date: from, Reason: fmt.Sprintf("predecessors asked for a day after %s", on), Err: ErrOutOfRange}
	}
	var out []Municipality
	for _, m := range r.munis {
		if m.Valid.Contains(effFrom) && slices.Contains(r.successorCodes(m.Code, from, on), code) {
			m.AsOf = r.asOf(from)
			out = append(out, m)
		}
	}
	return out, nil
}

// MunicipalityOn calls [Register.MunicipalityOn] on the [DefaultRegister].
func MunicipalityOn(code MunicipalityCode, d date.Date) (Municipality, error) {
	return DefaultRegister().MunicipalityOn(code, d)
}

// Municipalities calls [Register.Municipalities] on the [DefaultRegister].
func Municipalities(d date.Date) ([]Municipality, error) {
	return DefaultRegister().Municipalities(d)
}

// Successors calls [Register.Successors] on the [DefaultRegister].
func Successors(code MunicipalityCode, from, to date.Date) ([]Municipality, error) {
	return DefaultRegister().Successors(code, from, to)
}
