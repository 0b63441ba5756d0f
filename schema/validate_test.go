package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	js "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// validators holds the compiled schemas: the published files, and their strict form in
// which every property the Go types always write is required.
type validators struct {
	published, strict map[string]*js.Schema
}

var (
	compileOnce sync.Once
	compiled    validators
	compileErr  error
)

// compile compiles schema files with formats asserted ("format": "date" is checked).
func compile(files map[string][]byte) (map[string]*js.Schema, error) {
	c := js.NewCompiler()
	c.AssertFormat()
	for name, data := range files {
		doc, err := js.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(BaseURL+name, doc); err != nil {
			return nil, err
		}
	}
	out := make(map[string]*js.Schema)
	for name := range files {
		s, err := c.Compile(BaseURL + name)
		if err != nil {
			return nil, err
		}
		out[name] = s
	}
	return out, nil
}

func schemas(t testing.TB) validators {
	t.Helper()
	compileOnce.Do(func() {
		published := make(map[string][]byte)
		for _, name := range Files() {
			data, err := FS().ReadFile(name)
			if err != nil {
				compileErr = err
				return
			}
			published[name] = data
		}
		if compiled.published, compileErr = compile(published); compileErr != nil {
			return
		}
		strict, err := build(generator(t, true))
		if err != nil {
			compileErr = err
			return
		}
		compiled.strict, compileErr = compile(strict)
	})
	require.NoError(t, compileErr)
	return compiled
}

// validate reports whether the JSON document data is valid against the schema file.
func validate(t testing.TB, s *js.Schema, data []byte) error {
	t.Helper()
	doc, err := js.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err, "not JSON: %s", data)
	return s.Validate(doc)
}

// requireValid checks the document against the published schema and, for what the SDK
// wrote itself, its strict form.
func requireValid(t *testing.T, file string, data []byte, written bool) {
	t.Helper()
	v := schemas(t)
	require.NoError(t, validate(t, v.published[file], data), "%s", file)
	if written {
		require.NoError(t, validate(t, v.strict[file], data), "%s (strict)", file)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}

// vector is one conformance case of the allocation package.
type vector struct {
	Description string          `json:"description"`
	Request     json.RawMessage `json:"request"`
	Response    json.RawMessage `json:"response"`
	Error       string          `json:"error"`
}

// TestConformanceVectors validates every request and expected response of the allocation
// conformance vectors, and the response the SDK computes for each request, published and
// strict. A request the schema refuses must be one the SDK refuses too.
func TestConformanceVectors(t *testing.T) {
	paths, err := filepath.Glob("../allocation/testdata/conformance/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	v := schemas(t)
	// The error vectors whose request is malformed in a way the schema sees; the others
	// (infeasible floors, duplicate ids, shares not summing to 1, …) are well-formed
	// requests that fail only when allocated.
	schemaRefuses := map[string]bool{
		"038-error-negative-weight.json": true,
		"042-error-zero-unit.json":       true,
		"043-error-unknown-method.json":  true,
		"044-error-three-decimals.json":  true,
	}
	seen := 0
	for _, path := range paths {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, ".json"), func(t *testing.T) {
			var c vector
			require.NoError(t, json.Unmarshal(readFile(t, path), &c))
			verr := validate(t, v.published[AllocationRequest], c.Request)
			if schemaRefuses[name] {
				seen++
				require.Error(t, verr, "the schema should refuse this request")
			} else {
				require.NoError(t, verr)
			}
			req, err := allocation.DecodeRequest(bytes.NewReader(c.Request))
			var resp *allocation.Response
			if err == nil {
				resp, err = req.Allocate()
			}
			if c.Error != "" {
				require.Error(t, err)
				require.Nil(t, c.Response)
				return
			}
			require.NoError(t, err)
			requireValid(t, AllocationResponse, c.Response, false)
			requireValid(t, AllocationResponse, marshal(t, resp), true)
		})
	}
	require.Equal(t, len(schemaRefuses), seen, "every listed vector exists")
}

// TestAllocateExample validates the request and JSON output of examples/allocate.
func TestAllocateExample(t *testing.T) {
	requireValid(t, AllocationRequest, readFile(t, "../examples/allocate/testdata/request.json"), false)
	for _, name := range []string{"request.json", "default.json"} {
		requireValid(t, AllocationResponse, readFile(t, "../examples/allocate/testdata/golden/"+name), true)
	}
}

// TestApplicationsResult validates a result made from applications, with a refusal and caps.
func TestApplicationsResult(t *testing.T) {
	r, err := allocation.AllocateApplications(lnet.MustNOK("650000"), []allocation.Application{
		{ID: "hoykonflikt", Requested: lnet.MustNOK("300000"), Weight: allocation.MustWeight("300000")},
		{ID: "barnesamtaler", Requested: lnet.MustNOK("500000.50"), Weight: allocation.MustWeight("1/3")},
		{ID: "basis", Requested: lnet.MustNOK("200000"), Refused: "no competence environment"},
	}, allocation.WithUnit(lnet.MustNOK("0.01")))
	require.NoError(t, err)
	requireValid(t, AllocationResponse, marshal(t, allocation.Response{Result: r}), true)
}

// goldenNetwork is the full network of lnet's golden file.
func goldenNetwork(t *testing.T) (lnet.Network, []byte) {
	t.Helper()
	data := readFile(t, "../lnet/testdata/models/network.golden.json")
	var n lnet.Network
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&n))
	require.NoError(t, n.Validate())
	return n, data
}

// TestNetwork validates lnet's golden network, as committed and as marshalled again.
func TestNetwork(t *testing.T) {
	n, data := goldenNetwork(t)
	requireValid(t, Network, data, true)
	requireValid(t, Network, marshal(t, n), true)
}

// decodeStrict decodes a fixture of testdata into v with unknown fields refused, and checks
// that it marshals back to the same JSON: the fixtures are in the SDK's own form.
func decodeStrict(t *testing.T, name string, v any) []byte {
	t.Helper()
	data := readFile(t, filepath.Join("testdata", name))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(v))
	require.JSONEq(t, string(data), string(marshal(t, v)))
	return data
}

// TestApplicationAndGrant validates the application and grant fixtures, which the SDK
// decodes, validates and writes back unchanged.
func TestApplicationAndGrant(t *testing.T) {
	n, _ := goldenNetwork(t)
	var app lnet.Application
	data := decodeStrict(t, "application.json", &app)
	require.NoError(t, app.Validate())
	_, err := n.ProjectFor(app)
	require.NoError(t, err)
	requireValid(t, Application, data, true)

	var g lnet.Grant
	data = decodeStrict(t, "grant.json", &g)
	require.NoError(t, g.Validate())
	require.Equal(t, app.ID, g.Application)
	requireValid(t, Grant, data, true)
}

// TestEligibilityReports validates eligibility's golden report, the reports of
// examples/eligibility, and fresh reports of the golden network and the application fixture.
func TestEligibilityReports(t *testing.T) {
	requireValid(t, EligibilityReport, readFile(t, "../eligibility/testdata/report.json"), true)
	var reports []json.RawMessage
	require.NoError(t, json.Unmarshal(readFile(t, "../examples/eligibility/testdata/reports.json"), &reports))
	require.NotEmpty(t, reports)
	for _, r := range reports {
		requireValid(t, EligibilityReport, r, true)
	}

	n, _ := goldenNetwork(t)
	for _, e := range eligibility.Editions() {
		r, err := eligibility.EvaluateNetwork(n, eligibility.WithEdition(e))
		require.NoError(t, err)
		requireValid(t, EligibilityReport, marshal(t, r), true)
	}
	var app lnet.Application
	decodeStrict(t, "application.json", &app)
	r, err := eligibility.EvaluateApplication(app, n)
	require.NoError(t, err)
	require.NotZero(t, r.Scheme)
	requireValid(t, EligibilityReport, marshal(t, r), true)
}

// TestSchedules validates the Hordaland schedule fixture, which ParseSchedule accepts, and
// the year plans PlanYear generates for every office deadline the calendar knows.
func TestSchedules(t *testing.T) {
	var s calendar.Schedule
	data := decodeStrict(t, "schedule.json", &s)
	_, err := calendar.ParseSchedule(data)
	require.NoError(t, err)
	requireValid(t, CalendarSchedule, data, true)

	// An empty schedule writes its lists as null.
	requireValid(t, CalendarSchedule, marshal(t, calendar.Schedule{Network: "tom"}), true)

	byOffice := make(map[lnet.OfficeID][]calendar.Deadline)
	for _, d := range calendar.KnownApplicationDeadlines() {
		byOffice[d.Office] = append(byOffice[d.Office], d)
	}
	require.NotEmpty(t, byOffice)
	for office, deadlines := range byOffice {
		year := deadlines[0].Date.Year()
		var same []calendar.Deadline
		for _, d := range deadlines {
			if d.Date.Year() == year {
				same = append(same, d)
			}
		}
		plan, err := calendar.PlanYear(calendar.PlanRules{
			Network: "plan-" + string(office), Office: office, Year: year,
			Workdays: calendar.Workdays{Off: calendar.AllEves}, Deadlines: same,
		})
		require.NoError(t, err, "%s %d", office, year)
		require.NotEmpty(t, plan.Events)
		requireValid(t, CalendarSchedule, marshal(t, plan), true)
	}
}
