package lnet

import (
	"fmt"
)

// Population is the number of residents (folkemengde) of a municipality, county, office region
// or the whole country on 1 January of Year (Kilde: Statistisk sentralbyrå (SSB), table
// 07459). Counts of persons are integers, not money.
type Population struct {
	// Year is the year on whose 1 January the persons were counted.
	Year int `json:"year"`
	// Children is the number of children aged 0–17 (barn 0–17 år).
	Children int64 `json:"children_0_17"`
	// Total is the number of persons of all ages.
	Total int64 `json:"total"`
	// CountedYear is zero when the count is for Year itself. For a year past the data,
	// answered because the register carries its data forward
	// ([Register.AssumeUnchangedThrough]), it is the year whose count is used: the last
	// year of data.
	CountedYear int `json:"counted_year,omitzero"`
}

// Assumed reports whether the count was carried forward from an earlier year (CountedYear
// is set).
func (p Population) Assumed() bool { return p.CountedYear != 0 }

func (p Population) add(q Population) Population {
	return Population{Year: q.Year, Children: p.Children + q.Children, Total: p.Total + q.Total}
}

// Population returns the population of the municipality that had code on 1 January of year.
// The error is a [*LookupError] wrapping [ErrOutOfRange] for a year the register does not
// hold ([Register.Years]), [ErrNotFound] if no municipality had the code that day, or
// [ErrInvalidCode].
func (r *Register) Population(code MunicipalityCode, year int) (Population, error) {
	if !code.Valid() {
		return Population{}, &LookupError{What: "population", Key: fmt.Sprint(uint16(code)), Reason: "not a four-digit municipality code", Err: ErrInvalidCode}
	}
	d, py, err := r.checkYear("population", code.String(), year)
	if err != nil {
		return Population{}, err
	}
	p, ok := r.pop[py][code]
	if !ok {
		return Population{}, &LookupError{What: "population", Key: code.String(), Date: d, Reason: "no municipality had this code that day", Err: ErrNotFound}
	}
	p.Year, p.CountedYear = year, r.counted(year)
	return p, nil
}

// Children returns the number of children aged 0–17 (barn 0–17 år) in the municipality that
// had code on 1 January of year. The errors are those of [Register.Population].
func (r *Register) Children(code MunicipalityCode, year int) (int64, error) {
	p, err := r.Population(code, year)
	return p.Children, err
}

// CountyPopulation returns the population of county c on 1 January of year: the sum over the
// municipalities in force that day whose code begins with c. The error is a [*LookupError]
// wrapping [ErrOutOfRange], [ErrNotFound] (no county c that day) or [ErrInvalidCode].
func (r *Register) CountyPopulation(c CountyCode, year int) (Population, error) {
	d, py, err := r.checkYear("population", c.String(), year)
	if err != nil {
		return Population{}, err
	}
	if _, err := r.CountyOn(c, d); err != nil {
		return Population{}, err
	}
	p := r.countyPop[py][c]
	p.Year, p.CountedYear = year, r.counted(year)
	return p, nil
}

// OfficePopulation returns the population of the region of governor office id on 1 January
// of year: the sum over the counties the office covered that day. The error is a
// [*LookupError] wrapping [ErrOutOfRange], [ErrNotFound] (no such office that day) or
// [ErrInvalidCode].
func (r *Register) OfficePopulation(id OfficeID, year int) (Population, error) {
	d, py, err := r.checkYear("population", string(id), year)
	if err != nil {
		return Population{}, err
	}
	o, err := r.OfficeOn(id, d)
	if err != nil {
		return Population{}, err
	}
	p := Population{Year: year}
	for _, c := range o.Counties {
		p = p.add(r.countyPop[py][c])
	}
	p.Year, p.CountedYear = year, r.counted(year)
	return p, nil
}

// NationalPopulation returns the population of Norway on 1 January of year: the sum over all
// municipalities. The error wraps [ErrOutOfRange] for a year the register does not hold.
func (r *Register) NationalPopulation(year int) (Population, error) {
	_, py, err := r.checkYear("population", "", year)
	if err != nil {
		return Population{}, err
	}
	p := r.nationalPop[py]
	p.Year, p.CountedYear = year, r.counted(year)
	return p, nil
}

// OfficesPopulation returns the population of each governor office's region on 1 January of
// year, keyed by office id, with the offices as they were that day: the natural criterion
// for a population-based distribution key over the offices. The error wraps
// [ErrOutOfRange] for a year the register does not hold.
func (r *Register) OfficesPopulation(year int) (map[OfficeID]Population, error) {
	d, _, err := r.checkYear("population", "", year)
	if err != nil {
		return nil, err
	}
	offices, err := r.Offices(d)
	if err != nil {
		return nil, err
	}
	out := make(map[OfficeID]Population, len(offices))
	for _, o := range offices {
		p, err := r.OfficePopulation(o.ID, year)
		if err != nil {
			return nil, err
		}
		out[o.ID] = p
	}
	return out, nil
}

// Children calls [Register.Children] on the [DefaultRegister].
func Children(code MunicipalityCode, year int) (int64, error) {
	return DefaultRegister().Children(code, year)
}
