package lnet_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/hostile"
	"github.com/laeringsnettverk/sdk/lnet"
)

// hostileScalars are numbers and dates that would cost billions of digits or days if taken
// literally; each is put into a document both bare (where it is a JSON number) and quoted.
var hostileScalars = []string{
	"1e999999999", "1E999999999", "9.99e+999999999", "1e-999999999", "-1e999999999",
	"1e9223372036854775807", "1e99999999999999999999999", strings.Repeat("9", 10_000),
	"0." + strings.Repeat("0", 10_000) + "1", "99999999999999999999-12-31", "-9223372036854775808-01-01",
	"+999999999-01-01", "2019-99999999999999999999-01",
}

// leafPaths returns the paths to every scalar (string, number, bool) of a JSON document,
// as keys and indexes from the root.
func leafPaths(v any, prefix []any, out *[][]any) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			leafPaths(e, append(append([]any(nil), prefix...), k), out)
		}
	case []any:
		for i, e := range x {
			leafPaths(e, append(append([]any(nil), prefix...), i), out)
		}
	default:
		*out = append(*out, prefix)
	}
}

// firstElements keeps the paths that go through the first element of every array: one
// path per field of the model.
func firstElements(paths [][]any) [][]any {
	var out [][]any
next:
	for _, p := range paths {
		for _, step := range p {
			if i, ok := step.(int); ok && i != 0 {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}

// replaced returns a copy of doc with the value at path replaced by the raw JSON text raw.
func replaced(t *testing.T, doc []byte, path []any, raw string) []byte {
	var v any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	require.NoError(t, dec.Decode(&v))
	const marker = "\x00hostile\x00"
	var set func(v any, path []any) any
	set = func(v any, path []any) any {
		if len(path) == 0 {
			return marker
		}
		switch x := v.(type) {
		case map[string]any:
			x[path[0].(string)] = set(x[path[0].(string)], path[1:])
		case []any:
			x[path[0].(int)] = set(x[path[0].(int)], path[1:])
		}
		return v
	}
	out, err := json.Marshal(set(v, path))
	require.NoError(t, err)
	quoted, _ := json.Marshal(marker)
	return bytes.Replace(out, quoted, []byte(raw), 1)
}

// hostileModels are valid documents of the models, with a decoder that also validates.
func hostileModels(t *testing.T) map[string]struct {
	doc    []byte
	decode func([]byte) error
} {
	enc := func(v any) []byte {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		return b
	}
	grant := `{"id":"g1","application":"a1","office":"vestland","scheme":"foster_home","year":2019,` +
		`"amount":"650000","decided":"2019-03-01","spend_by":"2020-12-31","report_by":"2021-03-01"}`
	return map[string]struct {
		doc    []byte
		decode func([]byte) error
	}{
		"network":     {enc(fxHordaland()), decodeModel[lnet.Network]},
		"application": {enc(fxApplication()), decodeModel[lnet.Application]},
		"grant":       {[]byte(grant), decodeModel[lnet.Grant]},
	}
}

// decodeModel decodes data into a T and validates it.
func decodeModel[T interface{ Validate() error }](data []byte) error {
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	return v.Validate()
}

// TestHostileModelScalars puts each hostile number or date into every field of a network,
// an application and a grant: decoding and validating is refused or succeeds, with no panic
// and without building the number or date the text describes.
func TestHostileModelScalars(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of decodes")
	}
	for name, m := range hostileModels(t) {
		var v any
		require.NoError(t, json.Unmarshal(m.doc, &v))
		var paths [][]any
		leafPaths(v, nil, &paths)
		paths = firstElements(paths)
		require.NotEmpty(t, paths)
		base, _ := hostile.Allocated(func() { _ = m.decode(m.doc) })
		for _, path := range paths {
			for _, s := range hostileScalars {
				for _, raw := range []string{s, `"` + s + `"`} {
					doc := replaced(t, m.doc, path, raw)
					var err error
					used, p := hostile.Allocated(func() { err = m.decode(doc) })
					require.Nil(t, p, "%s %v = %.40s: panic", name, path, raw)
					assert.Less(t, used, base+uint64(len(doc))+1<<20, "%s %v = %.40s: %d bytes", name, path, raw, used)
					// Our messages cut the value; those of encoding/json and of the date
					// package quote it whole.
					if err != nil && !strings.Contains(err.Error(), "json: ") && !strings.Contains(err.Error(), "date.ParseISO") {
						assert.Less(t, len(err.Error()), 1024, "%s %v = %.40s: %.300s", name, path, raw, err)
					}
				}
			}
		}
	}
}

// TestHostileNesting puts 100 000 levels of '[' at the root and in every field of the
// models: json.Unmarshal refuses them (encoding/json stops at 10 000 levels) with no stack
// overflow, and the amount type refuses them when called directly.
func TestHostileNesting(t *testing.T) {
	deep := strings.Repeat("[", 100_000)
	for name, m := range hostileModels(t) {
		var v any
		require.NoError(t, json.Unmarshal(m.doc, &v))
		paths := [][]any{nil}
		leafPaths(v, nil, &paths)
		for _, path := range paths {
			doc := []byte(deep)
			if path != nil {
				doc = replaced(t, m.doc, path, deep)
			}
			var err error
			used, p := hostile.Allocated(func() { err = m.decode(doc) })
			require.Nil(t, p)
			require.Error(t, err, "%s %v", name, path)
			assert.Less(t, used, uint64(4*len(doc))+1<<20, "%s %v: %d bytes", name, path, used)
		}
	}
	var n lnet.NOK
	assert.ErrorIs(t, n.UnmarshalJSON([]byte(deep)), lnet.ErrInvalidAmount)
	assert.ErrorIs(t, n.UnmarshalText([]byte(deep)), lnet.ErrInvalidAmount)
	assert.ErrorIs(t, n.Scan(deep), lnet.ErrInvalidAmount)
}

// TestHostileAmounts: every way into a NOK refuses a huge exponent or a long number quickly,
// with an error wrapping ErrInvalidAmount that does not echo the input at length.
func TestHostileAmounts(t *testing.T) {
	for _, s := range append(hostileScalars, strings.Repeat("1", 10<<20), "kr "+strings.Repeat("1 000 ", 1<<20)) {
		var n lnet.NOK
		for name, call := range map[string]func() error{
			"ParseNOK":           func() error { _, err := lnet.ParseNOK(s); return err },
			"UnmarshalText":      func() error { return n.UnmarshalText([]byte(s)) },
			"UnmarshalJSON":      func() error { return n.UnmarshalJSON([]byte(s)) },
			"UnmarshalJSON text": func() error { return n.UnmarshalJSON([]byte(`"` + s + `"`)) },
			"json.Unmarshal":     func() error { return json.Unmarshal([]byte(`"`+s+`"`), &n) },
			"Scan string":        func() error { return n.Scan(s) },
			"Scan bytes":         func() error { return n.Scan([]byte(s)) },
		} {
			var err error
			used, p := hostile.Allocated(func() { err = call() })
			require.Nil(t, p, "%s(%.40s)", name, s)
			require.Error(t, err, "%s(%.40s)", name, s)
			assert.ErrorIs(t, err, lnet.ErrInvalidAmount, "%s(%.40s)", name, s)
			assert.Less(t, len(err.Error()), 256, "%s(%.40s): %q", name, s, err)
			// The conversions to []byte and the JSON quoting copy the input up to three times.
			assert.Less(t, used, uint64(3*len(s))+1<<20, "%s(%.40s): %d bytes", name, s, used)
		}
	}
}

// TestHostileParsers: every parser of a code or enumeration refuses 10 MB of text with an
// error that does not echo it.
func TestHostileParsers(t *testing.T) {
	parsers := map[string]func(string) error{
		"ParseMunicipalityCode": func(s string) error { _, err := lnet.ParseMunicipalityCode(s); return err },
		"ParseCountyCode":       func(s string) error { _, err := lnet.ParseCountyCode(s); return err },
		"ParseOfficeID":         func(s string) error { _, err := lnet.ParseOfficeID(s); return err },
		"ParseScheme":           func(s string) error { _, err := lnet.ParseScheme(s); return err },
		"ParseRole":             func(s string) error { _, err := lnet.ParseRole(s); return err },
		"ParsePartnerKind":      func(s string) error { _, err := lnet.ParsePartnerKind(s); return err },
		"ParseAim":              func(s string) error { _, err := lnet.ParseAim(s); return err },
		"ParseAssessmentKind":   func(s string) error { _, err := lnet.ParseAssessmentKind(s); return err },
		"ParseBudgetCategory":   func(s string) error { _, err := lnet.ParseBudgetCategory(s); return err },
		"ParseDecisionSubject":  func(s string) error { _, err := lnet.ParseDecisionSubject(s); return err },
		"ParseGatheringKind":    func(s string) error { _, err := lnet.ParseGatheringKind(s); return err },
		"ParseLanguage":         func(s string) error { _, err := lnet.ParseLanguage(s); return err },
		"ParseSeatKind":         func(s string) error { _, err := lnet.ParseSeatKind(s); return err },
	}
	for _, s := range []string{strings.Repeat("a", 10<<20), strings.Repeat("[", 100_000), strings.Repeat("1", 10<<20)} {
		for name, parse := range parsers {
			var err error
			used, p := hostile.Allocated(func() { err = parse(s) })
			require.Nil(t, p, name)
			require.Error(t, err, name)
			assert.Less(t, len(err.Error()), 1024, "%s: error message of %d bytes", name, len(err.Error()))
			assert.Less(t, used, uint64(1<<20), "%s(%.20s…): %d bytes", name, s, used)
		}
	}
}

func ExampleParseNOK_hostile() {
	_, err := lnet.ParseNOK("1e999999999")
	fmt.Println(err)
	// Output:
	// lnet: parsing NOK "1e999999999": unexpected character 'e'
}

// TestFieldErrorCutsLongValue: a field error quotes at most 64 bytes of the value, so a
// megabyte id does not make a megabyte message (regression: the value was quoted whole).
func TestFieldErrorCutsLongValue(t *testing.T) {
	long := strings.Repeat("ø", 1<<19)
	err := &lnet.FieldError{Path: "id", Value: long, Reason: "longer than 64 bytes"}
	assert.Equal(t, `id: longer than 64 bytes "`+strings.Repeat("ø", 32)+`…"`, err.Error())
	short := &lnet.FieldError{Path: "office", Value: "Vestland", Reason: "not an office id"}
	assert.Equal(t, `office: not an office id "Vestland"`, short.Error())
}
