package seeds

import (
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Hordaland2018Applications returns illustrative applications of the Hordaland network for
// its 2018 money, one per project idea of the minutes of 13 September 2018, together with
// the network as the applications describe it.
//
// None of it is in the sources: the amounts, budgets, priorities, submission days, project
// periods and the anchoring in each municipality's leadership are illustrative, and so are
// two details the minutes leave open, added to the returned network's projects: RKBU Vest
// as the competence environment of "Barnevernets rolle i høykonfliktsaker", and Bergen as
// host of "Dokumentasjon av barnesamtaler" with Os taking part (the host was still to be
// settled on 13 September 2018). "Basisopplæring" is applied for without a competence
// environment, as the minutes describe the idea, so the guidelines' check finds it lacking.
func Hordaland2018Applications() (lnet.Network, []Submission) {
	n := Hordaland2018()
	for i := range n.Projects {
		p := &n.Projects[i]
		switch p.ID {
		case ProjectHighConflict:
			p.Partners = append(p.Partners, RKBUVest)
			p.Period = &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2019, 12, 31)}
			p.Anchoring = append(anchored(date.New(2018, 10, 15), "kommunalsjef", Kvam, Fjell),
				anchored(date.New(2018, 10, 24), "rådmann", Radoy)...)
		case ProjectChildConversations:
			p.Host = Bergen
			p.Participants = []lnet.MunicipalityCode{Os}
			p.Period = &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2019, 12, 31)}
			p.Anchoring = anchored(date.New(2018, 10, 26), "kommunalsjef", Bergen, Os)
		case ProjectBasicTraining:
			p.Period = &lnet.Period{Start: date.New(2019, 8, 1), End: date.New(2019, 12, 31)}
			p.Anchoring = anchored(date.New(2018, 10, 29), "kommunalsjef", Bergen)
		}
	}
	y := Hordaland2018Call().Year
	return n, []Submission{
		submission(n, ProjectHighConflict, lnet.SchemeSelfInitiated, y, 350_000, 600_000, date.New(2018, 10, 31), 3),
		submission(n, ProjectChildConversations, lnet.SchemeSelfInitiated, y, 400_000, 650_000, date.New(2018, 11, 1), 2),
		submission(n, ProjectBasicTraining, lnet.SchemeSelfInitiated, y, 200_000, 500_000, date.New(2018, 10, 30), 1),
	}
}
