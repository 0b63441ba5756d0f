package calendar

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Workdays decides which days are working days (arbeidsdager): Monday to Friday, except
// public holidays and the eves in Off. The zero value is the statutory calendar: weekends
// and the twelve public holidays and high days are days off, the eves are working days. That
// is the calendar of domstolloven § 149, which extends a time limit ending on "en lørdag,
// helgedag eller dag som etter lovgivningen er likestilt med helgedag" and does not name 24
// or 31 December (forvaltningsloven does not refer to § 149; counting administrative time
// limits by it is practice). Use Workdays{Off: AllEves} for an office that closes on 24 and
// 31 December and Holy Saturday.
//
// Workdays is a small value, safe for concurrent use.
type Workdays struct {
	// Off are the eves treated as days off besides weekends and public holidays.
	Off Eves `json:"off"`
}

// Statutory returns the calendar of statutory time limits: weekends and public holidays off,
// the eves not (domstolloven § 149). It is the zero value of [Workdays]. It is a function, not
// a package variable, so that no caller can move a court-rule deadline for every other
// goroutine: the calendar [Deadline.Resolve] uses is fixed, and [Deadline.ResolveIn] takes
// another one explicitly.
func Statutory() Workdays { return Workdays{} }

// DayOff says why a day is not a working day.
type DayOff struct {
	// Date is the day.
	Date date.Date `json:"date"`
	// Holiday is the public holiday or eve on the day, zero if there is none (a plain
	// Saturday or Sunday).
	Holiday HolidayKind `json:"holiday,omitempty"`
	// OutOfRange is set for a day outside the years [MinYear]–[MaxYear], which the package
	// never treats as a working day.
	OutOfRange bool `json:"out_of_range,omitempty"`
}

// Weekday returns the day of the week.
func (o DayOff) Weekday() time.Weekday { return o.Date.Weekday() }

// Weekend reports whether the day is a Saturday or Sunday.
func (o DayOff) Weekend() bool { return o.Weekday() == time.Saturday || o.Weekday() == time.Sunday }

// Norwegian describes the day in Norwegian (bokmål), e.g. "lørdag 8. juni 2019" or
// "mandag 10. juni 2019 (andre pinsedag)".
func (o DayOff) Norwegian() string {
	if o.OutOfRange {
		return o.Date.String() + " (utenfor kalenderens årstall 1–9999)"
	}
	s := NorwegianDate(o.Date)
	if o.Holiday != 0 {
		s += " (" + o.Holiday.inline() + ")"
	}
	return s
}

// Nynorsk describes the day in nynorsk, e.g. "laurdag 8. juni 2019" or
// "måndag 10. juni 2019 (andre pinsedag)".
func (o DayOff) Nynorsk() string {
	if o.OutOfRange {
		return o.Date.String() + " (utanfor årstala 1–9999 i kalenderen)"
	}
	s := NynorskDate(o.Date)
	if o.Holiday != 0 {
		s += " (" + o.Holiday.inlineIn(lnet.Nynorsk) + ")"
	}
	return s
}

// In describes the day in lang.
func (o DayOff) In(lang lnet.Language) string {
	return lang.Pick(o.Norwegian(), o.Nynorsk(), o.English())
}

// English describes the day in English, e.g. "Monday 10 June 2019 (Whit Monday)".
func (o DayOff) English() string {
	if o.OutOfRange {
		return o.Date.String() + " (outside the calendar's years 1–9999)"
	}
	s := EnglishDate(o.Date)
	if o.Holiday != 0 {
		s += " (" + o.Holiday.English() + ")"
	}
	return s
}

// DayOff reports whether d is not a working day and why. For a working day it returns false.
func (w Workdays) DayOff(d date.Date) (DayOff, bool) {
	if !inRange(d) {
		return DayOff{Date: d, OutOfRange: true}, true
	}
	off := DayOff{Date: d}
	days := daysOf(d.Year())
	for k := NewYearsDay; k <= BoxingDay; k++ {
		if days[k] == d {
			off.Holiday = k
			return off, true
		}
	}
	for _, ek := range eveKinds {
		if w.Off.Has(ek.eve) && days[ek.kind] == d {
			off.Holiday = ek.kind
			return off, true
		}
	}
	return off, off.Weekend()
}

// IsWorkingDay reports whether d is a working day: Monday to Friday, not a public holiday,
// and not one of the eves in w.Off. A day outside the years [MinYear]–[MaxYear] is never a
// working day.
func (w Workdays) IsWorkingDay(d date.Date) bool {
	_, off := w.DayOff(d)
	return !off
}

// DaysOff returns the public holidays of year and the eves in w.Off, sorted by date. The
// error wraps [lnet.ErrOutOfRange] if year is outside [MinYear]–[MaxYear].
func (w Workdays) DaysOff(year int) ([]Holiday, error) {
	out, err := Holidays(year)
	if err != nil {
		return nil, err
	}
	days := daysOf(year)
	for _, k := range w.Off.Kinds() {
		out = append(out, Holiday{Date: days[k], Kind: k})
	}
	sortHolidays(out)
	return out, nil
}

// NextWorkingDay returns the first working day after d. The error wraps [lnet.ErrOutOfRange]
// if there is none before the end of year [MaxYear].
func (w Workdays) NextWorkingDay(d date.Date) (date.Date, error) { return w.step(d, 1, false) }

// PreviousWorkingDay returns the last working day before d. The error wraps
// [lnet.ErrOutOfRange] if there is none after the start of year [MinYear].
func (w Workdays) PreviousWorkingDay(d date.Date) (date.Date, error) { return w.step(d, -1, false) }

// OnOrAfter returns d if it is a working day, else the next working day: the rule that moves
// a statutory time limit. The error wraps [lnet.ErrOutOfRange] as for [Workdays.NextWorkingDay].
func (w Workdays) OnOrAfter(d date.Date) (date.Date, error) { return w.step(d, 1, true) }

// OnOrBefore returns d if it is a working day, else the previous working day. The error wraps
// [lnet.ErrOutOfRange] as for [Workdays.PreviousWorkingDay].
func (w Workdays) OnOrBefore(d date.Date) (date.Date, error) { return w.step(d, -1, true) }

func (w Workdays) step(d date.Date, dir int, inclusive bool) (date.Date, error) {
	if !inclusive {
		if (dir > 0 && d >= lastDay) || (dir < 0 && d <= firstDay) {
			return d, outOfRange(d)
		}
		d += date.Date(dir)
	}
	if !inRange(d) {
		return d, outOfRange(d)
	}
	// At most a long weekend plus holidays: Easter can make six days off in a row.
	for !w.IsWorkingDay(d) {
		if (dir > 0 && d >= lastDay) || (dir < 0 && d <= firstDay) {
			return d, outOfRange(d)
		}
		d += date.Date(dir)
	}
	return d, nil
}

// AddWorkingDays returns the day n working days after d (before d for negative n); d itself
// does not count and need not be a working day. AddWorkingDays(d, 0) is d. The error wraps
// [lnet.ErrOutOfRange] if the result would fall outside the years [MinYear]–[MaxYear].
func (w Workdays) AddWorkingDays(d date.Date, n int) (date.Date, error) {
	if !inRange(d) {
		return d, outOfRange(d)
	}
	dir := 1
	if n < 0 {
		dir, n = -1, -n
	}
	// Fewer than 5 working days a week: n working days span more than n calendar days, so
	// an n beyond the calendar's days cannot be reached.
	if n > int(lastDay-firstDay) {
		return d, &lnet.FieldError{Path: "n", Value: fmt.Sprint(n), Reason: "more working days than the calendar holds"}
	}
	var err error
	for ; n > 0 && err == nil; n-- {
		d, err = w.step(d, dir, false)
	}
	return d, err
}

// WorkingDaysBetween counts the working days d with from ≤ d < to, like the half-open
// intervals of Go slices; the count is negative if to is before from. The days from and to
// must lie in the years [MinYear]–[MaxYear]; the error wraps [lnet.ErrOutOfRange] otherwise.
// It takes time proportional to the number of years spanned, not days.
func (w Workdays) WorkingDaysBetween(from, to date.Date) (int, error) {
	for _, d := range []date.Date{from, to} {
		if !inRange(d) && !(d == lastDay+1) {
			return 0, outOfRange(d)
		}
	}
	if to < from {
		n, err := w.WorkingDaysBetween(to, from)
		return -n, err
	}
	n := weekdaysBetween(from, to)
	for y := from.Year(); y <= (to-1).Year() && from < to; y++ {
		days := daysOf(y)
		seen := map[date.Date]bool{}
		for k := NewYearsDay; int(k) < len(days); k++ {
			if !k.IsPublic() && !w.Off.Has(eveOf(k)) {
				continue
			}
			d := days[k]
			if d < from || d >= to || seen[d] || d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
				continue
			}
			seen[d] = true
			n--
		}
	}
	return n, nil
}

// eveOf returns the eve of an eve holiday kind, 0 for other kinds.
func eveOf(k HolidayKind) Eves {
	for _, ek := range eveKinds {
		if ek.kind == k {
			return ek.eve
		}
	}
	return 0
}

// weekdaysBetween counts Mondays to Fridays d with from ≤ d < to, for from ≤ to.
func weekdaysBetween(from, to date.Date) int {
	days := int(to - from)
	n := days / 7 * 5
	wd := from.Weekday()
	for i := 0; i < days%7; i++ {
		if wd != time.Saturday && wd != time.Sunday {
			n++
		}
		wd = (wd + 1) % 7
	}
	return n
}

func outOfRange(d date.Date) error {
	return fmt.Errorf("calendar: day %s: outside the years 1–9999 the calendar covers: %w", d, lnet.ErrOutOfRange)
}
