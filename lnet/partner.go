package lnet

// PartnerID identifies a partner of a network within the caller's data, e.g. "rkbu-vest".
type PartnerID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id PartnerID) Valid() bool { return idProblem(string(id)) == "" }

// Partner is a competence environment (kompetansemiljø) of a learning network: a research
// institution, a regional knowledge centre such as RKBU Vest, or a university college such
// as Høgskulen på Vestlandet — the bodies the guidelines require a network to collaborate
// with, and the ones [Network.CompetencePartners] returns.
//
// Contributors that are not competence environments (bidragsytere: KS, Bufetat, user
// organisations such as Forandringsfabrikken) are [Contributor] values in
// [Network.Contributors]. A Partner of kind [PartnerBufetat], [PartnerKS] or [PartnerOther]
// is still valid, so that data written before contributors existed keeps working; it never
// counts as a competence environment.
type Partner struct {
	// ID identifies the partner; projects and steering-group seats refer to it. Required.
	ID PartnerID `json:"id"`
	// Name is the partner's name, e.g. "RKBU Vest". Required.
	Name string `json:"name"`
	// Kind says what sort of partner it is; see [PartnerKind.IsCompetenceEnvironment].
	// Required.
	Kind PartnerKind `json:"kind"`
}

// Validate checks that the partner has an id, a name and a known kind.
func (p Partner) Validate() error {
	var v validator
	p.validate(&v, "")
	return v.err()
}

func (p Partner) validate(v *validator, path string) {
	v.id(field(path, "id"), string(p.ID))
	v.text(field(path, "name"), p.Name, true)
	enumValue(v, field(path, "kind"), p.Kind, partnerKinds, true)
}

// IsCompetenceEnvironment reports whether the partner counts as a competence environment
// (kompetansemiljø) in the guidelines.
func (p Partner) IsCompetenceEnvironment() bool { return p.Kind.IsCompetenceEnvironment() }
