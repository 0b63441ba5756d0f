package sdk_test

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The tests' fixture: an invented Vestland network of 2026 (county 46) with a project per
// scheme, a call with a deadline per scheme, and four applications. Only the municipality
// codes are real.
const (
	bergen  lnet.MunicipalityCode = 4601
	voss    lnet.MunicipalityCode = 4621
	kvam    lnet.MunicipalityCode = 4622
	alver   lnet.MunicipalityCode = 4631
	osteroy lnet.MunicipalityCode = 4630
)

func member(id lnet.ServiceID, name string, codes ...lnet.MunicipalityCode) lnet.Member {
	return lnet.Member{
		Service: lnet.Service{ID: id, Name: name, Host: codes[0], Municipalities: codes},
		Representatives: []lnet.Representative{
			{Role: lnet.RoleManagement, Title: "barnevernsleder"},
			{Role: lnet.RoleStaff, Title: "fagkoordinator"},
		},
	}
}

// network returns the fixture network for grant year year.
func network(year int) lnet.Network {
	established := date.New(year-2, time.March, 1)
	adopted := date.New(year-1, time.February, 1)
	anchoredOn := date.New(year-1, time.October, 1)
	period := &lnet.Period{Start: date.New(year, time.January, 1), End: date.New(year+1, time.June, 30)}
	members := []lnet.Member{
		member("bergen", "Barnevernstjenesten i Bergen", bergen),
		member("voss", "Barnevernstjenesten i Voss", voss),
		member("kvam", "Barnevernstjenesten i Kvam", kvam),
		member("nordhordland", "Barnevernstjenesten i Alver og Osterøy", alver, osteroy),
	}
	seats := []lnet.Seat{
		{Kind: lnet.SeatMunicipality, Municipality: bergen},
		{Kind: lnet.SeatMunicipality, Municipality: voss},
		{Kind: lnet.SeatMunicipality, Municipality: kvam},
		{Kind: lnet.SeatOffice, Office: "vestland"},
	}
	project := func(id lnet.ProjectID, s lnet.Scheme, title string, m lnet.MeasureID, partner lnet.PartnerID, aim lnet.Aim, host lnet.MunicipalityCode, others ...lnet.MunicipalityCode) lnet.Project {
		all := append([]lnet.MunicipalityCode{host}, others...)
		anch := make([]lnet.Anchoring, len(all))
		for i, c := range all {
			anch[i] = lnet.Anchoring{Municipality: c, Date: anchoredOn, Body: "kommunedirektør"}
		}
		return lnet.Project{ID: id, Scheme: s, Title: title, Host: host, Participants: others,
			Partners: []lnet.PartnerID{partner}, Period: period, Measure: m, Anchoring: anch, Aims: []lnet.Aim{aim}}
	}
	measure := func(id lnet.MeasureID, title string, m lnet.MunicipalityCode) lnet.Measure {
		return lnet.Measure{ID: id, Title: title, Assessments: []lnet.Assessment{{Kind: lnet.AssessmentStatus, Municipality: m, Summary: "Kartlagt behov"}}}
	}
	return lnet.Network{
		ID: "vestland-sor", Name: "Læringsnettverket i Vestland sør", Office: "vestland", Established: &established,
		Members:       members,
		SteeringGroup: &lnet.SteeringGroup{Established: &established, MeetingsPerYear: 3, Seats: seats},
		Leader:        &lnet.Leader{Service: "bergen", Title: "barnevernsleder", Chosen: &established},
		Partners: []lnet.Partner{
			{ID: "hvl", Name: "Høgskulen på Vestlandet", Kind: lnet.PartnerUniversity},
			{ID: "bufetat-vest", Name: "Bufetat, region vest", Kind: lnet.PartnerBufetat},
		},
		Plan: &lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling", Adopted: &adopted,
			Period: &lnet.Period{Start: adopted, End: date.New(year+2, time.December, 31)},
			Measures: []lnet.Measure{
				measure("m1", "Barnesamtaler", bergen),
				measure("m2", "Oppfølging av fosterhjem", voss),
			}},
		Projects: []lnet.Project{
			project("barnesamtaler", lnet.SchemeSelfInitiated, "Dokumentasjon av barnesamtaler", "m1", "hvl", lnet.AimCompetence, bergen, kvam),
			project("dialog", lnet.SchemeSelfInitiated, "Dialogmøter med skolen", "m1", "hvl", lnet.AimQualityDevelopment, kvam, voss),
			project("fosterhjem", lnet.SchemeFosterHome, "Felles fosterhjemsoppfølging", "m2", "bufetat-vest", lnet.AimFosterHomeFollowUp, voss, alver, osteroy),
		},
		Gatherings: []lnet.Gathering{
			{Kind: lnet.GatheringNetwork, Date: date.New(year, time.February, 10), Title: "Vårsamling", Place: "Bergen"},
			{Kind: lnet.GatheringNetwork, Date: date.New(year, time.September, 15), Title: "Haustsamling", Place: "Voss"},
		},
	}
}

// call returns the fixture call for year: self-initiated kr 600 000 due 1 March,
// foster-home kr 1 000 000 due 1 April, decided 15 May, units of kr 1 000.
func call(year int) sdk.Call {
	return sdk.Call{
		Office: "vestland", Year: year, Decided: date.New(year, time.May, 15), Source: "test",
		Schemes: []sdk.SchemeCall{
			{Scheme: lnet.SchemeSelfInitiated, Pot: lnet.MustNOK("600000"), Deadline: date.New(year, time.March, 1), Unit: lnet.MustNOK("1000")},
			{Scheme: lnet.SchemeFosterHome, Pot: lnet.MustNOK("1000000"), Deadline: date.New(year, time.April, 1), Unit: lnet.MustNOK("1000")},
		},
	}
}

// application returns an application of the fixture network, sent on the day given, with
// a budget the requested amount is 60 % of.
func application(year int, p lnet.ProjectID, s lnet.Scheme, requested int64, sent date.Date) lnet.Application {
	total := requested * 5 / 3
	return lnet.Application{
		ID: lnet.ApplicationID("vestland-" + date.New(year, 1, 1).Format("2006") + "-" + string(p)), Network: "vestland-sor", Project: p,
		Scheme: s, Year: year, Office: "vestland", Requested: must(lnet.NewNOK(requested)), TotalCost: must(lnet.NewNOK(total)),
		Submitted: &sent,
	}
}

// submissions returns the fixture's applications with weights: two self-initiated (one
// sent after the self-initiated deadline but before the foster-home one, so late), and one
// foster-home sent between the two deadlines (in time).
func submissions(year int) []sdk.Submission {
	w := func(n int64) *allocation.Weight { x := allocation.IntWeight(uint64(n)); return &x }
	return []sdk.Submission{
		{Application: application(year, "barnesamtaler", lnet.SchemeSelfInitiated, 400_000, date.New(year, time.February, 20)), Weight: w(2)},
		{Application: application(year, "dialog", lnet.SchemeSelfInitiated, 300_000, date.New(year, time.March, 10)), Weight: w(1)},
		{Application: application(year, "fosterhjem", lnet.SchemeFosterHome, 800_000, date.New(year, time.March, 10)), Weight: w(1)},
	}
}
