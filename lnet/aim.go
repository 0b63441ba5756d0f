package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Aim is what a development project sets out to achieve (prosjektets formål), from the
// guidelines' examples of projects. The foster-home aims let the eligibility package check
// the foster-home scheme's purpose: strengthening the municipalities' follow-up and guidance
// of foster homes and, in later editions, recruitment among kin and network. The zero value
// means "unset".
type Aim uint8

const (
	// AimQualityDevelopment is general quality development of the service
	// (kvalitetsutvikling). JSON "quality_development".
	AimQualityDevelopment Aim = iota + 1
	// AimCompetence is raising competence in, or trying out, particular methods or tools
	// (kompetanseheving). JSON "competence".
	AimCompetence
	// AimSupportMeasures is developing, trying out or introducing support measures
	// (utvikling av hjelpetiltak). JSON "support_measures".
	AimSupportMeasures
	// AimLeadership is common leadership development or peer-guidance forums
	// (lederutvikling og veiledningsfora). JSON "leadership".
	AimLeadership
	// AimCrossService is developing collaboration between child welfare and other services
	// (samarbeid med andre tjenester). JSON "cross_service".
	AimCrossService
	// AimFosterHomeFollowUp is follow-up of foster homes (oppfølging av fosterhjem), e.g. a
	// common follow-up service. JSON "foster_home_follow_up".
	AimFosterHomeFollowUp
	// AimFosterHomeGuidance is guidance schemes for foster parents and foster children
	// (veiledning av fosterforeldre og fosterbarn). JSON "foster_home_guidance".
	AimFosterHomeGuidance
	// AimRecruitmentMethods is common methods for, and collaboration on, recruiting foster
	// homes (felles metodikk for rekruttering av fosterhjem). JSON "recruitment_methods".
	AimRecruitmentMethods
	// AimKinRecruitment is recruiting foster homes among kin and network (rekruttering av
	// fosterhjem i slekt og nettverk, as the 2019 guidelines word it; an office's call of 2021
	// for 2022 money writes "familie og nettverk" for the same aim). JSON "kin_recruitment".
	AimKinRecruitment
)

var aims = enum.Table[Aim]{Type: "aim", Err: enumError("aim", ErrInvalidValue), Names: []enum.Name{
	{},
	{"quality_development", "kvalitetsutvikling", "quality development", "kvalitetsutvikling"},
	{"competence", "kompetanseheving", "competence building", "kompetanseheving"},
	{"support_measures", "utvikling av hjelpetiltak", "developing support measures", "utvikling av hjelpetiltak"},
	{"leadership", "lederutvikling og veiledningsfora", "leadership development and peer guidance", "leiarutvikling og rettleiingsforum"},
	{"cross_service", "samarbeid med andre tjenester", "collaboration with other services", "samarbeid med andre tenester"},
	{"foster_home_follow_up", "oppfølging av fosterhjem", "follow-up of foster homes", "oppfølging av fosterheimar"},
	{"foster_home_guidance", "veiledning av fosterforeldre og fosterbarn", "guidance of foster parents and foster children", "rettleiing av fosterforeldre og fosterbarn"},
	{"recruitment_methods", "felles metodikk for rekruttering av fosterhjem", "common methods for recruiting foster homes", "felles metodikk for rekruttering av fosterheimar"},
	{"kin_recruitment", "rekruttering av fosterhjem i slekt og nettverk", "recruiting foster homes among kin and network", "rekruttering av fosterheimar i slekt og nettverk"},
}}

// Aims returns the defined aims.
func Aims() []Aim { return aims.Values() }

// ParseAim parses an aim identifier such as "kin_recruitment".
func ParseAim(text string) (Aim, error) { return aims.Parse(text) }

// Valid reports whether a is a defined aim.
func (a Aim) Valid() bool { return aims.Valid(a) }

// IsFosterHome reports whether a is one of the foster-home aims (follow-up, guidance,
// recruitment methods, kin recruitment) that fit the foster-home scheme.
func (a Aim) IsFosterHome() bool { return a >= AimFosterHomeFollowUp && a <= AimKinRecruitment }

// String returns the identifier, e.g. "foster_home_guidance"; "" for the zero value.
func (a Aim) String() string { return aims.ID(a) }

// Norwegian returns the Norwegian name, e.g. "oppfølging av fosterhjem".
func (a Aim) Norwegian() string { return aims.Norwegian(a) }

// English returns the English name, e.g. "follow-up of foster homes".
func (a Aim) English() string { return aims.English(a) }

// Nynorsk returns the Norwegian nynorsk name.
func (a Aim) Nynorsk() string { return aims.Nynorsk(a) }

// In returns the name in lang: bokmål, nynorsk or English.
func (a Aim) In(lang Language) string { return name(aims, a, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (a Aim) MarshalText() ([]byte, error) { return aims.Marshal(a) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseAim].
func (a *Aim) UnmarshalText(b []byte) error { return aims.Unmarshal(b, a) }

// Value implements [driver.Valuer].
func (a Aim) Value() (driver.Value, error) { return aims.Value(a) }

// Scan implements [database/sql.Scanner].
func (a *Aim) Scan(src any) error { return aims.Scan(src, a) }
