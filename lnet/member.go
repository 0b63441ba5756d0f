package lnet

import "github.com/rickb777/date/v2"

// Member is a child-welfare service taking part in a learning network (deltaker i
// læringsnettverket), with the people it sends. Participation is voluntary.
type Member struct {
	// Service is the member service with the municipalities it covers. Required.
	Service Service `json:"service"`
	// Joined is the day the service joined the network, if known.
	Joined *date.Date `json:"joined,omitempty"`
	// Representatives are the people the service sends to the network.
	Representatives []Representative `json:"representatives,omitempty"`
	// Anchoring records, per municipality the service covers, that the municipality's
	// leadership has endorsed its taking part in the network's collaboration across borders
	// (forankring av deltakelsen): the guidelines say "samarbeid på tvers i
	// læringsnettverket må forankres i hver enkelt kommune". Empty when not recorded.
	Anchoring []Anchoring `json:"anchoring,omitempty"`
}

// Validate checks the member: the service (see [Service.Validate]), the joining date, each
// representative, whose municipality must be one the service covers, and each anchoring,
// for a municipality the service covers and not twice. Paths are relative
// to the member: "service.host", "representatives[1].role".
func (m Member) Validate() error {
	var v validator
	m.validate(&v, "")
	return v.err()
}

func (m Member) validate(v *validator, path string) {
	m.Service.validate(v, field(path, "service"))
	v.optionalDate(field(path, "joined"), m.Joined)
	for i, r := range m.Representatives {
		p := index(field(path, "representatives"), i)
		r.validate(v, p)
		if r.Municipality.Valid() && len(m.Service.Municipalities) > 0 && !m.Service.Covers(r.Municipality) {
			v.addf(field(p, "municipality"), r.Municipality.String(), "not covered by service %q", m.Service.ID)
		}
	}
	seen := make(map[MunicipalityCode]bool)
	for i, a := range m.Anchoring {
		p := index(field(path, "anchoring"), i)
		a.validate(v, p)
		if !a.Municipality.Valid() {
			continue
		}
		if len(m.Service.Municipalities) > 0 && !m.Service.Covers(a.Municipality) {
			v.addf(field(p, "municipality"), a.Municipality.String(), "not covered by service %q", m.Service.ID)
		}
		if seen[a.Municipality] {
			v.add(field(p, "municipality"), a.Municipality.String(), "already anchored")
		}
		seen[a.Municipality] = true
	}
}

// AnchoredFor returns the recorded anchoring of the service's participation for
// municipality c, if any.
func (m Member) AnchoredFor(c MunicipalityCode) (Anchoring, bool) {
	for _, a := range m.Anchoring {
		if a.Municipality == c {
			return a, true
		}
	}
	return Anchoring{}, false
}

// HasRole reports whether the member sends at least one representative with role r.
func (m Member) HasRole(r Role) bool {
	for _, rep := range m.Representatives {
		if rep.Role == r {
			return true
		}
	}
	return false
}

// HasManagement reports whether the member sends someone from management (ledelse).
func (m Member) HasManagement() bool { return m.HasRole(RoleManagement) }

// RepresentativesFor returns the representatives who speak for municipality c: those named
// for c and those sent for the whole service, if the service covers c.
func (m Member) RepresentativesFor(c MunicipalityCode) []Representative {
	var out []Representative
	for _, r := range m.Representatives {
		if r.Represents(m.Service, c) {
			out = append(out, r)
		}
	}
	return out
}
