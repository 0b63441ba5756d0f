package calendar

import (
	"slices"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// MaxOccurrences is the most occurrences a [Recurrence] may have: ten years of weekly
// meetings.
const MaxOccurrences = 520

// Recurrence is the pattern of a recurring event ([Event.Repeat]), such as a steering group
// that meets on the second Tuesday of every month, six times, except in April. It is
// written to iCalendar as an RRULE with COUNT and an EXDATE per day left out, and expanded
// day by day for [Schedule.Check]. Exactly one of Weeks and Months is set.
//
// In JSON: {"months": 1, "count": 6, "except": ["2019-04-09"]}.
type Recurrence struct {
	// Weeks repeats the event every Weeks weeks on the weekday of its Date
	// (FREQ=WEEKLY;INTERVAL=Weeks), 1–52.
	Weeks int `json:"weeks,omitempty"`
	// Months repeats the event every Months months on the same weekday of the month as its
	// Date — the second Tuesday for 12 February 2019, the last Tuesday for a date in the
	// fifth week (FREQ=MONTHLY;INTERVAL=Months;BYDAY=2TU or -1TU), 1–12.
	Months int `json:"months,omitempty"`
	// Count is the number of occurrences the pattern gives, the first (the event's Date)
	// included and the days in Except too, as RRULE's COUNT counts them: 2–[MaxOccurrences].
	Count int `json:"count"`
	// Except are days of the pattern on which the event does not take place (EXDATE), e.g.
	// a meeting that falls in Easter week. Each must be a day of the pattern, not its first.
	Except []date.Date `json:"except,omitempty"`
}

// ordinal returns the week of the month of d for a monthly pattern: 1–4, or -1 for a day
// in the fifth week, which not every month has, read as the last.
func ordinal(d date.Date) int {
	n := (d.Day()-1)/7 + 1
	if n == 5 {
		return -1
	}
	return n
}

// nthWeekday returns the n-th weekday wd of the month (n 1–4, or -1 for the last).
func nthWeekday(year int, month time.Month, n int, wd time.Weekday) date.Date {
	if n == -1 {
		last := date.New(year, month+1, 1) - 1
		return last - date.Date((int(last.Weekday())-int(wd)+7)%7)
	}
	first := date.New(year, month, 1)
	return first + date.Date((int(wd)-int(first.Weekday())+7)%7) + date.Date(7*(n-1))
}

// days returns the days of the pattern starting on first, without the days in Except when
// except is true. r must be valid for first.
func (r Recurrence) days(first date.Date, except bool) []date.Date {
	out := make([]date.Date, 0, r.Count)
	for i := 0; i < r.Count; i++ {
		var d date.Date
		if r.Weeks > 0 {
			d = first + date.Date(7*r.Weeks*i)
		} else {
			y, m, _ := first.Date()
			months := int(m) - 1 + r.Months*i
			d = nthWeekday(y+months/12, time.Month(months%12+1), ordinal(first), first.Weekday())
		}
		if except && slices.Contains(r.Except, d) {
			continue
		}
		out = append(out, d)
	}
	return out
}

func (r Recurrence) validate(path string, first date.Date) error {
	switch {
	case (r.Weeks == 0) == (r.Months == 0):
		return &lnet.FieldError{Path: path + "weeks", Value: strconv.Itoa(r.Weeks), Reason: "set exactly one of weeks and months"}
	case r.Weeks < 0 || r.Weeks > 52:
		return &lnet.FieldError{Path: path + "weeks", Value: strconv.Itoa(r.Weeks), Reason: "want 1–52"}
	case r.Months < 0 || r.Months > 12:
		return &lnet.FieldError{Path: path + "months", Value: strconv.Itoa(r.Months), Reason: "want 1–12"}
	case r.Count < 2 || r.Count > MaxOccurrences:
		return &lnet.FieldError{Path: path + "count", Value: strconv.Itoa(r.Count), Reason: "want 2–" + strconv.Itoa(MaxOccurrences)}
	}
	// The last occurrence must lie in the calendar's range.
	span := 7 * r.Weeks * (r.Count - 1)
	if r.Months > 0 {
		span = 31 * r.Months * (r.Count - 1)
	}
	if !inRange(first + date.Date(span) + maxEventDays) {
		return &lnet.FieldError{Path: path + "count", Value: strconv.Itoa(r.Count), Reason: "the occurrences go past the year 9999"}
	}
	days := r.days(first, false)
	for i, d := range r.Except {
		p := path + "except[" + strconv.Itoa(i) + "]"
		switch {
		case !slices.Contains(days, d):
			return &lnet.FieldError{Path: p, Value: d.String(), Reason: "not a day of the pattern"}
		case d == first:
			return &lnet.FieldError{Path: p, Value: d.String(), Reason: "the first occurrence is the event's date; move the date instead"}
		case slices.Contains(r.Except[:i], d):
			return &lnet.FieldError{Path: p, Value: d.String(), Reason: "listed twice"}
		}
	}
	return nil
}
