package calendar

import (
	"slices"
	"strings"

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

// Event is a meeting of a learning network on one day: a gathering, a seminar or a
// steering-group meeting.
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
	if e.Hours != nil {
		if err := e.Hours.validate(path + "hours."); err != nil {
			return err
		}
	}
	for i, g := range e.Attendees {
		if strings.TrimSpace(g) == "" {
			return &lnet.FieldError{Path: path + "attendees[" + itoa(i) + "]", Reason: "empty group name"}
		}
	}
	return nil
}
