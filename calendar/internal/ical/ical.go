// Package ical is a thin adapter over github.com/arran4/golang-ical that fixes what that
// library leaves to its caller: CRLF line endings, all-day VALUE=DATE events, timed events in
// Europe/Oslo with a VTIMEZONE derived from the time zone database for exactly the span the
// events cover, recurrence (RRULE with EXDATE), SEQUENCE, LAST-MODIFIED and STATUS for
// updates, VALARM reminders with the DESCRIPTION RFC 5545 requires, and text free of control
// characters. Everything it writes depends only on its input, so the same input gives a
// byte-identical file.
package ical

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// TZID is the time-zone identifier of timed events.
const TZID = "Europe/Oslo"

// Calendar is an iCalendar object being built.
type Calendar struct {
	cal    *ics.Calendar
	loc    *time.Location
	lo, hi time.Time // the span of the timed events; zero when there are none
}

// New returns a calendar with VERSION 2.0, the given PRODID, CALSCALE GREGORIAN and the name
// (NAME and X-WR-CALNAME) if not empty; its timed events are local times in loc, which must
// be Europe/Oslo from the time zone database. It has no METHOD: the file is a plain
// iCalendar object to import or subscribe to, not an iTIP message (METHOD:PUBLISH would
// require an ORGANIZER on every event, which libical checks).
func New(prodID, name string, loc *time.Location) *Calendar {
	c := ics.NewCalendarFor("x")
	c.CalendarProperties = nil
	c.SetVersion("2.0")
	c.SetProductId(prodID)
	c.SetCalscale("GREGORIAN")
	if name = Text(name); name != "" {
		c.SetName(name)
	}
	c.SetXWRTimezone(TZID)
	return &Calendar{cal: c, loc: loc}
}

// timezone returns the VTIMEZONE of Europe/Oslo for the instants lo to hi: an observance
// (STANDARD or DAYLIGHT) for the offset in force at lo, from the change that began it, and
// one for every change of offset up to hi, each with its own DTSTART and no RRULE, taken from
// the time zone database with [time.Time.ZoneBounds]. It is therefore right for every year
// the events span, whatever rules were in force then (before 1996 summer time ended in
// September), and says nothing about the years outside.
func timezone(loc *time.Location, lo, hi time.Time) *ics.VTimezone {
	tz := ics.NewTimezone(TZID)
	t := lo.In(loc)
	prevName, prevOff := "", 0
	for {
		start, end := t.ZoneBounds()
		name, off := t.Zone()
		// Past the transitions listed in the database (2037), Go splits the zones at
		// 1 January without a change: those are not observances.
		if len(tz.Components) == 0 || name != prevName || off != prevOff {
			tz.Components = append(tz.Components, observance(t, start, name, off))
		}
		prevName, prevOff = name, off
		if end.IsZero() || end.After(hi) {
			return tz
		}
		if !end.After(t) {
			// ZoneBounds can end a zone of the extended rule where it began (Go 1.25,
			// 31 December 2040): step past it.
			end = t.Add(time.Hour)
		}
		t = end
	}
}

// observance returns the STANDARD or DAYLIGHT component of the zone in force at t, which
// began at start (zero: at the beginning of time) with the offset off.
func observance(t, start time.Time, name string, off int) ics.Component {
	from, dtstart := off, "00010101T000000"
	if !start.IsZero() {
		_, from = start.Add(-time.Second).Zone()
		dtstart = start.In(time.FixedZone("", from)).Format("20060102T150405")
	}
	props := [][2]string{
		{string(ics.PropertyTzoffsetfrom), offset(from)},
		{string(ics.PropertyTzoffsetto), offset(off)},
		{string(ics.PropertyTzname), name},
		{string(ics.ComponentPropertyDtStart), dtstart},
	}
	if t.IsDST() {
		d := &ics.Daylight{}
		for _, p := range props {
			d.AddProperty(ics.ComponentProperty(p[0]), p[1])
		}
		return d
	}
	st := &ics.Standard{}
	for _, p := range props {
		st.AddProperty(ics.ComponentProperty(p[0]), p[1])
	}
	return st
}

// offset formats a UTC offset in seconds as RFC 5545 does: "+0100", "-0030", "+004300"
// with seconds when there are any.
func offset(sec int) string {
	sign := "+"
	if sec < 0 {
		sign, sec = "-", -sec
	}
	s := fmt.Sprintf("%s%02d%02d", sign, sec/3600, sec/60%60)
	if sec%60 != 0 {
		s += fmt.Sprintf("%02d", sec%60)
	}
	return s
}

// Alarm is a display reminder.
type Alarm struct {
	// Trigger is an RFC 5545 duration before the start, e.g. "-P1D" or "-P6DT15H".
	Trigger string
	// Description is the text shown; RFC 5545 requires it for DISPLAY alarms.
	Description string
}

// Event is one VEVENT.
type Event struct {
	// UID is the stable unique id.
	UID string
	// Stamp is the DTSTAMP, written in UTC.
	Stamp time.Time
	// Sequence is the SEQUENCE, the revision of the event.
	Sequence int
	// Modified is the LAST-MODIFIED, written in UTC; left out when zero.
	Modified time.Time
	// Cancelled writes STATUS:CANCELLED; otherwise STATUS:CONFIRMED.
	Cancelled bool
	// Timed events have Start and End as instants, written as local times in Europe/Oslo
	// (DTSTART;TZID=Europe/Oslo); End zero leaves DTEND out, for an event at an instant such
	// as a deadline with a time. All-day events have Timed false, and the dates of Start
	// and End (in their own location) are the first day and the day after the last.
	Timed      bool
	Start, End time.Time
	// Rule is the RRULE value of a recurring event, e.g. "FREQ=MONTHLY;COUNT=6;BYDAY=2TU";
	// Last is the end of its last occurrence, for the span of the VTIMEZONE.
	Rule string
	Last time.Time
	// Except are the starts of the occurrences left out (EXDATE), as Start.
	Except []time.Time
	// Summary, Description, Location and Category are text; empty ones are left out.
	Summary, Description, Location, Category string
	// Transparent marks an event that does not block time (a deadline).
	Transparent bool
	// Alarms are the reminders.
	Alarms []Alarm
}

// Add appends e to the calendar.
func (c *Calendar) Add(e Event) {
	ev := ics.NewEvent(e.UID)
	ev.SetDtStampTime(e.Stamp)
	if e.Timed {
		for _, t := range []time.Time{e.Start, e.End, e.Last} {
			if t.IsZero() {
				continue
			}
			if c.lo.IsZero() || t.Before(c.lo) {
				c.lo = t
			}
			if c.hi.IsZero() || t.After(c.hi) {
				c.hi = t
			}
		}
		ev.SetProperty(ics.ComponentPropertyDtStart, c.local(e.Start), ics.WithTZID(TZID))
		if !e.End.IsZero() {
			ev.SetProperty(ics.ComponentPropertyDtEnd, c.local(e.End), ics.WithTZID(TZID))
		}
	} else {
		ev.SetProperty(ics.ComponentPropertyDtStart, e.Start.Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
		ev.SetProperty(ics.ComponentPropertyDtEnd, e.End.Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
	}
	if e.Rule != "" {
		ev.AddRrule(e.Rule)
		for _, x := range e.Except {
			if e.Timed {
				ev.AddExdate(c.local(x), ics.WithTZID(TZID))
			} else {
				ev.AddExdate(x.Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
			}
		}
	}
	ev.SetSequence(e.Sequence)
	if !e.Modified.IsZero() {
		ev.SetModifiedAt(e.Modified)
	}
	if e.Cancelled {
		ev.SetStatus(ics.ObjectStatusCancelled)
	} else {
		ev.SetStatus(ics.ObjectStatusConfirmed)
	}
	ev.SetSummary(Text(e.Summary))
	if s := Text(e.Description); s != "" {
		ev.SetDescription(s)
	}
	if s := Text(e.Location); s != "" {
		ev.SetLocation(s)
	}
	if s := Text(e.Category); s != "" {
		ev.AddCategory(s)
	}
	if e.Transparent {
		ev.SetTimeTransparency(ics.TransparencyTransparent)
	} else {
		ev.SetTimeTransparency(ics.TransparencyOpaque)
	}
	for _, a := range e.Alarms {
		al := ev.AddAlarm()
		al.SetAction(ics.ActionDisplay)
		al.SetTrigger(a.Trigger)
		al.SetProperty(ics.ComponentPropertyDescription, Text(a.Description))
	}
	c.cal.AddVEvent(ev)
}

// local formats t as a local time in Europe/Oslo.
func (c *Calendar) local(t time.Time) string { return t.In(c.loc).Format("20060102T150405") }

// WriteTo writes the calendar with CRLF line endings and lines folded at 75 octets without
// splitting a UTF-8 character.
func (c *Calendar) WriteTo(w io.Writer) (int64, error) {
	if !c.lo.IsZero() {
		// The time zone goes before the events that refer to it.
		c.cal.Components = append([]ics.Component{timezone(c.loc, c.lo, c.hi)}, c.cal.Components...)
		c.lo, c.hi = time.Time{}, time.Time{}
	}
	cw := &countWriter{w: w}
	err := c.cal.SerializeTo(cw, ics.WithNewLine("\r\n"), ics.WithLineLength(75))
	if err == nil {
		err = cw.err
	}
	return cw.n, err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (cw *countWriter) Write(p []byte) (int, error) {
	if cw.err != nil {
		return 0, cw.err
	}
	n, err := cw.w.Write(p)
	cw.n += int64(n)
	cw.err = err
	return n, err
}

// Text prepares s for a TEXT property: line breaks of any kind become "\n" (which the
// library then escapes as \n, together with \ ; and ,), and other control characters, which
// RFC 5545 does not allow in text, are dropped. Invalid UTF-8 is replaced by U+FFFD.
func Text(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return r
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// Duration formats a reminder lead time as an RFC 5545 negative duration: 24h is "-P1D",
// 159h is "-P6DT15H", 90m is "-PT1H30M". d is rounded down to the minute; 0 is "PT0S".
func Duration(d time.Duration) string {
	m := int64(d / time.Minute)
	if m <= 0 {
		return "PT0S"
	}
	days, hours, mins := m/(24*60), m/60%24, m%60
	var b strings.Builder
	b.WriteString("-P")
	if days > 0 {
		b.WriteString(itoa(days) + "D")
	}
	if hours > 0 || mins > 0 {
		b.WriteString("T")
		if hours > 0 {
			b.WriteString(itoa(hours) + "H")
		}
		if mins > 0 {
			b.WriteString(itoa(mins) + "M")
		}
	}
	return b.String()
}

func itoa(i int64) string { return strconv.FormatInt(i, 10) }
