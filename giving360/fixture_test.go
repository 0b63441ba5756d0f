package giving360

import (
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Municipality codes of 2018 (Hordaland) used by the fixtures.
const (
	kvam  lnet.MunicipalityCode = 1238
	fjell lnet.MunicipalityCode = 1246
	radoy lnet.MunicipalityCode = 1260
)

const testPrefix = "360G-eksempel"

// fixture returns a small Hordaland network of 2018 with two projects (one without a decided
// host), an application for each and a grant for the first. Amounts and dates of applications
// and grants are illustrative: the sources do not give them.
func fixture() ([]lnet.Grant, []lnet.Application, []lnet.Network) {
	member := func(id lnet.ServiceID, name string, m lnet.MunicipalityCode) lnet.Member {
		return lnet.Member{Service: lnet.Service{ID: id, Name: name, Host: m, Municipalities: []lnet.MunicipalityCode{m}}}
	}
	net := lnet.Network{
		ID:     "hordaland",
		Name:   "Læringsnettverket i Hordaland",
		Office: "hordaland",
		Members: []lnet.Member{
			member("kvam", "Barneverntenesta i Kvam", kvam),
			member("fjell", "Barneverntenesta i Fjell", fjell),
			member("radoy", "Barneverntenesta i Radøy", radoy),
		},
		Projects: []lnet.Project{
			{
				ID: "hoykonflikt", Scheme: lnet.SchemeSelfInitiated, Title: "Barnevernets rolle i høykonfliktsaker",
				Description: "Retningslinjer for arbeid i saker med store foreldrekonflikter.",
				Host:        kvam, Participants: []lnet.MunicipalityCode{fjell, radoy},
			},
			{ID: "barnesamtaler", Scheme: lnet.SchemeSelfInitiated, Title: "Dokumentasjon av barnesamtaler"},
		},
	}
	apps := []lnet.Application{
		{ID: "a1", Network: "hordaland", Project: "hoykonflikt", Scheme: lnet.SchemeSelfInitiated, Year: 2018,
			Office: "hordaland", Requested: lnet.MustNOK("312500.50"), TotalCost: lnet.MustNOK("500000")},
		{ID: "a2", Network: "hordaland", Project: "barnesamtaler", Scheme: lnet.SchemeSelfInitiated, Year: 2018,
			Office: "hordaland", Requested: lnet.MustNOK("200000"), TotalCost: lnet.MustNOK("300000")},
	}
	grants := []lnet.Grant{
		{ID: "2018-1", Application: "a1", Office: "hordaland", Scheme: lnet.SchemeSelfInitiated, Year: 2018,
			Amount: lnet.MustNOK("300000.50"), Decided: date.New(2018, 12, 10), SpendBy: lnet.SpendByFor(2018)},
	}
	return grants, apps, []lnet.Network{net}
}
