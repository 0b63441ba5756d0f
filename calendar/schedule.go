package calendar

import (
	"slices"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/jsonlimit"
	"github.com/laeringsnettverk/sdk/internal/modeljson"
	"github.com/laeringsnettverk/sdk/internal/strictjson"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Schedule is a learning network's calendar (møteplan og frister): its meetings and the
// deadlines that concern it, for a year or any other stretch of time. In JSON:
//
//	{"network":"hordaland","name":"…","office":"hordaland",
//	 "events":[{"kind":"gathering","title":"…","date":"2018-09-13","hours":{"start":"09:00","end":"15:30"}}],
//	 "deadlines":[{"kind":"application","title":"…","date":"2018-11-01","rule":"fixed"}]}
type Schedule struct {
	// Network identifies the network, e.g. "hordaland": 1–64 bytes of a–z, 0–9 and '-'. It
	// goes into the UIDs of the iCalendar export, which stay stable as long as it does.
	Network string `json:"network"`
	// Name is the network's name for headings, e.g. "Læringsnettverket i Hordaland".
	Name string `json:"name,omitempty"`
	// Office is the governor office that follows the network up, if given.
	Office lnet.OfficeID `json:"office,omitempty"`
	// Events are the network's meetings, in any order.
	Events []Event `json:"events"`
	// Deadlines are the deadlines that concern the network, in any order.
	Deadlines []Deadline `json:"deadlines"`
}

// scheduleLimits bounds the shape of a schedule document before it is decoded: a schedule
// is 4 levels deep, and a network's meetings and deadlines over many years are a few
// hundred.
var scheduleLimits = jsonlimit.Limits{MaxDepth: 16, MaxElements: 100_000, MaxValues: 4_000_000}

// DecodeOption is an option of [ParseSchedule] (avkodingsvalg).
type DecodeOption func(*decodeConfig)

type decodeConfig struct{ allowUnknown bool }

// AllowUnknownFields makes [ParseSchedule] skip fields it does not know instead of refusing
// the schedule (ukjente felt tillatt), for a reader of schedules written by a newer version.
func AllowUnknownFields() DecodeOption {
	return func(c *decodeConfig) { c.allowUnknown = true }
}

// ParseSchedule decodes a schedule (møteplan) from JSON, strictly, as
// schema/calendar-schedule.json describes it, and validates it: exact field names, no
// repeated names, no invalid UTF-8 or lone surrogates, dates exactly YYYY-MM-DD, times of
// day HH:MM, and no unknown fields unless [AllowUnknownFields] is given, so that a misspelt
// field name does not silently lose data. The document's shape is checked before it is
// decoded, so a small document cannot claim millions of events: more than 100 000 elements
// in one array or object, or nesting deeper than 16 levels, is an error. Every error is a
// [*lnet.FieldError] with the full JSON path ("events[1].date").
func ParseSchedule(data []byte, opts ...DecodeOption) (Schedule, error) {
	s, err := DecodeSchedule(data, opts...)
	if err != nil {
		return Schedule{}, err
	}
	if err := s.Validate(); err != nil {
		return Schedule{}, err
	}
	return s, nil
}

// DecodeSchedule decodes a schedule as [ParseSchedule] does, without validating it: the
// form the schema describes, not the rules that span fields (an event that prepares an id
// the schedule does not have, say), which [Schedule.Validate] checks.
func DecodeSchedule(data []byte, opts ...DecodeOption) (Schedule, error) {
	var c decodeConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return decodeSchedule(data, c)
}

func decodeSchedule(data []byte, c decodeConfig) (Schedule, error) {
	if e := jsonlimit.Check(data, scheduleLimits); e != nil {
		path := "schedule"
		if e.Path != "" {
			path += "." + e.Path
		}
		return Schedule{}, &lnet.FieldError{Path: path, Reason: e.Error()}
	}
	var s Schedule
	if err := strictjson.Unmarshal(data, &s, modeljson.Options(c.allowUnknown, scheduleLimits.MaxDepth)); err != nil {
		return Schedule{}, modeljson.FieldError("schedule", err)
	}
	return s, nil
}

// validNetwork reports whether id has the form of a network id.
func validNetwork(id string) bool {
	if len(id) == 0 || len(id) > 64 || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for _, c := range []byte(id) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Validate checks the network id, every event and deadline, that IDs are unique, and that
// every Prepares names an event or deadline of the schedule. Errors are [*lnet.FieldError]
// values wrapping [lnet.ErrInvalidModel], with paths such as "events[2].title".
func (s Schedule) Validate() error {
	if !validNetwork(s.Network) {
		return &lnet.FieldError{Path: "network", Value: s.Network, Reason: "want 1–64 bytes of a–z, 0–9 and '-'"}
	}
	if s.Office != "" && !s.Office.Valid() {
		return &lnet.FieldError{Path: "office", Value: string(s.Office), Reason: "not an office id"}
	}
	ids := map[string]string{}
	claim := func(id, path string) error {
		if id == "" {
			return nil
		}
		if prev, dup := ids[id]; dup {
			return &lnet.FieldError{Path: path, Value: id, Reason: "id already used by " + prev}
		}
		ids[id] = path
		return nil
	}
	for i, e := range s.Events {
		p := "events[" + itoa(i) + "]."
		if err := e.validate(p); err != nil {
			return err
		}
		if err := claim(e.ID, p+"id"); err != nil {
			return err
		}
	}
	for i, d := range s.Deadlines {
		p := "deadlines[" + itoa(i) + "]."
		if err := d.validate(p); err != nil {
			return err
		}
		if err := claim(d.ID, p+"id"); err != nil {
			return err
		}
	}
	for i, e := range s.Events {
		if e.Prepares == "" {
			continue
		}
		if _, ok := ids[e.Prepares]; !ok || e.Prepares == e.ID {
			return &lnet.FieldError{Path: "events[" + itoa(i) + "].prepares", Value: e.Prepares, Reason: "names no other event or deadline of the schedule"}
		}
	}
	return nil
}

// item is one line of the schedule in date order: an event or a resolved deadline.
type item struct {
	date     date.Date
	event    *Event
	deadline *Resolution
}

// items returns the schedule's events and resolved deadlines sorted by date; events before
// deadlines on a day, events by start time, then by the order given. s must be valid.
func (s Schedule) items() ([]item, error) {
	out := make([]item, 0, len(s.Events)+len(s.Deadlines))
	for i := range s.Events {
		out = append(out, item{date: s.Events[i].Date, event: &s.Events[i]})
	}
	for _, d := range s.Deadlines {
		r, err := d.Resolve()
		if err != nil {
			return nil, err
		}
		out = append(out, item{date: r.Due, deadline: &r})
	}
	slices.SortStableFunc(out, func(a, b item) int {
		if c := cmpDate(a.date, b.date); c != 0 {
			return c
		}
		return itemRank(a) - itemRank(b)
	})
	return out, nil
}

// itemRank orders the items of one day: timed events by start, all-day events, deadlines.
func itemRank(it item) int {
	switch {
	case it.event != nil && it.event.Hours != nil:
		return int(it.event.Hours.Start)
	case it.event != nil:
		return 24 * 60
	}
	return 24*60 + 1
}
