package jsonlimit

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  string
		l    Limits
		want *Error // nil: within the limits
	}{
		{"empty", ``, Limits{MaxDepth: 1, MaxElements: 1, MaxValues: 1}, nil},
		{"scalar", `12`, Limits{MaxValues: 1}, nil},
		{"two values", `[1]`, Limits{MaxValues: 1}, &Error{Kind: Values, Max: 1, Path: "", Offset: 1}},
		{"elements at the limit", `[1, 2, "3"]`, Limits{MaxElements: 3}, nil},
		{"elements beyond", `[1, 2, "3", null]`, Limits{MaxElements: 3}, &Error{Kind: Elements, Max: 3, Offset: 12}},
		{"keys are not elements", `{"a":1,"b":2}`, Limits{MaxElements: 2, MaxValues: 3}, nil},
		{"members beyond", `{"a":1,"b":2,"c":{}}`, Limits{MaxElements: 2}, &Error{Kind: Elements, Max: 2, Offset: 17}},
		{
			"path through objects and arrays",
			`{"pot":"1","key":{"criteria":[{"share":1},{"values":{"a":1,"b":2,"c":3}}]}}`,
			Limits{MaxElements: 2},
			&Error{Kind: Elements, Max: 2, Path: "key.criteria[1].values", Offset: 69},
		},
		{"depth at the limit", `[[{"a":[]}]]`, Limits{MaxDepth: 4}, nil},
		{"depth beyond", `[[{"a":[[]]}]]`, Limits{MaxDepth: 4}, &Error{Kind: Depth, Max: 4, Path: "[0][0].a", Offset: 8}},
		{"default depth", strings.Repeat("[", DefaultMaxDepth+1), Limits{}, &Error{Kind: Depth, Max: DefaultMaxDepth, Path: strings.Repeat("[0]", DefaultMaxDepth-1)[:1024+2], Offset: DefaultMaxDepth}},
		{"brackets in strings", `["[[[[", "]]]]\"[[", "{"]`, Limits{MaxDepth: 1, MaxElements: 3}, nil},
		{"escaped key", `{"a\"b":[1,2]}`, Limits{MaxElements: 1}, &Error{Kind: Elements, Max: 1, Path: `a\"b`, Offset: 11}},
		{"unterminated", `{"a":["x`, Limits{MaxDepth: 2, MaxElements: 1}, nil},
		{"stray closers", `]]]}}[1,2]`, Limits{MaxElements: 1}, &Error{Kind: Elements, Max: 1, Offset: 8}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Check([]byte(tc.doc), tc.l)
			if tc.want == nil {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got)
			assert.Equal(t, *tc.want, *got)
		})
	}
}

func TestErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		err  Error
		want string
	}{
		{Error{Kind: Depth, Max: 64, Offset: 64}, "nested deeper than 64 levels at byte 64"},
		{Error{Kind: Elements, Max: 1000000, Path: "recipients", Offset: 3000012}, "more than 1000000 elements at byte 3000012"},
		{Error{Kind: Values, Max: 8, Offset: 9}, "more than 8 values at byte 9"},
	} {
		assert.Equal(t, tc.want, tc.err.Error())
	}
}

func TestLongKeyInPath(t *testing.T) {
	key := strings.Repeat("k", 1000)
	err := Check([]byte(`{"`+key+`":[1,2]}`), Limits{MaxElements: 1})
	require.NotNil(t, err)
	assert.Equal(t, strings.Repeat("k", maxPathKey)+"…", err.Path)
}

// TestCheckAllocations: the scan allocates only its stack, whatever the size of the document.
func TestCheckAllocations(t *testing.T) {
	doc := []byte(`[` + strings.Repeat(`{"id":"a","weight":1},`, 100_000) + `{}]`)
	allocs := testing.AllocsPerRun(5, func() {
		if err := Check(doc, Limits{MaxDepth: 64, MaxElements: 1 << 20, MaxValues: 1 << 22}); err != nil {
			t.Fatal(err)
		}
	})
	assert.LessOrEqual(t, allocs, 4.0)
}

// shape measures a valid document with encoding/json's tokenizer: its depth, its largest
// container and its number of values.
func shape(t *testing.T, data []byte) (depth, elements, values int) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type open struct {
		object bool
		n      int
		key    bool
	}
	var stack []open
	count := func() {
		values++
		if len(stack) > 0 {
			stack[len(stack)-1].n++
			elements = max(elements, stack[len(stack)-1].n)
		}
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		require.NoError(t, err)
		switch tok {
		case json.Delim('{'), json.Delim('['):
			count()
			stack = append(stack, open{object: tok == json.Delim('{'), key: tok == json.Delim('{')})
			depth = max(depth, len(stack))
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		default:
			if len(stack) > 0 && stack[len(stack)-1].object && stack[len(stack)-1].key {
				stack[len(stack)-1].key = false
				continue
			}
			count()
		}
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].key = true
		}
	}
}

// FuzzCheck: Check never panics; on a valid document it agrees exactly with the shape
// encoding/json's tokenizer sees.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		`{"pot":"1","recipients":[{"id":"a","weight":1},{"id":"b","weight":"3/7","cap":null}]}`,
		`[[[[]]]]`, `{"a\"b":{"c":[1,2,{"d":true}]}}`, `"x"`, `[1e999999999, -0.5e-3, false]`,
		`{"a":"\\","b":"\u005c"}`, `]]}{[`, `{"a" "b"}`, `[,,,]`,
	} {
		f.Add([]byte(s), uint8(3), uint8(2), uint8(8))
	}
	f.Fuzz(func(t *testing.T, data []byte, depth, elements, values uint8) {
		l := Limits{MaxDepth: int(depth) + 1, MaxElements: int(elements), MaxValues: int(values)}
		err := Check(data, l)
		if err != nil && (err.Offset < 0 || err.Offset >= len(data) || err.Max <= 0) {
			t.Fatalf("error %+v out of the document", err)
		}
		if !json.Valid(data) {
			return
		}
		d, e, v := shape(t, data)
		within := d <= l.MaxDepth && (l.MaxElements == 0 || e <= l.MaxElements) && (l.MaxValues == 0 || v <= l.MaxValues)
		if within != (err == nil) {
			t.Fatalf("depth %d, elements %d, values %d under %+v: Check says %v", d, e, v, l, err)
		}
	})
}
