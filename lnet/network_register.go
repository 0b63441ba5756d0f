package lnet

import (
	"fmt"

	"github.com/rickb777/date/v2"
)

// ValidateOn checks the network against the register on day d, beyond [Network.Validate]:
// the office existed that day, every municipality of its members, steering-group seats,
// leader, projects and project groups was a municipality that day (codes change: 1238 Kvam
// became 4622 on 1 January 2020), the resource group's counties were counties that day, and
// the members' municipalities lie in the office's region. It reports
// every problem at once: [Network.Validate]'s field errors first, then the register's, each a
// [*FieldError] wrapping [ErrInvalidModel]. A nil register means [DefaultRegister]. A day
// outside the register's coverage fails with an error wrapping [ErrOutOfRange].
func (n Network) ValidateOn(r *Register, d date.Date) error {
	if r == nil {
		r = DefaultRegister()
	}
	if cov := r.Coverage(); !cov.Contains(d) {
		return &LookupError{What: "network", Key: string(n.ID), Date: d, Reason: "outside the register's coverage " + cov.String(), Err: ErrOutOfRange}
	}
	var v validator
	n.validate(&v, "")
	office, officeErr := r.OfficeOn(n.Office, d)
	if n.Office != "" && officeErr != nil {
		v.add("office", string(n.Office), fmt.Sprintf("no governor office with this id on %s", d))
	}
	check := func(path string, m MunicipalityCode, inRegion bool) {
		if m.IsZero() {
			return
		}
		mun, err := r.MunicipalityOn(m, d)
		if err != nil {
			v.add(path, m.String(), fmt.Sprintf("not a municipality on %s", d))
			return
		}
		if inRegion && officeErr == nil && !office.Covers(mun.County) {
			v.add(path, m.String(), fmt.Sprintf("%s lies in county %s, outside the region of %s on %s", mun.Name, mun.County, office.Title, d))
		}
	}
	for i, mem := range n.Members {
		svc := field(index("members", i), "service")
		check(field(svc, "host"), mem.Service.Host, false)
		for j, m := range mem.Service.Municipalities {
			check(index(field(svc, "municipalities"), j), m, true)
		}
		for j, rep := range mem.Representatives {
			check(field(index(field(index("members", i), "representatives"), j), "municipality"), rep.Municipality, false)
		}
	}
	if n.Leader != nil {
		check("leader.municipality", n.Leader.Municipality, false)
	}
	if n.SteeringGroup != nil {
		for i, s := range n.SteeringGroup.Seats {
			check(field(index("steering_group.seats", i), "municipality"), s.Municipality, false)
		}
	}
	for i, p := range n.Projects {
		pp := index("projects", i)
		check(field(pp, "host"), p.Host, false)
		for j, m := range p.Participants {
			check(index(field(pp, "participants"), j), m, false)
		}
		for j, a := range p.Anchoring {
			check(field(index(field(pp, "anchoring"), j), "municipality"), a.Municipality, false)
		}
		if p.Group != nil {
			for j, m := range p.Group.Municipalities {
				check(index(field(pp, "group.municipalities"), j), m, false)
			}
		}
	}
	if g := n.ResourceGroup; g != nil {
		for i, c := range g.Counties {
			if c.Valid() {
				if _, err := r.CountyOn(c, d); err != nil {
					v.add(index("resource_group.counties", i), c.String(), fmt.Sprintf("not a county on %s", d))
				}
			}
		}
	}
	return v.err()
}
