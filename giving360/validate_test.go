package giving360

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// validDoc returns a valid package document with one grant that uses every field the
// validator checks.
func validDoc() map[string]any {
	org := func(id, name string) map[string]any {
		return map[string]any{"id": id, "name": name, "department": "Barneverntjenesten", "url": "https://example.org/",
			"location": []any{map[string]any{"name": "Bodø", "countryCode": "NO"}}, "dateModified": "2019-12-01T10:00:00Z"}
	}
	return map[string]any{
		"version": "1.4",
		"grants": []any{map[string]any{
			"id":                    "360G-eksempel-2019-1",
			"title":                 "Fosterhjemstjeneste i Salten",
			"description":           "Felles oppfølging av fosterhjem.",
			"currency":              "NOK",
			"amountAppliedFor":      json.Number("1200000"),
			"amountAwarded":         json.Number("1000000.50"),
			"amountDisbursed":       json.Number("0"),
			"awardDate":             "2019-12-10",
			"plannedDates":          []any{map[string]any{"startDate": "2020-01-01", "endDate": "2020-12-31T23:59:59+01:00"}},
			"actualDates":           []any{map[string]any{"startDate": "2020-02-01"}},
			"recipientOrganization": []any{org("NO-BRC-974760673", "Bodø")},
			"fundingOrganization":   []any{org("360G-eksempel-embete-nordland", "Fylkesmannen i Nordland")},
			"grantProgramme":        []any{map[string]any{"code": "foster_home", "title": "Utviklingsprosjekter på fosterhjemsområdet", "url": "https://example.org/ordning"}},
			"beneficiaryLocation":   []any{map[string]any{"name": "Bodø", "countryCode": "NO", "geoCode": "1804"}},
			"fromOpenCall":          "Yes",
			"url":                   "https://example.org/tilskudd/1",
			"dataSource":            "https://example.org/data.json",
			"dateModified":          "2019-12-11T08:00:00+01:00",
		}},
	}
}

func grant0(doc map[string]any) map[string]any { return doc["grants"].([]any)[0].(map[string]any) }

func TestValidateJSONValid(t *testing.T) {
	data, err := json.Marshal(validDoc())
	require.NoError(t, err)
	require.NoError(t, ValidateJSON(data))

	ind := validDoc()
	g := grant0(ind)
	delete(g, "recipientOrganization")
	g["recipientIndividual"] = map[string]any{"id": "360G-eksempel-IND-1", "name": "Individual recipient"}
	data, err = json.Marshal(ind)
	require.NoError(t, err)
	require.NoError(t, ValidateJSON(data), "a grant to an individual instead of an organisation")

	min := map[string]any{"grants": []any{map[string]any{
		"id": "360G-x-1", "title": "t", "description": "d", "currency": "GBP", "amountAwarded": json.Number("1e3"),
		"awardDate": "2020-01-01T00:00:00Z", "recipientOrganization": []any{map[string]any{"id": "GB-CHC-1", "name": "r"}},
		"fundingOrganization": []any{map[string]any{"id": "GB-CHC-2", "name": "f"}},
	}}}
	data, err = json.Marshal(min)
	require.NoError(t, err)
	require.NoError(t, ValidateJSON(data), "only the required fields, a date-time award date and an exponent")
}

// TestValidateJSONRules breaks each rule once and checks that the violation names the rule
// and the path.
func TestValidateJSONRules(t *testing.T) {
	tests := []struct {
		name   string
		change func(doc map[string]any)
		path   string
		rule   string
	}{
		{"package not an object", nil, "", "type"},
		{"grants missing", func(d map[string]any) { delete(d, "grants") }, "grants", "required"},
		{"grants not an array", func(d map[string]any) { d["grants"] = map[string]any{} }, "grants", "type"},
		{"grants empty", func(d map[string]any) { d["grants"] = []any{} }, "grants", "minItems"},
		{"grant not an object", func(d map[string]any) { d["grants"] = []any{"x"} }, "grants[0]", "type"},
		{"version form", func(d map[string]any) { d["version"] = "1.4.3" }, "version", "pattern"},
		{"version type", func(d map[string]any) { d["version"] = json.Number("1.4") }, "version", "type"},
		{"id missing", func(d map[string]any) { delete(grant0(d), "id") }, "grants[0].id", "required"},
		{"title missing", func(d map[string]any) { delete(grant0(d), "title") }, "grants[0].title", "required"},
		{"description missing", func(d map[string]any) { delete(grant0(d), "description") }, "grants[0].description", "required"},
		{"currency missing", func(d map[string]any) { delete(grant0(d), "currency") }, "grants[0].currency", "required"},
		{"amountAwarded missing", func(d map[string]any) { delete(grant0(d), "amountAwarded") }, "grants[0].amountAwarded", "required"},
		{"awardDate missing", func(d map[string]any) { delete(grant0(d), "awardDate") }, "grants[0].awardDate", "required"},
		{"fundingOrganization missing", func(d map[string]any) { delete(grant0(d), "fundingOrganization") }, "grants[0].fundingOrganization", "required"},
		{"no recipient", func(d map[string]any) { delete(grant0(d), "recipientOrganization") }, "grants[0].recipientOrganization", "oneOf"},
		{"both recipients", func(d map[string]any) {
			grant0(d)["recipientIndividual"] = map[string]any{"id": "p1", "name": "Individual recipient"}
		}, "grants[0]", "oneOf"},
		{"id not a string", func(d map[string]any) { grant0(d)["id"] = json.Number("7") }, "grants[0].id", "type"},
		{"id empty", func(d map[string]any) { grant0(d)["id"] = "" }, "grants[0].id", "minLength"},
		{"id without prefix", func(d map[string]any) { grant0(d)["id"] = "2019-1" }, "grants[0].id", "idPrefix"},
		{"id only prefix", func(d map[string]any) { grant0(d)["id"] = "360G-" }, "grants[0].id", "idPrefix"},
		{"id repeated", func(d map[string]any) {
			d["grants"] = append(d["grants"].([]any), validDoc()["grants"].([]any)[0])
		}, "grants[1].id", "uniqueId"},
		{"title empty", func(d map[string]any) { grant0(d)["title"] = "  " }, "grants[0].title", "minLength"},
		{"description not a string", func(d map[string]any) { grant0(d)["description"] = []any{} }, "grants[0].description", "type"},
		{"currency lower case", func(d map[string]any) { grant0(d)["currency"] = "nok" }, "grants[0].currency", "pattern"},
		{"currency symbol", func(d map[string]any) { grant0(d)["currency"] = "kr" }, "grants[0].currency", "pattern"},
		{"amount as string", func(d map[string]any) { grant0(d)["amountAwarded"] = "1000000" }, "grants[0].amountAwarded", "type"},
		{"amount null", func(d map[string]any) { grant0(d)["amountAwarded"] = nil }, "grants[0].amountAwarded", "type"},
		{"applied for as string", func(d map[string]any) { grant0(d)["amountAppliedFor"] = "kr 1 200 000" }, "grants[0].amountAppliedFor", "type"},
		{"disbursed as bool", func(d map[string]any) { grant0(d)["amountDisbursed"] = true }, "grants[0].amountDisbursed", "type"},
		{"award date Norwegian", func(d map[string]any) { grant0(d)["awardDate"] = "10.12.2019" }, "grants[0].awardDate", "format"},
		{"award date not a day", func(d map[string]any) { grant0(d)["awardDate"] = "2019-02-30" }, "grants[0].awardDate", "format"},
		{"award date-time without zone", func(d map[string]any) { grant0(d)["awardDate"] = "2019-12-10T10:00:00" }, "grants[0].awardDate", "format"},
		{"planned dates not an array", func(d map[string]any) { grant0(d)["plannedDates"] = map[string]any{} }, "grants[0].plannedDates", "type"},
		{"planned event not an object", func(d map[string]any) { grant0(d)["plannedDates"] = []any{"2020"} }, "grants[0].plannedDates[0]", "type"},
		{"planned start malformed", func(d map[string]any) {
			grant0(d)["plannedDates"] = []any{map[string]any{"startDate": "2020"}}
		}, "grants[0].plannedDates[0].startDate", "format"},
		{"planned end before start", func(d map[string]any) {
			grant0(d)["plannedDates"] = []any{map[string]any{"startDate": "2020-01-02", "endDate": "2020-01-01T23:00:00Z"}}
		}, "grants[0].plannedDates[0].endDate", "dateOrder"},
		{"actual end malformed", func(d map[string]any) {
			grant0(d)["actualDates"] = []any{map[string]any{"endDate": json.Number("2020")}}
		}, "grants[0].actualDates[0].endDate", "type"},
		{"recipient not an array", func(d map[string]any) { grant0(d)["recipientOrganization"] = map[string]any{"id": "x", "name": "y"} }, "grants[0].recipientOrganization", "type"},
		{"recipient empty", func(d map[string]any) { grant0(d)["recipientOrganization"] = []any{} }, "grants[0].recipientOrganization", "minItems"},
		{"recipient without id", func(d map[string]any) {
			grant0(d)["recipientOrganization"] = []any{map[string]any{"name": "Bodø"}}
		}, "grants[0].recipientOrganization[0].id", "required"},
		{"recipient without name", func(d map[string]any) {
			grant0(d)["recipientOrganization"] = []any{map[string]any{"id": "NO-BRC-974760673"}}
		}, "grants[0].recipientOrganization[0].name", "required"},
		{"recipient not an object", func(d map[string]any) { grant0(d)["recipientOrganization"] = []any{"Bodø"} }, "grants[0].recipientOrganization[0]", "type"},
		{"funder empty", func(d map[string]any) { grant0(d)["fundingOrganization"] = []any{} }, "grants[0].fundingOrganization", "minItems"},
		{"funder id empty", func(d map[string]any) {
			grant0(d)["fundingOrganization"] = []any{map[string]any{"id": "", "name": "Fylkesmannen i Nordland"}}
		}, "grants[0].fundingOrganization[0].id", "minLength"},
		{"funder url relative", func(d map[string]any) {
			grant0(d)["fundingOrganization"] = []any{map[string]any{"id": "x-y-z", "name": "n", "url": "www.example.org"}}
		}, "grants[0].fundingOrganization[0].url", "format"},
		{"funder department not a string", func(d map[string]any) {
			grant0(d)["fundingOrganization"] = []any{map[string]any{"id": "x-y-z", "name": "n", "department": json.Number("1")}}
		}, "grants[0].fundingOrganization[0].department", "type"},
		{"funder location country", func(d map[string]any) {
			grant0(d)["fundingOrganization"] = []any{map[string]any{"id": "x-y-z", "name": "n", "location": []any{map[string]any{"countryCode": "NOR"}}}}
		}, "grants[0].fundingOrganization[0].location[0].countryCode", "pattern"},
		{"individual without name", func(d map[string]any) {
			g := grant0(d)
			delete(g, "recipientOrganization")
			g["recipientIndividual"] = map[string]any{"id": "p1"}
		}, "grants[0].recipientIndividual.name", "required"},
		{"individual not an object", func(d map[string]any) {
			g := grant0(d)
			delete(g, "recipientOrganization")
			g["recipientIndividual"] = []any{}
		}, "grants[0].recipientIndividual", "type"},
		{"programme not an object", func(d map[string]any) { grant0(d)["grantProgramme"] = []any{"foster_home"} }, "grants[0].grantProgramme[0]", "type"},
		{"programme code not a string", func(d map[string]any) {
			grant0(d)["grantProgramme"] = []any{map[string]any{"code": json.Number("2")}}
		}, "grants[0].grantProgramme[0].code", "type"},
		{"programme url relative", func(d map[string]any) {
			grant0(d)["grantProgramme"] = []any{map[string]any{"url": "/ordning"}}
		}, "grants[0].grantProgramme[0].url", "format"},
		{"location country lower case", func(d map[string]any) {
			grant0(d)["beneficiaryLocation"] = []any{map[string]any{"countryCode": "no"}}
		}, "grants[0].beneficiaryLocation[0].countryCode", "pattern"},
		{"location geoCode number", func(d map[string]any) {
			grant0(d)["beneficiaryLocation"] = []any{map[string]any{"geoCode": json.Number("1804")}}
		}, "grants[0].beneficiaryLocation[0].geoCode", "type"},
		{"locations not an array", func(d map[string]any) { grant0(d)["beneficiaryLocation"] = "Bodø" }, "grants[0].beneficiaryLocation", "type"},
		{"fromOpenCall", func(d map[string]any) { grant0(d)["fromOpenCall"] = "yes" }, "grants[0].fromOpenCall", "enum"},
		{"dataSource relative", func(d map[string]any) { grant0(d)["dataSource"] = "data.json" }, "grants[0].dataSource", "format"},
		{"url not a string", func(d map[string]any) { grant0(d)["url"] = json.Number("1") }, "grants[0].url", "type"},
		{"dateModified a date", func(d map[string]any) { grant0(d)["dateModified"] = "2019-12-11" }, "grants[0].dateModified", "format"},
		{"event dateModified", func(d map[string]any) {
			grant0(d)["plannedDates"] = []any{map[string]any{"dateModified": "i går"}}
		}, "grants[0].plannedDates[0].dateModified", "format"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data []byte
			if tt.change == nil {
				data = []byte(`[{"grants": []}]`)
			} else {
				doc := validDoc()
				tt.change(doc)
				var err error
				data, err = json.Marshal(doc)
				require.NoError(t, err)
			}
			err := ValidateJSON(data)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidPackage)
			var ve *ValidationError
			require.ErrorAs(t, err, &ve)
			var found []string
			for _, v := range ve.Violations {
				found = append(found, v.Path+" "+v.Rule)
			}
			assert.Contains(t, found, tt.path+" "+tt.rule)
			assert.Len(t, found, 1, "one broken rule, one violation: %v", found)
		})
	}
}

func TestValidateJSONMalformed(t *testing.T) {
	for _, in := range []string{``, `{`, `{"grants": []} {}`, `nul`, `{"grants": [1,]}`} {
		err := ValidateJSON([]byte(in))
		require.Error(t, err, in)
		var v *Violation
		require.ErrorAs(t, err, &v)
		assert.Equal(t, "json", v.Rule, in)
		assert.Equal(t, "", v.Path)
	}
}

func TestValidateTyped(t *testing.T) {
	grants, apps, nets := fixture()
	valid, err := Export(grants, apps, nets, Options{Prefix: testPrefix})
	require.NoError(t, err)
	require.NoError(t, Validate(valid))

	tests := []struct {
		name   string
		change func(p *Package)
		path   string
		rule   string
	}{
		{"nil grants", func(p *Package) { p.Grants = nil }, "grants", "type"},
		{"amount not a number", func(p *Package) { p.Grants[0].AmountAwarded = "1 000" }, "grants[0].amountAwarded", "type"},
		{"amount with comma", func(p *Package) { p.Grants[0].AmountAppliedFor = "1000,50" }, "grants[0].amountAppliedFor", "type"},
		{"amount empty", func(p *Package) { p.Grants[0].AmountAwarded = "" }, "grants[0].amountAwarded", "required"},
		{"nil funders", func(p *Package) { p.Grants[0].FundingOrganization = nil }, "grants[0].fundingOrganization", "type"},
		{"no recipient", func(p *Package) { p.Grants[0].RecipientOrganization = nil }, "grants[0].recipientOrganization", "oneOf"},
		{"both recipients", func(p *Package) { p.Grants[0].RecipientIndividual = &Person{ID: "p", Name: "n"} }, "grants[0]", "oneOf"},
		{"empty title", func(p *Package) { p.Grants[0].Title = "" }, "grants[0].title", "minLength"},
		{"award date", func(p *Package) { p.Grants[0].AwardDate = "2018-13-01" }, "grants[0].awardDate", "format"},
		{"version", func(p *Package) { p.Version = "v1" }, "version", "pattern"},
		{"location", func(p *Package) { p.Grants[0].BeneficiaryLocation[0].CountryCode = "Norge" }, "grants[0].beneficiaryLocation[0].countryCode", "pattern"},
		{"planned dates", func(p *Package) { p.Grants[0].PlannedDates[0].EndDate = "2017-01-01" }, "grants[0].plannedDates[0].endDate", "dateOrder"},
		{"programme", func(p *Package) { p.Grants[0].GrantProgramme = []GrantProgramme{{Code: "x"}} }, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := valid
			p.Grants = append([]Grant(nil), valid.Grants...)
			p.Grants[0].BeneficiaryLocation = append([]Location(nil), valid.Grants[0].BeneficiaryLocation...)
			p.Grants[0].PlannedDates = append([]Event(nil), valid.Grants[0].PlannedDates...)
			tt.change(&p)
			err := Validate(p)
			if tt.rule == "" {
				require.NoError(t, err)
				return
			}
			var ve *ValidationError
			require.ErrorAs(t, err, &ve)
			require.Len(t, ve.Violations, 1, "%v", err)
			assert.Equal(t, tt.path, ve.Violations[0].Path)
			assert.Equal(t, tt.rule, ve.Violations[0].Rule)
		})
	}
	require.NoError(t, Validate(valid), "the cases worked on copies")
}

func TestValidationErrorBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"grants": [`)
	const n = 3000
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{}`)
	}
	b.WriteString(`]}`)
	err := ValidateJSON([]byte(b.String()))
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	assert.Len(t, ve.Violations, MaxViolations)
	assert.Equal(t, n*8-MaxViolations, ve.Omitted, "7 required fields and the recipient per grant")
	assert.Contains(t, err.Error(), fmt.Sprintf("… and %d more", ve.Omitted))
}

func TestValidationErrorText(t *testing.T) {
	err := ValidateJSON([]byte(`{"grants": [{"id": "x", "title": "t", "description": "d", "currency": "NOK", "amountAwarded": "100",
		"awardDate": "2019-12-10", "recipientOrganization": [{"id": "a-b-c", "name": "r"}], "fundingOrganization": [{"id": "a-b-d", "name": "f"}]}]}`))
	require.Error(t, err)
	assert.Equal(t, `giving360: 2 violation(s) of the 360Giving schema 1.4
	grants[0].id: must start with a 360Giving publisher prefix "360G-" "x" [idPrefix]
	grants[0].amountAwarded: must be a JSON number "100" [type]`, err.Error())
	var v *Violation
	require.True(t, errors.As(err, &v))
	assert.Equal(t, "grants[0].id", v.Path)
}

func TestViolationValueClipped(t *testing.T) {
	long := strings.Repeat("ø", 100)
	err := ValidateJSON([]byte(`{"grants": [], "version": "` + long + `"}`))
	var ve *ValidationError
	require.ErrorAs(t, err, &ve)
	for _, v := range ve.Violations {
		assert.LessOrEqual(t, len(v.Value), 64+len("…"))
	}
}

func TestValidNumber(t *testing.T) {
	tests := map[string]bool{
		"0": true, "-0": true, "1": true, "950000.50": true, "1e3": true, "1E+3": true, "-1.5e-7": true,
		"1e999999999999": true,
		"":               false, "-": false, "01": false, ".5": false, "5.": false, "1e": false, "1e+": false, "+1": false,
		"1 000": false, "1,5": false, "NaN": false, "Infinity": false, "0x10": false, "1.2.3": false,
	}
	for in, want := range tests {
		assert.Equal(t, want, validNumber(in), in)
		// The grammar agrees with encoding/json's.
		assert.Equal(t, want, json.Valid([]byte(in)) && in != "" && (in[0] == '-' || (in[0] >= '0' && in[0] <= '9')), in)
	}
}

func TestParse(t *testing.T) {
	data, err := json.Marshal(validDoc())
	require.NoError(t, err)
	p, err := Parse(data)
	require.NoError(t, err)
	require.Len(t, p.Grants, 1)
	assert.Equal(t, json.Number("1000000.50"), p.Grants[0].AmountAwarded)
	assert.Equal(t, "Bodø", p.Grants[0].RecipientOrganization[0].Name)

	_, err = Parse([]byte(`{"grants": []}`))
	assert.ErrorIs(t, err, ErrInvalidPackage)

	// encoding/json matches keys without regard to case; Parse catches a key that would
	// replace the standard's.
	data, err = json.Marshal(validDoc())
	require.NoError(t, err)
	data = []byte(strings.Replace(string(data), `"id":"360G-eksempel-2019-1"`, `"id":"360G-eksempel-2019-1","ID":""`, 1))
	require.NoError(t, ValidateJSON(data), "the raw document is valid: ID is an extra field")
	_, err = Parse(data)
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidPackage)
}
