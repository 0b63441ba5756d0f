package lnet

import "slices"

// ServiceID identifies a child-welfare service (barneverntjeneste) within the caller's data,
// e.g. "kvam" or an organisation number. Ids are chosen by the caller: 1–64 bytes of text
// without control characters or surrounding white space.
type ServiceID string

// Valid reports whether id is a well-formed id.
func (id ServiceID) Valid() bool { return idProblem(string(id)) == "" }

// Service is a municipal child-welfare service (barneverntjeneste). A service may serve
// several municipalities: an inter-municipal service (interkommunal barneverntjeneste) is run
// by a host municipality (vertskommune) on behalf of the others. A learning network's members
// are services, so a network's number of members and its number of municipalities differ.
type Service struct {
	// ID identifies the service. Required.
	ID ServiceID `json:"id"`
	// Name is the service's name, e.g. "Barneverntenesta i Kvam". Required.
	Name string `json:"name"`
	// Host is the host municipality (vertskommune); for a service of one municipality, that
	// municipality. Required, and one of Municipalities.
	Host MunicipalityCode `json:"host"`
	// Municipalities are all the municipalities the service covers, the host included.
	Municipalities []MunicipalityCode `json:"municipalities"`
}

// Validate checks the service: id and name present, host and municipalities well-formed
// codes without repeats, and the host among the municipalities. It returns every problem
// found, joined; each is a [*FieldError] wrapping [ErrInvalidModel].
func (s Service) Validate() error {
	var v validator
	s.validate(&v, "")
	return v.err()
}

func (s Service) validate(v *validator, path string) {
	v.id(field(path, "id"), string(s.ID))
	v.text(field(path, "name"), s.Name, true)
	v.municipality(field(path, "host"), s.Host)
	if len(s.Municipalities) == 0 {
		v.add(field(path, "municipalities"), "", "missing: a service covers at least its host municipality")
		return
	}
	covered := v.municipalities(field(path, "municipalities"), s.Municipalities)
	if s.Host.Valid() && !covered[s.Host] {
		v.add(field(path, "host"), s.Host.String(), "not among the service's municipalities")
	}
}

// Covers reports whether the service covers municipality m.
func (s Service) Covers(m MunicipalityCode) bool { return slices.Contains(s.Municipalities, m) }

// IsInterMunicipal reports whether the service covers more than one municipality
// (interkommunal barneverntjeneste).
func (s Service) IsInterMunicipal() bool { return len(distinctCodes(s.Municipalities)) > 1 }

// distinctCodes returns the non-zero codes of lists, each once, in increasing order.
func distinctCodes(lists ...[]MunicipalityCode) []MunicipalityCode {
	var out []MunicipalityCode
	for _, l := range lists {
		for _, c := range l {
			if c != 0 {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
