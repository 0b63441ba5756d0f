package lnet_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// A network's members are services, and one inter-municipal service covers several
// municipalities, so the two counts differ.
func ExampleNetwork_MunicipalityCount() {
	code := lnet.MustMunicipalityCode
	n := lnet.Network{
		ID: "hordaland", Name: "Læringsnettverket i Hordaland", Office: "hordaland",
		Members: []lnet.Member{
			{Service: lnet.Service{ID: "kvam", Name: "Kvam", Host: code("1238"),
				Municipalities: []lnet.MunicipalityCode{code("1238")}},
				Representatives: []lnet.Representative{{Role: lnet.RoleManagement, Title: "barnevernleiar"}}},
			{Service: lnet.Service{ID: "fjell", Name: "Fjell, Sund og Øygarden", Host: code("1246"),
				Municipalities: []lnet.MunicipalityCode{code("1246"), code("1245"), code("1259")}},
				Representatives: []lnet.Representative{{Role: lnet.RoleStaff, Title: "sakshandsamar"}}},
			{Service: lnet.Service{ID: "voss", Name: "Voss, Ulvik og Granvin", Host: code("1235"),
				Municipalities: []lnet.MunicipalityCode{code("1235"), code("1233"), code("1234")}}},
		},
	}
	fmt.Println("services:", n.MemberCount())
	fmt.Println("municipalities:", n.MunicipalityCount(), n.Municipalities())
	fmt.Println("counties:", n.Counties())
	for _, m := range n.MembersWithoutManagement() {
		fmt.Println("no one from management:", m.Service.Name)
	}
	// Output:
	// services: 3
	// municipalities: 7 [1233 1234 1235 1238 1245 1246 1259]
	// counties: [12]
	// no one from management: Fjell, Sund og Øygarden
	// no one from management: Voss, Ulvik og Granvin
}

// Validate reports every problem at once. Each is a *lnet.FieldError whose Path locates the
// field in JSON names; all of them wrap lnet.ErrInvalidModel.
func ExampleApplication_Validate() {
	a := lnet.Application{
		ID: "nordland-2019-1", Network: "salten", Project: "fosterhjem",
		Scheme: lnet.SchemeFosterHome, Year: 2019, Office: "Nordland",
		Requested: lnet.MustNOK("300000"), TotalCost: lnet.MustNOK("500000"),
		Budget: []lnet.BudgetLine{
			{Category: lnet.BudgetProjectManagement, Cost: lnet.MustNOK("400000"), Requested: lnet.MustNOK("250000")},
			{Category: lnet.BudgetExternalCompetence, Cost: lnet.MustNOK("60000"), Requested: lnet.MustNOK("-50000")},
		},
	}
	err := a.Validate()
	fmt.Println(errors.Is(err, lnet.ErrInvalidModel))
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *lnet.FieldError
		if errors.As(e, &fe) {
			fmt.Printf("%-22s %s\n", fe.Path, fe.Reason)
		}
	}
	// Output:
	// true
	// office                 not an office id (1–40 characters of a–z, 0–9 and '-')
	// budget[1].requested    must not be negative
	// total_cost             budget costs add up to 460000, 40000 less than
	// requested              budget requested amounts add up to 200000, 100000 less than
}

// The paths of a network's errors reach into its parts.
func ExampleNetwork_Validate() {
	var n lnet.Network
	doc := `{
	  "id": "hordaland", "name": "Læringsnettverket i Hordaland", "office": "hordaland",
	  "members": [
	    {"service": {"id": "kvam", "name": "Kvam", "host": "1238", "municipalities": ["1238"]},
	     "representatives": [{"role": "management"}, {"role": "staff", "title": "sakshandsamar"}]},
	    {"service": {"id": "kvam", "name": "Fjell", "host": "1246", "municipalities": ["1246"]}}
	  ],
	  "projects": [{"id": "p1", "scheme": "self_initiated", "title": "Høykonfliktsaker", "partners": ["rkbu-vest"]}]
	}`
	if err := json.Unmarshal([]byte(doc), &n); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Validate())
	// Output:
	// members[1].service.id: duplicate id of members[0].service.id "kvam"
	// projects[0].partners[0]: not one of the network's partners "rkbu-vest"
}

// A network that has not chosen a leader has a nil Leader; the decision it recorded says
// why, and a report can show it.
func ExampleNetwork_DecisionsAbout() {
	n := lnet.Network{
		ID: "hordaland", Name: "Læringsnettverket i Hordaland", Office: "hordaland",
		Decisions: []lnet.Decision{{
			Subject: lnet.DecisionLeader, Date: date.New(2018, time.September, 13),
			Text: "Nettverket velger ikke leder nå; spørsmålet kan tas opp igjen senere.",
		}},
	}
	if n.Leader == nil {
		for _, d := range n.DecisionsAbout(lnet.DecisionLeader) {
			fmt.Printf("%s (%s): %s\n", d.Subject.Norwegian(), d.Date, d.Text)
		}
	}
	// Output:
	// leder (2018-09-13): Nettverket velger ikke leder nå; spørsmålet kan tas opp igjen senere.
}

// A project's municipalities include its host; Unanchored lists those whose leadership has
// not yet endorsed it.
func ExampleProject_Unanchored() {
	code := lnet.MustMunicipalityCode
	p := lnet.Project{
		ID: "hoykonflikt", Scheme: lnet.SchemeSelfInitiated, Title: "Barnevernets rolle i høykonfliktsaker",
		Host:         code("1238"),
		Participants: []lnet.MunicipalityCode{code("1246"), code("1260")},
		Anchoring: []lnet.Anchoring{
			{Municipality: code("1238"), Date: date.New(2018, time.October, 15), Body: "kommunalsjef"},
		},
	}
	fmt.Println(p.Municipalities())
	fmt.Println(p.Unanchored())
	// Output:
	// [1238 1246 1260]
	// [1246 1260]
}

// An application names its project by id; the network looks it up.
func ExampleNetwork_ProjectFor() {
	n := lnet.Network{ID: "hordaland", Projects: []lnet.Project{
		{ID: "fosterhjem", Scheme: lnet.SchemeFosterHome, Title: "Felles veiledning av fosterforeldre",
			Aims: []lnet.Aim{lnet.AimFosterHomeGuidance}},
	}}
	a := lnet.Application{ID: "a1", Network: "hordaland", Project: "fosterhjem", Scheme: lnet.SchemeFosterHome}
	p, err := n.ProjectFor(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title, p.HasFosterHomeAim())
	a.Project = "basis"
	_, err = n.ProjectFor(a)
	fmt.Println(errors.Is(err, lnet.ErrNotFound))
	// Output:
	// Felles veiledning av fosterforeldre true
	// true
}

// Money granted for a year must be used by the end of the following year.
func ExampleSpendByFor() {
	fmt.Println(lnet.SpendByFor(2019))
	// Output: 2020-12-31
}

// Attendance keeps services and municipalities apart: the Hordaland gathering of
// 13 September 2018 had 9 services representing 18 municipalities.
func ExampleAttendance() {
	g := lnet.Gathering{
		Kind: lnet.GatheringNetwork, Date: date.New(2018, time.September, 13), Title: "Læringsnettverkssamling",
		Attendance: &lnet.Attendance{ServiceCount: 9, MunicipalityCount: 18, Office: true},
	}
	b, _ := json.Marshal(g)
	fmt.Println(string(b))
	fmt.Println(g.Validate())
	// Output:
	// {"kind":"gathering","date":"2018-09-13","title":"Læringsnettverkssamling","attendance":{"service_count":9,"municipality_count":18,"office":true}}
	// <nil>
}
