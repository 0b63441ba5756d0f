package lnet

import "github.com/rickb777/date/v2"

// ProjectGroup is the group responsible for a development project (ansvarlig
// prosjektgruppe): the municipalities that have a member in it and the partners working in
// it. In the minutes of the Hordaland network of 13 September 2018 the group of
// "Barnevernets rolle i høykonfliktsaker" is "Kvam (Vertskommune) Fjell og Radøy"; the group
// of "Dokumentasjon av barnesamtaler" was still to be settled.
type ProjectGroup struct {
	// Municipalities are the municipalities with a member in the group, usually the
	// project's host and participants.
	Municipalities []MunicipalityCode `json:"municipalities,omitempty"`
	// Partners are the ids of the network's partners with a member in the group.
	Partners []PartnerID `json:"partners,omitempty"`
	// Established is the day the group was set up, if known.
	Established *date.Date `json:"established,omitempty"`
}

// Validate checks the group on its own: at least one municipality or partner, codes well
// formed and not repeated, partner ids well formed and not repeated, and the date.
// [Network.Validate] also checks that the partners exist in the network. Each problem is a
// [*FieldError] wrapping [ErrInvalidModel].
func (g ProjectGroup) Validate() error {
	var v validator
	g.validate(&v, "")
	return v.err()
}

func (g ProjectGroup) validate(v *validator, path string) {
	if len(g.Municipalities) == 0 && len(g.Partners) == 0 {
		v.add(field(path, "municipalities"), "", "missing: a project group has at least one municipality or partner")
	}
	v.municipalities(field(path, "municipalities"), g.Municipalities)
	partners := field(path, "partners")
	for i, id := range g.Partners {
		v.id(index(partners, i), string(id))
	}
	uniqueIDs(v, len(g.Partners),
		func(i int) PartnerID { return g.Partners[i] },
		func(i int) string { return index(partners, i) })
	v.optionalDate(field(path, "established"), g.Established)
}
