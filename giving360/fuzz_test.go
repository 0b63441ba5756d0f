package giving360

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzValidateJSON decodes and validates arbitrary documents. Invariants: it never panics;
// a failure is a *ValidationError with at least one violation, all wrapping
// ErrInvalidPackage, at most MaxViolations listed; a document Parse accepts also passes
// ValidateJSON, and the package it returns marshals to a document that parses back to the
// same package.
func FuzzValidateJSON(f *testing.F) {
	golden, err := os.ReadFile(filepath.Join("testdata", "golden", "hordaland2018.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	valid, err := json.Marshal(validDoc())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid)
	f.Add([]byte(`{"grants": []}`))
	f.Add([]byte(`{"grants": [{"amountAwarded": 1e999999999}]}`))
	f.Add([]byte(`{"grants": [{"id": "360G-a-1", "ID": "", "amountAwarded": "1"}]}`))
	f.Add([]byte(strings.Repeat("[", 20000)))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := ValidateJSON(data)
		if err != nil {
			var ve *ValidationError
			if !errors.As(err, &ve) || len(ve.Violations) == 0 || len(ve.Violations) > MaxViolations {
				t.Fatalf("ValidateJSON returned %T %v", err, err)
			}
			for _, v := range ve.Violations {
				if !errors.Is(v, ErrInvalidPackage) || v.Rule == "" || v.Reason == "" {
					t.Fatalf("malformed violation %#v", v)
				}
			}
		}
		p, perr := Parse(data)
		if perr != nil {
			return
		}
		if err != nil {
			t.Fatalf("Parse accepted what ValidateJSON rejects: %v", err)
		}
		out, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("marshal parsed package: %v", err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("re-parse of %s: %v", out, err)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(out) {
			t.Fatalf("round trip changed the package:\n%s\n%s", out, again)
		}
	})
}

// FuzzBrregOrgID checks that BrregOrgID never panics and that what it accepts is nine digits
// behind "NO-BRC-" that it accepts again.
func FuzzBrregOrgID(f *testing.F) {
	for _, s := range []string{"974760673", "958 935 420", "974760674", "", "ø", "400000000", "123 456 785"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := BrregOrgID(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidOrgID) {
				t.Fatalf("error %v does not wrap ErrInvalidOrgID", err)
			}
			return
		}
		digits, ok := strings.CutPrefix(id, BrregPrefix+"-")
		if !ok || len(digits) != 9 {
			t.Fatalf("BrregOrgID(%q) = %q", s, id)
		}
		if again, err := BrregOrgID(digits); err != nil || again != id {
			t.Fatalf("BrregOrgID(%q) = %q, %v", digits, again, err)
		}
	})
}
