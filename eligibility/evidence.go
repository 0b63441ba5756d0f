package eligibility

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
)

// ev returns evidence at path with value and a note in the three languages, for a check
// that renders its evidence when it runs (see [eager]).
func ev(path, value, nb, nn, en string) Evidence {
	return Evidence{Path: path, Value: value, Note: Msg(nb, nn, en)}
}

// note returns evidence with a note only.
func note(nb, nn, en string) Evidence { return Evidence{Note: Msg(nb, nn, en)} }

func idx(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// codes formats municipality codes as "1238, 1246".
func codes(cs []lnet.MunicipalityCode) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}

// quoted formats names as «a», «b».
func quoted(names []string) string {
	s := make([]string, len(names))
	for i, n := range names {
		s[i] = "«" + lit(n) + "»"
	}
	return strings.Join(s, ", ")
}

// partnerNames returns the partners' names with their kinds, in bokmål, nynorsk and English.
func partnerNames(ps []lnet.Partner) (nb, nn, en string) {
	a, n, b := make([]string, len(ps)), make([]string, len(ps)), make([]string, len(ps))
	for i, p := range ps {
		a[i] = fmt.Sprintf("%s (%s)", lit(p.Name), p.Kind.Norwegian())
		n[i] = fmt.Sprintf("%s (%s)", lit(p.Name), p.Kind.Nynorsk())
		b[i] = fmt.Sprintf("%s (%s)", lit(p.Name), p.Kind.English())
	}
	return strings.Join(a, ", "), strings.Join(n, ", "), strings.Join(b, ", ")
}

// lookupDay is the day on which the case's offices and municipalities are looked up: the
// day of the evaluation, else 1 January of the grant year (or the application's year); ok is
// false when neither is known.
func (c Case) lookupDay() (date.Date, bool) {
	if c.Date != 0 {
		return c.Date, true
	}
	year := c.GrantYear
	if year == 0 && c.Application != nil {
		year = c.Application.Year
	}
	if year < 1 || year > maxGrantYear {
		return 0, false
	}
	return date.New(year, time.January, 1), true
}

// officeName names the office with id in the three languages as it was called on the
// case's day ("Fylkesmannen i Hordaland", "Statsforvaltaren i Vestland", "County Governor
// of Nordland"), from the case's register or the embedded one; the id if it cannot be
// looked up.
func officeName(c Case, id lnet.OfficeID) lnet.Text { return *c.office(id) }

// office returns [officeName] of id, looked up once per batch.
func (c Case) office(id lnet.OfficeID) *Message {
	reg := c.Register
	if reg == nil {
		reg = lnet.DefaultRegister()
	}
	d, ok := c.lookupDay()
	if !ok && c.Edition.Valid() {
		first, _ := c.Edition.GrantYears()
		d, ok = date.New(first, time.January, 1), true // names only: the edition's first year
	}
	b := c.b
	k := officeKey{id, d, ok, reg}
	if b != nil && b.reuse {
		if m, found := b.offices[k]; found {
			return m
		}
	}
	m := b.message(lookupOffice(reg, id, d, ok))
	if b != nil && b.reuse {
		if b.offices == nil {
			b.offices = make(map[officeKey]*Message)
		}
		b.offices[k] = m
	}
	return m
}

// lookupOffice names office id as it was called on day d, if ok, in reg.
func lookupOffice(reg *lnet.Register, id lnet.OfficeID, d date.Date, ok bool) lnet.Text {
	if ok && id.Valid() {
		if o, err := reg.OfficeOn(id, d); err == nil {
			return Msg(o.TitleIn(lnet.Bokmal), o.TitleIn(lnet.Nynorsk), o.TitleIn(lnet.English))
		}
	}
	q := "«" + lit(string(id)) + "»"
	return Msg("embetet "+q, "embetet "+q, "office "+q)
}

// municipalityName names a municipality "1238 Kvam" when the case has a register that knows
// it on the case's day, else by its code.
func municipalityName(c Case, code lnet.MunicipalityCode) string {
	if c.Register != nil {
		if d, ok := c.lookupDay(); ok {
			if m, err := c.Register.MunicipalityOn(code, d); err == nil {
				return code.String() + " " + lit(m.Name)
			}
		}
	}
	return code.String()
}

// yearList formats years as "2019" or "2021, 2022"; no years give "".
func yearList(ys []int) string {
	s := make([]string, len(ys))
	for i, y := range ys {
		s[i] = strconv.Itoa(y)
	}
	return strings.Join(s, ", ")
}

// serviceName is the name of the member service with id, or the id if the network has no
// such member.
func serviceName(n *lnet.Network, id lnet.ServiceID) string {
	for _, m := range n.Members {
		if m.Service.ID == id && m.Service.Name != "" {
			return m.Service.Name
		}
	}
	return string(id)
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// isoDate formats d as "YYYY-MM-DD" like [date.Date.String], without its formatting cost
// for the years 0–9999 that real data has.
func isoDate(d date.Date) string {
	y, m, dd := d.Date()
	if y < 0 || y > 9999 {
		return d.String()
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-',
		byte('0' + dd/10), byte('0' + dd%10),
	}
	return string(b[:])
}

// kroner formats an amount for Norwegian and English text: "kr 1 100 000" and
// "NOK 1,100,000" ([lnet.NOK.Norwegian], [lnet.NOK.English]).
func kroner(n lnet.NOK) (nb, en string) { return n.Norwegian(), n.English() }
