package seeds

import (
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Nordland2019Call returns the Nordland office's call for 2019 money, from its public call
// of 2019: NOK 950 000 for self-initiated projects and NOK 2 100 000 for foster-home
// projects, application deadline 13 November 2019, the money to be used by 31 December
// 2020. The decision day (6 December 2019) and the unit (NOK 1 000) are illustrative.
func Nordland2019Call() Call {
	return Call{
		Office: "nordland",
		Year:   2019,
		Pots: map[lnet.Scheme]lnet.NOK{
			lnet.SchemeSelfInitiated: lnet.MustNOK("950000"),
			lnet.SchemeFosterHome:    lnet.MustNOK("2100000"),
		},
		Deadline: date.New(2019, 11, 13),
		Source:   "Fylkesmannen i Nordland, utlysning 2019",
		Decided:  date.New(2019, 12, 6),
		Unit:     lnet.MustNOK("1000"),
	}
}

// Nordland 2019 municipality codes (county 18) of the illustrative networks.
const (
	nlBodo        lnet.MunicipalityCode = 1804
	nlBronnoy     lnet.MunicipalityCode = 1813
	nlSomna       lnet.MunicipalityCode = 1812
	nlAlstahaug   lnet.MunicipalityCode = 1820
	nlLeirfjord   lnet.MunicipalityCode = 1822
	nlVefsn       lnet.MunicipalityCode = 1824
	nlGrane       lnet.MunicipalityCode = 1825
	nlHattfjelldl lnet.MunicipalityCode = 1826
	nlHemnes      lnet.MunicipalityCode = 1832
	nlRana        lnet.MunicipalityCode = 1833
	nlMeloy       lnet.MunicipalityCode = 1837
	nlGildeskal   lnet.MunicipalityCode = 1838
	nlSaltdal     lnet.MunicipalityCode = 1840
	nlFauske      lnet.MunicipalityCode = 1841
	nlSorfold     lnet.MunicipalityCode = 1845
	nlSteigen     lnet.MunicipalityCode = 1848
	nlFlakstad    lnet.MunicipalityCode = 1859
	nlVestvagoy   lnet.MunicipalityCode = 1860
	nlVagan       lnet.MunicipalityCode = 1865
	nlHadsel      lnet.MunicipalityCode = 1866
	nlBo          lnet.MunicipalityCode = 1867
	nlOksnes      lnet.MunicipalityCode = 1868
	nlSortland    lnet.MunicipalityCode = 1870
	nlMoskenes    lnet.MunicipalityCode = 1874
)

// Partners of the illustrative Nordland networks.
const (
	nlNord       lnet.PartnerID = "nord-universitet"
	nlRKBUNord   lnet.PartnerID = "rkbu-nord"
	nlBufetatNrd lnet.PartnerID = "bufetat-nord"
)

func nordlandPartners() []lnet.Partner {
	return []lnet.Partner{
		{ID: nlNord, Name: "Nord universitet", Kind: lnet.PartnerUniversity},
		{ID: nlRKBUNord, Name: "RKBU Nord", Kind: lnet.PartnerKnowledgeCentre},
		{ID: nlBufetatNrd, Name: "Bufetat, region nord", Kind: lnet.PartnerBufetat},
	}
}

// Nordland2019Networks returns three illustrative learning networks of the Nordland office
// in 2019: Salten, Helgeland, and Lofoten and Vesterålen. The municipality codes are the
// real 2019 codes (county 18); the networks, their member services (some of them
// inter-municipal), leaders, plans, projects, anchoring and gatherings are invented for
// the example, complete enough that the guidelines' network checks pass.
func Nordland2019Networks() []lnet.Network {
	established := date.New(2018, 3, 1)
	leader := func(s lnet.ServiceID) *lnet.Leader {
		return &lnet.Leader{Service: s, Title: "barnevernleder", Chosen: &established}
	}
	anchoredOn := date.New(2019, 10, 21)
	period2020 := &lnet.Period{Start: date.New(2020, 1, 1), End: date.New(2020, 12, 31)}
	network := func(id lnet.NetworkID, name string, members []lnet.Member, plan *lnet.Plan, projects []lnet.Project, place string) lnet.Network {
		services, munis := len(members), 0
		for _, m := range members {
			munis += len(m.Service.Municipalities)
		}
		return lnet.Network{
			ID: id, Name: name, Office: "nordland", Established: &established,
			Members: members, SteeringGroup: steeringGroup("nordland", established, members), Leader: leader(members[0].Service.ID),
			Partners: nordlandPartners(), Plan: plan, Projects: projects,
			Gatherings: gatherings(2019, place, services, munis),
		}
	}
	project := func(id lnet.ProjectID, s lnet.Scheme, title string, m lnet.MeasureID, partner lnet.PartnerID, aim lnet.Aim, host lnet.MunicipalityCode, others ...lnet.MunicipalityCode) lnet.Project {
		return lnet.Project{
			ID: id, Scheme: s, Title: title, Host: host, Participants: others,
			Partners: []lnet.PartnerID{partner}, Period: period2020, Measure: m,
			Anchoring: anchored(anchoredOn, "kommunalsjef", append([]lnet.MunicipalityCode{host}, others...)...),
			Aims:      []lnet.Aim{aim},
		}
	}
	adopted := date.New(2018, 11, 20)
	return []lnet.Network{
		network("salten", "Læringsnettverk for barnevernet i Salten",
			[]lnet.Member{
				service("bodo", "Barneverntjenesten i Bodø", nlBodo),
				service("fauske-sorfold", "Barneverntjenesten for Fauske og Sørfold", nlFauske, nlSorfold),
				service("saltdal", "Barneverntjenesten i Saltdal", nlSaltdal),
				service("meloy-gildeskal", "Barneverntjenesten for Meløy og Gildeskål", nlMeloy, nlGildeskal),
				service("steigen", "Barneverntjenesten i Steigen", nlSteigen),
			},
			&lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling i Salten", Adopted: &adopted, Measures: []lnet.Measure{
				measure("salten-1", "Lik praksis i undersøkelsessaker", nlFauske, "Ulik praksis for undersøkelser mellom tjenestene"),
				measure("salten-2", "Veiledning av fosterhjem", nlBodo, "Fosterhjem ber om mer veiledning"),
			}},
			[]lnet.Project{
				project("salten-undersokelse", lnet.SchemeSelfInitiated, "Felles standard for undersøkelsessaker", "salten-1", nlRKBUNord, lnet.AimQualityDevelopment, nlBodo, nlFauske, nlSorfold, nlSaltdal),
				project("salten-fosterhjem", lnet.SchemeFosterHome, "Veiledning av fosterhjem i Salten", "salten-2", nlBufetatNrd, lnet.AimFosterHomeGuidance, nlBodo, nlMeloy, nlGildeskal, nlSteigen),
			}, "Bodø"),
		network("helgeland", "Læringsnettverk for barnevernet på Helgeland",
			[]lnet.Member{
				service("rana", "Barneverntjenesten i Rana", nlRana),
				service("vefsn-grane-hattfjelldal", "Barneverntjenesten for Vefsn, Grane og Hattfjelldal", nlVefsn, nlGrane, nlHattfjelldl),
				service("alstahaug-leirfjord", "Barneverntjenesten for Alstahaug og Leirfjord", nlAlstahaug, nlLeirfjord),
				service("bronnoy-somna", "Barneverntjenesten for Brønnøy og Sømna", nlBronnoy, nlSomna),
				service("hemnes", "Barneverntjenesten i Hemnes", nlHemnes),
			},
			&lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling på Helgeland", Adopted: &adopted, Measures: []lnet.Measure{
				measure("helgeland-1", "Traumebevisst praksis", nlRana, "Få ansatte har opplæring i traumebevisst praksis"),
				measure("helgeland-2", "Digital samhandling med familier", nlAlstahaug, "Lange reiseavstander til familiene"),
				measure("helgeland-3", "Fosterhjem i slekt og nettverk", nlVefsn, "For få fosterhjem i barnas nærmiljø"),
			}},
			[]lnet.Project{
				project("helgeland-traume", lnet.SchemeSelfInitiated, "Traumebevisst praksis", "helgeland-1", nlRKBUNord, lnet.AimCompetence, nlRana, nlHemnes, nlVefsn),
				project("helgeland-digital", lnet.SchemeSelfInitiated, "Digital samhandling med familier", "helgeland-2", nlNord, lnet.AimSupportMeasures, nlAlstahaug, nlLeirfjord),
				project("helgeland-slekt", lnet.SchemeFosterHome, "Rekruttering av fosterhjem i slekt og nettverk", "helgeland-3", nlBufetatNrd, lnet.AimKinRecruitment, nlVefsn, nlGrane, nlHattfjelldl, nlBronnoy, nlSomna),
			}, "Mosjøen"),
		network("lofoten-vesteralen", "Læringsnettverk for barnevernet i Lofoten og Vesterålen",
			[]lnet.Member{
				service("vagan", "Barneverntjenesten i Vågan", nlVagan),
				service("vestvagoy", "Barneverntjenesten i Vestvågøy", nlVestvagoy),
				service("flakstad-moskenes", "Barneverntjenesten for Flakstad og Moskenes", nlFlakstad, nlMoskenes),
				service("hadsel", "Barneverntjenesten i Hadsel", nlHadsel),
				service("sortland-bo-oksnes", "Barneverntjenesten for Sortland, Bø og Øksnes", nlSortland, nlBo, nlOksnes),
			},
			&lnet.Plan{Title: "Plan for kompetanse- og kvalitetsutvikling i Lofoten og Vesterålen", Adopted: &adopted, Measures: []lnet.Measure{
				measure("lv-1", "Barnets stemme i tiltaksplaner", nlVagan, "Barnets mening kommer lite fram i tiltaksplanene"),
				measure("lv-2", "Felles oppfølging av fosterhjem", nlSortland, "Små tjenester med sårbar fosterhjemsoppfølging"),
				measure("lv-3", "Rekruttering av fosterhjem", nlVestvagoy, "Mangel på fosterhjem i regionen"),
			}},
			[]lnet.Project{
				project("lofoten-barnets-stemme", lnet.SchemeSelfInitiated, "Barnets stemme i tiltaksplaner", "lv-1", nlNord, lnet.AimQualityDevelopment, nlVagan, nlVestvagoy, nlFlakstad, nlMoskenes),
				project("vesteralen-fosterhjem", lnet.SchemeFosterHome, "Felles fosterhjemstjeneste i Vesterålen", "lv-2", nlBufetatNrd, lnet.AimFosterHomeFollowUp, nlSortland, nlHadsel, nlBo, nlOksnes),
				project("lofoten-rekruttering", lnet.SchemeFosterHome, "Rekrutteringskampanje for fosterhjem", "lv-3", nlBufetatNrd, lnet.AimRecruitmentMethods, nlVestvagoy, nlVagan),
			}, "Svolvær"),
	}
}

// Nordland2019Applications returns illustrative applications of the Nordland2019Networks
// for 2019 money, with the office's priorities: three self-initiated (one sent two days
// after the deadline) and four foster-home (one asking for the project's whole cost).
// Amounts, days and priorities are invented for the example.
func Nordland2019Applications() []Submission {
	ns := Nordland2019Networks()
	salten, helgeland, lv := ns[0], ns[1], ns[2]
	si, fh := lnet.SchemeSelfInitiated, lnet.SchemeFosterHome
	day := func(d int) date.Date { return date.New(2019, 11, d) }
	return []Submission{
		submission(salten, "salten-undersokelse", si, 2019, 400_000, 700_000, day(12), 3),
		submission(helgeland, "helgeland-traume", si, 2019, 350_000, 600_000, day(8), 2),
		submission(helgeland, "helgeland-digital", si, 2019, 250_000, 400_000, day(15), 1),
		submission(lv, "lofoten-barnets-stemme", si, 2019, 300_000, 500_000, day(13), 2),
		submission(salten, "salten-fosterhjem", fh, 2019, 900_000, 1_400_000, day(13), 3),
		submission(helgeland, "helgeland-slekt", fh, 2019, 700_000, 1_100_000, day(11), 2),
		submission(lv, "vesteralen-fosterhjem", fh, 2019, 800_000, 1_200_000, day(6), 2),
		submission(lv, "lofoten-rekruttering", fh, 2019, 500_000, 500_000, day(13), 1),
	}
}
