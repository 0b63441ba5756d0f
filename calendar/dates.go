package calendar

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
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

var nynorskWeekdays = [...]string{"sundag", "måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag"}

// NynorskDate formats d the nynorsk way with its weekday: "tysdag 12. februar 2019".
func NynorskDate(d date.Date) string {
	return nynorskWeekdays[d.Weekday()] + " " + NynorskShortDate(d)
}

// NynorskShortDate formats d as "12. februar 2019", without the weekday; the months are
// named as in bokmål.
func NynorskShortDate(d date.Date) string { return NorwegianShortDate(d) }

// DateIn formats d with its weekday in lang: [NorwegianDate], [NynorskDate] or [EnglishDate].
func DateIn(lang lnet.Language, d date.Date) string {
	return lang.Pick(NorwegianDate(d), NynorskDate(d), EnglishDate(d))
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
