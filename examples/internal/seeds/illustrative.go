package seeds

import (
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Builders of the illustrative networks and applications. Every value they make is
// invented for the examples; only the municipality codes are real.

// service returns a member service covering the municipalities codes, the first being the
// host, with the two representatives the guidelines ask for: one from management, one
// professional.
func service(id lnet.ServiceID, name string, codes ...lnet.MunicipalityCode) lnet.Member {
	return lnet.Member{
		Service: lnet.Service{ID: id, Name: name, Host: codes[0], Municipalities: codes},
		Representatives: []lnet.Representative{
			{Role: lnet.RoleManagement, Title: "barnevernleder"},
			{Role: lnet.RoleStaff, Title: "fagkoordinator"},
		},
	}
}

// measure returns a plan measure grounded in a status assessment of municipality m.
func measure(id lnet.MeasureID, title string, m lnet.MunicipalityCode, finding string) lnet.Measure {
	return lnet.Measure{
		ID:          id,
		Title:       title,
		Assessments: []lnet.Assessment{{Kind: lnet.AssessmentStatus, Municipality: m, Summary: finding}},
	}
}

// anchored returns the endorsement of every municipality in codes by body on day on.
func anchored(on date.Date, body string, codes ...lnet.MunicipalityCode) []lnet.Anchoring {
	out := make([]lnet.Anchoring, len(codes))
	for i, c := range codes {
		out[i] = lnet.Anchoring{Municipality: c, Date: on, Body: body}
	}
	return out
}

// steeringGroup returns a steering group of the host municipalities of the first three
// members and the office, meeting three times a year.
func steeringGroup(office lnet.OfficeID, established date.Date, members []lnet.Member) *lnet.SteeringGroup {
	g := &lnet.SteeringGroup{Established: &established, MeetingsPerYear: 3}
	for _, m := range members[:min(3, len(members))] {
		g.Seats = append(g.Seats, lnet.Seat{Kind: lnet.SeatMunicipality, Municipality: m.Service.Host})
	}
	g.Seats = append(g.Seats, lnet.Seat{Kind: lnet.SeatOffice, Office: office})
	return g
}

// gatherings returns the spring and autumn gatherings of year, with every member present.
func gatherings(year int, place string, services, municipalities int) []lnet.Gathering {
	att := func() *lnet.Attendance {
		return &lnet.Attendance{ServiceCount: services, MunicipalityCount: municipalities, Office: true}
	}
	return []lnet.Gathering{
		{Kind: lnet.GatheringNetwork, Date: date.New(year, 2, 12), Title: "Vårsamling", Place: place, Attendance: att()},
		{Kind: lnet.GatheringNetwork, Date: date.New(year, 9, 12), Title: "Høstsamling", Place: place, Attendance: att()},
	}
}

// kr returns whole kroner of the seed tables, whose literal amounts are far within
// ±lnet.MaxNOK; like lnet.MustNOK it is for constants, never for input.
func kr(kroner int64) lnet.NOK { return lnet.MustNOK(strconv.FormatInt(kroner, 10)) }

// budget returns a two-line budget: project management and external competence, with the
// requested amount split in the same proportion as the cost, to the krone.
func budget(requested, total int64) []lnet.BudgetLine {
	mgmtCost := total * 3 / 5
	mgmtReq := requested * 3 / 5
	return []lnet.BudgetLine{
		{Category: lnet.BudgetProjectManagement, Description: "Prosjektleder", Cost: kr(mgmtCost), Requested: kr(mgmtReq)},
		{Category: lnet.BudgetExternalCompetence, Description: "Opplæring, kvalitetssikring og evaluering", Cost: kr(total - mgmtCost), Requested: kr(requested - mgmtReq)},
	}
}

// submission returns an application of network n for its project p, with a budget.
func submission(n lnet.Network, p lnet.ProjectID, scheme lnet.Scheme, year int, requested, total int64, submitted date.Date, priority int64) Submission {
	return Submission{
		Application: lnet.Application{
			ID:        lnet.ApplicationID(string(n.Office) + "-" + strconv.Itoa(year) + "-" + string(p)),
			Network:   n.ID,
			Project:   p,
			Scheme:    scheme,
			Year:      year,
			Office:    n.Office,
			Requested: kr(requested),
			TotalCost: kr(total),
			Budget:    budget(requested, total),
			Submitted: &submitted,
		},
		Priority: priority,
	}
}
