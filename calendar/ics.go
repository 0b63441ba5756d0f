package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/calendar/internal/ical"
	"github.com/laeringsnettverk/sdk/lnet"
)

// ProdID is the PRODID of the iCalendar files the package writes.
const ProdID = "-//laeringsnettverk//sdk calendar//NB"

// ICSOptions tune [WriteICS]. The zero value gives the defaults.
type ICSOptions struct {
	// Stamp is the time the file is made, written as the DTSTAMP of every event in UTC. The
	// zero value is the time of the call (time.Now). Fix it for reproducible output, as the
	// golden tests and the calendar command's -stamp do: then the same schedule gives a
	// byte-identical file.
	Stamp time.Time
	// Name is the calendar's name; default the schedule's Name, else its Network.
	Name string
	// DeadlineReminder is how long before a deadline its reminder shows: before 00:00 on
	// its day for an all-day deadline, before its time for one with a time; default 6 days
	// 15 hours, that is 09:00 a week before an all-day deadline.
	DeadlineReminder time.Duration
	// EventReminder is how long before a meeting starts its reminder shows; default one day.
	EventReminder time.Duration
	// NoReminders leaves out the VALARM reminders.
	NoReminders bool
	// Language is the language of the summaries, categories, descriptions and reminders:
	// the zero value is bokmål, with the descriptions also in English, as before languages
	// were an option; nynorsk also adds English to the descriptions; English writes English
	// alone. Titles are in Language where the events and deadlines have them
	// ([Event.TitleIn], [Deadline.TitleIn]); the UIDs do not depend on it, so a file in
	// another language updates the same events.
	Language lnet.Language
}

// WriteICS writes the schedule as an iCalendar file (RFC 5545) that common calendar clients
// open, and that libical's restriction check and python-icalendar's round trip accept (CI
// runs both on the files of the tests and examples):
//
//   - CRLF line endings, lines folded at 75 octets without splitting a character; no
//     METHOD, since the file is a calendar to import or subscribe to, not an iTIP message:
//     METHOD:PUBLISH would require an ORGANIZER, an address the SDK does not have.
//   - Events in date order. Meetings with hours are timed events in Europe/Oslo
//     (DTSTART;TZID=Europe/Oslo, an event over several days from its start on the first
//     day to its end on the last), with a VTIMEZONE taken from the time zone database for
//     exactly the span of the file's timed events; meetings without hours are all-day
//     events over their days. A recurring meeting is one event with an RRULE and an EXDATE
//     per day left out. Deadlines fall on the day they are due after their rule is applied:
//     all-day events, or, with a time of day, events at that instant without a duration.
//   - Updates: the UID of an event or deadline derives from the schedule's Network and its
//     ID, so that moving, renaming or cancelling it keeps its UID and a re-import updates
//     the event instead of adding a second one; without an ID, from the network, the kind,
//     the date and the title, which a move or a new title therefore changes (give IDs to
//     what you will change). SEQUENCE is [Event.Revision] or [Deadline.Revision],
//     LAST-MODIFIED is [Event.Modified] when set, STATUS is CANCELLED for a cancelled event
//     ([Event.Cancelled]) and CONFIRMED otherwise, DTSTAMP is opt.Stamp.
//   - A display reminder (VALARM with DESCRIPTION) on each.
//
// The error is that of [Schedule.Validate], wraps [lnet.ErrInvalidValue] for an undefined
// opt.Language, or is that of w.
func WriteICS(w io.Writer, s Schedule, opt ICSOptions) error {
	if err := s.Validate(); err != nil {
		return err
	}
	lang := opt.Language
	if err := checkLanguage(lang); err != nil {
		return err
	}
	items, err := s.items()
	if err != nil {
		return err
	}
	if opt.DeadlineReminder <= 0 {
		opt.DeadlineReminder = 6*24*time.Hour + 15*time.Hour
	}
	if opt.EventReminder <= 0 {
		opt.EventReminder = 24 * time.Hour
	}
	if opt.Stamp.IsZero() {
		opt.Stamp = time.Now()
	}
	name := opt.Name
	if name == "" {
		name = s.Name
	}
	if name == "" {
		name = s.Network
	}
	c := ical.New(ProdID, name, Oslo())
	seen := map[string]int{}
	for _, it := range items {
		e := ical.Event{Stamp: opt.Stamp.UTC()}
		var id, kind, title, reminder string
		if ev := it.event; ev != nil {
			id, kind, title = ev.ID, "event/"+ev.Kind.String(), ev.Title
			e.Summary = ev.TitleIn(lang)
			e.Location = ev.Place
			e.Category = upperFirst(ev.Kind.In(lang))
			desc := []string{upperFirst(ev.Kind.In(lang))}
			if lang != lnet.English {
				desc[0] += " (" + ev.Kind.English() + ")"
			}
			if ev.Topic != "" {
				desc = append(desc, fill(words.topic, lang, ev.Topic))
			}
			e.Description = strings.Join(desc, "\n")
			e.Sequence, e.Modified, e.Cancelled = ev.Revision, ev.Modified, ev.Cancelled
			eventTimes(&e, *ev)
			reminder = ical.Duration(opt.EventReminder)
		} else {
			r := it.deadline
			id, kind, title = r.Deadline.ID, "deadline/"+r.Deadline.Kind.String(), r.Deadline.Title
			e.Summary = fill(words.deadline, lang, r.Deadline.TitleIn(lang))
			e.Category = upperFirst(r.Deadline.Kind.In(lang))
			desc := []string{r.In(lang)}
			if lang != lnet.English {
				desc = append(desc, r.English())
			}
			if r.Deadline.Source != "" {
				desc = append(desc, fill(words.source, lang, r.Deadline.Source))
			}
			e.Description = strings.Join(desc, "\n")
			e.Transparent = true
			e.Sequence, e.Modified = r.Deadline.Revision, r.Deadline.Modified
			if r.Deadline.Time != nil {
				e.Timed, e.Start = true, r.DueAt()
			} else {
				e.Start, e.End = utcDay(r.Due), utcDay(r.Due+1)
			}
			reminder = ical.Duration(opt.DeadlineReminder)
		}
		e.UID = uid(s.Network, id, kind, it.date, title, seen)
		if !opt.NoReminders {
			e.Alarms = []ical.Alarm{{Trigger: reminder, Description: fill(words.reminder, lang, e.Summary)}}
		}
		c.Add(e)
	}
	_, err = c.WriteTo(w)
	return err
}

// uid returns the UID of an event or deadline of the network: from its id when it has one,
// otherwise from its kind, date and title, numbered when those repeat (seen counts them).
func uid(network, id, kind string, d date.Date, title string, seen map[string]int) string {
	key := network + "\x00id\x00" + id
	if id == "" {
		key = network + "\x00" + kind + "\x00" + d.String() + "\x00" + title
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "\x00" + itoa(n)
		}
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16]) + "@" + network + ".laeringsnettverk"
}

// utcDay returns midnight UTC of d, the form the adapter reads all-day dates in.
func utcDay(d date.Date) time.Time {
	y, m, day := d.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// eventTimes sets the start, end and recurrence of e from the event ev.
func eventTimes(e *ical.Event, ev Event) {
	length := ev.LastDay() - ev.Date
	if ev.Hours != nil {
		e.Timed = true
		e.Start, _ = ev.Start()
		e.End, _ = ev.End()
	} else {
		e.Start, e.End = utcDay(ev.Date), utcDay(ev.LastDay()+1)
	}
	r := ev.Repeat
	if r == nil {
		return
	}
	if r.Weeks > 0 {
		e.Rule = "FREQ=WEEKLY;INTERVAL=" + itoa(r.Weeks) + ";COUNT=" + itoa(r.Count)
	} else {
		e.Rule = "FREQ=MONTHLY;INTERVAL=" + itoa(r.Months) + ";COUNT=" + itoa(r.Count) +
			";BYDAY=" + itoa(ordinal(ev.Date)) + weekdayCodes[ev.Date.Weekday()]
	}
	days := r.days(ev.Date, false)
	last := days[len(days)-1]
	if ev.Hours != nil {
		e.Last = At(last+length, ev.Hours.End)
	}
	for _, x := range r.Except {
		if ev.Hours != nil {
			e.Except = append(e.Except, At(x, ev.Hours.Start))
		} else {
			e.Except = append(e.Except, utcDay(x))
		}
	}
}

// weekdayCodes are RFC 5545's names of the weekdays, Sunday first.
var weekdayCodes = [...]string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}
