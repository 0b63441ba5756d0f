package seeds

import (
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Innlandet2022Call returns the Innlandet office's call for 2022 money (seed 004, May 2021):
// NOK 1 100 000 for self-initiated projects and NOK 2 300 000 for foster-home projects,
// application deadline 1 August 2021, a Sunday: an announced deadline is a fixed date. It
// was the first call under the revised guidelines, under which other municipal services
// may take part in the projects. The decision day (15 October 2021) and the unit
// (NOK 1 000) are illustrative.
func Innlandet2022Call() Call {
	return Call{
		Office: "innlandet",
		Year:   2022,
		Pots: map[lnet.Scheme]lnet.NOK{
			lnet.SchemeSelfInitiated: lnet.MustNOK("1100000"),
			lnet.SchemeFosterHome:    lnet.MustNOK("2300000"),
		},
		Deadline: date.New(2021, 8, 1),
		Source:   "Statsforvalteren i Innlandet, artikkel 27.05.2021",
		Decided:  date.New(2021, 10, 15),
		Unit:     lnet.MustNOK("1000"),
	}
}

// Innlandet 2022 municipality codes (county 34) of the illustrative networks.
const (
	inKongsvinger lnet.MunicipalityCode = 3401
	inHamar       lnet.MunicipalityCode = 3403
	inLillehammer lnet.MunicipalityCode = 3405
	inRingsaker   lnet.MunicipalityCode = 3411
	inLoten       lnet.MunicipalityCode = 3412
	inStange      lnet.MunicipalityCode = 3413
	inNordOdal    lnet.MunicipalityCode = 3414
	inSorOdal     lnet.MunicipalityCode = 3415
	inEidskog     lnet.MunicipalityCode = 3416
	inGrue        lnet.MunicipalityCode = 3417
	inAsnes       lnet.MunicipalityCode = 3418
	inValer       lnet.MunicipalityCode = 3419
	inNordFron    lnet.MunicipalityCode = 3436
	inSel         lnet.MunicipalityCode = 3437
	inSorFron     lnet.MunicipalityCode = 3438
	inRingebu     lnet.MunicipalityCode = 3439
	inOyer        lnet.MunicipalityCode = 3440
	inGausdal     lnet.MunicipalityCode = 3441
)

// Partners of the illustrative Innlandet networks.
const (
	inINN     lnet.PartnerID = "hoegskolen-i-innlandet"
	inRBUP    lnet.PartnerID = "rbup-ost-og-sor"
	inBufetat lnet.PartnerID = "bufetat-ost"
)

func innlandetPartners() []lnet.Partner {
	return []lnet.Partner{
		{ID: inINN, Name: "Høgskolen i Innlandet", Kind: lnet.PartnerUniversity},
		{ID: inRBUP, Name: "RBUP Øst og Sør", Kind: lnet.PartnerKnowledgeCentre},
		{ID: inBufetat, Name: "Bufetat, region øst", Kind: lnet.PartnerBufetat},
	}
}

// Innlandet2022Networks returns three illustrative learning networks of the Innlandet
// office for 2022: Hedmarken, Gudbrandsdalen and Glåmdalen. The municipality codes are the
// real codes of 2022 (county 34); the networks, their services, leaders, plans, projects,
// anchoring and gatherings are invented for the example. As the revised guidelines allow,
// the projects involve other municipal services beside child welfare: the health centre
// (helsestasjon), the educational-psychological service (PPT), schools, kindergartens, NAV.
func Innlandet2022Networks() []lnet.Network {
	established := date.New(2018, 4, 10)
	adopted := date.New(2021, 3, 15)
	anchoredOn := date.New(2021, 6, 21)
	period2022 := &lnet.Period{Start: date.New(2022, 1, 1), End: date.New(2023, 6, 30)}
	network := func(id lnet.NetworkID, name string, members []lnet.Member, measures []lnet.Measure, projects []lnet.Project, place string) lnet.Network {
		services, munis := len(members), 0
		for _, m := range members {
			munis += len(m.Service.Municipalities)
		}
		return lnet.Network{
			ID: id, Name: name, Office: "innlandet", Established: &established,
			Members: members, SteeringGroup: steeringGroup("innlandet", established, members),
			Leader:   &lnet.Leader{Service: members[0].Service.ID, Title: "barnevernleder", Chosen: &established},
			Partners: innlandetPartners(),
			Plan: &lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling 2021–2024", Adopted: &adopted,
				Period: &lnet.Period{Start: adopted, End: date.New(2024, 12, 31)}, Measures: measures},
			Projects:   projects,
			Gatherings: gatherings(2021, place, services, munis),
		}
	}
	project := func(id lnet.ProjectID, s lnet.Scheme, title string, m lnet.MeasureID, partner lnet.PartnerID, aim lnet.Aim, other []string, host lnet.MunicipalityCode, others ...lnet.MunicipalityCode) lnet.Project {
		return lnet.Project{
			ID: id, Scheme: s, Title: title, Host: host, Participants: others,
			Partners: []lnet.PartnerID{partner}, Period: period2022, Measure: m,
			Anchoring:     anchored(anchoredOn, "kommunedirektør", append([]lnet.MunicipalityCode{host}, others...)...),
			OtherServices: other,
			Aims:          []lnet.Aim{aim},
		}
	}
	svc := func(s ...string) []string { return s }
	glamdalFoster := project("glamdal-fosterhjem", lnet.SchemeFosterHome, "Felles fosterhjemstjeneste i Glåmdalen", "glamdal-2", inBufetat, lnet.AimFosterHomeFollowUp, nil, inKongsvinger, inEidskog, inGrue, inAsnes, inValer)
	// The project runs into 2024, past the spend-by date of 2022 money.
	glamdalFoster.Period = &lnet.Period{Start: date.New(2022, 1, 1), End: date.New(2024, 6, 30)}
	return []lnet.Network{
		network("hedmarken", "Læringsnettverk for barnevernet på Hedmarken",
			[]lnet.Member{
				service("hamar", "Barneverntjenesten i Hamar", inHamar),
				service("ringsaker", "Barneverntjenesten i Ringsaker", inRingsaker),
				service("loten-stange", "Barneverntjenesten for Løten og Stange", inLoten, inStange),
			},
			[]lnet.Measure{
				measure("hedmarken-1", "Tidlig innsats i samarbeid med helsestasjon og barnehage", inHamar, "Bekymringsmeldinger kommer sent fra helsestasjon og barnehage"),
				measure("hedmarken-2", "Trygg skolehverdag for barn i barnevernet", inStange, "Høyt skolefravær blant barn med tiltak"),
				measure("hedmarken-3", "Veiledning av fosterhjem", inRingsaker, "Fosterforeldre savner veiledning de første årene"),
			},
			[]lnet.Project{
				project("hedmarken-tidlig-innsats", lnet.SchemeSelfInitiated, "Tidlig innsats sammen med helsestasjon og barnehage", "hedmarken-1", inINN, lnet.AimCrossService, svc("helsestasjon", "barnehage"), inHamar, inLoten, inStange),
				project("hedmarken-skole", lnet.SchemeSelfInitiated, "Barnevern og skole: trygg skolehverdag", "hedmarken-2", inINN, lnet.AimCrossService, svc("skole", "PPT"), inStange, inLoten),
				project("hedmarken-fosterhjem", lnet.SchemeFosterHome, "Fosterhjemsveiledning med helsestasjonen", "hedmarken-3", inBufetat, lnet.AimFosterHomeGuidance, svc("helsestasjon"), inRingsaker, inHamar),
			}, "Hamar"),
		network("gudbrandsdalen", "Læringsnettverk for barnevernet i Gudbrandsdalen",
			[]lnet.Member{
				service("lillehammer", "Barneverntjenesten i Lillehammer", inLillehammer),
				service("oyer-gausdal", "Barneverntjenesten for Øyer og Gausdal", inOyer, inGausdal),
				service("ringebu-sor-fron", "Barneverntjenesten for Ringebu og Sør-Fron", inRingebu, inSorFron),
				service("nord-fron-sel", "Barneverntjenesten for Nord-Fron og Sel", inNordFron, inSel),
			},
			[]lnet.Measure{
				measure("gudbrandsdalen-1", "Samarbeid med PPT om skolefravær", inLillehammer, "Skolefravær fanges opp sent"),
				measure("gudbrandsdalen-2", "Fosterhjem i slekt og nettverk", inNordFron, "Få barn plasseres i slekt og nettverk"),
			},
			[]lnet.Project{
				project("gudbrandsdalen-ppt", lnet.SchemeSelfInitiated, "Samarbeid mellom barnevern og PPT om skolefravær", "gudbrandsdalen-1", inRBUP, lnet.AimCrossService, svc("PPT", "skole"), inLillehammer, inOyer, inGausdal),
				project("gudbrandsdalen-slekt", lnet.SchemeFosterHome, "Rekruttering av fosterhjem i slekt og nettverk", "gudbrandsdalen-2", inBufetat, lnet.AimKinRecruitment, nil, inNordFron, inSel, inRingebu, inSorFron),
			}, "Lillehammer"),
		network("glamdalen", "Læringsnettverk for barnevernet i Glåmdalen",
			[]lnet.Member{
				service("kongsvinger", "Barneverntjenesten i Kongsvinger", inKongsvinger),
				service("odal", "Barneverntjenesten for Nord-Odal og Sør-Odal", inNordOdal, inSorOdal),
				service("eidskog", "Barneverntjenesten i Eidskog", inEidskog),
				service("solor", "Barneverntjenesten for Grue, Åsnes og Våler", inGrue, inAsnes, inValer),
			},
			[]lnet.Measure{
				measure("glamdal-1", "Familieveiledning sammen med NAV", inKongsvinger, "Mange familier med tiltak har økonomiske problemer"),
				measure("glamdal-2", "Felles oppfølging av fosterhjem", inAsnes, "Små tjenester med sårbar fosterhjemsoppfølging"),
			},
			[]lnet.Project{
				project("glamdal-nav", lnet.SchemeSelfInitiated, "Felles familieveiledning med NAV", "glamdal-1", inINN, lnet.AimCrossService, svc("NAV", "familiesenter"), inKongsvinger, inNordOdal, inSorOdal),
				glamdalFoster,
			}, "Kongsvinger"),
	}
}

// Innlandet2022Applications returns illustrative applications of the Innlandet2022Networks
// for 2022 money, with the office's priorities: four self-initiated (one sent on Monday
// 2 August 2021, the day after the Sunday deadline) and three foster-home (one for a
// project that runs past the spend-by date, applying for its first year with a period for
// using the money). Amounts, days, periods and priorities are invented.
func Innlandet2022Applications() []Submission {
	ns := Innlandet2022Networks()
	hedmarken, gudbrandsdalen, glamdalen := ns[0], ns[1], ns[2]
	si, fh := lnet.SchemeSelfInitiated, lnet.SchemeFosterHome
	day := func(m time.Month, d int) date.Date { return date.New(2021, m, d) }
	return []Submission{
		submission(hedmarken, "hedmarken-tidlig-innsats", si, 2022, 450_000, 800_000, day(time.July, 28), 3),
		submission(hedmarken, "hedmarken-skole", si, 2022, 300_000, 520_000, day(time.July, 30), 1),
		submission(gudbrandsdalen, "gudbrandsdalen-ppt", si, 2022, 400_000, 700_000, day(time.July, 30), 2),
		submission(glamdalen, "glamdal-nav", si, 2022, 350_000, 600_000, day(time.August, 2), 2),
		submission(hedmarken, "hedmarken-fosterhjem", fh, 2022, 900_000, 1_500_000, day(time.July, 15), 3),
		submission(gudbrandsdalen, "gudbrandsdalen-slekt", fh, 2022, 800_000, 1_300_000, day(time.July, 30), 2),
		glamdalFoster2022(submission(glamdalen, "glamdal-fosterhjem", fh, 2022, 900_000, 1_400_000, day(time.July, 29), 2)),
	}
}

// glamdalFoster2022 gives the application for the first year of the multi-year Glåmdalen
// foster-home project (2022 to mid-2024) the period in which its 2022 money is to be used:
// the calendar years 2022 and 2023. The period is illustrative.
func glamdalFoster2022(s Submission) Submission {
	s.Application.UsePeriod = &lnet.Period{Start: date.New(2022, 1, 1), End: date.New(2023, 12, 31)}
	return s
}
