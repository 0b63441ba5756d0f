package lnet

import (
	"database/sql/driver"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Gathering is a meeting of a learning network (samling): a network gathering with
// professional content (twice a year in the guidelines' practice), a start-up seminar, an
// information meeting, or a steering-group meeting (about three a year).
type Gathering struct {
	// Kind is the kind of meeting. Required.
	Kind GatheringKind `json:"kind"`
	// Date is the day of the meeting. Required.
	Date date.Date `json:"date"`
	// Title is the meeting's title, e.g. "Læringsnettverkssamling". Required.
	Title string `json:"title"`
	// Place is where it is held, e.g. "Bergen". Optional.
	Place string `json:"place,omitempty"`
	// Topic is the professional theme, if any. Optional.
	Topic string `json:"topic,omitempty"`
	// Attendance records who came, if known.
	Attendance *Attendance `json:"attendance,omitempty"`
}

// Validate checks that the gathering has a known kind, a date and a title, and a valid
// attendance if any.
func (g Gathering) Validate() error {
	var v validator
	g.validate(&v, "")
	return v.err()
}

func (g Gathering) validate(v *validator, path string) {
	enumValue(v, field(path, "kind"), g.Kind, gatheringKinds, true)
	v.date(field(path, "date"), g.Date)
	v.text(field(path, "title"), g.Title, true)
	v.text(field(path, "place"), g.Place, false)
	v.text(field(path, "topic"), g.Topic, false)
	if g.Attendance != nil {
		g.Attendance.validate(v, field(path, "attendance"))
	}
}

// GatheringKind is the kind of a network meeting. The zero value means "unset".
type GatheringKind uint8

const (
	// GatheringNetwork is a network gathering with professional content (samling).
	// JSON "gathering".
	GatheringNetwork GatheringKind = iota + 1
	// GatheringStartUp is a start-up seminar (oppstartsseminar). JSON "startup_seminar".
	GatheringStartUp
	// GatheringInformation is an information meeting (informasjonsmøte).
	// JSON "information_meeting".
	GatheringInformation
	// GatheringSteeringGroup is a steering-group meeting (styringsgruppemøte).
	// JSON "steering_group_meeting".
	GatheringSteeringGroup
)

var gatheringKinds = enum.Table[GatheringKind]{Type: "gathering kind", Err: enumError("gathering kind", ErrInvalidValue), Names: []enum.Name{
	{},
	{"gathering", "samling", "network gathering", "samling"},
	{"startup_seminar", "oppstartsseminar", "start-up seminar", "oppstartsseminar"},
	{"information_meeting", "informasjonsmøte", "information meeting", "informasjonsmøte"},
	{"steering_group_meeting", "styringsgruppemøte", "steering-group meeting", "styringsgruppemøte"},
}}

// GatheringKinds returns the defined gathering kinds.
func GatheringKinds() []GatheringKind { return gatheringKinds.Values() }

// ParseGatheringKind parses a gathering kind identifier such as "startup_seminar".
func ParseGatheringKind(text string) (GatheringKind, error) { return gatheringKinds.Parse(text) }

// Valid reports whether k is a defined gathering kind.
func (k GatheringKind) Valid() bool { return gatheringKinds.Valid(k) }

// String returns the identifier, e.g. "gathering"; "" for the zero value.
func (k GatheringKind) String() string { return gatheringKinds.ID(k) }

// Norwegian returns the Norwegian name, e.g. "samling".
func (k GatheringKind) Norwegian() string { return gatheringKinds.Norwegian(k) }

// English returns the English name, e.g. "network gathering".
func (k GatheringKind) English() string { return gatheringKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k GatheringKind) Nynorsk() string { return gatheringKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k GatheringKind) In(lang Language) string { return name(gatheringKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k GatheringKind) MarshalText() ([]byte, error) { return gatheringKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseGatheringKind].
func (k *GatheringKind) UnmarshalText(b []byte) error { return gatheringKinds.Unmarshal(b, k) }

// Value implements [driver.Valuer].
func (k GatheringKind) Value() (driver.Value, error) { return gatheringKinds.Value(k) }

// Scan implements [database/sql.Scanner].
func (k *GatheringKind) Scan(src any) error { return gatheringKinds.Scan(src, k) }
