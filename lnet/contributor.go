package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// ContributorID identifies a contributor of a network within the caller's data, e.g. "ks".
type ContributorID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id ContributorID) Valid() bool { return idProblem(string(id)) == "" }

// Contributor is a contributor (bidragsyter) to a learning network that is not a competence
// environment (kompetansemiljø): KS, Bufetat, a user organisation such as
// Forandringsfabrikken, or another body the network or its resource group draws on. The
// minutes of the Hordaland network of 13 September 2018 keep the two apart: the resource
// group invites "representanter fra de ulike kompetansemiljøene, og andre bidragsytere som
// forandringsfabrikken, KS og Bufetat".
//
// Competence environments — research institutions, knowledge centres, universities and
// university colleges, with which the guidelines require a network to collaborate — are
// [Partner] values. A [Partner] of kind [PartnerBufetat], [PartnerKS] or [PartnerOther] is
// still accepted for data written before contributors existed, but new data should hold
// such bodies as contributors: they never count as competence environments either way.
type Contributor struct {
	// ID identifies the contributor; a resource group refers to it. Required.
	ID ContributorID `json:"id"`
	// Name is the contributor's name, e.g. "KS" or "Forandringsfabrikken". Required.
	Name string `json:"name"`
	// Kind says what sort of contributor it is. Required.
	Kind ContributorKind `json:"kind"`
}

// Validate checks that the contributor has an id, a name and a known kind. Each problem is
// a [*FieldError] wrapping [ErrInvalidModel].
func (c Contributor) Validate() error {
	var v validator
	c.validate(&v, "")
	return v.err()
}

func (c Contributor) validate(v *validator, path string) {
	v.id(field(path, "id"), string(c.ID))
	v.text(field(path, "name"), c.Name, true)
	enumValue(v, field(path, "kind"), c.Kind, contributorKinds, true)
}

// ContributorKind is the kind of a [Contributor] (bidragsyter). The zero value means
// "unset".
type ContributorKind uint8

const (
	// ContributorKS is the municipalities' association (KS, Kommunesektorens organisasjon).
	// JSON "ks".
	ContributorKS ContributorKind = iota + 1
	// ContributorBufetat is the state child-welfare agency (Bufetat) or one of its regions,
	// which may assist the foster-home projects. JSON "bufetat".
	ContributorBufetat
	// ContributorUserOrganisation is an organisation speaking for those the services serve
	// (brukerorganisasjon), e.g. Forandringsfabrikken, which gathers the experience of
	// children and young people in child welfare. JSON "user_organisation".
	ContributorUserOrganisation
	// ContributorOther is any other contributor (annen bidragsyter). JSON "other".
	ContributorOther
)

var contributorKinds = enum.Table[ContributorKind]{Type: "contributor kind", Err: enumError("contributor kind", ErrInvalidValue), Names: []enum.Name{
	{},
	{"ks", "KS", "KS (association of local authorities)", "KS"},
	{"bufetat", "Bufetat", "Bufetat (state child-welfare agency)", "Bufetat"},
	{"user_organisation", "brukerorganisasjon", "user organisation", "brukarorganisasjon"},
	{"other", "annen bidragsyter", "other contributor", "annan bidragsytar"},
}}

// ContributorKinds returns the defined contributor kinds.
func ContributorKinds() []ContributorKind { return contributorKinds.Values() }

// ParseContributorKind parses "ks", "bufetat", "user_organisation" or "other".
func ParseContributorKind(text string) (ContributorKind, error) { return contributorKinds.Parse(text) }

// Valid reports whether k is a defined contributor kind.
func (k ContributorKind) Valid() bool { return contributorKinds.Valid(k) }

// String returns the identifier, e.g. "user_organisation"; "" for the zero value.
func (k ContributorKind) String() string { return contributorKinds.ID(k) }

// Norwegian returns the Norwegian bokmål name, e.g. "brukerorganisasjon".
func (k ContributorKind) Norwegian() string { return contributorKinds.Norwegian(k) }

// English returns the English name, e.g. "user organisation".
func (k ContributorKind) English() string { return contributorKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name, e.g. "brukarorganisasjon".
func (k ContributorKind) Nynorsk() string { return contributorKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k ContributorKind) In(lang Language) string { return name(contributorKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k ContributorKind) MarshalText() ([]byte, error) { return contributorKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseContributorKind].
func (k *ContributorKind) UnmarshalText(b []byte) error { return contributorKinds.Unmarshal(b, k) }

// Value implements [driver.Valuer]: the identifier as text, NULL for the zero value.
func (k ContributorKind) Value() (driver.Value, error) { return contributorKinds.Value(k) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the zero value.
func (k *ContributorKind) Scan(src any) error { return contributorKinds.Scan(src, k) }
