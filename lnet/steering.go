package lnet

import (
	"database/sql/driver"
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// SteeringGroup is a network's steering group (styringsgruppe): a few seats for municipal
// representatives, the competence partners and the governor office. The guidelines say a
// network shall consider establishing one. The Hordaland network's group of 2018 had four
// municipal seats (Kvam, Fjell, Radøy, Os), one for RKBU Vest and one for the office, and met
// about three times a year.
type SteeringGroup struct {
	// Established is the day the group was set up, if known.
	Established *date.Date `json:"established,omitempty"`
	// Seats are the group's members.
	Seats []Seat `json:"seats,omitempty"`
	// MeetingsPerYear is the planned number of meetings a year (about three in the
	// guidelines' practice). Zero means not stated.
	MeetingsPerYear int `json:"meetings_per_year,omitzero"`
	// Mandate is the group's mandate (styringsgruppens mandat); nil if none is recorded.
	// The Hordaland minutes of 13 September 2018 record that "Mandatet for styringsgruppen
	// ble gjennomgått", without its text.
	Mandate *Document `json:"mandate,omitempty"`
}

// Validate checks the group: each seat (see [Seat.Validate]), a non-negative number of
// meetings and the mandate (see [Document.Validate]). [Network.Validate] also checks that partner seats refer to the network's
// partners.
func (g SteeringGroup) Validate() error {
	var v validator
	g.validate(&v, "")
	return v.err()
}

func (g SteeringGroup) validate(v *validator, path string) {
	v.optionalDate(field(path, "established"), g.Established)
	for i, s := range g.Seats {
		s.validate(v, index(field(path, "seats"), i))
	}
	if g.MeetingsPerYear < 0 || g.MeetingsPerYear > 366 {
		v.add(field(path, "meetings_per_year"), strconv.Itoa(g.MeetingsPerYear), "must be between 0 and 366")
	}
	if g.Mandate != nil {
		g.Mandate.validate(v, field(path, "mandate"))
	}
}

// Municipalities returns the municipalities holding a seat, each once, in increasing order.
func (g SteeringGroup) Municipalities() []MunicipalityCode {
	var codes []MunicipalityCode
	for _, s := range g.Seats {
		if s.Kind == SeatMunicipality {
			codes = append(codes, s.Municipality)
		}
	}
	return distinctCodes(codes)
}

// Partners returns the ids of the partners holding a seat, in seat order.
func (g SteeringGroup) Partners() []PartnerID {
	var ids []PartnerID
	for _, s := range g.Seats {
		if s.Kind == SeatPartner {
			ids = append(ids, s.Partner)
		}
	}
	return ids
}

// HasOffice reports whether the governor office holds a seat.
func (g SteeringGroup) HasOffice() bool {
	for _, s := range g.Seats {
		if s.Kind == SeatOffice {
			return true
		}
	}
	return false
}

// Seat is one seat in a steering group (plass i styringsgruppen): held by a municipality's
// representative, by a partner, or by the governor office. Only the fields of its kind may be
// set.
type Seat struct {
	// Kind says who holds the seat. Required.
	Kind SeatKind `json:"kind"`
	// Municipality is the municipality of a municipal seat. Required for, and only for,
	// [SeatMunicipality].
	Municipality MunicipalityCode `json:"municipality,omitzero"`
	// Role is the role of a municipal representative, if stated. Only for
	// [SeatMunicipality].
	Role Role `json:"role,omitzero"`
	// Partner is the id of the partner of a partner seat, one of the network's partners.
	// Required for, and only for, [SeatPartner].
	Partner PartnerID `json:"partner,omitempty"`
	// Office is the governor office of an office seat. Required for, and only for,
	// [SeatOffice].
	Office OfficeID `json:"office,omitempty"`
	// Title is the position of the person holding the seat, e.g. "barnevernleder".
	// Optional.
	Title string `json:"title,omitempty"`
	// Ref is an optional opaque reference for the caller's own records.
	Ref string `json:"ref,omitempty"`
}

// Validate checks the seat: a known kind, the fields of that kind present and well formed,
// and the fields of other kinds empty.
func (s Seat) Validate() error {
	var v validator
	s.validate(&v, "")
	return v.err()
}

func (s Seat) validate(v *validator, path string) {
	enumValue(v, field(path, "kind"), s.Kind, seatKinds, true)
	if s.Ref != "" {
		v.id(field(path, "ref"), s.Ref)
	}
	v.text(field(path, "title"), s.Title, false)
	enumValue(v, field(path, "role"), s.Role, roles, false)
	if !s.Kind.Valid() {
		return
	}
	notFor := "not allowed for a " + s.Kind.English()
	if s.Kind == SeatMunicipality {
		v.municipality(field(path, "municipality"), s.Municipality)
	} else {
		if s.Municipality != 0 {
			v.add(field(path, "municipality"), s.Municipality.String(), notFor)
		}
		if s.Role != 0 {
			v.add(field(path, "role"), s.Role.String(), notFor)
		}
	}
	if s.Kind == SeatPartner {
		v.id(field(path, "partner"), string(s.Partner))
	} else if s.Partner != "" {
		v.add(field(path, "partner"), string(s.Partner), notFor)
	}
	if s.Kind == SeatOffice {
		v.office(field(path, "office"), s.Office)
	} else if s.Office != "" {
		v.add(field(path, "office"), string(s.Office), notFor)
	}
}

// SeatKind says who holds a seat in a steering group. The zero value means "unset".
type SeatKind uint8

const (
	// SeatMunicipality is a seat for a municipality's representative (kommunerepresentant).
	// JSON "municipality".
	SeatMunicipality SeatKind = iota + 1
	// SeatPartner is a seat for a competence partner or other collaborator
	// (kompetansemiljø), e.g. RKBU Vest. JSON "partner".
	SeatPartner
	// SeatOffice is a seat for the county governor office (Fylkesmannen /
	// Statsforvalteren). JSON "office".
	SeatOffice
)

var seatKinds = enum.Table[SeatKind]{Type: "seat kind", Err: enumError("seat kind", ErrInvalidValue), Names: []enum.Name{
	{},
	{"municipality", "kommunerepresentant", "municipal seat", "kommunerepresentant"},
	{"partner", "kompetansemiljø", "partner seat", "kompetansemiljø"},
	{"office", "embetet", "governor office seat", "embetet"},
}}

// SeatKinds returns the defined seat kinds.
func SeatKinds() []SeatKind { return seatKinds.Values() }

// ParseSeatKind parses "municipality", "partner" or "office".
func ParseSeatKind(text string) (SeatKind, error) { return seatKinds.Parse(text) }

// Valid reports whether k is a defined seat kind.
func (k SeatKind) Valid() bool { return seatKinds.Valid(k) }

// String returns the identifier, e.g. "partner"; "" for the zero value.
func (k SeatKind) String() string { return seatKinds.ID(k) }

// Norwegian returns the Norwegian name, e.g. "kommunerepresentant".
func (k SeatKind) Norwegian() string { return seatKinds.Norwegian(k) }

// English returns the English name, e.g. "municipal seat".
func (k SeatKind) English() string { return seatKinds.English(k) }

// Nynorsk returns the nynorsk name, e.g. "kommunerepresentant".
func (k SeatKind) Nynorsk() string { return seatKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k SeatKind) In(lang Language) string { return name(seatKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k SeatKind) MarshalText() ([]byte, error) { return seatKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseSeatKind].
func (k *SeatKind) UnmarshalText(b []byte) error { return seatKinds.Unmarshal(b, k) }

// Value implements [driver.Valuer].
func (k SeatKind) Value() (driver.Value, error) { return seatKinds.Value(k) }

// Scan implements [database/sql.Scanner].
func (k *SeatKind) Scan(src any) error { return seatKinds.Scan(src, k) }
