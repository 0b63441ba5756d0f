package schema

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

// remove, as the value of a mutation, deletes the property.
type removeKey struct{}

var remove = removeKey{}

// mutate returns the JSON document data with the value at path ("members.0.service.host")
// replaced by value, or removed.
func mutate(t *testing.T, data []byte, path string, value any) []byte {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	keys := strings.Split(path, ".")
	node := doc
	for i, k := range keys {
		last := i == len(keys)-1
		switch n := node.(type) {
		case map[string]any:
			if last {
				if value == remove {
					delete(n, k)
				} else {
					n[k] = value
				}
				break
			}
			var ok bool
			node, ok = n[k]
			require.True(t, ok, "no %q in %s", k, path)
		case []any:
			j, err := strconv.Atoi(k)
			require.NoError(t, err, path)
			require.Less(t, j, len(n), path)
			if last {
				n[j] = value
				break
			}
			node = n[j]
		default:
			t.Fatalf("%s: %q is not in an object or array", path, k)
		}
	}
	return marshal(t, doc)
}

// sdkReaders read a document of each format the way the SDK does, validation included.
var sdkReaders = map[string]func([]byte) error{
	AllocationRequest: func(b []byte) error {
		req, err := allocation.DecodeRequest(bytes.NewReader(b))
		if err == nil {
			_, err = req.Allocate()
		}
		return err
	},
	Network: func(b []byte) error {
		var n lnet.Network
		if err := json.Unmarshal(b, &n); err != nil {
			return err
		}
		return n.Validate()
	},
	Application: func(b []byte) error {
		var a lnet.Application
		if err := json.Unmarshal(b, &a); err != nil {
			return err
		}
		return a.Validate()
	},
	Grant: func(b []byte) error {
		var g lnet.Grant
		if err := json.Unmarshal(b, &g); err != nil {
			return err
		}
		return g.Validate()
	},
	CalendarSchedule: func(b []byte) error {
		_, err := calendar.ParseSchedule(b)
		return err
	},
}

// sdkVerdict is what the SDK does with a document the schema refuses.
type sdkVerdict int

const (
	// refuses: the SDK refuses the document too (the zero value). Since the decoders read
	// through the strict layer there is no other verdict: the SDK no longer reads forms it
	// does not write ("kr 650 000", 650000, "9:00").
	refuses sdkVerdict = iota
)

// TestInvalidDocuments checks that documents with a malformed or missing value fail
// validation and, where the SDK reads the format, that the SDK refuses them too: the
// schemas are never looser than the SDK on these.
func TestInvalidDocuments(t *testing.T) {
	v := schemas(t)
	_, network := goldenNetwork(t)
	base := map[string][]byte{
		AllocationRequest:  []byte(`{"pot": "650000", "unit": "1", "recipients": [{"id": "a", "weight": "1", "cap": "400000"}, {"id": "b", "weight": "3/7"}]}`),
		AllocationResponse: readFile(t, "../examples/allocate/testdata/golden/request.json"),
		Network:            network,
		Application:        readFile(t, "testdata/application.json"),
		Grant:              readFile(t, "testdata/grant.json"),
		EligibilityReport:  readFile(t, "../eligibility/testdata/report.json"),
		CalendarSchedule:   readFile(t, "testdata/schedule.json"),
	}
	for file, data := range base {
		require.NoError(t, validate(t, v.published[file], data), "the base document of %s is valid", file)
	}
	cases := []struct {
		file, path string
		value      any
		// sdk says what the SDK does with the document.
		sdk sdkVerdict
	}{
		// Amounts: no exponent, no JSON number, at most two decimals, no sign.
		{AllocationRequest, "pot", "1e9", refuses},
		{AllocationRequest, "pot", "100.001", refuses},
		{AllocationRequest, "pot", "-5", refuses},
		{AllocationRequest, "pot", "kr 650 000", refuses},
		{AllocationRequest, "pot", 650000, refuses},
		{AllocationRequest, "recipients.0.cap", "4e5", refuses},
		{Application, "requested", "1e9", refuses},
		{Grant, "amount", "250000.5", refuses},
		{Application, "total_cost", 450000.5, refuses},
		{Application, "budget.0.cost", "250 000", refuses},
		{Grant, "amount", "1e9", refuses},
		{AllocationResponse, "results.self_initiated.allocated", "1e9", refuses},
		{AllocationResponse, "results.self_initiated.shares.0.amount", 500000, refuses},
		// Codes and ids.
		{Network, "members.0.service.host", "301", refuses},
		{Network, "members.0.service.municipalities.0", "12388", refuses},
		{Network, "members.0.service.municipalities.0", "0000", refuses},
		{Network, "office", "Hordaland", refuses},
		{Network, "id", "", refuses},
		{Network, "id", " hordaland", refuses},
		{Network, "members.0.service.municipalities", []any{}, refuses},
		{Application, "office", "fylkesmannen i hordaland", refuses},
		{CalendarSchedule, "network", "Hordaland", refuses},
		// Dates and times.
		{Grant, "decided", "2018-12-3", refuses},
		{Grant, "decided", "03.12.2018", refuses},
		// date.Date alone reads 30 February 2018 as 2 March and month 13 as January of the next
		// year; the models check their dates' text strictly.
		{Grant, "decided", "2018-02-30", refuses},
		{Network, "established", "2018-13-07", refuses},
		{CalendarSchedule, "events.1.hours.start", "9:00", refuses},
		{CalendarSchedule, "events.1.hours.end", "24:00", refuses},
		// Enumerations.
		{AllocationRequest, "method", "hamilton", refuses},
		{Application, "scheme", "fosterhjem", refuses},
		{Network, "members.0.representatives.0.role", "leader", refuses},
		{Network, "projects.0.aims", []any{"world_peace"}, refuses},
		{EligibilityReport, "findings.0.status", "bestått", refuses},
		{EligibilityReport, "edition", "2020", refuses},
		{CalendarSchedule, "deadlines.0.rule", "whenever", refuses},
		// Missing and unknown fields, wrong types.
		{Application, "scheme", remove, refuses},
		{Grant, "spend_by", remove, refuses},
		{Network, "members.0.service.host", remove, refuses},
		{CalendarSchedule, "deadlines.0.kind", remove, refuses},
		{Application, "year", "2018", refuses},
		{Application, "year", 2017, refuses},
		{AllocationRequest, "recipients.0.weight", remove, refuses},
		{AllocationRequest, "recipients.0.colour", "blue", refuses},
		{Application, "applicant_name", "x", refuses},
		{CalendarSchedule, "colour", "blue", refuses},
		{AllocationResponse, "results.self_initiated.shares.0.id", remove, refuses},
		// Rules between fields.
		{AllocationRequest, "pots", map[string]any{"self_initiated": "100"}, refuses},
		{AllocationRequest, "key", map[string]any{"criteria": []any{map[string]any{"name": "equal", "share": "1", "equal": true}}}, refuses},
		{AllocationRequest, "applications", []any{map[string]any{"id": "x", "requested": "5", "weight": "1"}}, refuses},
		{AllocationRequest, "unit", "0.00", refuses},
	}
	for _, c := range cases {
		name := c.file + "/" + c.path
		if s, ok := c.value.(string); ok {
			name += "=" + s
		}
		t.Run(name, func(t *testing.T) {
			data := mutate(t, base[c.file], c.path, c.value)
			require.Error(t, validate(t, v.published[c.file], data), "the schema accepts %s", data)
			read, ok := sdkReaders[c.file]
			if !ok {
				return
			}
			require.Equal(t, refuses, c.sdk)
			require.Error(t, read(data), "the SDK accepts what the schema refuses")
		})
	}
}
