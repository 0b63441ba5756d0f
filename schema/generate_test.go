package schema

import (
	"flag"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/internal/jsonschema"
	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the schema files from the Go types")

// The patterns of the string forms. Each is checked against the SDK's parser and formatter
// in patterns_test.go.
const (
	// amountPattern is the plain form NOK.String writes: whole kroner without decimals,
	// otherwise exactly two; no sign, since no amount in these formats is negative.
	amountPattern = `^(0|[1-9][0-9]{0,14})(\.[0-9]{2})?$`
	// inputAmountPattern is an amount a request may carry: up to 15 integer digits and at
	// most two decimals.
	inputAmountPattern = `^[0-9]{1,15}(\.[0-9]{1,2})?$`
	// ratioPattern is an exact non-negative rational as the allocation package writes and
	// reads it: a whole number, a decimal, or a fraction p/q.
	ratioPattern = `^[0-9]+(\.[0-9]+|/[0-9]*[1-9][0-9]*)?$`
	// datePattern is a calendar day "YYYY-MM-DD" in the years 0001–9999.
	datePattern = `^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`
	// municipalityPattern is a four-digit municipality number.
	municipalityPattern = `^[0-9]{4}$`
	// countyPattern is a two-digit county number.
	countyPattern = `^[0-9]{2}$`
	// officePattern is an office id: 1–40 of a–z, 0–9 and '-', not first or last.
	officePattern = `^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$`
	// idPattern is an id chosen by the caller: no control characters, no white space first
	// or last (ASCII approximation of lnet's check, which Validate makes exactly).
	idPattern = `^[^\x00-\x20\x7f]([^\x00-\x1f\x7f]*[^\x00-\x20\x7f])?$`
	// networkPattern is a calendar schedule's network id: 1–64 of a–z, 0–9 and '-'.
	networkPattern = `^[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$`
	// clockPattern is a time of day "HH:MM".
	clockPattern = `^([01][0-9]|2[0-3]):[0-5][0-9]$`
)

// maxIDBytes is lnet's limit on ids, in bytes; maxLength counts characters, so the schema
// is the looser of the two for text beyond ASCII.
const maxIDBytes = 64

func intp(n int) *int       { return &n }
func int64p(n int64) *int64 { return &n }

// generator returns the generator with every type of the published formats registered;
// strict gives the form in which every property the Go types always write is required.
func generator(t testing.TB, strict bool) *jsonschema.Generator {
	t.Helper()
	docs, err := jsonschema.ParseDocs(map[string]string{
		"github.com/laeringsnettverk/sdk/lnet":        "../lnet",
		"github.com/laeringsnettverk/sdk/allocation":  "../allocation",
		"github.com/laeringsnettverk/sdk/eligibility": "../eligibility",
		"github.com/laeringsnettverk/sdk/calendar":    "../calendar",
		"github.com/laeringsnettverk/sdk/schema":      ".",
	})
	require.NoError(t, err)
	g := jsonschema.New(docs)
	g.AllRequired = strict

	str := func(pattern string) *jsonschema.Schema {
		return &jsonschema.Schema{Type: jsonschema.Types{"string"}, Pattern: pattern}
	}
	define := func(v any, name string, s *jsonschema.Schema) {
		g.Define(reflect.TypeOf(v), name, s)
	}
	enum := func(v any, name string, s *jsonschema.Schema, err error) {
		require.NoError(t, err, name)
		define(v, name, s)
	}

	// Amounts, numbers and dates.
	amount := str(amountPattern)
	amount.Description = "An amount of Norwegian kroner (beløp i kroner) as the SDK writes it: a decimal string, whole kroner without decimals (\"1100000\"), otherwise exactly two decimals (\"950000.50\"). Never a JSON number, never an exponent."
	define(lnet.NOK{}, "Amount", amount)
	in := str(inputAmountPattern)
	in.Description = "An amount of Norwegian kroner (beløp i kroner) in a request: a decimal string with at most 15 integer digits and two decimals, no sign, no group separators, no exponent (\"950000\", \"2.5\", \"0.50\")."
	define(inputAmount{}, "AmountInput", in)
	weight := str(ratioPattern)
	weight.MaxLength = intp(allocation.MaxWeightLen)
	weight.Description = "An exact non-negative weight (vekt) of a recipient in the key: a whole number (\"52000\"), a decimal (\"0.0912\") when that is exact, else a fraction in lowest terms (\"3/7\")."
	define(allocation.Weight{}, "Weight", weight)
	inWeight := &jsonschema.Schema{
		Description: "A non-negative weight (vekt), read exactly: a decimal string (\"0.0912\"), an exact fraction (\"3/7\"), or a whole JSON number.",
		AnyOf: []*jsonschema.Schema{
			{Type: jsonschema.Types{"string"}, Pattern: ratioPattern, MaxLength: intp(allocation.MaxWeightLen)},
			{Type: jsonschema.Types{"integer"}, Minimum: int64p(0)},
		},
	}
	define(inputWeight{}, "WeightInput", inWeight)
	fraction := str(ratioPattern)
	fraction.Description = "An exact non-negative rational number (brøk): a whole number or a decimal when that is exact (\"86640.5\"), else a fraction in lowest terms (\"2599201/30\"). Compare as a rational, not as text."
	define(allocation.Fraction{}, "Fraction", fraction)
	places := strconv.Itoa(allocation.QuotaPlaces)
	rounded := str(`^[0-9]+\.[0-9]{` + places + `}$`)
	rounded.Description = "A non-negative decimal rounded half up to " + places + " decimals (avrundet), for display beside the exact value."
	define(roundedDecimal{}, "RoundedDecimal", rounded)
	day := str(datePattern)
	day.Format = "date"
	day.Description = "A calendar day (dato) \"YYYY-MM-DD\"."
	define(date.Date(0), "Date", day)
	clock := str(clockPattern)
	clock.Description = "A time of day in Europe/Oslo (klokkeslett), \"HH:MM\" on the 24-hour clock."
	define(calendar.Clock(0), "Clock", clock)
	instant := &jsonschema.Schema{Type: jsonschema.Types{"string"}, Format: "date-time",
		Description: "An instant (tidspunkt) in RFC 3339, e.g. \"2019-01-10T08:00:00Z\", as Go's time.Time writes it."}
	define(time.Time{}, "Instant", instant)

	// Codes and ids.
	code := str(municipalityPattern)
	code.Not = &jsonschema.Schema{Enum: []string{"0000"}}
	define(lnet.MunicipalityCode(0), "MunicipalityCode", code)
	county := str(countyPattern)
	county.Not = &jsonschema.Schema{Enum: []string{"00"}}
	define(lnet.CountyCode(0), "CountyCode", county)
	define(lnet.OfficeID(""), "OfficeID", str(officePattern))
	for _, v := range []any{lnet.NetworkID(""), lnet.ServiceID(""), lnet.ProjectID(""), lnet.PartnerID(""),
		lnet.MeasureID(""), lnet.ApplicationID(""), lnet.GrantID(""), lnet.ContributorID("")} {
		id := str(idPattern)
		id.MaxLength = intp(maxIDBytes)
		define(v, reflect.TypeOf(v).Name(), id)
	}

	define(lnet.Origin(""), "Origin", &jsonschema.Schema{Type: jsonschema.Types{"string"},
		Enum:        []string{string(lnet.OriginEmbedded), string(lnet.OriginLoaded), string(lnet.OriginAssumed)},
		Description: "Where the register's data for a year came from (datakilde): \"embedded\" in the SDK, \"loaded\" from a folder of newer SSB files, or \"assumed\": carried forward past the data on the caller's request."})

	// Enumerations, from the Go tables.
	s, err := jsonschema.Enum(lnet.Schemes())
	enum(lnet.Scheme(0), "Scheme", s, err)
	s, err = jsonschema.Enum(lnet.Roles())
	enum(lnet.Role(0), "Role", s, err)
	s, err = jsonschema.Enum(lnet.PartnerKinds())
	enum(lnet.PartnerKind(0), "PartnerKind", s, err)
	s, err = jsonschema.Enum(lnet.ContributorKinds())
	enum(lnet.ContributorKind(0), "ContributorKind", s, err)
	s, err = jsonschema.Enum(lnet.ProjectStatuses())
	enum(lnet.ProjectStatus(0), "ProjectStatus", s, err)
	s, err = jsonschema.Enum(lnet.SeatKinds())
	enum(lnet.SeatKind(0), "SeatKind", s, err)
	s, err = jsonschema.Enum(lnet.DecisionSubjects())
	enum(lnet.DecisionSubject(0), "DecisionSubject", s, err)
	s, err = jsonschema.Enum(lnet.GatheringKinds())
	enum(lnet.GatheringKind(0), "GatheringKind", s, err)
	s, err = jsonschema.Enum(lnet.AssessmentKinds())
	enum(lnet.AssessmentKind(0), "AssessmentKind", s, err)
	s, err = jsonschema.Enum(lnet.Aims())
	enum(lnet.Aim(0), "Aim", s, err)
	s, err = jsonschema.Enum(lnet.BudgetCategories())
	enum(lnet.BudgetCategory(0), "BudgetCategory", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[allocation.Method]())
	enum(allocation.Method(0), "Method", s, err)
	s, err = jsonschema.Enum(eligibility.Editions())
	enum(eligibility.Edition(0), "Edition", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[eligibility.Subject]())
	enum(eligibility.Subject(0), "Subject", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[eligibility.Severity]())
	enum(eligibility.Severity(0), "Severity", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[eligibility.Status]())
	enum(eligibility.Status(0), "Status", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[calendar.EventKind]())
	enum(calendar.EventKind(0), "EventKind", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[calendar.DeadlineKind]())
	enum(calendar.DeadlineKind(0), "DeadlineKind", s, err)
	s, err = jsonschema.Enum(jsonschema.ValidValues[calendar.Rule]())
	enum(calendar.Rule(0), "Rule", s, err)

	// Wire forms.
	mirror := func(v, wire any) { g.Mirror(reflect.TypeOf(v), reflect.TypeOf(wire)) }
	mirror(allocation.Request{}, requestWire{})
	mirror(allocation.Recipient{}, recipientWire{})
	mirror(allocation.Application{}, applicationWire{})
	mirror(allocation.KeySpec{}, keySpecWire{})
	mirror(allocation.Criterion{}, criterionWire{})
	mirror(allocation.Result{}, resultWire{})
	mirror(allocation.Share{}, shareWire{})
	mirror(eligibility.Report{}, reportWire{})
	mirror(eligibility.Finding{}, findingWire{})

	// What the field types cannot say.
	field := func(v any, name string, edit func(*jsonschema.Schema) *jsonschema.Schema) {
		g.Field(reflect.TypeOf(v), name, edit)
	}
	asID := func(s *jsonschema.Schema) *jsonschema.Schema {
		s.Pattern, s.MaxLength = idPattern, intp(maxIDBytes)
		return s
	}
	for _, v := range []any{lnet.Representative{}, lnet.Seat{}, lnet.Leader{}} {
		field(v, "ref", asID)
	}
	field(lnet.Service{}, "municipalities", func(s *jsonschema.Schema) *jsonschema.Schema {
		// The service covers at least its host; Validate refuses null and [].
		a := s.AnyOf[0]
		a.Description, a.MinItems = s.Description, intp(1)
		return a
	})
	firstYear := slices.MinFunc(lnet.Schemes(), func(a, b lnet.Scheme) int { return a.FirstYear() - b.FirstYear() }).FirstYear()
	for _, v := range []any{lnet.Application{}, lnet.Grant{}} {
		field(v, "year", func(s *jsonschema.Schema) *jsonschema.Schema {
			s.Minimum = int64p(int64(firstYear))
			return s
		})
	}
	field(calendar.Schedule{}, "network", func(s *jsonschema.Schema) *jsonschema.Schema {
		s.Pattern = networkPattern
		return s
	})
	field(allocation.Request{}, "unit", func(s *jsonschema.Schema) *jsonschema.Schema {
		s.Not = &jsonschema.Schema{Type: jsonschema.Types{"string"}, Pattern: `^0*(\.0*)?$`}
		return s
	})
	field(allocation.Request{}, "pots", func(s *jsonschema.Schema) *jsonschema.Schema {
		s.MinProperties = intp(1)
		return s
	})
	field(allocation.KeySpec{}, "criteria", func(s *jsonschema.Schema) *jsonschema.Schema {
		s.MinItems = intp(1)
		return s
	})
	return g
}

// document is one published schema file: the Go type it describes and the title.
type document struct {
	file  string
	typ   reflect.Type
	title string
	// edit adds what spans several properties, e.g. "exactly one of pots and pot".
	edit func(*jsonschema.Schema)
}

func documents() []document {
	return []document{
		{AllocationRequest, reflect.TypeFor[allocation.Request](), "Allocation request (fordelingsforespørsel)", requestRules},
		{AllocationResponse, reflect.TypeFor[allocation.Response](), "Allocation response (fordelingsresultat)", responseRules},
		{Network, reflect.TypeFor[lnet.Network](), "Learning network (læringsnettverk)", nil},
		{Application, reflect.TypeFor[lnet.Application](), "Application for stimulus money (søknad om stimuleringsmidler)", nil},
		{Grant, reflect.TypeFor[lnet.Grant](), "Grant (tilskudd)", nil},
		{EligibilityReport, reflect.TypeFor[eligibility.Report](), "Eligibility report (vurdering)", nil},
		{CalendarSchedule, reflect.TypeFor[calendar.Schedule](), "Network calendar (møteplan og frister)", nil},
	}
}

func required(names ...string) *jsonschema.Schema { return &jsonschema.Schema{Required: names} }

func not(s *jsonschema.Schema) *jsonschema.Schema { return &jsonschema.Schema{Not: s} }

// requestRules are DecodeRequest's rules between fields: exactly one of "pots" and "pot";
// "applications" only with "pot" and without "recipients" and "key"; otherwise
// "recipients" or "key"; recipients carry a weight without a key and none with one.
func requestRules(s *jsonschema.Schema) {
	withWeight := func(weight bool) *jsonschema.Schema {
		item := required("weight")
		if !weight {
			item = not(item)
		}
		return &jsonschema.Schema{Properties: jsonschema.Properties{{Name: "recipients", Schema: &jsonschema.Schema{Items: item}}}}
	}
	s.AllOf = []*jsonschema.Schema{
		{OneOf: []*jsonschema.Schema{required("pots"), required("pot")}},
		{OneOf: []*jsonschema.Schema{
			{AllOf: []*jsonschema.Schema{required("pot", "applications"), not(required("recipients")), not(required("key"))}},
			{AllOf: []*jsonschema.Schema{required("key"), not(required("applications")), withWeight(false)}},
			{AllOf: []*jsonschema.Schema{required("recipients"), not(required("key")), not(required("applications")), withWeight(true)}},
		}},
	}
}

// responseRules: a response has "results" per scheme or one "result".
func responseRules(s *jsonschema.Schema) {
	s.OneOf = []*jsonschema.Schema{required("results"), required("result")}
}

var (
	generateOnce sync.Once
	generated    map[string][]byte
	generateErr  error
)

// generate returns the published schema files as the generator writes them.
func generate(t testing.TB) map[string][]byte {
	t.Helper()
	generateOnce.Do(func() {
		generated, generateErr = build(generator(t, false))
	})
	require.NoError(t, generateErr)
	return generated
}

// build returns the schema files of g.
func build(g *jsonschema.Generator) (map[string][]byte, error) {
	out := make(map[string][]byte)
	for _, d := range documents() {
		s, err := g.Document(d.typ, BaseURL+d.file, d.title)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.file, err)
		}
		if d.edit != nil {
			d.edit(s)
		}
		if out[d.file], err = jsonschema.Marshal(s); err != nil {
			return nil, fmt.Errorf("%s: %w", d.file, err)
		}
	}
	return out, nil
}

// TestFilesUpToDate fails when a committed schema file differs from what the Go types give;
// go test ./schema -update rewrites them.
func TestFilesUpToDate(t *testing.T) {
	files := generate(t)
	require.ElementsMatch(t, Files(), mapsKeys(files))
	for _, name := range Files() {
		if *update {
			require.NoError(t, os.WriteFile(name, files[name], 0o644))
		}
		committed, err := os.ReadFile(name)
		require.NoError(t, err, "run go test ./schema -update to create %s", name)
		require.Equal(t, string(files[name]), string(committed),
			"%s differs from the Go types; run go test ./schema -update if the change is intended", name)
		if !*update { // FS was compiled before the rewrite
			embedded, err := FS().ReadFile(name)
			require.NoError(t, err)
			require.Equal(t, string(committed), string(embedded))
		}
	}
}

func mapsKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
