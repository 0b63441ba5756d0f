package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// Role is the role of a representative (representant) that a member service sends to the
// network. The guidelines ask each municipality to send two people, one of them from the
// management of the child-welfare service or the municipality. The zero value means "unset".
type Role uint8

const (
	// RoleManagement is a representative from the management (ledelsen) of the service or
	// the municipality. JSON "management".
	RoleManagement Role = iota + 1
	// RoleStaff is a caseworker or other professional staff (fagperson). JSON "staff".
	RoleStaff
)

var roles = enum.Table[Role]{Type: "role", Err: enumError("role", ErrInvalidValue), Names: []enum.Name{
	{},
	{"management", "ledelse", "management", "leiing"},
	{"staff", "fagperson", "professional staff", "fagperson"},
}}

// Roles returns the defined roles.
func Roles() []Role { return roles.Values() }

// ParseRole parses "management" or "staff".
func ParseRole(text string) (Role, error) { return roles.Parse(text) }

// Valid reports whether r is a defined role.
func (r Role) Valid() bool { return roles.Valid(r) }

// String returns the identifier: "management" or "staff"; "" for the zero value.
func (r Role) String() string { return roles.ID(r) }

// Norwegian returns the Norwegian name: "ledelse" or "fagperson".
func (r Role) Norwegian() string { return roles.Norwegian(r) }

// English returns the English name.
func (r Role) English() string { return roles.English(r) }

// Nynorsk returns the Norwegian nynorsk name.
func (r Role) Nynorsk() string { return roles.Nynorsk(r) }

// In returns the name in lang: bokmål, nynorsk or English.
func (r Role) In(lang Language) string { return name(roles, r, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRole].
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(b, r) }

// Value implements [driver.Valuer].
func (r Role) Value() (driver.Value, error) { return roles.Value(r) }

// Scan implements [database/sql.Scanner].
func (r *Role) Scan(src any) error { return roles.Scan(src, r) }

// PartnerKind is the kind of a competence partner (kompetansemiljø) or other contributor a
// network collaborates with. The guidelines require collaboration with a competence
// environment for self-initiated projects; for the 2019 foster-home money Bufetat may assist
// instead. The zero value means "unset".
type PartnerKind uint8

const (
	// PartnerResearch is a research institution (forskningsmiljø), e.g. NORCE. JSON "research".
	PartnerResearch PartnerKind = iota + 1
	// PartnerKnowledgeCentre is a regional knowledge centre (kunnskapssenter), e.g. RKBU Vest,
	// one of the regional knowledge centres for children and young people (regionale
	// kunnskapssentre for barn og unge).
	// JSON "knowledge_centre".
	PartnerKnowledgeCentre
	// PartnerUniversity is a university or university college (universitet eller høgskole),
	// e.g. Høgskulen på Vestlandet. JSON "university".
	PartnerUniversity
	// PartnerBufetat is the state child-welfare agency's regional unit (Bufetat). It is not a
	// competence environment in the guidelines' sense. JSON "bufetat".
	PartnerBufetat
	// PartnerKS is the municipalities' association (KS, Kommunesektorens organisasjon).
	// JSON "ks".
	PartnerKS
	// PartnerOther is any other contributor, e.g. an NGO. JSON "other".
	PartnerOther
)

var partnerKinds = enum.Table[PartnerKind]{Type: "partner kind", Err: enumError("partner kind", ErrInvalidValue), Names: []enum.Name{
	{},
	{"research", "forskningsmiljø", "research institution", "forskingsmiljø"},
	{"knowledge_centre", "kunnskapssenter", "knowledge centre", "kunnskapssenter"},
	{"university", "universitet eller høgskole", "university or university college", "universitet eller høgskule"},
	{"bufetat", "Bufetat", "Bufetat (state child-welfare agency)", "Bufetat"},
	{"ks", "KS", "KS (association of local authorities)", "KS"},
	{"other", "annen bidragsyter", "other contributor", "annan bidragsytar"},
}}

// PartnerKinds returns the defined partner kinds.
func PartnerKinds() []PartnerKind { return partnerKinds.Values() }

// ParsePartnerKind parses a partner kind identifier such as "university".
func ParsePartnerKind(text string) (PartnerKind, error) { return partnerKinds.Parse(text) }

// Valid reports whether k is a defined partner kind.
func (k PartnerKind) Valid() bool { return partnerKinds.Valid(k) }

// IsCompetenceEnvironment reports whether k counts as a competence environment
// (kompetansemiljø) in the guidelines: research, knowledge centres, universities and
// colleges. Bufetat, KS and others do not.
func (k PartnerKind) IsCompetenceEnvironment() bool {
	return k == PartnerResearch || k == PartnerKnowledgeCentre || k == PartnerUniversity
}

// String returns the identifier, e.g. "knowledge_centre"; "" for the zero value.
func (k PartnerKind) String() string { return partnerKinds.ID(k) }

// Norwegian returns the Norwegian name, e.g. "kunnskapssenter".
func (k PartnerKind) Norwegian() string { return partnerKinds.Norwegian(k) }

// English returns the English name.
func (k PartnerKind) English() string { return partnerKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k PartnerKind) Nynorsk() string { return partnerKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k PartnerKind) In(lang Language) string { return name(partnerKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k PartnerKind) MarshalText() ([]byte, error) { return partnerKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePartnerKind].
func (k *PartnerKind) UnmarshalText(b []byte) error { return partnerKinds.Unmarshal(b, k) }

// Value implements [driver.Valuer].
func (k PartnerKind) Value() (driver.Value, error) { return partnerKinds.Value(k) }

// Scan implements [database/sql.Scanner].
func (k *PartnerKind) Scan(src any) error { return partnerKinds.Scan(src, k) }
