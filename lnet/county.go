package lnet

import (
	"fmt"

	"github.com/rickb777/date/v2"
)

// County is a county (fylke) as the register knows it: a county number with its plain name
// over a validity interval. 19 counties were in force in 2017, 18 in 2018–2019 (Sør- and
// Nord-Trøndelag merged into 50 Trøndelag on 1 January 2018), 11 in 2020–2023 after the
// regional reform, and 15 in 2024, when Østfold, Akershus, Buskerud, Vestfold, Telemark,
// Troms and Finnmark were re-established with new numbers.
//
// Name is the plain Norwegian name ("Troms og Finnmark"); the official names of some counties
// also carry Sami or Kven parallel forms ("Troms og Finnmark – Romsa ja Finnmárku"), which
// the embedded data does not give and the register does not hold.
type County struct {
	// Code is the county number (fylkesnummer), e.g. 46.
	Code CountyCode `json:"code"`
	// Name is the plain county name, e.g. "Vestland".
	Name string `json:"name"`
	// Valid is the interval over which code and name were in force, both ends included;
	// Valid.End is [OpenEnd] if they are still in force in the newest data.
	Valid Period `json:"valid"`
	// AsOf is zero when the register's data covers the day asked; for a day past the data
	// that the register carries forward ([Register.AssumeUnchangedThrough]) it is the last
	// day of data.
	AsOf date.Date `json:"as_of,omitzero"`
}

// Assumed reports whether c was carried forward past the register's data (AsOf is set).
func (c County) Assumed() bool { return c.AsOf != 0 }

// String returns the code and name, e.g. "46 Vestland".
func (c County) String() string { return c.Code.String() + " " + c.Name }

// CountyOn returns the county that had code on day d. The error is a [*LookupError] wrapping
// [ErrNotFound] if no county had the code that day, [ErrOutOfRange] if d is outside
// [Register.Coverage], or [ErrInvalidCode] if code is not a two-digit code.
func (r *Register) CountyOn(code CountyCode, d date.Date) (County, error) {
	if !code.Valid() {
		return County{}, &LookupError{What: "county", Key: fmt.Sprint(uint8(code)), Date: d, Reason: "not a two-digit county code", Err: ErrInvalidCode}
	}
	eff, err := r.checkDate("county", code.String(), d)
	if err != nil {
		return County{}, err
	}
	for _, c := range r.countyByCode[code] {
		if c.Valid.Contains(eff) {
			c.AsOf = r.asOf(d)
			return c, nil
		}
	}
	return County{}, &LookupError{What: "county", Key: code.String(), Date: d, Reason: "no county had this code that day", Err: ErrNotFound}
}

// Counties returns the counties in force on day d, sorted by code. The error wraps
// [ErrOutOfRange] if d is outside [Register.Coverage].
func (r *Register) Counties(d date.Date) ([]County, error) {
	eff, err := r.checkDate("counties", "", d)
	if err != nil {
		return nil, err
	}
	var out []County
	for _, c := range r.counties {
		if c.Valid.Contains(eff) {
			c.AsOf = r.asOf(d)
			out = append(out, c)
		}
	}
	return out, nil
}

// CountyOn calls [Register.CountyOn] on the [DefaultRegister].
func CountyOn(code CountyCode, d date.Date) (County, error) {
	return DefaultRegister().CountyOn(code, d)
}

// Counties calls [Register.Counties] on the [DefaultRegister].
func Counties(d date.Date) ([]County, error) {
	return DefaultRegister().Counties(d)
}
