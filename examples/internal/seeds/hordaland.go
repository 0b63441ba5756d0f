package seeds

import (
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Municipality codes as valid in 2018, before the 2020 reform.
const (
	Bergen lnet.MunicipalityCode = 1201
	Os     lnet.MunicipalityCode = 1243
	Fjell  lnet.MunicipalityCode = 1246
	Kvam   lnet.MunicipalityCode = 1238
	Radoy  lnet.MunicipalityCode = 1260
)

// Ids of the partners, contributors and projects of the Hordaland network.
const (
	RKBUVest                  lnet.PartnerID     = "rkbu-vest"
	HVL                       lnet.PartnerID     = "hvl"
	KS                        lnet.ContributorID = "ks"
	Bufetat                   lnet.ContributorID = "bufetat"
	Forandringsfabrikken      lnet.ContributorID = "forandringsfabrikken"
	ProjectHighConflict       lnet.ProjectID     = "hoykonflikt"
	ProjectChildConversations lnet.ProjectID     = "barnesamtaler"
	ProjectBasicTraining      lnet.ProjectID     = "basisopplaering"
)

// Key dates from the Hordaland sources (seeds 000 and 002).
var (
	// SurveyDue is the day the services' answers to the office's survey were due.
	SurveyDue = date.New(2018, 5, 1)
	// StartUp is the day of the information meeting and start-up seminar in Bergen.
	StartUp = date.New(2018, 6, 7)
	// Gathering2018 is the day of the autumn gathering whose minutes are seed 002.
	Gathering2018 = date.New(2018, 9, 13)
	// HostDue is the day by which the host of "Dokumentasjon av barnesamtaler" was to be settled.
	HostDue = date.New(2018, 9, 25)
	// ApplicationDeadline is the office's application deadline for 2018.
	ApplicationDeadline = date.New(2018, 11, 1)
	// Gathering2019 is the day of the next gathering, in Bergen.
	Gathering2019 = date.New(2019, 2, 12)
)

// Pot2018 is what the Hordaland office received in 2018 for the network's projects.
var Pot2018 = lnet.MustNOK("650000")

// Hordaland2018Call returns the Hordaland office's money for 2018 as a call: NOK 650 000 for
// self-initiated projects (seed 000; the foster-home scheme began in 2019) and the
// application deadline of 1 November 2018 (seed 002). The decision day (7 December 2018)
// and the unit (NOK 1 000) are illustrative.
func Hordaland2018Call() Call {
	return Call{
		Office:   "hordaland",
		Year:     2018,
		Pots:     map[lnet.Scheme]lnet.NOK{lnet.SchemeSelfInitiated: Pot2018},
		Deadline: ApplicationDeadline,
		Source:   "Fylkesmannen i Hordaland: invitasjon 2018 (ramme) og referat fra samlingen 13.09.2018 (frist)",
		Decided:  date.New(2018, 12, 7),
		Unit:     lnet.MustNOK("1000"),
	}
}

// Hordaland2018 returns the learning network of the Hordaland governor office as the
// sources describe it after the gathering of 13 September 2018.
//
// The members are the services of the five municipalities the minutes name (Kvam, Fjell,
// Radøy and Os in the steering group, Bergen for basic training), each modelled as a service
// of one municipality: the sources do not say which services covered which municipalities,
// nor which other services took part (9 services and 18 municipalities attended the
// gathering; that count is kept as the gathering's attendance). Bergen has several services
// — the minutes speak of "alle barneverntjenestene i Bergen" — but do not name or count
// them, so one member stands for Bergen's services; once a source names them, each can be a
// member of its own (a municipality may have several member services, and counts once). No
// representatives are listed, as the sources name people, not roles per service. There is
// no leader: the network decided on 13 September 2018 that none was needed yet.
//
// KS, Bufetat and Forandringsfabrikken are contributors (bidragsytere), not competence
// environments: the minutes invite to the resource group "representanter fra de ulike
// kompetansemiljøene, og andre bidragsytere som forandringsfabrikken, KS og Bufetat".
func Hordaland2018() lnet.Network {
	startUp := StartUp
	hostDue := HostDue
	member := func(id lnet.ServiceID, name string, m lnet.MunicipalityCode) lnet.Member {
		return lnet.Member{Service: lnet.Service{ID: id, Name: name, Host: m, Municipalities: []lnet.MunicipalityCode{m}}}
	}
	return lnet.Network{
		ID:          "laeringsnettverk-hordaland",
		Name:        "Læringsnettverket for barneverntenestene i Hordaland",
		Office:      "hordaland",
		Established: &startUp,
		Members: []lnet.Member{
			// "Malen ble tatt i bruk i alle barneverntjenestene i Bergen i november 2017"
			// (seed 002): several services, neither named nor counted in the sources.
			member("bergen", "Barneverntjenestene i Bergen", Bergen),
			member("os", "Barneverntenesta i Os", Os),
			member("kvam", "Barneverntenesta i Kvam", Kvam),
			member("fjell", "Barneverntenesta i Fjell", Fjell),
			member("radoy", "Barneverntenesta i Radøy", Radoy),
		},
		SteeringGroup: &lnet.SteeringGroup{
			Established: ptr(Gathering2018),
			Seats: []lnet.Seat{
				{Kind: lnet.SeatMunicipality, Municipality: Kvam},
				{Kind: lnet.SeatMunicipality, Municipality: Fjell},
				{Kind: lnet.SeatMunicipality, Municipality: Radoy},
				{Kind: lnet.SeatMunicipality, Municipality: Os},
				{Kind: lnet.SeatPartner, Partner: RKBUVest},
				{Kind: lnet.SeatOffice, Office: "hordaland"},
			},
			MeetingsPerYear: 3,
			// "Mandatet for styringsgruppen ble gjennomgått." (seed 002); its text is not
			// in the sources.
			Mandate: &lnet.Document{
				Title:  "Mandat for styringsgruppen",
				Date:   ptr(Gathering2018),
				Source: "Referat fra læringsnettverkssamlingen 13.09.2018: «Mandatet for styringsgruppen ble gjennomgått.»",
			},
		},
		Partners: []lnet.Partner{
			{ID: RKBUVest, Name: "RKBU Vest", Kind: lnet.PartnerKnowledgeCentre},
			{ID: HVL, Name: "Høgskulen på Vestlandet", Kind: lnet.PartnerUniversity},
		},
		// "andre bidragsytere som forandringsfabrikken, KS og Bufetat" (seed 002). That
		// Forandringsfabrikken is a user organisation is the SDK's reading; the minutes call
		// it a contributor only.
		Contributors: []lnet.Contributor{
			{ID: Forandringsfabrikken, Name: "Forandringsfabrikken", Kind: lnet.ContributorUserOrganisation},
			{ID: KS, Name: "KS", Kind: lnet.ContributorKS},
			{ID: Bufetat, Name: "Bufetat", Kind: lnet.ContributorBufetat},
		},
		// "Fylkesmannen vil gå i dialog med Rogaland om å etablere en ressursgruppe på tvers
		// av Hordaland, Rogaland og Sogn og Fjordane for læringsnettverkene." (seed 002). The
		// group was planned, not set up, so it has no day; the competence environments it
		// invites ("de ulike kompetansemiljøene") are not named, so none is listed.
		ResourceGroup: &lnet.ResourceGroup{
			Counties:     []lnet.CountyCode{11, 12, 14}, // Rogaland, Hordaland, Sogn og Fjordane in 2018
			Contributors: []lnet.ContributorID{Forandringsfabrikken, KS, Bufetat},
			Source:       "Referat fra læringsnettverkssamlingen 13.09.2018: «Fylkesmannen vil gå i dialog med Rogaland om å etablere en ressursgruppe på tvers av Hordaland, Rogaland og Sogn og Fjordane for læringsnettverkene. I ressursgruppen inviteres representanter fra de ulike kompetansemiljøene, og andre bidragsytere som forandringsfabrikken, KS og Bufetat.»",
		},
		// "Nettverket skal minimum vare ut 2024" (seed 000, nynorsk); the guidelines of 2019
		// say the networks "skal vare ut strategiperioden" (seed 001).
		Horizon: &lnet.Horizon{
			Through: 2024,
			AtLeast: true,
			Wording: "Nettverket skal minimum vare ut 2024",
			Source:  "Fylkesmannen i Hordaland: invitasjon til deltaking i læringsnettverk for barneverntenesta (2018)",
		},
		Projects: []lnet.Project{
			{
				ID:           ProjectHighConflict,
				Scheme:       lnet.SchemeSelfInitiated,
				Title:        "Barnevernets rolle i høykonfliktsaker",
				Description:  "Kartlegge hvordan tjenestene arbeider i saker med store foreldrekonflikter, og komme fram til retningslinjer som demper konfliktene og ivaretar barna.",
				Host:         Kvam,
				Participants: []lnet.MunicipalityCode{Fjell, Radoy},
				Aims:         []lnet.Aim{lnet.AimQualityDevelopment},
				// "Kommunene arbeider videre med to prosjekter frem mot søknadsfristen".
				Status: lnet.ProjectStarted,
				// "Ansvarlig prosjektgruppe: Kvam (Vertskommune) Fjell og Radøy". The project
				// plan and the mandate were still to be written ("Det vil utarbeides en
				// prosjektplan og mandat for en arbeidsgruppe"), so none is recorded.
				Group: &lnet.ProjectGroup{Municipalities: []lnet.MunicipalityCode{Kvam, Fjell, Radoy}},
			},
			{
				ID:          ProjectChildConversations,
				Scheme:      lnet.SchemeSelfInitiated,
				Title:       "Dokumentasjon av barnesamtaler",
				Description: "Bygge videre på høgskolens mal for dokumentasjon av samtaler med barn og ta den i bruk i flere kommuner; erfaringskonferanse i 2019.",
				Partners:    []lnet.PartnerID{HVL},
				Aims:        []lnet.Aim{lnet.AimCompetence},
				// The second of the "to prosjekter" the municipalities work on; its group and
				// host were to be settled by 25 September (see the decision below).
				Status: lnet.ProjectStarted,
			},
			{
				ID:          ProjectBasicTraining,
				Scheme:      lnet.SchemeSelfInitiated,
				Title:       "Basisopplæring",
				Description: "Prosjektidé: om andre kommuner kan delta i Bergens basisopplæring fra 2019/2020; avklares innen samlingen 12. februar 2019.",
				Host:        Bergen,
				Aims:        []lnet.Aim{lnet.AimCompetence},
				// "Det er behov for flere avklaringer før kommunene avgjør om de vil jobbe
				// videre med denne prosjektideen."
				Status: lnet.ProjectIdea,
			},
		},
		Gatherings: []lnet.Gathering{
			{Kind: lnet.GatheringInformation, Date: StartUp, Title: "Informasjonsmøte om læringsnettverket", Place: "Bergen"},
			{Kind: lnet.GatheringStartUp, Date: StartUp, Title: "Oppstartsseminar for læringsnettverket", Place: "Bergen"},
			{
				Kind: lnet.GatheringNetwork, Date: Gathering2018, Title: "Læringsnettverkssamling",
				Attendance: &lnet.Attendance{ServiceCount: 9, MunicipalityCount: 18, Partners: []lnet.PartnerID{RKBUVest, HVL}, Office: true},
			},
			{
				Kind: lnet.GatheringNetwork, Date: Gathering2019, Title: "Læringsnettverkssamling", Place: "Bergen",
				Topic: "Ansvar og samarbeid mellom barnevern, politi og Barnehuset når barn er utsatt for vold og overgrep",
			},
		},
		Decisions: []lnet.Decision{
			{Subject: lnet.DecisionLeader, Date: Gathering2018, Text: "Kommunene fant det ikke nødvendig å velge leder for nettverket nå; det kan gjøres senere."},
			{Subject: lnet.DecisionSteeringGroup, Date: Gathering2018, Text: "Styringsgruppen har fire kommunerepresentanter (Kvam, Fjell, Radøy, Os), én fra RKBU og én fra Fylkesmannen, og møtes om lag tre ganger i året."},
			{Subject: lnet.DecisionProject, Date: Gathering2018, Project: ProjectChildConversations, Due: &hostDue, Text: "Prosjektgruppe og vertskommune avklares i samarbeid med høgskolen."},
			{Subject: lnet.DecisionProject, Date: Gathering2018, Project: ProjectBasicTraining, Due: ptr(Gathering2019), Text: "Bergen avklarer om andre kommuner kan delta i basisopplæringen før nettverket tar stilling til prosjektet."},
		},
	}
}
