package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// ProjectStatus is where a development project stands (prosjektstatus): an idea
// (prosjektidé), being clarified (under avklaring) or started (igangsatt). In the minutes of
// the Hordaland network of 13 September 2018 "Basisopplæring" is a project idea that needs
// "flere avklaringer før kommunene avgjør om de vil jobbe videre med denne prosjektideen",
// while the municipalities "arbeider videre med to prosjekter".
//
// The zero value means "not stated". Data written before projects had a status has none,
// and the SDK reads a project without a status as started, as it did before: see
// [Project.Started].
type ProjectStatus uint8

const (
	// ProjectIdea is a project idea (prosjektidé) the municipalities have not decided to
	// work on. JSON "idea".
	ProjectIdea ProjectStatus = iota + 1
	// ProjectClarifying is a project being clarified (under avklaring): the municipalities
	// intend to carry it out, but its host, group or content are still being settled.
	// JSON "clarifying".
	ProjectClarifying
	// ProjectStarted is a project the municipalities have set in motion (igangsatt).
	// JSON "started".
	ProjectStarted
)

var projectStatuses = enum.Table[ProjectStatus]{Type: "project status", Err: enumError("project status", ErrInvalidValue), Names: []enum.Name{
	{},
	{"idea", "prosjektidé", "project idea", "prosjektidé"},
	{"clarifying", "under avklaring", "being clarified", "under avklaring"},
	{"started", "igangsatt", "started", "sett i gang"},
}}

// ProjectStatuses returns the defined project statuses, from idea to started.
func ProjectStatuses() []ProjectStatus { return projectStatuses.Values() }

// ParseProjectStatus parses "idea", "clarifying" or "started".
func ParseProjectStatus(text string) (ProjectStatus, error) { return projectStatuses.Parse(text) }

// Valid reports whether s is a defined project status.
func (s ProjectStatus) Valid() bool { return projectStatuses.Valid(s) }

// String returns the identifier, e.g. "idea"; "" for the zero value.
func (s ProjectStatus) String() string { return projectStatuses.ID(s) }

// Norwegian returns the Norwegian bokmål name, e.g. "prosjektidé".
func (s ProjectStatus) Norwegian() string { return projectStatuses.Norwegian(s) }

// English returns the English name, e.g. "project idea".
func (s ProjectStatus) English() string { return projectStatuses.English(s) }

// Nynorsk returns the Norwegian nynorsk name, e.g. "sett i gang".
func (s ProjectStatus) Nynorsk() string { return projectStatuses.Nynorsk(s) }

// In returns the name in lang: bokmål, nynorsk or English.
func (s ProjectStatus) In(lang Language) string { return name(projectStatuses, s, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (s ProjectStatus) MarshalText() ([]byte, error) { return projectStatuses.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseProjectStatus].
func (s *ProjectStatus) UnmarshalText(b []byte) error { return projectStatuses.Unmarshal(b, s) }

// Value implements [driver.Valuer]: the identifier as text, NULL for the zero value.
func (s ProjectStatus) Value() (driver.Value, error) { return projectStatuses.Value(s) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the zero value.
func (s *ProjectStatus) Scan(src any) error { return projectStatuses.Scan(src, s) }
