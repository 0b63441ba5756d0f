package main

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The applications of this example are illustrative: the sources do not include them.
// They are made for the Hordaland network as the sources describe it (seeds.Hordaland2018),
// and what they add to the network is marked below.

func day(y int, m time.Month, d int) *date.Date {
	v := date.New(y, m, d)
	return &v
}

// selfInitiatedApplication is an illustrative application for 2018 money for the
// high-conflict project, submitted before the office's deadline of 1 November 2018. The
// anchoring (in Kvam and Fjell, not yet in Radøy), amounts, budget and period are the
// example's.
func selfInitiatedApplication(n *lnet.Network) lnet.Application {
	p := &n.Projects[0] // seeds.ProjectHighConflict
	p.Period = &lnet.Period{Start: *day(2019, time.January, 1), End: *day(2019, time.December, 31)}
	p.Anchoring = []lnet.Anchoring{
		{Municipality: seeds.Kvam, Date: *day(2018, time.October, 15), Body: "kommunalsjef"},
		{Municipality: seeds.Fjell, Date: *day(2018, time.October, 22), Body: "kommunalsjef"},
	}
	return lnet.Application{
		ID: "hordaland-2018-1", Network: n.ID, Project: p.ID, Scheme: lnet.SchemeSelfInitiated, Year: 2018, Office: "hordaland",
		Requested: lnet.MustNOK("300000"), TotalCost: lnet.MustNOK("520000"),
		Budget: []lnet.BudgetLine{
			{Category: lnet.BudgetProjectManagement, Description: "Prosjektleiar 30 % stilling", Cost: lnet.MustNOK("350000"), Requested: lnet.MustNOK("200000")},
			{Category: lnet.BudgetExternalCompetence, Description: "Fagleg oppfølging og evaluering", Cost: lnet.MustNOK("170000"), Requested: lnet.MustNOK("100000")},
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
		Host: seeds.Radoy, Participants: []lnet.MunicipalityCode{seeds.Fjell},
		Partners: []lnet.PartnerID{"bufetat-vest"},
		Period:   &lnet.Period{Start: *day(2019, time.March, 1), End: *day(2020, time.December, 31)},
		Anchoring: []lnet.Anchoring{
			{Municipality: seeds.Radoy, Date: *day(2019, time.September, 2), Body: "rådmann"},
			{Municipality: seeds.Fjell, Date: *day(2019, time.September, 9), Body: "rådmann"},
		},
		Aims: []lnet.Aim{lnet.AimFosterHomeGuidance, lnet.AimKinRecruitment},
	})
	return lnet.Application{
		ID: "vestland-2019-fosterheim-1", Network: n.ID, Project: "fosterheim", Scheme: lnet.SchemeFosterHome, Year: 2019, Office: "vestland",
		Requested: lnet.MustNOK("250000"), TotalCost: lnet.MustNOK("400000"),
		Submitted: day(2019, time.October, 30),
	}
}
