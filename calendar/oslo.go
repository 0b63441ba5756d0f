package calendar

import (
	"sync"
	"time"

	// The time zone database is embedded, so Europe/Oslo loads on machines without one.
	_ "time/tzdata"

	"github.com/rickb777/date/v2"
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

// At returns the instant of clock time c on day d in Europe/Oslo. A clock time skipped when
// summer time begins (02:00–02:59 on the last Sunday of March) is normalised as package time
// does, to an hour later.
func At(d date.Date, c Clock) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, c.Hour(), c.Minute(), 0, 0, Oslo())
}

// Start returns the instant the event starts, in Europe/Oslo, or false for an all-day event.
func (e Event) Start() (time.Time, bool) {
	if e.Hours == nil {
		return time.Time{}, false
	}
	return At(e.Date, e.Hours.Start), true
}

// End returns the instant the event ends, in Europe/Oslo, or false for an all-day event.
func (e Event) End() (time.Time, bool) {
	if e.Hours == nil {
		return time.Time{}, false
	}
	return At(e.Date, e.Hours.End), true
}
