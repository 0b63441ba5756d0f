package giving360

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func TestExportGolden(t *testing.T) {
	grants, apps, nets := fixture()
	oslo, err := time.LoadLocation("Europe/Oslo")
	require.NoError(t, err)
	pkg, err := Export(grants, apps, nets, Options{
		Prefix:     testPrefix,
		DataSource: "https://example.org/apne-data/tilskudd-2018.json",
		Modified:   time.Date(2019, 1, 15, 9, 30, 0, 0, oslo),
	})
	require.NoError(t, err)
	got, err := json.MarshalIndent(pkg, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	golden := filepath.Join("testdata", "golden", "hordaland2018.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), string(got))
	require.NoError(t, ValidateJSON(want), "the golden file itself is a valid package")
}

func TestExportFields(t *testing.T) {
	grants, apps, nets := fixture()
	kvamOrg, err := BrregOrgID("958935420") // a well-formed number, used here only for its form
	require.NoError(t, err)
	pkg, err := Export(grants, apps, nets, Options{
		Prefix:             testPrefix,
		OfficeOrgIDs:       map[lnet.OfficeID]string{"hordaland": "NO-BRC-974760673"},
		MunicipalityOrgIDs: map[lnet.MunicipalityCode]string{kvam: kvamOrg},
	})
	require.NoError(t, err)
	require.Len(t, pkg.Grants, 1)
	g := pkg.Grants[0]
	assert.Equal(t, SchemaVersion, pkg.Version)
	assert.Equal(t, "360G-eksempel-2018-1", g.ID)
	assert.Equal(t, "Barnevernets rolle i høykonfliktsaker", g.Title)
	assert.Equal(t, "NOK", g.Currency)
	assert.Equal(t, json.Number("300000.50"), g.AmountAwarded)
	assert.Equal(t, json.Number("312500.50"), g.AmountAppliedFor)
	assert.Equal(t, "2018-12-10", g.AwardDate)
	assert.Equal(t, []Event{{StartDate: "2018-12-10", EndDate: "2019-12-31"}}, g.PlannedDates, "decision to spend-by without a project period")
	assert.Equal(t, []Organization{{ID: "NO-BRC-974760673", Name: "Fylkesmannen i Hordaland"}}, g.FundingOrganization)
	assert.Equal(t, []Organization{{ID: "NO-BRC-958935420", Name: "Kvam", Department: "Barneverntenesta i Kvam"}}, g.RecipientOrganization)
	assert.Equal(t, []GrantProgramme{{Code: "self_initiated", Title: "Egeninitierte utviklingsprosjekter"}}, g.GrantProgramme)
	assert.Equal(t, []Location{
		{Name: "Kvam", CountryCode: "NO", GeoCode: "1238"},
		{Name: "Fjell", CountryCode: "NO", GeoCode: "1246"},
		{Name: "Radøy", CountryCode: "NO", GeoCode: "1260"},
	}, g.BeneficiaryLocation)
	assert.Empty(t, g.DateModified, "no Modified, no dateModified")
	assert.Empty(t, g.DataSource)

	out, err := json.Marshal(pkg)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"amountAwarded":300000.50`, "amounts are JSON numbers written from the exact text")
}

func TestExportPlannedDatesFromPeriod(t *testing.T) {
	grants, apps, nets := fixture()
	nets[0].Projects[0].Period = &lnet.Period{Start: date.New(2019, 1, 1), End: date.New(2020, 6, 30)}
	pkg, err := Export(grants, apps, nets, Options{Prefix: testPrefix})
	require.NoError(t, err)
	assert.Equal(t, []Event{{StartDate: "2019-01-01", EndDate: "2020-06-30"}}, pkg.Grants[0].PlannedDates)
}

func TestExportComposedDescription(t *testing.T) {
	grants, apps, nets := fixture()
	nets[0].Projects[0].Description = ""
	pkg, err := Export(grants, apps, nets, Options{Prefix: testPrefix})
	require.NoError(t, err)
	assert.Equal(t, "Stimuleringsmidler til egeninitierte utviklingsprosjekter: prosjektet «Barnevernets rolle i høykonfliktsaker» i Læringsnettverket i Hordaland, tilskuddsår 2018.", pkg.Grants[0].Description)
}

func TestExportErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant
		grant  lnet.GrantID
		want   error
		text   string
	}{
		{"host not decided", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Application = "a2"
			return g
		}, "2018-1", ErrNoRecipient, `project "barnesamtaler" has no host`},
		{"application missing", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Application = "nope"
			return g
		}, "2018-1", lnet.ErrNotFound, `application "nope"`},
		{"network missing", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			n[0].ID = "other"
			return g
		}, "2018-1", lnet.ErrNotFound, `network "hordaland"`},
		{"project missing", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			a[0].Project = "ghost"
			return g
		}, "2018-1", lnet.ErrNotFound, "ghost"},
		{"office differs", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Office = "rogaland"
			return g
		}, "2018-1", ErrMismatch, `office "rogaland"`},
		{"scheme differs", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Scheme = lnet.SchemeFosterHome
			g[0].Year = 2019
			a[0].Year = 2019
			return g
		}, "2018-1", ErrMismatch, "scheme foster_home"},
		{"year differs", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Year = 2019
			return g
		}, "2018-1", ErrMismatch, "year 2019"},
		{"zero amount", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Amount = lnet.NOK{}
			return g
		}, "2018-1", lnet.ErrInvalidModel, "amount"},
		{"invalid application", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			a[0].Requested = lnet.NOK{}
			return g
		}, "2018-1", lnet.ErrInvalidModel, `application "a1"`},
		{"duplicate grant id", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			return append(g, g[0])
		}, "2018-1", lnet.ErrInvalidModel, "grants[1] repeats the id of grants[0]"},
		{"decided outside the register", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Decided = date.New(2030, 1, 10)
			g[0].SpendBy = date.New(2030, 12, 31)
			return g
		}, "2018-1", lnet.ErrOutOfRange, ""},
		{"host code retired on the award date", func(g []lnet.Grant, a []lnet.Application, n []lnet.Network, o *Options) []lnet.Grant {
			g[0].Office, a[0].Office = "vestland", "vestland"
			g[0].Decided = date.New(2020, 3, 2)
			g[0].SpendBy = date.New(2020, 12, 31)
			return g
		}, "2018-1", lnet.ErrNotFound, `project "hoykonflikt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, a, n := fixture()
			opts := Options{Prefix: testPrefix}
			g = tt.change(g, a, n, &opts)
			pkg, err := Export(g, a, n, opts)
			require.Error(t, err)
			assert.Empty(t, pkg.Grants, "no partial package on error")
			assert.ErrorIs(t, err, tt.want)
			var ee *ExportError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, tt.grant, ee.Grant)
			assert.Contains(t, err.Error(), `grant "`+string(tt.grant)+`"`)
			assert.Contains(t, err.Error(), tt.text)
		})
	}
}

func TestExportReportsEveryGrant(t *testing.T) {
	g, a, n := fixture()
	bad1, bad2 := g[0], g[0]
	bad1.ID, bad1.Application = "x1", "a2"
	bad2.ID, bad2.Application = "x2", "missing"
	_, err := Export([]lnet.Grant{bad1, g[0], bad2}, a, n, Options{Prefix: testPrefix})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrNoRecipient)
	assert.ErrorIs(t, err, lnet.ErrNotFound)
	assert.Contains(t, err.Error(), `grant "x1"`)
	assert.Contains(t, err.Error(), `grant "x2"`)
}

func TestExportOptions(t *testing.T) {
	tests := []struct {
		name  string
		opts  Options
		field string
	}{
		{"no prefix", Options{}, "Prefix"},
		{"prefix without 360G", Options{Prefix: "GB-example"}, "Prefix"},
		{"prefix with trailing hyphen", Options{Prefix: "360G-eksempel-"}, "Prefix"},
		{"prefix with space", Options{Prefix: "360G-eks empel"}, "Prefix"},
		{"office org id malformed", Options{Prefix: testPrefix, OfficeOrgIDs: map[lnet.OfficeID]string{"hordaland": "974760673"}}, "OfficeOrgIDs[hordaland]"},
		{"office id malformed", Options{Prefix: testPrefix, OfficeOrgIDs: map[lnet.OfficeID]string{"Hordaland!": "NO-BRC-974760673"}}, "OfficeOrgIDs"},
		{"municipality org id malformed", Options{Prefix: testPrefix, MunicipalityOrgIDs: map[lnet.MunicipalityCode]string{kvam: "NO-BRC- 1"}}, "MunicipalityOrgIDs[1238]"},
		{"municipality code zero", Options{Prefix: testPrefix, MunicipalityOrgIDs: map[lnet.MunicipalityCode]string{0: "NO-BRC-974760673"}}, "MunicipalityOrgIDs"},
		{"relative data source", Options{Prefix: testPrefix, DataSource: "tilskudd.json"}, "DataSource"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, a, n := fixture()
			_, err := Export(g, a, n, tt.opts)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidOptions)
			var oe *OptionsError
			require.ErrorAs(t, err, &oe)
			assert.Equal(t, tt.field, oe.Field)
		})
	}
}

func TestExportFallbackOrgIDs(t *testing.T) {
	g, a, n := fixture()
	pkg, err := Export(g, a, n, Options{Prefix: testPrefix})
	require.NoError(t, err)
	assert.Equal(t, "360G-eksempel-embete-hordaland", pkg.Grants[0].FundingOrganization[0].ID)
	assert.Equal(t, "360G-eksempel-kommune-1238", pkg.Grants[0].RecipientOrganization[0].ID)
}

func TestExportNoGrants(t *testing.T) {
	_, a, n := fixture()
	_, err := Export(nil, a, n, Options{Prefix: testPrefix})
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrInvalidPackage)
	var v *Violation
	require.ErrorAs(t, err, &v)
	assert.Equal(t, "minItems", v.Rule)
}

// TestExportProperty exports many random grants and checks the invariants: the package
// validates as a value and as JSON, every amount round-trips exactly through its JSON text,
// and the export does not depend on anything but its input.
func TestExportProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(360, 1))
	_, apps, nets := fixture()
	app := apps[0]
	for round := range 200 {
		n := 1 + rng.IntN(20)
		var grants []lnet.Grant
		var appsIn []lnet.Application
		for i := range n {
			ore := 1 + rng.Int64N(99_999_999_999)
			a := app
			a.ID = lnet.ApplicationID(fmt.Sprintf("a%d", i))
			a.Requested = must(lnet.NOKFromOre(ore + rng.Int64N(1000)))
			a.TotalCost = must(a.Requested.Mul(2))
			appsIn = append(appsIn, a)
			decided := date.New(2018, time.Month(1+rng.IntN(12)), 1+rng.IntN(28))
			grants = append(grants, lnet.Grant{
				ID: lnet.GrantID(fmt.Sprintf("r%d-%d", round, i)), Application: a.ID, Office: "hordaland",
				Scheme: lnet.SchemeSelfInitiated, Year: 2018, Amount: must(lnet.NOKFromOre(ore)), Decided: decided, SpendBy: lnet.SpendByFor(2018),
			})
		}
		pkg, err := Export(grants, appsIn, nets, Options{Prefix: testPrefix})
		require.NoError(t, err)
		require.NoError(t, Validate(pkg))
		data, err := json.Marshal(pkg)
		require.NoError(t, err)
		require.NoError(t, ValidateJSON(data))
		back, err := Parse(data)
		require.NoError(t, err)
		require.Equal(t, pkg, back)
		for i, g := range back.Grants {
			amount, err := lnet.ParseNOK(string(g.AmountAwarded))
			require.NoError(t, err)
			require.True(t, amount.Equal(grants[i].Amount), "amount %s of %s", g.AmountAwarded, g.ID)
			requested, err := lnet.ParseNOK(string(g.AmountAppliedFor))
			require.NoError(t, err)
			require.True(t, requested.Equal(appsIn[i].Requested))
			require.True(t, strings.HasPrefix(g.ID, testPrefix+"-"))
		}
		again, err := Export(grants, appsIn, nets, Options{Prefix: testPrefix})
		require.NoError(t, err)
		require.Equal(t, pkg, again)
	}
}

func TestExportErrorsUnwrap(t *testing.T) {
	err := &ExportError{Grant: "g1", Err: ErrNoRecipient}
	assert.True(t, errors.Is(err, ErrNoRecipient))
	assert.Equal(t, `giving360: grant "g1": no recipient`, err.Error())
}
