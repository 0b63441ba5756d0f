package calendar

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"time"

	"github.com/laeringsnettverk/sdk/calendar/internal/ical"
	"github.com/laeringsnettverk/sdk/lnet"
)

// ProdID is the PRODID of the iCalendar files the package writes.
const ProdID = "-//laeringsnettverk//sdk calendar//NB"

// ICSOptions tune [WriteICS]. The zero value gives the defaults.
type ICSOptions struct {
	// Stamp is the DTSTAMP of every event (when the iCalendar object was created). The zero
	// value stamps each event with its own date at 00:00 UTC, so that the file depends on the
	// schedule alone and the same schedule gives a byte-identical file. Set it to the time of
	// publication if subscribers' clients should see a change.
	Stamp time.Time
	// Name is the calendar's name; default the schedule's Name, else its Network.
	Name string
	// DeadlineReminder is how long before a deadline's day (at 00:00) its reminder shows;
	// default 6 days 15 hours, that is 09:00 a week before.
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
// open: CRLF line endings, lines folded at 75 octets without splitting a character,
// deadlines as all-day events (DTSTART;VALUE=DATE) on the day they are due after their rule
// is applied, meetings with hours as timed events in Europe/Oslo (DTSTART;TZID=Europe/Oslo)
// with the VTIMEZONE for it, meetings without hours as all-day events, a display reminder
// (VALARM with DESCRIPTION) on each, and UIDs derived from the network, kind, date and title,
// so that the same schedule gives a byte-identical file and a re-import updates rather than
// duplicates. Events come in date order. The error is that of [Schedule.Validate], wraps
// [lnet.ErrInvalidValue] for an undefined opt.Language, or is that of w.
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
	name := opt.Name
	if name == "" {
		name = s.Name
	}
	if name == "" {
		name = s.Network
	}
	c := ical.New(ProdID, name)
	seen := map[string]int{}
	for _, it := range items {
		y, m, d := it.date.Date()
		e := ical.Event{Year: y, Month: m, Day: d}
		if opt.Stamp.IsZero() {
			e.Stamp = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		} else {
			e.Stamp = opt.Stamp.UTC()
		}
		var kind, title, reminder string
		if ev := it.event; ev != nil {
			kind, title = "event/"+ev.Kind.String(), ev.Title
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
			if ev.Hours != nil {
				e.Timed, e.Start, e.End = true, int(ev.Hours.Start), int(ev.Hours.End)
			}
			reminder = ical.Duration(opt.EventReminder)
		} else {
			r := it.deadline
			kind, title = "deadline/"+r.Deadline.Kind.String(), r.Deadline.Title
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
			reminder = ical.Duration(opt.DeadlineReminder)
		}
		key := s.Network + "\x00" + kind + "\x00" + it.date.String() + "\x00" + title
		seen[key]++
		if n := seen[key]; n > 1 {
			key += "\x00" + itoa(n)
		}
		sum := sha256.Sum256([]byte(key))
		e.UID = hex.EncodeToString(sum[:16]) + "@" + s.Network + ".laeringsnettverk"
		if !opt.NoReminders {
			e.Alarms = []ical.Alarm{{Trigger: reminder, Description: fill(words.reminder, lang, e.Summary)}}
		}
		c.Add(e)
	}
	_, err = c.WriteTo(w)
	return err
}
