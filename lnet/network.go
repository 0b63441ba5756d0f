package lnet

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/rickb777/date/v2"
)

// NetworkID identifies a learning network within the caller's data, e.g. "hordaland".
type NetworkID string

// Valid reports whether id is a well-formed id (1–64 bytes, no control characters or
// surrounding white space).
func (id NetworkID) Valid() bool { return idProblem(string(id)) == "" }

// Network is a municipal learning network in child welfare (kommunalt læringsnettverk): a
// voluntary, organised collaboration of several municipalities' child-welfare services
// across municipal borders, established and followed up by the governor office of its region.
// Its members are services, each covering one or more municipalities, and a municipality
// may have several services (Bergen's district services: the Hordaland minutes of 2018 speak
// of "alle barneverntjenestene i Bergen"), so a network's number of members and its number of
// municipalities differ (see [Network.MemberCount] and [Network.MunicipalityCount]); where
// the guidelines count municipalities, each counts once.
//
// Competence environments (kompetansemiljøer) are Partners; KS, Bufetat, user organisations
// and other contributors (bidragsytere) are Contributors, and the resource group
// (ressursgruppe) the network shares with others is ResourceGroup.
//
// Optional parts are nil when absent: a nil Leader means no leader has been chosen, a nil
// SteeringGroup that none has been set up, a nil Plan that no plan is recorded. Decisions
// keep why, when the network has recorded it.
type Network struct {
	// ID identifies the network; applications refer to it. Required.
	ID NetworkID `json:"id"`
	// Name is the network's name, e.g. "Læringsnettverket i Hordaland". Required.
	Name string `json:"name"`
	// Office is the governor office that follows the network up. Required.
	Office OfficeID `json:"office"`
	// Established is the day the network was established, if known.
	Established *date.Date `json:"established,omitempty"`
	// Members are the member services, each once.
	Members []Member `json:"members,omitempty"`
	// Leader is the leader the network has chosen; nil if none.
	Leader *Leader `json:"leader,omitempty"`
	// SteeringGroup is the network's steering group; nil if none.
	SteeringGroup *SteeringGroup `json:"steering_group,omitempty"`
	// Partners are the competence environments (kompetansemiljøer) of the network. Older
	// data may also hold KS, Bufetat and others here (see [PartnerKind]); new data holds
	// them in Contributors.
	Partners []Partner `json:"partners,omitempty"`
	// Contributors are the network's contributors that are not competence environments
	// (bidragsytere): KS, Bufetat, user organisations and others.
	Contributors []Contributor `json:"contributors,omitempty"`
	// ResourceGroup is the resource group (ressursgruppe) the network belongs to or is
	// setting up, often shared with the networks of other counties; nil if none.
	ResourceGroup *ResourceGroup `json:"resource_group,omitempty"`
	// Horizon is how long the network is meant to last, in its source's words; nil if not
	// recorded.
	Horizon *Horizon `json:"horizon,omitempty"`
	// Plan is the plan for competence and quality development; nil if none is recorded.
	Plan *Plan `json:"plan,omitempty"`
	// Projects are the network's development projects.
	Projects []Project `json:"projects,omitempty"`
	// Gatherings are the network's meetings.
	Gatherings []Gathering `json:"gatherings,omitempty"`
	// Decisions are the decisions the network has recorded.
	Decisions []Decision `json:"decisions,omitempty"`
}

// Validate checks the whole network and reports every problem at once, joined with
// [errors.Join]; each is a [*FieldError] (wrapping [ErrInvalidModel]) whose Path locates the
// field in JSON names, e.g. "members[2].representatives[0].role".
//
// Beyond the checks of each part (see [Member.Validate], [Project.Validate] and so on), it
// checks that member services, partners, contributors, projects and measures have unique
// ids, and that every id the network refers to exists: the leader's service among the
// members, partners of projects, project groups, seats, attendance and the resource group
// among the partners, the resource group's contributors among the contributors, a project's
// measure in the plan, a decision's project among the projects. Several member services may
// cover the same municipality (a city's district services); a service covers each of its
// municipalities once.
//
// It checks the form of municipality codes, not whether they existed on a date (that is the
// register's job), and no guideline rule: whether the network spans several municipalities,
// sends two representatives per municipality, has a leader or works with a competence
// environment is for the eligibility package, which reads it from the network's methods.
func (n Network) Validate() error {
	var v validator
	n.validate(&v, "")
	return v.err()
}

func (n Network) validate(v *validator, path string) {
	v.id(field(path, "id"), string(n.ID))
	v.text(field(path, "name"), n.Name, true)
	v.office(field(path, "office"), n.Office)
	v.optionalDate(field(path, "established"), n.Established)

	// Members: each valid, unique services. Several services may cover one municipality.
	members := field(path, "members")
	memberPath := func(i int) string { return index(members, i) }
	for i, m := range n.Members {
		m.validate(v, memberPath(i))
	}
	serviceIDs := uniqueIDs(v, len(n.Members),
		func(i int) ServiceID { return n.Members[i].Service.ID },
		func(i int) string { return field(memberPath(i), "service.id") })

	// Partners.
	partners := field(path, "partners")
	for i, p := range n.Partners {
		p.validate(v, index(partners, i))
	}
	partnerIDs := uniqueIDs(v, len(n.Partners),
		func(i int) PartnerID { return n.Partners[i].ID },
		func(i int) string { return field(index(partners, i), "id") })
	checkPartner := func(p string, id PartnerID) {
		if _, ok := partnerIDs[id]; id != "" && !ok {
			v.add(p, string(id), "not one of the network's partners")
		}
	}

	// Contributors and the resource group.
	contributors := field(path, "contributors")
	for i, c := range n.Contributors {
		c.validate(v, index(contributors, i))
	}
	contributorIDs := uniqueIDs(v, len(n.Contributors),
		func(i int) ContributorID { return n.Contributors[i].ID },
		func(i int) string { return field(index(contributors, i), "id") })
	if g := n.ResourceGroup; g != nil {
		gp := field(path, "resource_group")
		g.validate(v, gp)
		for i, id := range g.Partners {
			checkPartner(index(field(gp, "partners"), i), id)
		}
		for i, id := range g.Contributors {
			if _, ok := contributorIDs[id]; id != "" && !ok {
				v.add(index(field(gp, "contributors"), i), string(id), "not one of the network's contributors")
			}
		}
	}
	if n.Horizon != nil {
		n.Horizon.validate(v, field(path, "horizon"))
	}

	// Leader.
	if l := n.Leader; l != nil {
		lp := field(path, "leader")
		l.validate(v, lp)
		if i, ok := serviceIDs[l.Service]; l.Service != "" && !ok {
			v.add(field(lp, "service"), string(l.Service), "not a member service of the network")
		} else if ok && l.Municipality.Valid() && !n.Members[i].Service.Covers(l.Municipality) {
			v.addf(field(lp, "municipality"), l.Municipality.String(), "not covered by service %q", l.Service)
		}
	}

	// Steering group.
	if g := n.SteeringGroup; g != nil {
		gp := field(path, "steering_group")
		g.validate(v, gp)
		for i, s := range g.Seats {
			if s.Kind == SeatPartner {
				checkPartner(field(index(field(gp, "seats"), i), "partner"), s.Partner)
			}
		}
	}

	// Plan.
	var measureIDs map[MeasureID]int
	if n.Plan != nil {
		n.Plan.validate(v, field(path, "plan"))
		measureIDs = uniqueIDs(&validator{}, len(n.Plan.Measures),
			func(i int) MeasureID { return n.Plan.Measures[i].ID },
			func(int) string { return "" })
	}

	// Projects.
	projects := field(path, "projects")
	for i, p := range n.Projects {
		pp := index(projects, i)
		p.validate(v, pp)
		for j, id := range p.Partners {
			checkPartner(index(field(pp, "partners"), j), id)
		}
		if p.Group != nil {
			for j, id := range p.Group.Partners {
				checkPartner(index(field(pp, "group.partners"), j), id)
			}
		}
		if p.Measure != "" {
			if n.Plan == nil {
				v.add(field(pp, "measure"), string(p.Measure), "the network has no plan")
			} else if _, ok := measureIDs[p.Measure]; !ok {
				v.add(field(pp, "measure"), string(p.Measure), "not a measure of the network's plan")
			}
		}
	}
	projectIDs := uniqueIDs(v, len(n.Projects),
		func(i int) ProjectID { return n.Projects[i].ID },
		func(i int) string { return field(index(projects, i), "id") })

	// Gatherings.
	gatherings := field(path, "gatherings")
	for i, g := range n.Gatherings {
		gp := index(gatherings, i)
		g.validate(v, gp)
		if g.Attendance != nil {
			for j, id := range g.Attendance.Partners {
				checkPartner(index(field(gp, "attendance.partners"), j), id)
			}
		}
	}

	// Decisions.
	decisions := field(path, "decisions")
	for i, d := range n.Decisions {
		dp := index(decisions, i)
		d.validate(v, dp)
		if _, ok := projectIDs[d.Project]; d.Project != "" && !ok {
			v.add(field(dp, "project"), string(d.Project), "not one of the network's projects")
		}
	}
}

// MemberCount returns the number of member services (barneverntjenester). Nine services
// may represent eighteen municipalities, and one municipality may have several services: see
// [Network.MunicipalityCount].
func (n Network) MemberCount() int { return len(n.Members) }

// Municipalities returns the municipalities the member services cover, each once, in
// increasing order: a municipality with several member services (Bergen's district
// services) is one municipality. This is what the guidelines count where they count
// municipalities.
func (n Network) Municipalities() []MunicipalityCode {
	lists := make([][]MunicipalityCode, len(n.Members))
	for i, m := range n.Members {
		lists[i] = m.Service.Municipalities
	}
	return distinctCodes(lists...)
}

// MunicipalityCount returns the number of distinct municipalities the member services
// cover, each counted once however many of its services are members.
func (n Network) MunicipalityCount() int { return len(n.Municipalities()) }

// MunicipalitiesByCounty returns the network's municipalities grouped by the county number
// in their codes ([MunicipalityCode.County]), each group in increasing order.
func (n Network) MunicipalitiesByCounty() map[CountyCode][]MunicipalityCode {
	out := make(map[CountyCode][]MunicipalityCode)
	for _, c := range n.Municipalities() {
		out[c.County()] = append(out[c.County()], c)
	}
	return out
}

// Counties returns the county numbers of the network's municipalities, each once, in
// increasing order.
func (n Network) Counties() []CountyCode {
	var out []CountyCode
	for _, c := range n.Municipalities() {
		out = append(out, c.County())
	}
	return slices.Compact(out) // sorted already: the county is the code's leading digits
}

// Covers reports whether a member service covers municipality m.
func (n Network) Covers(m MunicipalityCode) bool {
	_, ok := n.MemberCovering(m)
	return ok
}

// MemberCovering returns the first member, in member order, whose service covers
// municipality m. A municipality may have several member services: see
// [Network.MembersCovering].
func (n Network) MemberCovering(m MunicipalityCode) (Member, bool) {
	for _, mem := range n.Members {
		if mem.Service.Covers(m) {
			return mem, true
		}
	}
	return Member{}, false
}

// MembersCovering returns every member whose service covers municipality m, in member
// order: one for most municipalities, several for a city with district services.
func (n Network) MembersCovering(m MunicipalityCode) []Member {
	return n.membersWhere(func(mem Member) bool { return mem.Service.Covers(m) })
}

// Member returns the member with service id.
func (n Network) Member(id ServiceID) (Member, bool) {
	for _, m := range n.Members {
		if m.Service.ID == id {
			return m, true
		}
	}
	return Member{}, false
}

// RepresentativesFor returns the representatives who speak for municipality m: those of
// every member service covering m named for m or sent for the whole service (see
// [Member.RepresentativesFor]), in member order. The guidelines recommend two per
// municipality, one of them from management; a municipality with several services counts
// once, with the representatives of all its services.
func (n Network) RepresentativesFor(m MunicipalityCode) []Representative {
	var out []Representative
	for _, mem := range n.MembersCovering(m) {
		out = append(out, mem.RepresentativesFor(m)...)
	}
	return out
}

// MembersWithManagement returns the members that send someone from management (ledelse), in
// member order.
func (n Network) MembersWithManagement() []Member {
	return n.membersWhere(func(m Member) bool { return m.HasManagement() })
}

// MembersWithoutManagement returns the members that send no one from management, in member
// order. The guidelines recommend that one of each municipality's two representatives comes
// from management.
func (n Network) MembersWithoutManagement() []Member {
	return n.membersWhere(func(m Member) bool { return !m.HasManagement() })
}

func (n Network) membersWhere(keep func(Member) bool) []Member {
	var out []Member
	for _, m := range n.Members {
		if keep(m) {
			out = append(out, m)
		}
	}
	return out
}

// Partner returns the partner with the given id.
func (n Network) Partner(id PartnerID) (Partner, bool) {
	for _, p := range n.Partners {
		if p.ID == id {
			return p, true
		}
	}
	return Partner{}, false
}

// CompetencePartners returns the partners that count as competence environments
// (kompetansemiljøer), in partner order.
func (n Network) CompetencePartners() []Partner {
	var out []Partner
	for _, p := range n.Partners {
		if p.IsCompetenceEnvironment() {
			out = append(out, p)
		}
	}
	return out
}

// Contributor returns the contributor with the given id.
func (n Network) Contributor(id ContributorID) (Contributor, bool) {
	for _, c := range n.Contributors {
		if c.ID == id {
			return c, true
		}
	}
	return Contributor{}, false
}

// StartedProjects returns the projects that have been set in motion (see
// [Project.Started]), in project order: project ideas and projects being clarified are left
// out.
func (n Network) StartedProjects() []Project {
	var out []Project
	for _, p := range n.Projects {
		if p.Started() {
			out = append(out, p)
		}
	}
	return out
}

// Project returns the project with the given id.
func (n Network) Project(id ProjectID) (Project, bool) {
	for _, p := range n.Projects {
		if p.ID == id {
			return p, true
		}
	}
	return Project{}, false
}

// ProjectFor returns the project an application is for. It fails with an error wrapping
// [ErrNotFound] if the application is for another network or the network has no such
// project.
func (n Network) ProjectFor(a Application) (Project, error) {
	if a.Network != n.ID {
		return Project{}, fmt.Errorf("lnet: application %q is for network %q, not %q: %w", a.ID, a.Network, n.ID, ErrNotFound)
	}
	p, ok := n.Project(a.Project)
	if !ok {
		return Project{}, fmt.Errorf("lnet: application %q: network %q has no project %q: %w", a.ID, n.ID, a.Project, ErrNotFound)
	}
	return p, nil
}

// ProjectPartners returns the partners of project p, resolved among the network's partners,
// in the project's order. It fails with an error wrapping [ErrNotFound] naming the first id
// that is not one of the network's partners.
func (n Network) ProjectPartners(p Project) ([]Partner, error) {
	out := make([]Partner, 0, len(p.Partners))
	for _, id := range p.Partners {
		partner, ok := n.Partner(id)
		if !ok {
			return nil, fmt.Errorf("lnet: project %q: network %q has no partner %q: %w", p.ID, n.ID, id, ErrNotFound)
		}
		out = append(out, partner)
	}
	return out, nil
}

// ProjectsIn returns the projects of scheme s, in project order.
func (n Network) ProjectsIn(s Scheme) []Project {
	var out []Project
	for _, p := range n.Projects {
		if p.Scheme == s {
			out = append(out, p)
		}
	}
	return out
}

// DecisionsAbout returns the decisions on subject s, ordered by date (decisions of the
// same day in recorded order).
func (n Network) DecisionsAbout(s DecisionSubject) []Decision {
	var out []Decision
	for _, d := range n.Decisions {
		if d.Subject == s {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b Decision) int { return cmp.Compare(a.Date, b.Date) })
	return out
}

// GatheringsOf returns the gatherings of kind k, ordered by date.
func (n Network) GatheringsOf(k GatheringKind) []Gathering {
	var out []Gathering
	for _, g := range n.Gatherings {
		if g.Kind == k {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b Gathering) int { return cmp.Compare(a.Date, b.Date) })
	return out
}
