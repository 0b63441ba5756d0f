package lnet

// Representative is a person a member service sends to the network (representant i
// nettverket), described by role and position only: the SDK keeps no names or e-mail
// addresses. The guidelines ask each municipality to send two people, one of them from the
// management of the service or the municipality; the eligibility package checks that from
// these values.
type Representative struct {
	// Ref is an optional opaque reference for the caller's own records (e.g. a key in the
	// caller's person register). The SDK never interprets it.
	Ref string `json:"ref,omitempty"`
	// Role is management (ledelse) or professional staff (fagperson). Required.
	Role Role `json:"role"`
	// Title is the position, e.g. "barnevernleder" or "kommunalsjef". Optional.
	Title string `json:"title,omitempty"`
	// Municipality is the municipality the person represents. Zero means the service as a
	// whole, that is every municipality the service covers.
	Municipality MunicipalityCode `json:"municipality,omitzero"`
}

// Validate checks the representative on its own: a known role, a well-formed municipality
// code if given, well-formed text. Within a [Member] the municipality must also be one the
// service covers; [Member.Validate] checks that.
func (r Representative) Validate() error {
	var v validator
	r.validate(&v, "")
	return v.err()
}

func (r Representative) validate(v *validator, path string) {
	if r.Ref != "" {
		v.id(field(path, "ref"), r.Ref)
	}
	enumValue(v, field(path, "role"), r.Role, roles, true)
	v.text(field(path, "title"), r.Title, false)
	v.optionalMunicipality(field(path, "municipality"), r.Municipality)
}

// Represents reports whether the representative speaks for municipality m of service s:
// either named for m, or for the whole service and s covers m.
func (r Representative) Represents(s Service, m MunicipalityCode) bool {
	if r.Municipality == 0 {
		return s.Covers(m)
	}
	return r.Municipality == m
}
