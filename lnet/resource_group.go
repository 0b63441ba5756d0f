package lnet

import "github.com/rickb777/date/v2"

// ResourceGroup is a resource group (ressursgruppe) that a network's projects can ask for
// advice and assistance: representatives of competence environments and of other
// contributors, often shared by the networks of several counties. In September 2018 the
// governor of Hordaland was to talk with Rogaland about setting one up "på tvers av
// Hordaland, Rogaland og Sogn og Fjordane for læringsnettverkene", inviting the competence
// environments "og andre bidragsytere som forandringsfabrikken, KS og Bufetat".
//
// A network holds the group it belongs to, or the one being set up, in
// [Network.ResourceGroup]; its partners and contributors refer to the network's
// [Network.Partners] and [Network.Contributors] by id. Established is nil while the group
// is planned or when the day is not known.
type ResourceGroup struct {
	// Name is the group's name, if it has one. Optional.
	Name string `json:"name,omitempty"`
	// Counties are the counties (fylker) whose networks share the group, by their number
	// on the day the group was set up or planned, e.g. 11 Rogaland, 12 Hordaland and 14
	// Sogn og Fjordane in 2018.
	Counties []CountyCode `json:"counties,omitempty"`
	// Partners are the ids of the competence environments in the group, among the
	// network's partners.
	Partners []PartnerID `json:"partners,omitempty"`
	// Contributors are the ids of the other contributors in the group, among the network's
	// contributors.
	Contributors []ContributorID `json:"contributors,omitempty"`
	// Established is the day the group was set up; nil while it is planned or when the day
	// is not known.
	Established *date.Date `json:"established,omitempty"`
	// Source says where the group is described, e.g. the minutes of a gathering, ideally
	// with the words of the source. Optional.
	Source string `json:"source,omitempty"`
}

// Validate checks the group on its own: county numbers well formed and not repeated,
// partner and contributor ids well formed and not repeated, the date, and the texts.
// [Network.Validate] also checks that the partners and contributors exist in the network.
// Each problem is a [*FieldError] wrapping [ErrInvalidModel].
func (g ResourceGroup) Validate() error {
	var v validator
	g.validate(&v, "")
	return v.err()
}

func (g ResourceGroup) validate(v *validator, path string) {
	v.text(field(path, "name"), g.Name, false)
	v.text(field(path, "source"), g.Source, false)
	v.optionalDate(field(path, "established"), g.Established)

	counties := field(path, "counties")
	seen := make(map[CountyCode]int)
	for i, c := range g.Counties {
		p := index(counties, i)
		switch {
		case c == 0:
			v.add(p, "", "missing county number")
			continue
		case !c.Valid():
			v.add(p, c.String(), "not a two-digit county number")
			continue
		}
		if j, dup := seen[c]; dup {
			v.addf(p, c.String(), "duplicate of %s", index(counties, j))
			continue
		}
		seen[c] = i
	}

	partners := field(path, "partners")
	for i, id := range g.Partners {
		v.id(index(partners, i), string(id))
	}
	uniqueIDs(v, len(g.Partners),
		func(i int) PartnerID { return g.Partners[i] },
		func(i int) string { return index(partners, i) })

	contributors := field(path, "contributors")
	for i, id := range g.Contributors {
		v.id(index(contributors, i), string(id))
	}
	uniqueIDs(v, len(g.Contributors),
		func(i int) ContributorID { return g.Contributors[i] },
		func(i int) string { return index(contributors, i) })
}

// AcrossCounties reports whether the group is shared by the networks of more than one
// county.
func (g ResourceGroup) AcrossCounties() bool {
	seen := make(map[CountyCode]bool)
	for _, c := range g.Counties {
		if c != 0 {
			seen[c] = true
		}
	}
	return len(seen) > 1
}
