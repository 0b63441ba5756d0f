package giving360_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/giving360"
	"github.com/laeringsnettverk/sdk/lnet"
)

// A governor office publishes its grants of 2019 as open data. The amounts, dates and
// organisation ids are illustrative; "360G-eksempel" is a placeholder prefix.
func ExampleExport() {
	kvam := lnet.MustMunicipalityCode("1238")
	network := lnet.Network{
		ID: "hordaland", Name: "Læringsnettverket i Hordaland", Office: "vestland",
		Members: []lnet.Member{{Service: lnet.Service{ID: "kvam", Name: "Barneverntenesta i Kvam", Host: kvam,
			Municipalities: []lnet.MunicipalityCode{kvam}}}},
		Projects: []lnet.Project{{ID: "fosterhjem", Scheme: lnet.SchemeFosterHome, Title: "Veiledning av fosterforeldre",
			Host: kvam, Aims: []lnet.Aim{lnet.AimFosterHomeGuidance}}},
	}
	app := lnet.Application{ID: "s-2019-7", Network: "hordaland", Project: "fosterhjem", Scheme: lnet.SchemeFosterHome,
		Year: 2019, Office: "vestland", Requested: lnet.MustNOK("250000"), TotalCost: lnet.MustNOK("400000")}
	grant := lnet.Grant{ID: "2019/1234", Application: "s-2019-7", Office: "vestland", Scheme: lnet.SchemeFosterHome,
		Year: 2019, Amount: lnet.MustNOK("187500.50"), Decided: date.New(2019, 12, 10), SpendBy: lnet.SpendByFor(2019)}

	pkg, err := giving360.Export([]lnet.Grant{grant}, []lnet.Application{app}, []lnet.Network{network},
		giving360.Options{Prefix: "360G-eksempel"})
	if err != nil {
		fmt.Println(err)
		return
	}
	g := pkg.Grants[0]
	fmt.Println(g.ID)
	fmt.Println(g.AmountAwarded, g.Currency, "of", g.AmountAppliedFor, "applied for, awarded", g.AwardDate)
	fmt.Println("from", g.FundingOrganization[0].Name, "to", g.RecipientOrganization[0].Name, "/", g.RecipientOrganization[0].Department)
	fmt.Println(g.GrantProgramme[0].Title, g.PlannedDates[0].StartDate, "–", g.PlannedDates[0].EndDate)
	// Output:
	// 360G-eksempel-2019/1234
	// 187500.50 NOK of 250000 applied for, awarded 2019-12-10
	// from Fylkesmannen i Vestland to Kvam / Barneverntenesta i Kvam
	// Utviklingsprosjekter på fosterhjemsområdet 2019-12-10 – 2020-12-31
}

// Checking a package written by another tool lists every broken rule with its JSON path.
func ExampleValidateJSON() {
	doc := []byte(`{"grants": [{
		"id": "360G-eksempel-1", "title": "Prosjekt", "description": "Tilskudd",
		"currency": "kr", "amountAwarded": "650 000", "awardDate": "01.11.2018",
		"fundingOrganization": [{"id": "360G-eksempel-embete-hordaland"}]
	}]}`)
	err := giving360.ValidateJSON(doc)
	fmt.Println(err)
	// Output:
	// giving360: 5 violation(s) of the 360Giving schema 1.4
	//	grants[0].currency: must be an ISO 4217 currency code of three capital letters, e.g. "NOK" "kr" [pattern]
	//	grants[0].amountAwarded: must be a JSON number "650 000" [type]
	//	grants[0].awardDate: must be a date "YYYY-MM-DD" or an RFC 3339 date-time "01.11.2018" [format]
	//	grants[0].recipientOrganization: is required (or recipientIndividual) [oneOf]
	//	grants[0].fundingOrganization[0].name: is required [required]
}

// An exported package is a value: check it, then write it.
func ExampleValidate() {
	pkg := giving360.Package{Version: giving360.SchemaVersion, Grants: []giving360.Grant{{
		ID: "360G-eksempel-2018-1", Title: "Barnevernets rolle i høykonfliktsaker", Description: "Retningslinjer.",
		Currency: "NOK", AmountAwarded: "300000", AwardDate: "2018-12-10",
		RecipientOrganization: []giving360.Organization{{ID: "360G-eksempel-kommune-1238", Name: "Kvam"}},
		FundingOrganization:   []giving360.Organization{{ID: "360G-eksempel-embete-hordaland", Name: "Fylkesmannen i Hordaland"}},
	}}}
	if err := giving360.Validate(pkg); err != nil {
		fmt.Println(err)
		return
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(pkg.Grants[0].FundingOrganization); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [{"id":"360G-eksempel-embete-hordaland","name":"Fylkesmannen i Hordaland"}]
}

// Parse reads a package and returns it only if it is valid.
func ExampleParse() {
	pkg, err := giving360.Parse([]byte(`{"grants": [{"id": "360G-eksempel-1", "title": "T", "description": "D",
		"currency": "NOK", "amountAwarded": 2100000, "awardDate": "2019-12-10",
		"recipientOrganization": [{"id": "NO-BRC-974760673", "name": "R"}],
		"fundingOrganization": [{"id": "360G-eksempel-embete-nordland", "name": "Fylkesmannen i Nordland"}],
		"fromOpenCall": "Yes"}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	amount, err := lnet.ParseNOK(string(pkg.Grants[0].AmountAwarded))
	fmt.Println(amount.Norwegian(), err)
	// Output:
	// kr 2 100 000 <nil>
}

// BrregOrgID turns an organisation number from the Brønnøysund registers into a 360Giving
// organisation id, after checking its check digit.
func ExampleBrregOrgID() {
	id, err := giving360.BrregOrgID("974 760 673")
	fmt.Println(id, err)
	_, err = giving360.BrregOrgID("974760674")
	fmt.Println(err)
	// Output:
	// NO-BRC-974760673 <nil>
	// lnet: parsing organisation number "974760674": has a wrong check digit
}
