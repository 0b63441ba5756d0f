package eligibility

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
)

// ev returns evidence at path with value and a note in the three languages.
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

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// nokEN formats an amount for English text: "NOK 1 100 000", "NOK 950 000.50".
func nokEN(n lnet.NOK) string { _, en := kroner(n); return en }

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
// "NOK 1 100 000"; decimals with a comma and a point. The result equals [lnet.NOK.Norwegian]
// (a test checks it); amounts of up to 16 digits with at most two decimals, which is every
// real amount, take a fast path on exact integer øre.
func kroner(n lnet.NOK) (nb, en string) {
	d := n.Decimal()
	exp := d.Exponent()
	if exp > 0 || exp < -2 || d.NumDigits() > 16 {
		nb = n.Norwegian()
		return nb, "NOK " + strings.Replace(strings.TrimPrefix(nb, "kr "), ",", ".", 1)
	}
	ore := d.CoefficientInt64()
	if exp == -1 {
		ore *= 10
	} else if exp == 0 {
		ore *= 100
	}
	sign := ""
	if ore < 0 {
		sign, ore = "-", -ore
	}
	whole := groupDigits(strconv.FormatInt(ore/100, 10))
	if frac := ore % 100; frac != 0 {
		f := strconv.FormatInt(100+frac, 10)[1:]
		return "kr " + sign + whole + "," + f, "NOK " + sign + whole + "." + f
	}
	return "kr " + sign + whole, "NOK " + sign + whole
}

// groupDigits separates groups of three digits with a space: "1100000" → "1 100 000".
func groupDigits(s string) string {
	if len(s) <= 3 {
		return s
	}
	b := make([]byte, 0, len(s)+len(s)/3)
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ' ')
		}
		b = append(b, s[i])
	}
	return string(b)
}
