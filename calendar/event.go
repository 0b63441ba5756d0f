package calendar

import (
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// EventKind is the kind of a network meeting. The identifiers are those of
// lnet.GatheringKind. The zero value is unset.
type EventKind uint8

const (
	// EventGathering is a network gathering with professional content (samling), held twice a
	// year, spring and autumn. JSON "gathering".
	EventGathering EventKind = iota + 1
	// EventStartUp is a start-up seminar (oppstartsseminar). JSON "startup_seminar".
	EventStartUp
	// EventInformation is an information meeting (informasjonsmøte). JSON
	// "information_meeting".
	EventInformation
	// EventSteeringGroup is a steering-group meeting (styringsgruppemøte), about three a year.
	// JSON "steering_group_meeting".
	EventSteeringGroup
)

var eventKinds = enum.Table[EventKind]{Type: "event kind", Err: enumError("event kind", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"gathering", "samling", "network gathering", "samling"},
	{"startup_seminar", "oppstartsseminar", "start-up seminar", "oppstartsseminar"},
	{"information_meeting", "informasjonsmøte", "information meeting", "informasjonsmøte"},
	{"steering_group_meeting", "styringsgruppemøte", "steering-group meeting", "styringsgruppemøte"},
}}

// ParseEventKind parses an event kind identifier such as "gathering".
func ParseEventKind(text string) (EventKind, error) { return eventKinds.Parse(text) }

// Valid reports whether k is a defined event kind.
func (k EventKind) Valid() bool { return eventKinds.Valid(k) }

// String returns the identifier, e.g. "gathering"; "" for the zero value.
func (k EventKind) String() string { return eventKinds.ID(k) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "samling".
func (k EventKind) Norwegian() string { return eventKinds.Norwegian(k) }

// English returns the English name, e.g. "network gathering".
func (k EventKind) English() string { return eventKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k EventKind) Nynorsk() string { return eventKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k EventKind) In(lang lnet.Language) string { return name(eventKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k EventKind) MarshalText() ([]byte, error) { return eventKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseEventKind].
func (k *EventKind) UnmarshalText(b []byte) error { return eventKinds.Unmarshal(b, k) }

// The attendee groups an event has when it names none.
const (
	// GroupNetwork is everyone the network invites to its gatherings and seminars.
	GroupNetwork = "network"
	// GroupSteering is the network's steering group (styringsgruppe).
	GroupSteering = "steering_group"
)

// Event is a meeting of a learning network: a gathering, a seminar or a steering-group
// meeting, on one day or several ([Event.EndDate]), once or recurring ([Event.Repeat]).
type Event struct {
	// ID identifies the event within its schedule, e.g. "gathering-spring-2019". Optional;
	// unique if set.
	ID string `json:"id,omitempty"`
	// Kind is the kind of meeting. Required.
	Kind EventKind `json:"kind"`
	// Title is the meeting's title, e.g. "Læringsnettverkssamling", in bokmål or as the
	// network wrote it. Required. It identifies the meeting in the iCalendar UIDs, whatever
	// the language of the file.
	Title string `json:"title"`
	// Titles is the title in bokmål, nynorsk and English, when it is known in all three:
	// [PlanYear] sets it. Optional; when its bokmål text is set it is Title.
	// [Event.TitleIn] reads it. JSON {"nb", "nn", "en"}, left out when empty.
	Titles lnet.Text `json:"titles,omitzero"`
	// Date is the day of the meeting. Required.
	Date date.Date `json:"date"`
	// Hours is the time of day in Europe/Oslo; nil for an all-day event or a time not known.
	Hours *Hours `json:"hours,omitempty"`
	// Place is where the meeting is held, e.g. "Bergen". Optional.
	Place string `json:"place,omitempty"`
	// Topic is the professional theme, if any.
	Topic string `json:"topic,omitempty"`
	// Attendees names the groups of people who attend, e.g. ["network"]. Empty means the
	// default of the kind: [GroupSteering] for a steering-group meeting; [GroupNetwork] and
	// [GroupSteering] otherwise, since the steering group attends the network's gatherings.
	// Two events on one day with a group in common are a conflict.
	Attendees []string `json:"attendees,omitempty"`
	// Prepares is the ID of the deadline or event this meeting prepares; the meeting must
	// not come after it. Optional.
	Prepares string `json:"prepares,omitempty"`
	// EndDate is the last day of an event that lasts several days, such as a two-day
	// gathering; after Date. Nil for an event on one day. With Hours the event runs from
	// Hours.Start on Date to Hours.End on EndDate; without, it takes the whole days.
	EndDate *date.Date `json:"end_date,omitempty"`
	// Repeat makes the event recur, such as a steering group that meets on the second
	// Tuesday of every month; nil for a single event. Date is the first occurrence.
	Repeat *Recurrence `json:"repeat,omitempty"`
	// Revision counts the changes published of the event, 0 for the first version: raise it
	// when you move, rename or cancel an event that has been published, or let
	// [Schedule.Revise] do it. The iCalendar export writes it as SEQUENCE, which tells a
	// calendar client that the event it has under the same UID is out of date.
	Revision int `json:"revision,omitempty"`
	// Modified is when the event was last changed, if known; written as LAST-MODIFIED.
	Modified time.Time `json:"modified,omitzero"`
	// Cancelled marks an event that will not take place (avlyst). It stays in the schedule,
	// so that the iCalendar export can tell the clients that have it (STATUS:CANCELLED); it
	// books nobody's time.
	Cancelled bool `json:"cancelled,omitempty"`
}

// LastDay returns the last day of the event: EndDate, or Date for an event on one day. For
// a recurring event it is the last day of the first occurrence.
func (e Event) LastDay() date.Date {
	if e.EndDate != nil {
		return *e.EndDate
	}
	return e.Date
}

// TitleIn returns the title in lang: its text in Titles, or Title when Titles has none in
// lang.
func (e Event) TitleIn(lang lnet.Language) string { return titleIn(e.Title, e.Titles, lang) }

// Groups returns the attendee groups: Attendees, or the default of the kind.
func (e Event) Groups() []string {
	if len(e.Attendees) > 0 {
		return e.Attendees
	}
	if e.Kind == EventSteeringGroup {
		return []string{GroupSteering}
	}
	return []string{GroupNetwork, GroupSteering}
}

// sharesGroup reports whether e and f have an attendee group in common.
func (e Event) sharesGroup(f Event) bool {
	for _, g := range e.Groups() {
		if slices.Contains(f.Groups(), g) {
			return true
		}
	}
	return false
}

// Validate checks that the event has a kind, a title, a date in the calendar's range and
// valid hours if any. Errors are [*lnet.FieldError] values wrapping [lnet.ErrInvalidModel].
func (e Event) Validate() error { return e.validate("") }

func (e Event) validate(path string) error {
	switch {
	case !e.Kind.Valid():
		return &lnet.FieldError{Path: path + "kind", Value: e.Kind.String(), Reason: "unknown or missing event kind"}
	case strings.TrimSpace(e.Title) == "":
		return &lnet.FieldError{Path: path + "title", Reason: "missing"}
	case e.Titles.NB != "" && e.Titles.NB != e.Title:
		return &lnet.FieldError{Path: path + "titles.nb", Value: e.Titles.NB, Reason: "differs from the title; change both, or clear titles"}
	case !inRange(e.Date):
		return &lnet.FieldError{Path: path + "date", Value: e.Date.String(), Reason: "outside the years 1–9999"}
	}
	if e.EndDate != nil {
		switch {
		case !inRange(*e.EndDate):
			return &lnet.FieldError{Path: path + "end_date", Value: e.EndDate.String(), Reason: "outside the years 1–9999"}
		case *e.EndDate <= e.Date:
			return &lnet.FieldError{Path: path + "end_date", Value: e.EndDate.String(), Reason: "not after the date " + e.Date.String() + "; leave it out for an event on one day"}
		case *e.EndDate-e.Date > maxEventDays:
			return &lnet.FieldError{Path: path + "end_date", Value: e.EndDate.String(), Reason: "an event lasts at most " + itoa(maxEventDays+1) + " days"}
		}
	}
	if h := e.Hours; h != nil && e.EndDate == nil {
		if err := h.validate(path + "hours."); err != nil {
			return err
		}
	} else if h != nil {
		// Over several days the end may come before the start on the clock.
		switch {
		case !h.Start.Valid():
			return &lnet.FieldError{Path: path + "hours.start", Value: itoa(int(h.Start)), Reason: "not a time of day"}
		case !h.End.Valid():
			return &lnet.FieldError{Path: path + "hours.end", Value: itoa(int(h.End)), Reason: "not a time of day"}
		}
	}
	if e.Revision < 0 {
		return &lnet.FieldError{Path: path + "revision", Value: itoa(e.Revision), Reason: "negative"}
	}
	if e.Repeat != nil {
		if err := e.Repeat.validate(path+"repeat.", e.Date); err != nil {
			return err
		}
	}
	if err := e.checkClock(path); err != nil {
		return err
	}
	for i, g := range e.Attendees {
		if strings.TrimSpace(g) == "" {
			return &lnet.FieldError{Path: path + "attendees[" + itoa(i) + "]", Reason: "empty group name"}
		}
	}
	return nil
}

// maxEventDays bounds the length of an event: a gathering or seminar lasts days, not months.
const maxEventDays = 30

// checkClock checks that the event's clock times exist in Europe/Oslo on every day it
// starts or ends: 02:30 on 31 March 2019 does not (the clocks go forward from 02:00 to
// 03:00), and an event there is refused. A clock time in the hour the clocks go back is its
// earlier occurrence ([LocalTime]).
func (e Event) checkClock(path string) error {
	if e.Hours == nil {
		return nil
	}
	length := e.LastDay() - e.Date
	days := []date.Date{e.Date}
	if e.Repeat != nil {
		// Every day of the pattern: the days left out too, which EXDATE names by their time.
		days = e.Repeat.days(e.Date, false)
	}
	for _, d := range days {
		if _, ok := localTime(d, e.Hours.Start); !ok {
			return &lnet.FieldError{Path: path + "hours.start", Value: d.String() + " " + e.Hours.Start.String(), Reason: gapReason(d, e.Hours.Start)}
		}
		if _, ok := localTime(d+length, e.Hours.End); !ok {
			return &lnet.FieldError{Path: path + "hours.end", Value: (d + length).String() + " " + e.Hours.End.String(), Reason: gapReason(d+length, e.Hours.End)}
		}
	}
	return nil
}

// Occurrences returns the days the event starts on, in order: Date alone for a single
// event; for a recurring one, the days of its [Recurrence] except those it leaves out. A
// cancelled event has its occurrences too. e must be valid.
func (e Event) Occurrences() []date.Date {
	if e.Repeat == nil {
		return []date.Date{e.Date}
	}
	return e.Repeat.days(e.Date, true)
}
