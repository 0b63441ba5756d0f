// Package ical is a thin adapter over github.com/arran4/golang-ical that fixes what that
// library leaves to its caller: CRLF line endings, all-day VALUE=DATE events, timed events in
// Europe/Oslo with a VTIMEZONE it does not write itself, VALARM reminders with the
// DESCRIPTION RFC 5545 requires, and text free of control characters. Everything it writes
// depends only on its input, so the same input gives a byte-identical file.
package ical

import (
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
	cal *ics.Calendar
	tz  bool
}

// New returns a calendar with VERSION 2.0, the given PRODID, CALSCALE GREGORIAN, METHOD
// PUBLISH, and the name (NAME and X-WR-CALNAME) if not empty.
func New(prodID, name string) *Calendar {
	c := ics.NewCalendarFor("x")
	c.CalendarProperties = nil
	c.SetVersion("2.0")
	c.SetProductId(prodID)
	c.SetCalscale("GREGORIAN")
	c.SetMethod(ics.MethodPublish)
	if name = Text(name); name != "" {
		c.SetName(name)
	}
	c.SetXWRTimezone(TZID)
	return &Calendar{cal: c}
}

// addOslo writes the VTIMEZONE of Europe/Oslo: CET (+01:00) in winter, CEST (+02:00) from the
// last Sunday of March at 02:00 to the last Sunday of October at 03:00, the EU rule in force
// since 1996.
func (c *Calendar) addOslo() {
	if c.tz {
		return
	}
	c.tz = true
	tz := ics.NewTimezone(TZID)
	daylight := &ics.Daylight{}
	daylight.AddProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0100")
	daylight.AddProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0200")
	daylight.AddProperty(ics.ComponentProperty(ics.PropertyTzname), "CEST")
	daylight.AddProperty(ics.ComponentPropertyDtStart, "19810329T020000")
	daylight.AddProperty(ics.ComponentPropertyRrule, "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
	standard := &ics.Standard{}
	standard.AddProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), "+0200")
	standard.AddProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), "+0100")
	standard.AddProperty(ics.ComponentProperty(ics.PropertyTzname), "CET")
	standard.AddProperty(ics.ComponentPropertyDtStart, "19961027T030000")
	standard.AddProperty(ics.ComponentPropertyRrule, "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
	tz.Components = append(tz.Components, daylight, standard)
	// The time zone goes before the events that refer to it.
	c.cal.Components = append([]ics.Component{tz}, c.cal.Components...)
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
	// Year, Month and Day are the date of the event.
	Year  int
	Month time.Month
	Day   int
	// Timed events have Start and End as minutes after midnight, local time in Europe/Oslo.
	// All-day events have Timed false.
	Timed      bool
	Start, End int
	// Summary, Description, Location and Category are text; empty ones are left out.
	Summary, Description, Location, Category string
	// Transparent marks an event that does not block time (a deadline).
	Transparent bool
	// Alarms are the reminders.
	Alarms []Alarm
}

// Add appends e to the calendar, with the VTIMEZONE before the first timed event.
func (c *Calendar) Add(e Event) {
	if e.Timed {
		c.addOslo()
	}
	ev := ics.NewEvent(e.UID)
	ev.SetDtStampTime(e.Stamp)
	day := time.Date(e.Year, e.Month, e.Day, 0, 0, 0, 0, time.UTC)
	if e.Timed {
		ev.SetProperty(ics.ComponentPropertyDtStart, local(day, e.Start), ics.WithTZID(TZID))
		ev.SetProperty(ics.ComponentPropertyDtEnd, local(day, e.End), ics.WithTZID(TZID))
	} else {
		ev.SetProperty(ics.ComponentPropertyDtStart, day.Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
		ev.SetProperty(ics.ComponentPropertyDtEnd, day.AddDate(0, 0, 1).Format("20060102"), ics.WithValue(string(ics.ValueDataTypeDate)))
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

func local(day time.Time, minutes int) string {
	return day.Add(time.Duration(minutes) * time.Minute).Format("20060102T150405")
}

// WriteTo writes the calendar with CRLF line endings and lines folded at 75 octets without
// splitting a UTF-8 character.
func (c *Calendar) WriteTo(w io.Writer) (int64, error) {
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
