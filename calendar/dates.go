package calendar

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
)

var (
	norwegianWeekdays = [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}
	norwegianMonths   = [...]string{"", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"}
)

// NorwegianDate formats d the Norwegian way with its weekday: "tirsdag 12. februar 2019".
func NorwegianDate(d date.Date) string {
	y, m, day := d.Date()
	return norwegianWeekdays[d.Weekday()] + " " + strconv.Itoa(day) + ". " + norwegianMonths[m] + " " + strconv.Itoa(y)
}

// NorwegianShortDate formats d as "12. februar 2019", without the weekday.
func NorwegianShortDate(d date.Date) string {
	y, m, day := d.Date()
	return strconv.Itoa(day) + ". " + norwegianMonths[m] + " " + strconv.Itoa(y)
}

// EnglishDate formats d in British style with its weekday: "Tuesday 12 February 2019".
func EnglishDate(d date.Date) string { return d.Format("Monday 2 January 2006") }

// EnglishShortDate formats d as "12 February 2019", without the weekday.
func EnglishShortDate(d date.Date) string { return d.Format("2 January 2006") }

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
