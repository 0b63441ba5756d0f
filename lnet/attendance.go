package lnet

import "strconv"

// Attendance records who came to a gathering (oppmøte). Services and municipalities are
// counted apart, since one inter-municipal service represents several municipalities: the
// Hordaland gathering of 13 September 2018 had 9 services representing 18 municipalities.
// The counts may be known without the lists (as in minutes that give only numbers); when a
// list is given, its count must match its length.
type Attendance struct {
	// ServiceCount is the number of child-welfare services present.
	ServiceCount int `json:"service_count"`
	// MunicipalityCount is the number of municipalities represented.
	MunicipalityCount int `json:"municipality_count"`
	// Services are the ids of the services present, if recorded. Guests from outside the
	// network may be among them.
	Services []ServiceID `json:"services,omitempty"`
	// Municipalities are the municipalities represented, if recorded.
	Municipalities []MunicipalityCode `json:"municipalities,omitempty"`
	// Partners are the ids of partners present, if recorded (e.g. RKBU Vest, Høgskulen på
	// Vestlandet).
	Partners []PartnerID `json:"partners,omitempty"`
	// Office reports whether the governor office was present.
	Office bool `json:"office,omitzero"`
}

// Validate checks the attendance: counts not negative and matching the lists when these are
// given; ids and codes well formed and not repeated.
func (a Attendance) Validate() error {
	var v validator
	a.validate(&v, "")
	return v.err()
}

func (a Attendance) validate(v *validator, path string) {
	count := func(name string, n, listed int, list string) {
		p := field(path, name)
		switch {
		case n < 0:
			v.add(p, strconv.Itoa(n), "must not be negative")
		case listed > 0 && n != listed:
			v.addf(p, strconv.Itoa(n), "does not match the %d %s listed", listed, list)
		}
	}
	count("service_count", a.ServiceCount, len(a.Services), "services")
	count("municipality_count", a.MunicipalityCount, len(a.Municipalities), "municipalities")

	services := field(path, "services")
	for i, id := range a.Services {
		v.id(index(services, i), string(id))
	}
	uniqueIDs(v, len(a.Services),
		func(i int) ServiceID { return a.Services[i] },
		func(i int) string { return index(services, i) })
	v.municipalities(field(path, "municipalities"), a.Municipalities)
	partners := field(path, "partners")
	for i, id := range a.Partners {
		v.id(index(partners, i), string(id))
	}
	uniqueIDs(v, len(a.Partners),
		func(i int) PartnerID { return a.Partners[i] },
		func(i int) string { return index(partners, i) })
}
