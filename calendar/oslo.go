package calendar

import (
	"fmt"
	"sync"
	"time"

	// The time zone database is embedded, so Europe/Oslo loads on machines without one.
	_ "time/tzdata"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// osloLocation is Europe/Oslo, from the system's database or the embedded copy.
var osloLocation = sync.OnceValue(func() *time.Location {
	loc, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		// Unreachable: time/tzdata is embedded, and LoadLocation falls back to it.
		return time.FixedZone("CET", 3600)
	}
	return loc
})

// Oslo returns the time zone Europe/Oslo, Norway's clock time. It does not need a time zone
// database on the machine: the package embeds one (time/tzdata).
func Oslo() *time.Location { return osloLocation() }

// LocalTime returns the instant of clock time c on day d in Europe/Oslo, exactly:
//
//   - a clock time that does not exist, because the clocks are put forward over it when
//     summer time begins (02:00–02:59 on the last Sunday of March since 1996, e.g. 02:30 on
//     31 March 2019), is an error wrapping [lnet.ErrInvalidValue] that says so;
//   - a clock time that occurs twice, because the clocks are put back over it when summer
//     time ends (02:00–02:59 on the last Sunday of October), is its earlier occurrence, in
//     summer time: 02:30 on 27 October 2019 is 00:30 UTC, not 01:30 UTC.
//
// The offsets come from the time zone database, so the same holds for every year the
// database knows, before 1996 included.
func LocalTime(d date.Date, c Clock) (time.Time, error) {
	t, ok := localTime(d, c)
	if !ok {
		return time.Time{}, parseError("local time", d.String()+" "+c.String(), gapReason(d, c), lnet.ErrInvalidValue)
	}
	return t, nil
}

// localTime returns the earlier instant whose clock time in Europe/Oslo is c on d, or false
// if there is none.
func localTime(d date.Date, c Clock) (time.Time, bool) {
	y, m, day := d.Date()
	wall := time.Date(y, m, day, c.Hour(), c.Minute(), 0, 0, time.UTC)
	var best time.Time
	found := false
	// The offsets in force a little before and a little after: a change of offset never
	// comes twice within a day.
	for _, probe := range []time.Duration{-26 * time.Hour, 26 * time.Hour} {
		_, off := wall.Add(probe).In(Oslo()).Zone()
		t := wall.Add(-time.Duration(off) * time.Second).In(Oslo())
		ty, tm, td := t.Date()
		if ty != y || tm != m || td != day || t.Hour() != c.Hour() || t.Minute() != c.Minute() {
			continue
		}
		if !found || t.Before(best) {
			best, found = t, true
		}
	}
	return best, found
}

// gapReason explains why c on d does not exist in Europe/Oslo.
func gapReason(d date.Date, c Clock) string {
	y, m, day := d.Date()
	after := time.Date(y, m, day, c.Hour(), c.Minute(), 0, 0, time.UTC).Add(26 * time.Hour).In(Oslo())
	start, _ := after.ZoneBounds()
	_, old := start.Add(-time.Second).Zone()
	return fmt.Sprintf("%s does not exist in Europe/Oslo on %s: the clocks go forward from %s to %s",
		c, d, start.In(time.FixedZone("", old)).Format("15:04"), start.Format("15:04"))
}

// At returns the instant of clock time c on day d in Europe/Oslo by the rules of
// [LocalTime]: a clock time in the hour the clocks are put back is its earlier occurrence. A
// clock time skipped when summer time begins, which [LocalTime] and every Validate refuse,
// is normalised as package time does, to an hour later.
func At(d date.Date, c Clock) time.Time {
	if t, ok := localTime(d, c); ok {
		return t
	}
	y, m, day := d.Date()
	return time.Date(y, m, day, c.Hour(), c.Minute(), 0, 0, Oslo())
}

// Start returns the instant the event starts, in Europe/Oslo, or false for an all-day event.
// For a recurring event it is the start of the first occurrence.
func (e Event) Start() (time.Time, bool) {
	if e.Hours == nil {
		return time.Time{}, false
	}
	return At(e.Date, e.Hours.Start), true
}

// End returns the instant the event ends, in Europe/Oslo, or false for an all-day event:
// Hours.End on the last day ([Event.LastDay]). For a recurring event it is the end of the
// first occurrence.
func (e Event) End() (time.Time, bool) {
	if e.Hours == nil {
		return time.Time{}, false
	}
	return At(e.LastDay(), e.Hours.End), true
}

// DueAt returns the instant a resolved deadline expires in Europe/Oslo: at its time of day
// on the day it is due when it has one ([Deadline.Time]; "1. juni 2021 23.59" is
// 2021-06-01 21:59 UTC), otherwise at the end of the day it is due, that is 00:00 on the
// day after.
func (r Resolution) DueAt() time.Time {
	if r.Deadline.Time != nil {
		return At(r.Due, *r.Deadline.Time)
	}
	return At(r.Due+1, 0)
}

// clockExists reports whether clock time c occurs on day d in Europe/Oslo.
func clockExists(d date.Date, c Clock) bool {
	_, ok := localTime(d, c)
	return ok
}
