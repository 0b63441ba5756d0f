package eligibility_test

import (
	"time"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
)

// Fixtures: a network that meets every rule, and one application per scheme. Tests copy
// them with the fresh* functions and change one thing.

func code(s string) lnet.MunicipalityCode { return lnet.MustMunicipalityCode(s) }

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func dayPtr(y int, m time.Month, d int) *date.Date { v := date.New(y, m, d); return &v }

func twoReps() []lnet.Representative {
	return []lnet.Representative{
		{Role: lnet.RoleManagement, Title: "barnevernleder"},
		{Role: lnet.RoleStaff, Title: "saksbehandler"},
	}
}

// freshNetwork returns a network that meets every rule, with projects whose period ends on
// the spend-by day of grant year.
func freshNetwork(year int) lnet.Network {
	period := &lnet.Period{Start: day(year, time.January, 1), End: lnet.SpendByFor(year)}
	anchored := func(cs ...string) []lnet.Anchoring {
		out := make([]lnet.Anchoring, len(cs))
		for i, c := range cs {
			out[i] = lnet.Anchoring{Municipality: code(c), Date: day(year-1, time.October, 1), Body: "kommunalsjef"}
		}
		return out
	}
	return lnet.Network{
		ID:     "testnett",
		Name:   "Testnettverket",
		Office: "hordaland",
		Members: []lnet.Member{
			{Service: lnet.Service{ID: "kvam", Name: "Kvam barnevern", Host: code("1238"), Municipalities: []lnet.MunicipalityCode{code("1238")}}, Representatives: twoReps()},
			{Service: lnet.Service{ID: "fjell", Name: "Fjell barnevern", Host: code("1246"), Municipalities: []lnet.MunicipalityCode{code("1246")}}, Representatives: twoReps()},
			{Service: lnet.Service{ID: "nord", Name: "Nordhordland barnevern", Host: code("1260"), Municipalities: []lnet.MunicipalityCode{code("1260"), code("1256")}}, Representatives: twoReps()},
		},
		Leader: &lnet.Leader{Service: "kvam", Title: "barnevernleder", Chosen: dayPtr(year-1, time.June, 7)},
		SteeringGroup: &lnet.SteeringGroup{MeetingsPerYear: 3, Seats: []lnet.Seat{
			{Kind: lnet.SeatMunicipality, Municipality: code("1238")},
			{Kind: lnet.SeatMunicipality, Municipality: code("1246")},
			{Kind: lnet.SeatPartner, Partner: "rkbu"},
			{Kind: lnet.SeatOffice, Office: "hordaland"},
		}},
		Partners: []lnet.Partner{
			{ID: "rkbu", Name: "RKBU Vest", Kind: lnet.PartnerKnowledgeCentre},
			{ID: "hvl", Name: "Høgskulen på Vestlandet", Kind: lnet.PartnerUniversity},
			{ID: "bufetat", Name: "Bufetat region vest", Kind: lnet.PartnerBufetat},
		},
		Plan: &lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling", Adopted: dayPtr(year-1, time.September, 13), Measures: []lnet.Measure{
			{ID: "m1", Title: "Bedre arbeid i høykonfliktsaker", Assessments: []lnet.Assessment{{Kind: lnet.AssessmentRisk, Municipality: code("1238"), Summary: "mange høykonfliktsaker"}}},
			{ID: "m2", Title: "Bedre oppfølging av fosterhjem", Assessments: []lnet.Assessment{{Kind: lnet.AssessmentStatus, Municipality: code("1260"), Summary: "få veiledningstiltak"}}},
		}},
		Projects: []lnet.Project{
			{ID: "p-self", Scheme: lnet.SchemeSelfInitiated, Title: "Barnevernets rolle i høykonfliktsaker", Host: code("1238"),
				Participants: []lnet.MunicipalityCode{code("1246")}, Partners: []lnet.PartnerID{"rkbu"}, Period: period, Measure: "m1",
				Anchoring: anchored("1238", "1246"), OtherServices: []string{"familievernet"}, Aims: []lnet.Aim{lnet.AimCompetence}},
			{ID: "p-foster", Scheme: lnet.SchemeFosterHome, Title: "Veiledning av fosterhjem", Host: code("1260"),
				Participants: []lnet.MunicipalityCode{code("1256")}, Partners: []lnet.PartnerID{"bufetat"}, Period: period, Measure: "m2",
				Anchoring: anchored("1260", "1256"), OtherServices: []string{"helsestasjon"}, Aims: []lnet.Aim{lnet.AimFosterHomeGuidance}},
		},
		Gatherings: []lnet.Gathering{{Kind: lnet.GatheringNetwork, Date: day(year-1, time.September, 13), Title: "Læringsnettverkssamling",
			Attendance: &lnet.Attendance{ServiceCount: 3, MunicipalityCount: 4}}},
	}
}

// freshApplication returns an application under scheme for grant year that meets every
// rule with [testDeadline].
func freshApplication(scheme lnet.Scheme, year int) lnet.Application {
	project := lnet.ProjectID("p-self")
	if scheme == lnet.SchemeFosterHome {
		project = "p-foster"
	}
	return lnet.Application{
		ID: "søknad-1", Network: "testnett", Project: project, Scheme: scheme, Year: year, Office: "hordaland",
		Requested: lnet.MustNOK("200000"), TotalCost: lnet.MustNOK("500000"),
		Budget: []lnet.BudgetLine{
			{Category: lnet.BudgetProjectManagement, Cost: lnet.MustNOK("300000"), Requested: lnet.MustNOK("150000")},
			{Category: lnet.BudgetExternalCompetence, Cost: lnet.MustNOK("200000"), Requested: lnet.MustNOK("50000")},
		},
		Submitted: dayPtr(year-1, time.October, 30),
	}
}

// testDeadline is the office's deadline used with the fixtures: 1 November of the year
// before the grant year.
func testDeadline(year int) date.Date { return day(year-1, time.November, 1) }

// grantYear returns a grant year governed by edition e.
func grantYear(e interface{ GrantYears() (int, int) }) int { y, _ := e.GrantYears(); return y }
