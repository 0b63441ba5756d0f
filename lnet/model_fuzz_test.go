package lnet_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
)

// checkModelJSON decodes data into a fresh *T and, if that succeeds, checks the invariants
// every model keeps: Validate does not panic; the value encodes; the encoding decodes again
// to a value with the same encoding (encode∘decode is idempotent) and the same validation
// result.
func checkModelJSON[T interface{ Validate() error }](t *testing.T, data []byte) {
	var first T
	if err := json.Unmarshal(data, &first); err != nil {
		return
	}
	err1 := first.Validate()
	enc1, err := json.Marshal(first)
	if err != nil {
		t.Fatalf("decoded value does not encode: %v", err)
	}
	var second T
	if err := json.Unmarshal(enc1, &second); err != nil {
		t.Fatalf("encoding does not decode: %v\n%s", err, enc1)
	}
	enc2, err := json.Marshal(second)
	if err != nil {
		t.Fatalf("second encoding failed: %v", err)
	}
	if string(enc1) != string(enc2) {
		t.Fatalf("encoding not stable:\n%s\n%s", enc1, enc2)
	}
	err2 := second.Validate()
	if (err1 == nil) != (err2 == nil) || err1 != nil && err1.Error() != err2.Error() {
		t.Fatalf("validation changed through JSON:\n%v\n---\n%v", err1, err2)
	}
	if err1 != nil {
		for _, fe := range fxFieldErrorsNoT(err1) {
			if fe == nil || fe.Path == "" {
				t.Fatalf("validation error without a field path: %v", err1)
			}
		}
	}
}

// fxFieldErrorsNoT returns the joined errors as field errors; nil entries mark errors of
// another type.
func fxFieldErrorsNoT(err error) []*lnet.FieldError {
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	out := make([]*lnet.FieldError, len(list))
	for i, e := range list {
		out[i], _ = e.(*lnet.FieldError)
	}
	return out
}

func FuzzNetworkJSON(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "models", "network.golden.json")); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{}`,
		`null`,
		`{"id":"x","name":"X","office":"vestland","members":[]}`,
		`{"members":[{"service":{"id":"a","name":"A","host":"1238","municipalities":["1238","1238"]}},{"service":{"id":"a","host":"1238","municipalities":["1238"]}}]}`,
		`{"leader":{"service":"nobody","municipality":"0301"},"steering_group":{"seats":[{"kind":"partner","partner":"p","office":"x"}],"meetings_per_year":-3}}`,
		`{"projects":[{"id":"p","scheme":"foster_home","title":"T","participants":["1201"],"anchoring":[{"municipality":"1238","date":"2018-10-15","body":""}],"aims":["kin_recruitment","kin_recruitment"]}]}`,
		`{"gatherings":[{"kind":"gathering","date":"2018-09-13","title":"S","attendance":{"service_count":9,"municipality_count":18,"services":["a"]}}]}`,
		`{"decisions":[{"subject":"leader","date":"2018-09-13","text":"t","due":"2018-09-01","project":"q"}],"established":"0001-01-01"}`,
		`{"plan":{"period":{"start":"2024-01-01","end":"2018-01-01"},"measures":[{"id":"m"},{"id":"m"}]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkModelJSON[lnet.Network](t, data) })
}

func FuzzApplicationJSON(f *testing.F) {
	if b, err := json.Marshal(fxApplication()); err == nil {
		f.Add(b)
	}
	for _, s := range []string{
		`{}`,
		`{"id":"a","network":"n","project":"p","scheme":"self_initiated","year":2019,"office":"nordland","requested":"950000","total_cost":"kr 1 200 000"}`,
		`{"requested":100,"total_cost":99.5,"budget":[{"category":"other","cost":"99.50","requested":"-100"}]}`,
		`{"scheme":"foster_home","year":2018,"submitted":"2018-11-01"}`,
		`{"budget":[{"category":"project_management","cost":"1.005"}]}`,
		`{"year":-1,"office":"-x-","requested":"-0"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkModelJSON[lnet.Application](t, data) })
}
