package main

import (
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// hordalandApplications returns two ILLUSTRATIVE applications of the Hordaland network for
// 2018, one with a budget, a submission date and a period for using the money, one without
// any of them. The sources give
// neither the applications nor their amounts; the projects and the office are real.
func hordalandApplications() []lnet.Application {
	n := seeds.Hordaland2018()
	submitted := date.New(2018, 10, 30)
	return []lnet.Application{
		{
			ID:        "hordaland-2018-barnesamtaler",
			Network:   n.ID,
			Project:   seeds.ProjectChildConversations,
			Scheme:    lnet.SchemeSelfInitiated,
			Year:      2018,
			Office:    n.Office,
			Requested: lnet.MustNOK("299999.99"),
			TotalCost: lnet.MustNOK("450000"),
		},
		{
			ID:        "hordaland-2018-hoykonflikt",
			Network:   n.ID,
			Project:   seeds.ProjectHighConflict,
			Scheme:    lnet.SchemeSelfInitiated,
			Year:      2018,
			Office:    n.Office,
			Requested: lnet.MustNOK("350000"),
			TotalCost: lnet.MustNOK("520000.50"),
			Budget: []lnet.BudgetLine{
				{Category: lnet.BudgetProjectManagement, Description: "Prosjektleder, 50 % stilling", Cost: lnet.MustNOK("300000"), Requested: lnet.MustNOK("250000")},
				{Category: lnet.BudgetExternalCompetence, Cost: lnet.MustNOK("220000.50"), Requested: lnet.MustNOK("100000")},
			},
			Submitted: &submitted,
			UsePeriod: &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2019, 12, 31)},
		},
	}
}

// hordalandGrant returns an ILLUSTRATIVE grant (tilsagn) to the high-conflict project,
// decided after the office's deadline of 1 November 2018, to be used by 31 December 2019.
func hordalandGrant() lnet.Grant {
	reportBy := date.New(2020, 3, 1)
	return lnet.Grant{
		ID:          "hordaland-2018-hoykonflikt-tilsagn",
		Application: "hordaland-2018-hoykonflikt",
		Office:      "hordaland",
		Scheme:      lnet.SchemeSelfInitiated,
		Year:        2018,
		Amount:      lnet.MustNOK("325000.50"),
		Decided:     date.New(2018, 12, 10),
		SpendBy:     lnet.SpendByFor(2018),
		ReportBy:    &reportBy,
	}
}
