package lnet_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// KS, Bufetat and a user organisation contribute to a network without being competence
// environments: they are contributors, not partners.
func ExampleContributor() {
	n := lnet.Network{
		Contributors: []lnet.Contributor{
			{ID: "ks", Name: "KS", Kind: lnet.ContributorKS},
			{ID: "bufetat-vest", Name: "Bufetat region vest", Kind: lnet.ContributorBufetat},
			{ID: "forandringsfabrikken", Name: "Forandringsfabrikken", Kind: lnet.ContributorUserOrganisation},
		},
	}
	for _, c := range n.Contributors {
		fmt.Printf("%-22s %-18s %s\n", c.Name, c.Kind, c.Kind.In(lnet.Nynorsk))
	}
	c, ok := n.Contributor("ks")
	fmt.Println(c.Name, ok, c.Validate())
	fmt.Println(lnet.Contributor{ID: "x", Name: "X"}.Validate())
	// Output:
	// KS                     ks                 KS
	// Bufetat region vest    bufetat            Bufetat
	// Forandringsfabrikken   user_organisation  brukarorganisasjon
	// KS true <nil>
	// kind: missing contributor kind
}

// Every contributor kind has an identifier and a name in the three languages.
func ExampleContributorKind() {
	for _, k := range lnet.ContributorKinds() {
		fmt.Printf("%s | %s | %s | %s\n", k, k.Norwegian(), k.Nynorsk(), k.English())
	}
	k, err := lnet.ParseContributorKind("user_organisation")
	fmt.Println(k.In(lnet.Bokmal), err)
	// Output:
	// ks | KS | KS | KS (association of local authorities)
	// bufetat | Bufetat | Bufetat | Bufetat (state child-welfare agency)
	// user_organisation | brukerorganisasjon | brukarorganisasjon | user organisation
	// other | annen bidragsyter | annan bidragsytar | other contributor
	// brukerorganisasjon <nil>
}

// The resource group planned in 2018 across Hordaland, Rogaland and Sogn og Fjordane, with
// the competence environments and other contributors; it has no day of establishment yet.
func ExampleResourceGroup() {
	g := lnet.ResourceGroup{
		Counties:     []lnet.CountyCode{11, 12, 14},
		Partners:     []lnet.PartnerID{"hvl"},
		Contributors: []lnet.ContributorID{"ks", "bufetat-vest", "forandringsfabrikken"},
		Source:       "Referat fra læringsnettverkssamling 13. september 2018",
	}
	fmt.Println("across counties:", g.AcrossCounties())
	fmt.Println("established:", g.Established != nil)
	fmt.Println(g.Validate())
	g.Counties = append(g.Counties, 12)
	fmt.Println(g.Validate())
	// Output:
	// across counties: true
	// established: false
	// <nil>
	// counties[3]: duplicate of counties[1] "12"
}

// A project without a status counts as started, as in data written before statuses
// existed; project ideas and projects being clarified are not.
func ExampleNetwork_StartedProjects() {
	n := lnet.Network{Projects: []lnet.Project{
		{ID: "barnesamtaler", Title: "Dokumentasjon av barnesamtaler", Status: lnet.ProjectStarted},
		{ID: "hoykonflikt", Title: "Barn i høykonfliktfamilier", Status: lnet.ProjectClarifying},
		{ID: "vold", Title: "Vold og overgrep", Status: lnet.ProjectIdea},
		{ID: "basis", Title: "Basisopplæring"},
	}}
	for _, p := range n.Projects {
		status := p.Status.String() + " (" + p.Status.In(lnet.Nynorsk) + ")"
		if p.Status == 0 {
			status = "none given"
		}
		fmt.Printf("%-14s started: %-5v %s\n", p.ID, p.Started(), status)
	}
	for _, p := range n.StartedProjects() {
		fmt.Println("started:", p.Title)
	}
	// Output:
	// barnesamtaler  started: true  started (sett i gang)
	// hoykonflikt    started: false clarifying (under avklaring)
	// vold           started: false idea (prosjektidé)
	// basis          started: true  none given
	// started: Dokumentasjon av barnesamtaler
	// started: Basisopplæring
}

// "Nettverket skal minimum vare ut 2024": the horizon ends on 31 December 2024, and a day
// after it is outside, although the network may well go on.
func ExampleHorizon() {
	h := lnet.Horizon{Through: 2024, AtLeast: true, Wording: "Nettverket skal minimum vare ut 2024",
		Source: "Invitasjon til deltaking i læringsnettverk, Fylkesmannen i Hordaland 2018"}
	fmt.Println("end:", h.End())
	fmt.Println(h.Includes(date.New(2024, time.December, 31)), h.Includes(date.New(2025, time.January, 1)))
	fmt.Println("at least:", h.AtLeast, h.Validate())
	// Output:
	// end: 2024-12-31
	// true false
	// at least: true <nil>
}

// The minutes of 13 September 2018 record that the steering group's mandate was reviewed:
// a document with a day and a source, whose text is not in the sources.
func ExampleDocument() {
	reviewed := date.New(2018, time.September, 13)
	mandate := lnet.Document{Title: "Mandat for styringsgruppen", Date: &reviewed,
		Source: "Referat fra læringsnettverkssamling 13. september 2018"}
	fmt.Println(mandate.Title, mandate.Date, mandate.Validate())
	fmt.Println(lnet.Document{Date: &reviewed}.Validate())
	// Output:
	// Mandat for styringsgruppen 2018-09-13 <nil>
	// title: missing: a document has a title, a text or a source
}

// A yearly application within a multi-year project says when the money is to be used,
// which is not the project's period; the money must be spent by 31 December of the year
// after the grant year.
func ExampleApplication_usePeriod() {
	use, err := lnet.NewPeriod(date.New(2019, time.January, 1), date.New(2019, time.December, 31))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := lnet.Application{ID: "barnesamtaler-2019", Network: "hordaland", Project: "barnesamtaler",
		Scheme: lnet.SchemeSelfInitiated, Year: 2019, Office: "hordaland",
		Requested: lnet.MustNOK("200000"), TotalCost: lnet.MustNOK("450000"), UsePeriod: &use}
	fmt.Println("use period:", a.UsePeriod, a.Validate())
	fmt.Println("spend by:", lnet.SpendByFor(a.Year), a.UsePeriod.Contains(lnet.SpendByFor(a.Year)))
	b, _ := json.Marshal(a.UsePeriod)
	fmt.Println(string(b))
	// Output:
	// use period: 2019-01-01/2019-12-31 <nil>
	// spend by: 2020-12-31 false
	// {"start":"2019-01-01","end":"2019-12-31"}
}

// Oslo's child welfare is run by the districts' services (bydelene): two of them in one
// network are two members but one municipality.
func ExampleNetwork_MembersCovering() {
	oslo := lnet.MustMunicipalityCode("0301")
	n := lnet.Network{Members: []lnet.Member{
		{Service: lnet.Service{ID: "gamle-oslo", Name: "Barneverntjenesten i bydel Gamle Oslo", Host: oslo,
			Municipalities: []lnet.MunicipalityCode{oslo}}},
		{Service: lnet.Service{ID: "grorud", Name: "Barneverntjenesten i bydel Grorud", Host: oslo,
			Municipalities: []lnet.MunicipalityCode{oslo}}},
		{Service: lnet.Service{ID: "baerum", Name: "Barneverntjenesten i Bærum", Host: lnet.MustMunicipalityCode("3024"),
			Municipalities: []lnet.MunicipalityCode{lnet.MustMunicipalityCode("3024")}}},
	}}
	for _, m := range n.MembersCovering(oslo) {
		fmt.Println(m.Service.Name)
	}
	fmt.Println("members:", n.MemberCount(), "municipalities:", n.MunicipalityCount(), n.Municipalities())
	// Output:
	// Barneverntjenesten i bydel Gamle Oslo
	// Barneverntjenesten i bydel Grorud
	// members: 3 municipalities: 2 [0301 3024]
}

// A text in the three languages: asked for in a language, it gives that language's text,
// or bokmål when that one is empty, and says what is missing.
func ExampleText() {
	t := lnet.NewText("Søknaden er sendt innen fristen.", "Søknaden er send innan fristen.", "The application was sent by the deadline.")
	for _, l := range lnet.Languages() {
		fmt.Printf("%s: %s\n", l, t.In(l))
	}
	b, _ := json.Marshal(t)
	fmt.Println(string(b))
	partial := lnet.Text{NB: "Klagefrist"}
	fmt.Println(partial.In(lnet.Nynorsk), partial.Missing())
	// Output:
	// nb: Søknaden er sendt innen fristen.
	// en: The application was sent by the deadline.
	// nn: Søknaden er send innan fristen.
	// {"nb":"Søknaden er sendt innen fristen.","nn":"Søknaden er send innan fristen.","en":"The application was sent by the deadline."}
	// Klagefrist [en nn]
}

// The office's title follows the rename of 2021 in the three languages.
func ExampleOffice_TitleIn() {
	reg := lnet.DefaultRegister()
	for _, day := range []date.Date{date.New(2018, time.June, 7), date.New(2021, time.March, 1)} {
		id := lnet.OfficeID("hordaland")
		if day.Year() >= 2019 {
			id = "vestland"
		}
		o, err := reg.OfficeOn(id, day)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s | %s | %s\n", o.TitleIn(lnet.Bokmal), o.TitleIn(lnet.Nynorsk), o.TitleIn(lnet.English))
	}
	// Output:
	// Fylkesmannen i Hordaland | Fylkesmannen i Hordaland | County Governor of Hordaland
	// Statsforvalteren i Vestland | Statsforvaltaren i Vestland | County Governor of Vestland
}
