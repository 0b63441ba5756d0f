package main

import (
	"time"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
)

// The Hordaland learning network as the county governor's letters and minutes of 2018
// describe it (seeds 000 and 002), with municipality codes as valid in 2018: Kvam 1238,
// Fjell 1246, Radøy 1260, Os 1243, Bergen 1201. Where the sources say nothing, the network
// records nothing, and the reports show the gap. The applications are illustrative: the
// sources do not include them; what they add is marked below.

func code(s string) lnet.MunicipalityCode { return lnet.MustMunicipalityCode(s) }

func day(y int, m time.Month, d int) *date.Date {
	v := date.New(y, m, d)
	return &v
}

// member is a one-municipality service. The minutes do not list who each municipality sent;
// the example records two representatives, one from management, as the invitation of 2018
// asked the municipalities to send (an assumption of the example).
func member(id lnet.ServiceID, name, municipality string) lnet.Member {
	return lnet.Member{
		Service: lnet.Service{ID: id, Name: name, Host: code(municipality), Municipalities: []lnet.MunicipalityCode{code(municipality)}},
		Representatives: []lnet.Representative{
			{Role: lnet.RoleManagement, Title: "barnevernleiar"},
			{Role: lnet.RoleStaff, Title: "sakshandsamar"},
		},
	}
}

// hordalandNetwork returns the network as of the gathering of 13 September 2018.
func hordalandNetwork() lnet.Network {
	return lnet.Network{
		ID:          "hordaland",
		Name:        "Læringsnettverket for barnevernet i Hordaland",
		Office:      "hordaland",
		Established: day(2018, time.June, 7),
		// Nine services for eighteen municipalities came to the gathering; the sources name
		// five of the municipalities.
		Members: []lnet.Member{
			member("kvam", "Barneverntenesta i Kvam", "1238"),
			member("fjell", "Barneverntenesta i Fjell", "1246"),
			member("radoy", "Barneverntenesta i Radøy", "1260"),
			member("os", "Barneverntenesta i Os", "1243"),
			member("bergen", "Barneverntjenesten i Bergen", "1201"),
		},
		// No leader: see the decision of 13 September 2018.
		SteeringGroup: &lnet.SteeringGroup{
			Established:     day(2018, time.September, 13),
			MeetingsPerYear: 3,
			Seats: []lnet.Seat{
				{Kind: lnet.SeatMunicipality, Municipality: code("1238")},
				{Kind: lnet.SeatMunicipality, Municipality: code("1246")},
				{Kind: lnet.SeatMunicipality, Municipality: code("1260")},
				{Kind: lnet.SeatMunicipality, Municipality: code("1243")},
				{Kind: lnet.SeatPartner, Partner: "rkbu-vest"},
				{Kind: lnet.SeatOffice, Office: "hordaland"},
			},
		},
		Partners: []lnet.Partner{
			{ID: "rkbu-vest", Name: "RKBU Vest", Kind: lnet.PartnerKnowledgeCentre},
			{ID: "hvl", Name: "Høgskulen på Vestlandet", Kind: lnet.PartnerUniversity},
		},
		// No plan for competence and quality development is recorded in the sources.
		Projects: []lnet.Project{
			{
				ID: "hoykonflikt", Scheme: lnet.SchemeSelfInitiated, Title: "Barnevernets rolle i høykonfliktsaker",
				Host: code("1238"), Participants: []lnet.MunicipalityCode{code("1246"), code("1260")},
				Aims: []lnet.Aim{lnet.AimQualityDevelopment},
			},
			{
				ID: "barnesamtaler", Scheme: lnet.SchemeSelfInitiated, Title: "Dokumentasjon av barnesamtaler",
				Partners: []lnet.PartnerID{"hvl"}, Aims: []lnet.Aim{lnet.AimCompetence},
			},
		},
		Gatherings: []lnet.Gathering{
			{Kind: lnet.GatheringStartUp, Date: *day(2018, time.June, 7), Title: "Informasjonsmøte og oppstartsseminar", Place: "Bergen"},
			{Kind: lnet.GatheringNetwork, Date: *day(2018, time.September, 13), Title: "Læringsnettverkssamling",
				Attendance: &lnet.Attendance{ServiceCount: 9, MunicipalityCount: 18, Partners: []lnet.PartnerID{"rkbu-vest", "hvl"}, Office: true}},
		},
		Decisions: []lnet.Decision{
			{Subject: lnet.DecisionLeader, Date: *day(2018, time.September, 13),
				Text: "Kommunene ser ikke behov for å velge leder nå; det kan gjøres senere."},
			{Subject: lnet.DecisionProject, Date: *day(2018, time.September, 13), Project: "barnesamtaler", Due: day(2018, time.September, 25),
				Text: "Prosjektgruppe og vertskommune for prosjektet avklares i samarbeid med høgskolen."},
		},
	}
}

// selfInitiatedApplication is an illustrative application for 2018 money for the
// high-conflict project, submitted before the office's deadline of 1 November 2018. The
// anchoring, amounts, budget and period are the example's.
func selfInitiatedApplication(n *lnet.Network) lnet.Application {
	p := &n.Projects[0]
	p.Period = &lnet.Period{Start: *day(2019, time.January, 1), End: *day(2019, time.December, 31)}
	p.Anchoring = []lnet.Anchoring{
		{Municipality: code("1238"), Date: *day(2018, time.October, 15), Body: "kommunalsjef"},
		{Municipality: code("1246"), Date: *day(2018, time.October, 22), Body: "kommunalsjef"},
	}
	return lnet.Application{
		ID: "hordaland-2018-1", Network: n.ID, Project: p.ID, Scheme: lnet.SchemeSelfInitiated, Year: 2018, Office: "hordaland",
		Requested: lnet.NewNOK(300000), TotalCost: lnet.NewNOK(520000),
		Budget: []lnet.BudgetLine{
			{Category: lnet.BudgetProjectManagement, Description: "Prosjektleiar 30 % stilling", Cost: lnet.NewNOK(350000), Requested: lnet.NewNOK(200000)},
			{Category: lnet.BudgetExternalCompetence, Description: "Fagleg oppfølging og evaluering", Cost: lnet.NewNOK(170000), Requested: lnet.NewNOK(100000)},
		},
		Submitted: day(2018, time.October, 31),
	}
}

// fosterHomeApplication is an illustrative application for 2019 foster-home money by the
// same network: existing networks may apply without forming a new one. From 1 January 2019
// the network is followed up by the new Vestland office, so the example moves it there. The
// project, its partner and all amounts are the example's.
func fosterHomeApplication(n *lnet.Network) lnet.Application {
	n.Office = "vestland"
	n.Partners = append(n.Partners, lnet.Partner{ID: "bufetat-vest", Name: "Bufetat, region vest", Kind: lnet.PartnerBufetat})
	n.Projects = append(n.Projects, lnet.Project{
		ID: "fosterheim", Scheme: lnet.SchemeFosterHome, Title: "Rettleiing og rekruttering av fosterheimar",
		Host: code("1260"), Participants: []lnet.MunicipalityCode{code("1246")},
		Partners: []lnet.PartnerID{"bufetat-vest"},
		Period:   &lnet.Period{Start: *day(2019, time.March, 1), End: *day(2020, time.December, 31)},
		Anchoring: []lnet.Anchoring{
			{Municipality: code("1260"), Date: *day(2019, time.September, 2), Body: "rådmann"},
			{Municipality: code("1246"), Date: *day(2019, time.September, 9), Body: "rådmann"},
		},
		Aims: []lnet.Aim{lnet.AimFosterHomeGuidance, lnet.AimKinRecruitment},
	})
	return lnet.Application{
		ID: "vestland-2019-fosterheim-1", Network: n.ID, Project: "fosterheim", Scheme: lnet.SchemeFosterHome, Year: 2019, Office: "vestland",
		Requested: lnet.NewNOK(250000), TotalCost: lnet.NewNOK(400000),
		Submitted: day(2019, time.October, 30),
	}
}
