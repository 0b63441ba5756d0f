package lnet_test

import (
	"errors"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Fixtures for the model tests. The Hordaland network of 2018 follows the minutes of the
// gathering of 13 September 2018 for its projects, steering group, decisions and gatherings;
// which services cover which municipalities, the representatives, the plan, the anchoring
// and the amounts are invented for illustration (see testdata/models/README.md).

func fxDay(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func fxDayPtr(y int, m time.Month, d int) *date.Date {
	x := date.New(y, m, d)
	return &x
}

func fxCodes(ss ...string) []lnet.MunicipalityCode {
	out := make([]lnet.MunicipalityCode, len(ss))
	for i, s := range ss {
		out[i] = lnet.MustMunicipalityCode(s)
	}
	return out
}

func fxCode(s string) lnet.MunicipalityCode { return lnet.MustMunicipalityCode(s) }

func fxService(id, name string, munis ...string) lnet.Service {
	c := fxCodes(munis...)
	return lnet.Service{ID: lnet.ServiceID(id), Name: name, Host: c[0], Municipalities: c}
}

func fxManagement(title string) lnet.Representative {
	return lnet.Representative{Role: lnet.RoleManagement, Title: title}
}

func fxStaff(title string) lnet.Representative {
	return lnet.Representative{Role: lnet.RoleStaff, Title: title}
}

// hordaland returns a full, valid network: 9 member services covering 18 municipalities.
func fxHordaland() lnet.Network {
	joined := fxDayPtr(2018, 6, 7)
	return lnet.Network{
		ID:          "hordaland",
		Name:        "Læringsnettverket i Hordaland",
		Office:      "hordaland",
		Established: fxDayPtr(2018, 6, 7),
		Members: []lnet.Member{
			{Service: fxService("kvam", "Barneverntenesta i Kvam", "1238"), Joined: joined,
				Representatives: []lnet.Representative{fxManagement("barnevernleiar"), fxStaff("sakshandsamar")}},
			{Service: fxService("fjell-sund-oygarden", "Barneverntenesta for Fjell, Sund og Øygarden", "1246", "1245", "1259"), Joined: joined,
				Representatives: []lnet.Representative{fxManagement("barnevernleiar"), {Role: lnet.RoleStaff, Title: "fagkoordinator", Municipality: fxCode("1245")}}},
			{Service: fxService("radoy", "Barneverntenesta i Radøy", "1260"), Joined: joined,
				Representatives: []lnet.Representative{fxStaff("sakshandsamar")}},
			{Service: fxService("os", "Barneverntenesta i Os", "1243"), Joined: joined,
				Representatives: []lnet.Representative{fxManagement("kommunalsjef"), fxStaff("sakshandsamar")}},
			{Service: fxService("bergen", "Barnevernet i Bergen", "1201"), Joined: joined,
				Representatives: []lnet.Representative{fxManagement("fagsjef"), fxStaff("rådgiver")}},
			{Service: fxService("odda-ullensvang-eidfjord", "Barneverntenesta for Odda, Ullensvang og Eidfjord", "1228", "1231", "1232"),
				Representatives: []lnet.Representative{fxManagement("barnevernleiar")}},
			{Service: fxService("voss-ulvik-granvin", "Barneverntenesta for Voss, Ulvik og Granvin", "1235", "1233", "1234"),
				Representatives: []lnet.Representative{fxStaff("sakshandsamar")}},
			{Service: fxService("askoy", "Barneverntjenesten i Askøy", "1247")},
			{Service: fxService("sunnhordland", "Barneverntenesta i Sunnhordland", "1221", "1222", "1219", "1216"),
				Representatives: []lnet.Representative{fxManagement("barnevernleiar"), fxStaff("sakshandsamar")}},
		},
		SteeringGroup: &lnet.SteeringGroup{
			Established: fxDayPtr(2018, 9, 13),
			Seats: []lnet.Seat{
				{Kind: lnet.SeatMunicipality, Municipality: fxCode("1238"), Role: lnet.RoleManagement},
				{Kind: lnet.SeatMunicipality, Municipality: fxCode("1246")},
				{Kind: lnet.SeatMunicipality, Municipality: fxCode("1260")},
				{Kind: lnet.SeatMunicipality, Municipality: fxCode("1243")},
				{Kind: lnet.SeatPartner, Partner: "rkbu-vest"},
				{Kind: lnet.SeatOffice, Office: "hordaland", Title: "seniorrådgiver"},
			},
			MeetingsPerYear: 3,
			Mandate: &lnet.Document{Title: "Mandat for styringsgruppen", Date: fxDayPtr(2018, 9, 13),
				Source: "Referat fra læringsnettverkssamlingen 13.09.2018"},
		},
		Contributors: []lnet.Contributor{
			{ID: "ks", Name: "KS", Kind: lnet.ContributorKS},
			{ID: "forandringsfabrikken", Name: "Forandringsfabrikken", Kind: lnet.ContributorUserOrganisation},
		},
		ResourceGroup: &lnet.ResourceGroup{
			Counties:     []lnet.CountyCode{11, 12, 14},
			Partners:     []lnet.PartnerID{"rkbu-vest", "hvl"},
			Contributors: []lnet.ContributorID{"ks", "forandringsfabrikken"},
		},
		Horizon: &lnet.Horizon{Through: 2024, AtLeast: true, Wording: "Nettverket skal minimum vare ut 2024"},
		Partners: []lnet.Partner{
			{ID: "rkbu-vest", Name: "RKBU Vest", Kind: lnet.PartnerKnowledgeCentre},
			{ID: "hvl", Name: "Høgskulen på Vestlandet", Kind: lnet.PartnerUniversity},
			{ID: "bufetat-vest", Name: "Bufetat, region vest", Kind: lnet.PartnerBufetat},
		},
		Plan: &lnet.Plan{
			Title:   "Plan for kompetanse- og kvalitetsutvikling 2018–2024",
			Adopted: fxDayPtr(2018, 9, 13),
			Period:  &lnet.Period{Start: fxDay(2018, 9, 13), End: fxDay(2024, 12, 31)},
			Measures: []lnet.Measure{
				{ID: "m1", Title: "Arbeid i saker med store konflikter mellom foreldre",
					Municipalities: fxCodes("1238", "1246", "1260"),
					Assessments: []lnet.Assessment{
						{Kind: lnet.AssessmentRisk, Municipality: fxCode("1238"), Date: fxDayPtr(2018, 5, 1), Summary: "Mange saker med høyt konfliktnivå mellom foreldre"},
						{Kind: lnet.AssessmentStatus, Municipality: fxCode("1246"), Summary: "Ingen felles retningslinjer for høykonfliktsaker"},
					}},
				{ID: "m2", Title: "Dokumentasjon av samtaler med barn",
					Assessments: []lnet.Assessment{
						{Kind: lnet.AssessmentStatus, Municipality: fxCode("1201"), Summary: "Mal for dokumentasjon av barnesamtaler tatt i bruk"},
					}},
				{ID: "m3", Title: "Oppfølging og veiledning av fosterhjem"},
			},
		},
		Projects: []lnet.Project{
			{
				ID: "hoykonflikt", Scheme: lnet.SchemeSelfInitiated,
				Title: "Barnevernets rolle i høykonfliktsaker",
				Host:  fxCode("1238"), Participants: fxCodes("1246", "1260"),
				Partners: []lnet.PartnerID{"rkbu-vest"},
				Period:   &lnet.Period{Start: fxDay(2019, 1, 1), End: fxDay(2020, 12, 31)},
				Measure:  "m1",
				Anchoring: []lnet.Anchoring{
					{Municipality: fxCode("1238"), Date: fxDay(2018, 10, 15), Body: "kommunalsjef"},
					{Municipality: fxCode("1246"), Date: fxDay(2018, 10, 22), Body: "rådmann", Reference: "2018/1234"},
				},
				Aims:   []lnet.Aim{lnet.AimQualityDevelopment, lnet.AimCompetence},
				Status: lnet.ProjectStarted,
				Group:  &lnet.ProjectGroup{Municipalities: fxCodes("1238", "1246", "1260")},
				Mandate: &lnet.Document{Title: "Mandat for arbeidsgruppen", Date: fxDayPtr(2018, 10, 15),
					Text: "Innhente informasjon om hvordan tjenestene arbeider i saker med store konflikter mellom foreldre."},
				ProjectPlan: &lnet.Document{Title: "Prosjektplan", Date: fxDayPtr(2018, 10, 15)},
			},
			{
				ID: "barnesamtaler", Scheme: lnet.SchemeSelfInitiated,
				Title:    "Dokumentasjon av barnesamtaler",
				Partners: []lnet.PartnerID{"hvl"},
				Measure:  "m2",
				Aims:     []lnet.Aim{lnet.AimCompetence},
				Status:   lnet.ProjectClarifying,
			},
			{
				ID: "fosterhjem-veiledning", Scheme: lnet.SchemeFosterHome,
				Title: "Felles veiledning av fosterforeldre",
				Host:  fxCode("1243"), Participants: fxCodes("1243", "1201"),
				Partners: []lnet.PartnerID{"bufetat-vest"},
				Period:   &lnet.Period{Start: fxDay(2019, 6, 1), End: fxDay(2020, 12, 31)},
				Measure:  "m3",
				Anchoring: []lnet.Anchoring{
					{Municipality: fxCode("1243"), Date: fxDay(2019, 3, 4), Body: "kommunalsjef"},
					{Municipality: fxCode("1201"), Date: fxDay(2019, 3, 11), Body: "byrådsavdeling"},
				},
				Aims: []lnet.Aim{lnet.AimFosterHomeGuidance, lnet.AimKinRecruitment},
			},
		},
		Gatherings: []lnet.Gathering{
			{Kind: lnet.GatheringStartUp, Date: fxDay(2018, 6, 7), Title: "Informasjonsmøte og oppstartsseminar", Place: "Bergen"},
			{Kind: lnet.GatheringNetwork, Date: fxDay(2018, 9, 13), Title: "Læringsnettverkssamling",
				Attendance: &lnet.Attendance{ServiceCount: 9, MunicipalityCount: 18, Partners: []lnet.PartnerID{"rkbu-vest", "hvl"}, Office: true}},
			{Kind: lnet.GatheringNetwork, Date: fxDay(2019, 2, 12), Title: "Læringsnettverkssamling", Place: "Bergen",
				Topic: "Ansvar og samarbeid mellom barnevern, politi og Barnehuset når barn er utsatt for vold og overgrep"},
		},
		Decisions: []lnet.Decision{
			{Subject: lnet.DecisionLeader, Date: fxDay(2018, 9, 13), Text: "Nettverket velger ikke leder nå; spørsmålet kan tas opp igjen senere."},
			{Subject: lnet.DecisionSteeringGroup, Date: fxDay(2018, 9, 13), Text: "Styringsgruppen har fire kommunerepresentanter, én fra RKBU Vest og én fra embetet, og møtes om lag tre ganger i året."},
			{Subject: lnet.DecisionProject, Date: fxDay(2018, 9, 13), Project: "barnesamtaler", Due: fxDayPtr(2018, 9, 25), Text: "Prosjektgruppe og vertskommune avklares."},
			{Subject: lnet.DecisionOther, Date: fxDay(2018, 9, 13), Due: fxDayPtr(2019, 2, 12), Text: "Bergen avklarer om andre kommuner kan delta i basisopplæringen."},
		},
	}
}

// application returns a valid application of the Hordaland network, with a budget.
func fxApplication() lnet.Application {
	return lnet.Application{
		ID: "hordaland-2018-hoykonflikt", Network: "hordaland", Project: "hoykonflikt",
		Scheme: lnet.SchemeSelfInitiated, Year: 2018, Office: "hordaland",
		Requested: lnet.MustNOK("200000"), TotalCost: lnet.MustNOK("350000"),
		Budget: []lnet.BudgetLine{
			{Category: lnet.BudgetProjectManagement, Description: "Prosjektleder 20 % stilling", Cost: lnet.MustNOK("200000"), Requested: lnet.MustNOK("150000")},
			{Category: lnet.BudgetExternalCompetence, Description: "Opplæring og evaluering, RKBU Vest", Cost: lnet.MustNOK("100000"), Requested: lnet.MustNOK("50000")},
			{Category: lnet.BudgetTravelAndGatherings, Cost: lnet.MustNOK("50000"), Requested: lnet.MustNOK("0")},
		},
		Submitted: fxDayPtr(2018, 10, 31),
		UsePeriod: &lnet.Period{Start: fxDay(2019, 1, 1), End: fxDay(2019, 12, 31)},
	}
}

// fieldErrors returns the field errors joined in err, in order.
func fxFieldErrors(t *testing.T, err error) []*lnet.FieldError {
	t.Helper()
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else if err != nil {
		list = []error{err}
	}
	out := make([]*lnet.FieldError, 0, len(list))
	for _, e := range list {
		var fe *lnet.FieldError
		require.True(t, errors.As(e, &fe), "not a *FieldError: %v", e)
		out = append(out, fe)
	}
	return out
}

// paths returns the paths of the field errors in err.
func fxPaths(t *testing.T, err error) []string {
	t.Helper()
	var out []string
	for _, fe := range fxFieldErrors(t, err) {
		out = append(out, fe.Path)
	}
	return out
}

// modelCase mutates a valid value and lists the paths of the field errors expected; no
// paths means the mutated value is still valid.
type modelCase[T any] struct {
	name   string
	mutate func(*T)
	want   []string
}

// runModelCases runs cases against copies of base().
func runModelCases[T interface{ Validate() error }](t *testing.T, base func() T, cases []modelCase[T]) {
	t.Helper()
	require.NoError(t, base().Validate(), "the base value must be valid")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := base()
			tc.mutate(&v)
			err := v.Validate()
			if len(tc.want) == 0 {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, lnet.ErrInvalidModel)
			var fe *lnet.FieldError
			assert.ErrorAs(t, err, &fe)
			assert.ElementsMatch(t, tc.want, fxPaths(t, err), "error: %v", err)
		})
	}
}
