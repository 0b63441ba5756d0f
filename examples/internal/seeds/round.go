package seeds

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/lnet"
)

// IllustrativeRound returns an invented call of the Innlandet office for grant year year,
// with a different deadline per scheme, two networks and their applications, each with the
// office's weight, as examples/round runs it. Everything is invented except the
// municipality codes (county 34, unchanged from 2020 to 2026), and the call says so in its
// source. The dates follow the year, so the round is the same for any year the register
// covers:
//
//   - self-initiated projects: pot kr 1 200 000, deadline 15 March;
//   - foster-home projects: pot kr 2 500 000, deadline 15 April;
//   - decision 20 May, units of kr 1 000.
//
// A self-initiated application sent on 16 March is late, a foster-home one sent on
// 10 April is in time: each application is checked against its own scheme's deadline. The
// weights are the amounts requested times the office's priorities (Submission.Weight).
func IllustrativeRound(year int) (sdk.Call, []lnet.Network, []sdk.Submission, error) {
	call := sdk.Call{
		Office: "innlandet",
		Year:   year,
		Schemes: []sdk.SchemeCall{
			{Scheme: lnet.SchemeSelfInitiated, Pot: kr(1_200_000), Deadline: date.New(year, time.March, 15), Unit: kr(1000)},
			{Scheme: lnet.SchemeFosterHome, Pot: kr(2_500_000), Deadline: date.New(year, time.April, 15), Unit: kr(1000)},
		},
		Decided: date.New(year, time.May, 20),
		Source:  "illustrativ utlysning (illustrative call)",
	}
	networks := illustrativeNetworks(year)
	hedmarken, glamdalen := networks[0], networks[1]
	si, fh := lnet.SchemeSelfInitiated, lnet.SchemeFosterHome
	day := func(m time.Month, d int) date.Date { return date.New(year, m, d) }
	subs := []Submission{
		submission(hedmarken, "hedmarken-tidlig-innsats", si, year, 450_000, 800_000, day(time.March, 10), 3),
		submission(hedmarken, "hedmarken-skole", si, year, 300_000, 520_000, day(time.March, 14), 1),
		submission(glamdalen, "glamdal-nav", si, year, 350_000, 600_000, day(time.March, 16), 2),
		submission(hedmarken, "hedmarken-fosterhjem", fh, year, 900_000, 1_500_000, day(time.April, 2), 3),
		submission(glamdalen, "glamdal-fosterhjem", fh, year, 1_900_000, 3_000_000, day(time.April, 10), 2),
	}
	public, err := Public(subs)
	return call, networks, public, err
}

// illustrativeNetworks returns two invented Innlandet networks with a current plan and
// projects for year.
func illustrativeNetworks(year int) []lnet.Network {
	established := date.New(year-3, time.April, 10)
	adopted := date.New(year-1, time.March, 15)
	anchoredOn := date.New(year-1, time.November, 20)
	period := &lnet.Period{Start: date.New(year, time.January, 1), End: date.New(year+1, time.June, 30)}
	network := func(id lnet.NetworkID, name string, members []lnet.Member, measures []lnet.Measure, projects []lnet.Project, place string) lnet.Network {
		munis := 0
		for _, m := range members {
			munis += len(m.Service.Municipalities)
		}
		return lnet.Network{
			ID: id, Name: name, Office: "innlandet", Established: &established,
			Members: members, SteeringGroup: steeringGroup("innlandet", established, members),
			Leader:   &lnet.Leader{Service: members[0].Service.ID, Title: "barnevernleder", Chosen: &established},
			Partners: innlandetPartners(),
			Plan: &lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling", Adopted: &adopted,
				Period: &lnet.Period{Start: adopted, End: date.New(year+2, time.December, 31)}, Measures: measures},
			Projects:   projects,
			Gatherings: gatherings(year, place, len(members), munis),
		}
	}
	project := func(id lnet.ProjectID, s lnet.Scheme, title string, m lnet.MeasureID, partner lnet.PartnerID, aim lnet.Aim, other []string, host lnet.MunicipalityCode, others ...lnet.MunicipalityCode) lnet.Project {
		return lnet.Project{
			ID: id, Scheme: s, Title: title, Host: host, Participants: others,
			Partners: []lnet.PartnerID{partner}, Period: period, Measure: m,
			Anchoring:     anchored(anchoredOn, "kommunedirektør", append([]lnet.MunicipalityCode{host}, others...)...),
			OtherServices: other,
			Aims:          []lnet.Aim{aim},
		}
	}
	return []lnet.Network{
		network("hedmarken", "Læringsnettverk for barnevernet på Hedmarken",
			[]lnet.Member{
				service("hamar", "Barnevernstjenesten i Hamar", inHamar),
				service("ringsaker", "Barnevernstjenesten i Ringsaker", inRingsaker),
				service("loten-stange", "Barnevernstjenesten for Løten og Stange", inLoten, inStange),
			},
			[]lnet.Measure{
				measure("hedmarken-1", "Tidlig innsats i samarbeid med helsestasjon og barnehage", inHamar, "Bekymringsmeldinger kommer sent fra helsestasjon og barnehage"),
				measure("hedmarken-2", "Trygg skolehverdag for barn i barnevernet", inStange, "Høyt skolefravær blant barn med tiltak"),
				measure("hedmarken-3", "Veiledning av fosterhjem", inRingsaker, "Fosterforeldre savner veiledning de første årene"),
			},
			[]lnet.Project{
				project("hedmarken-tidlig-innsats", lnet.SchemeSelfInitiated, "Tidlig innsats sammen med helsestasjon og barnehage", "hedmarken-1", inINN, lnet.AimCrossService, []string{"helsestasjon", "barnehage"}, inHamar, inLoten, inStange),
				project("hedmarken-skole", lnet.SchemeSelfInitiated, "Barnevern og skole: trygg skolehverdag", "hedmarken-2", inINN, lnet.AimCrossService, []string{"skole", "PPT"}, inStange, inLoten),
				project("hedmarken-fosterhjem", lnet.SchemeFosterHome, "Fosterhjemsveiledning med helsestasjonen", "hedmarken-3", inBufetat, lnet.AimFosterHomeGuidance, []string{"helsestasjon"}, inRingsaker, inHamar),
			}, "Hamar"),
		network("glamdalen", "Læringsnettverk for barnevernet i Glåmdalen",
			[]lnet.Member{
				service("kongsvinger", "Barnevernstjenesten i Kongsvinger", inKongsvinger),
				service("odal", "Barnevernstjenesten for Nord-Odal og Sør-Odal", inNordOdal, inSorOdal),
				service("solor", "Barnevernstjenesten for Grue, Åsnes og Våler", inGrue, inAsnes, inValer),
			},
			[]lnet.Measure{
				measure("glamdal-1", "Familieveiledning sammen med NAV", inKongsvinger, "Mange familier med tiltak har økonomiske problemer"),
				measure("glamdal-2", "Felles oppfølging av fosterhjem", inAsnes, "Små tjenester med sårbar fosterhjemsoppfølging"),
			},
			[]lnet.Project{
				project("glamdal-nav", lnet.SchemeSelfInitiated, "Felles familieveiledning med NAV", "glamdal-1", inINN, lnet.AimCrossService, []string{"NAV", "familiesenter"}, inKongsvinger, inNordOdal, inSorOdal),
				project("glamdal-fosterhjem", lnet.SchemeFosterHome, "Felles fosterhjemstjeneste i Glåmdalen", "glamdal-2", inBufetat, lnet.AimFosterHomeFollowUp, nil, inKongsvinger, inGrue, inAsnes, inValer),
			}, "Kongsvinger"),
	}
}
