// Command opengrants publishes the grants of two example years as open grant data in the
// 360Giving Data Standard: the Hordaland network of 2018 from the sources (seeds 000 and 002)
// and an illustrative Nordland network of 2019. It writes one JSON package to standard output,
// after checking it against the standard's schema rules.
//
//	go run ./examples/opengrants > tilskudd.json
//
// The networks, projects, hosts, schemes, offices and the Nordland spend-by date (31 December
// 2020) are from the sources; the applications, the grants (amounts and decision dates) and
// the Nordland network are illustrative, since no source gives them. "360G-eksempel" is a
// placeholder publisher prefix, not one registered with 360Giving, and no organisation numbers
// are given, so the organisations get ids in the publisher's namespace. The Hordaland project
// "Dokumentasjon av barnesamtaler" has no grant: its host municipality was not settled, and
// 360Giving requires a recipient. "Basisopplæring" was still an idea in the sources (Bergen
// was to settle it by February 2019); its grant here is part of the illustration.
package main

import (
	"encoding/json"
	"flag"
	"io"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/giving360"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() { command().Main() }

// command is the program as a command: it takes no flags and no arguments.
func command() cli.Command {
	return cli.Command{
		Name:        "opengrants",
		Synopsis:    "opengrants > tilskudd.json",
		Description: "Writes the grants of two example years as a 360Giving JSON package, checked against the\nstandard's schema rules.",
		Flags:       func(*flag.FlagSet) func(io.Writer) error { return run },
	}
}

// Prefix is the placeholder publisher prefix of the example.
const Prefix = "360G-eksempel"

func run(out io.Writer) error {
	grants, apps, nets := hordaland2018()
	g2, a2, n2 := nordland2019()
	grants, apps, nets = append(grants, g2...), append(apps, a2...), append(nets, n2...)
	pkg, err := giving360.Export(grants, apps, nets, giving360.Options{Prefix: Prefix})
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		return err
	}
	if err := giving360.ValidateJSON(data); err != nil {
		return err
	}
	_, err = out.Write(append(data, '\n'))
	return err
}

// hordaland2018 returns the Hordaland network of the sources with illustrative applications
// for its two projects that have a host, and grants that share the office's 2018 pot of
// NOK 650 000 between them.
func hordaland2018() ([]lnet.Grant, []lnet.Application, []lnet.Network) {
	n := seeds.Hordaland2018()
	submitted := date.New(2018, 10, 31)
	app := func(id lnet.ApplicationID, p lnet.ProjectID, requested, total string) lnet.Application {
		return lnet.Application{ID: id, Network: n.ID, Project: p, Scheme: lnet.SchemeSelfInitiated, Year: 2018,
			Office: n.Office, Requested: lnet.MustNOK(requested), TotalCost: lnet.MustNOK(total), Submitted: &submitted}
	}
	apps := []lnet.Application{
		app("hordaland-2018-1", seeds.ProjectHighConflict, "400000", "600000"),
		app("hordaland-2018-2", seeds.ProjectBasicTraining, "300000", "450000"),
	}
	decided := date.New(2018, 12, 14)
	grant := func(id lnet.GrantID, a lnet.ApplicationID, amount string) lnet.Grant {
		return lnet.Grant{ID: id, Application: a, Office: n.Office, Scheme: lnet.SchemeSelfInitiated, Year: 2018,
			Amount: lnet.MustNOK(amount), Decided: decided, SpendBy: lnet.SpendByFor(2018)}
	}
	grants := []lnet.Grant{
		grant("2018-hordaland-1", "hordaland-2018-1", "370000"),
		grant("2018-hordaland-2", "hordaland-2018-2", "280000"),
	}
	return grants, apps, []lnet.Network{n}
}

// Nordland municipality codes valid in 2019.
const (
	bodo     lnet.MunicipalityCode = 1804
	fauske   lnet.MunicipalityCode = 1841
	saltdal  lnet.MunicipalityCode = 1840
	sorfold  lnet.MunicipalityCode = 1845
	gildesk  lnet.MunicipalityCode = 1838
	nordland lnet.OfficeID         = "nordland"
)

// nordland2019 returns an illustrative Nordland network with one project under each scheme,
// its applications of 2019 and its grants, decided after the office's deadline of 13 November
// 2019 and to be used by 31 December 2020.
func nordland2019() ([]lnet.Grant, []lnet.Application, []lnet.Network) {
	member := func(id lnet.ServiceID, name string, host lnet.MunicipalityCode, covers ...lnet.MunicipalityCode) lnet.Member {
		return lnet.Member{Service: lnet.Service{ID: id, Name: name, Host: host, Municipalities: append([]lnet.MunicipalityCode{host}, covers...)}}
	}
	n := lnet.Network{
		ID: "salten", Name: "Læringsnettverket i Salten (illustrasjon)", Office: nordland,
		Members: []lnet.Member{
			member("bodo", "Barneverntjenesten i Bodø", bodo),
			member("indre-salten", "Barneverntjenesten i Indre Salten", fauske, saltdal, sorfold),
			member("gildeskal", "Barneverntjenesten i Gildeskål", gildesk),
		},
		Partners: []lnet.Partner{{ID: "bufetat", Name: "Bufetat region nord", Kind: lnet.PartnerBufetat}},
		Projects: []lnet.Project{
			{
				ID: "undersokelser", Scheme: lnet.SchemeSelfInitiated, Title: "Felles rutiner for undersøkelsessaker",
				Description: "Tjenestene utvikler og prøver ut felles rutiner og maler for undersøkelsessaker.",
				Host:        fauske, Participants: []lnet.MunicipalityCode{saltdal, sorfold, gildesk},
				Period: &lnet.Period{Start: date.New(2020, 1, 1), End: date.New(2020, 12, 31)},
				Aims:   []lnet.Aim{lnet.AimQualityDevelopment},
			},
			{
				ID: "fosterhjem", Scheme: lnet.SchemeFosterHome, Title: "Fosterhjemstjeneste i Salten",
				Host: bodo, Participants: []lnet.MunicipalityCode{fauske, saltdal},
				Partners: []lnet.PartnerID{"bufetat"},
				Aims:     []lnet.Aim{lnet.AimFosterHomeFollowUp, lnet.AimFosterHomeGuidance},
			},
		},
	}
	submitted := date.New(2019, 11, 12)
	apps := []lnet.Application{
		{ID: "salten-2019-1", Network: n.ID, Project: "undersokelser", Scheme: lnet.SchemeSelfInitiated, Year: 2019,
			Office: nordland, Requested: lnet.MustNOK("312500.50"), TotalCost: lnet.MustNOK("520000"), Submitted: &submitted},
		{ID: "salten-2019-2", Network: n.ID, Project: "fosterhjem", Scheme: lnet.SchemeFosterHome, Year: 2019,
			Office: nordland, Requested: lnet.MustNOK("900000"), TotalCost: lnet.MustNOK("1400000"), Submitted: &submitted},
	}
	decided := date.New(2019, 12, 16)
	spendBy := date.New(2020, 12, 31)
	grants := []lnet.Grant{
		{ID: "2019-nordland-1", Application: "salten-2019-1", Office: nordland, Scheme: lnet.SchemeSelfInitiated, Year: 2019,
			Amount: lnet.MustNOK("312500.50"), Decided: decided, SpendBy: spendBy},
		{ID: "2019-nordland-2", Application: "salten-2019-2", Office: nordland, Scheme: lnet.SchemeFosterHome, Year: 2019,
			Amount: lnet.MustNOK("750000"), Decided: decided, SpendBy: spendBy},
	}
	return grants, apps, []lnet.Network{n}
}
