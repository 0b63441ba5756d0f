package lnet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Bounds that Validate applies to every model.
const (
	// maxIDLen is the longest id, in bytes, a model accepts.
	maxIDLen = 64
	// minYear and maxYear bound every date and grant year a model accepts. They catch typing
	// errors such as "0218-09-13" or a missing date (the zero date.Date is 0001-01-01) and keep
	// dates in the "YYYY-MM-DD" form of the JSON documents.
	minYear = 1900
	maxYear = 2199
)

// validator collects the field errors of one Validate call, so that the call reports every
// problem at once.
type validator struct {
	errs []error
}

// add records a problem with the field at path.
func (v *validator) add(path, value, reason string) {
	v.errs = append(v.errs, &FieldError{Path: path, Value: value, Reason: reason})
}

// addf records a problem with a formatted reason.
func (v *validator) addf(path, value, format string, args ...any) {
	v.add(path, value, fmt.Sprintf(format, args...))
}

// err returns the problems joined with [errors.Join], or nil if there were none.
func (v *validator) err() error { return errors.Join(v.errs...) }

// field returns the path of a named field under prefix: field("members[2]", "role") is
// "members[2].role".
func field(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

// index returns the path of element i of the list at path: index("members", 2) is
// "members[2]".
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// idProblem says what is wrong with an id, or returns "" if it is well formed: 1–64 bytes of
// valid UTF-8 without control characters and without leading or trailing white space.
func idProblem(id string) string {
	switch {
	case id == "":
		return "missing"
	case len(id) > maxIDLen:
		return fmt.Sprintf("longer than %d bytes", maxIDLen)
	case !utf8.ValidString(id):
		return "not valid UTF-8"
	case strings.TrimSpace(id) != id:
		return "leading or trailing white space"
	case strings.IndexFunc(id, unicode.IsControl) >= 0:
		return "contains a control character"
	}
	return ""
}

// id checks a required id.
func (v *validator) id(path, id string) {
	if p := idProblem(id); p != "" {
		v.add(path, id, p)
	}
}

// optionalID checks an id that may be empty.
func (v *validator) optionalID(path, id string) {
	if id != "" {
		v.id(path, id)
	}
}

// text checks a text field: valid UTF-8 and, if required, not blank.
func (v *validator) text(path, s string, required bool) {
	switch {
	case !utf8.ValidString(s):
		v.add(path, s, "not valid UTF-8")
	case required && strings.TrimSpace(s) == "":
		v.add(path, s, "missing")
	}
}

// municipality checks a required municipality code.
func (v *validator) municipality(path string, c MunicipalityCode) {
	switch {
	case c == 0:
		v.add(path, "", "missing municipality code")
	case !c.Valid():
		v.add(path, strconv.Itoa(int(c)), "not a four-digit municipality code")
	}
}

// optionalMunicipality checks a municipality code that may be zero.
func (v *validator) optionalMunicipality(path string, c MunicipalityCode) {
	if c != 0 {
		v.municipality(path, c)
	}
}

// municipalities checks a list of codes: each valid, none repeated. It returns the codes
// seen, for further checks by the caller.
func (v *validator) municipalities(path string, codes []MunicipalityCode) map[MunicipalityCode]bool {
	seen := make(map[MunicipalityCode]int, len(codes))
	for i, c := range codes {
		p := index(path, i)
		v.municipality(p, c)
		if c == 0 {
			continue
		}
		if j, dup := seen[c]; dup {
			v.addf(p, c.String(), "duplicate of %s", index(path, j))
			continue
		}
		seen[c] = i
	}
	set := make(map[MunicipalityCode]bool, len(seen))
	for c := range seen {
		set[c] = true
	}
	return set
}

// office checks a required office id.
func (v *validator) office(path string, id OfficeID) {
	switch {
	case id == "":
		v.add(path, "", "missing office id")
	case !id.Valid():
		v.add(path, string(id), "not an office id (1–40 characters of a–z, 0–9 and '-')")
	}
}

// date checks a required date: set, and within the years models accept.
func (v *validator) date(path string, d date.Date) {
	if d == date.Zero {
		v.add(path, "", "missing date")
		return
	}
	if y := d.Year(); y < minYear || y > maxYear {
		v.addf(path, d.String(), "year outside %d–%d", minYear, maxYear)
	}
}

// optionalDate checks a date that may be nil.
func (v *validator) optionalDate(path string, d *date.Date) {
	if d != nil {
		v.date(path, *d)
	}
}

// notBefore checks that d (at path) is not before the earlier date named ref.
func (v *validator) notBefore(path string, d, earlier date.Date, ref string) {
	if d < earlier {
		v.addf(path, d.String(), "before %s %s", ref, earlier)
	}
}

// period checks an inclusive period.
func (v *validator) period(path string, p Period) {
	v.date(field(path, "start"), p.Start)
	v.date(field(path, "end"), p.End)
	v.notBefore(field(path, "end"), p.End, p.Start, "start")
}

// year checks a grant year.
func (v *validator) year(path string, y int) {
	switch {
	case y == 0:
		v.add(path, "", "missing year")
	case y < minYear || y > maxYear:
		v.addf(path, strconv.Itoa(y), "outside %d–%d", minYear, maxYear)
	}
}

// scheme checks a required funding scheme.
func (v *validator) scheme(path string, s Scheme) {
	switch {
	case s == 0:
		v.add(path, "", "missing scheme")
	case !s.Valid():
		v.add(path, s.String(), "unknown scheme")
	}
}

// positive checks that an amount is greater than zero.
func (v *validator) positive(path string, n NOK) {
	if n.Sign() <= 0 {
		v.add(path, n.String(), "must be greater than zero")
	}
}

// nonNegative checks that an amount is zero or more.
func (v *validator) nonNegative(path string, n NOK) {
	if n.IsNegative() {
		v.add(path, n.String(), "must not be negative")
	}
}

// uniqueIDs reports ids that occur more than once in a list. key returns the id of element
// i; path(i) its path.
func uniqueIDs[ID ~string](v *validator, n int, key func(int) ID, path func(int) string) map[ID]int {
	seen := make(map[ID]int, n)
	for i := 0; i < n; i++ {
		id := key(i)
		if id == "" {
			continue
		}
		if j, dup := seen[id]; dup {
			v.addf(path(i), string(id), "duplicate id of %s", path(j))
			continue
		}
		seen[id] = i
	}
	return seen
}

// enumValue checks a value of an enumeration: defined, and set if required.
func enumValue[T ~uint8](v *validator, path string, x T, e enum.Table[T], required bool) {
	switch {
	case x == 0:
		if required {
			v.add(path, "", "missing "+e.Type)
		}
	case !e.Valid(x):
		v.add(path, e.ID(x), "unknown "+e.Type)
	}
}

// schemeYear checks a grant year, and that the scheme existed in that year.
func (v *validator) schemeYear(path string, y int, s Scheme) {
	v.year(path, y)
	if s.Valid() && y >= minYear && y < s.FirstYear() {
		v.addf(path, strconv.Itoa(y), "before %d, the first year of the %s scheme", s.FirstYear(), s)
	}
}

// blank reports whether s is empty or only white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }
