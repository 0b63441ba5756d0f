package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type inner struct {
	Date  string   `json:"date"`
	Notes []string `json:"notes,omitempty"`
}

type doc struct {
	ID         string            `json:"id"`
	Count      int               `json:"count,omitempty"`
	Gatherings []inner           `json:"gatherings,omitempty"`
	Tags       map[string]string `json:"tags,omitempty"`
	Maybe      *inner            `json:"maybe"`
}

func TestUnmarshal(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		path     string // "" with sentinel nil: accepted
		sentinel error
	}{
		{"ok", `{"id":"a","maybe":null,"gatherings":[{"date":"x"}]}`, "", nil},
		{"pair", `{"id":"\ud83d\ude00","maybe":null}`, "", nil},
		{"case", `{"ID":"a","maybe":null}`, "ID", ErrUnknown},
		{"duplicate", `{"id":"a","id":"b","maybe":null}`, "id", ErrDuplicate},
		{"duplicate nested", `{"id":"a","maybe":null,"gatherings":[{"date":"x"},{"date":"x","date":"y"}]}`, "gatherings[1].date", ErrDuplicate},
		{"unknown", `{"id":"a","maybe":null,"x":1}`, "x", ErrUnknown},
		{"missing", `{"maybe":null}`, "id", ErrMissing},
		{"missing nested", `{"id":"a","maybe":null,"gatherings":[{"date":"x"},{}]}`, "gatherings[1].date", ErrMissing},
		{"null not allowed", `{"id":null,"maybe":null}`, "id", ErrType},
		{"null optional", `{"id":"a","maybe":null,"gatherings":null}`, "gatherings", ErrType},
		{"wrong type", `{"id":"a","maybe":null,"gatherings":[{"date":1}]}`, "gatherings[0].date", ErrType},
		{"invalid UTF-8", "{\"id\":\"a\xff\",\"maybe\":null}", "id", ErrSyntax},
		{"invalid UTF-8 in a key", "{\"i\xffd\":\"a\",\"maybe\":null}", "", ErrSyntax},
		{"lone surrogate", `{"id":"\ud800","maybe":null}`, "id", ErrSyntax},
		{"lone low surrogate", `{"id":"\udc00x","maybe":null}`, "id", ErrSyntax},
		{"high then not low", `{"id":"\ud800\u0041","maybe":null}`, "id", ErrSyntax},
		{"trailing data", `{"id":"a","maybe":null} {}`, "", ErrSyntax},
		{"trailing comma", `{"id":"a","maybe":null,}`, "", ErrSyntax},
		{"fraction for int", `{"id":"a","maybe":null,"count":1.5}`, "count", ErrValue},
		{"map value", `{"id":"a","maybe":null,"tags":{"k":1}}`, "tags.k", ErrType},
		{"empty", ``, "", ErrSyntax},
		{"control character", "{\"id\":\"a\tb\",\"maybe\":null}", "id", ErrSyntax},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var v doc
			err := Unmarshal([]byte(tc.in), &v, Options{})
			if tc.sentinel == nil {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.sentinel)
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.path, e.Path)
			assert.NotContains(t, err.Error(), "strictjson.")
			assert.NotContains(t, err.Error(), "[]")
		})
	}
}

func TestAllowUnknown(t *testing.T) {
	var v doc
	in := `{"id":"a","maybe":null,"future":{"x":[1,2,{"y":null}]},"gatherings":[{"date":"d","new":true}]}`
	require.NoError(t, Unmarshal([]byte(in), &v, Options{AllowUnknown: true}))
	assert.Equal(t, "d", v.Gatherings[0].Date)
	// Unknown fields must still be well-formed I-JSON.
	err := Unmarshal([]byte(`{"id":"a","maybe":null,"future":{"x":1,"x":2}}`), &v, Options{AllowUnknown: true})
	assert.ErrorIs(t, err, ErrDuplicate)
	err = Unmarshal([]byte(`{"id":"a","maybe":null,"future":"\udc00"}`), &v, Options{AllowUnknown: true})
	assert.ErrorIs(t, err, ErrSyntax)
}

// TestDepth: the depth limit, just under and just over.
func TestDepth(t *testing.T) {
	nest := func(n int) []byte { return []byte(strings.Repeat("[", n) + strings.Repeat("]", n)) }
	for _, n := range []int{1, 31, 32} {
		d := NewDecoder(nest(n))
		d.MaxDepth = 32
		require.NoError(t, d.Skip(), n)
	}
	d := NewDecoder(nest(33))
	d.MaxDepth = 32
	assert.ErrorIs(t, d.Skip(), ErrSyntax)
}

// TestManyKeys: duplicate detection switches from a scan to a set beyond 16 names.
func TestManyKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range 40 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"k` + strconv.Itoa(i) + `":1`)
	}
	ok := b.String() + "}"
	require.NoError(t, NewDecoder([]byte(ok)).Skip())
	dup := b.String() + `,"k0":2}`
	assert.ErrorIs(t, NewDecoder([]byte(dup)).Skip(), ErrDuplicate)
}

// reference is the verdict of encoding/json and the standard library on data as I-JSON:
// syntax, UTF-8, no lone surrogate (encoding/json replaces one with U+FFFD, so a string that
// decodes to U+FFFD which the text does not carry had one), no duplicate names.
// hasLoneSurrogate reports whether a valid JSON document has a \u escape of a UTF-16
// surrogate that is not half of a pair (a high one followed at once by a low one). It reads
// the escapes themselves: a U+FFFD elsewhere in the document (written or escaped) must not
// hide one, as it did when the reference looked for the U+FFFD that encoding/json puts in
// place of a lone surrogate.
func hasLoneSurrogate(data []byte) bool {
	hex := func(i int) (rune, bool) { // the 4 hex digits of a \u escape starting at data[i]
		if i+6 > len(data) || data[i] != '\\' || data[i+1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(data[i+2:i+6]), 16, 16)
		return rune(v), err == nil
	}
	in := false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case c == '"':
			in = !in
		case in && c == '\\':
			r, ok := hex(i)
			switch {
			case !ok: // another escape: skip the escaped byte
				i++
			case r >= 0xD800 && r <= 0xDBFF:
				if lo, ok := hex(i + 6); ok && lo >= 0xDC00 && lo <= 0xDFFF {
					i += 11 // the pair
				} else {
					return true
				}
			case r >= 0xDC00 && r <= 0xDFFF:
				return true
			default:
				i += 5
			}
		}
	}
	return false
}

func reference(data []byte) bool {
	if !json.Valid(data) || !utf8.Valid(data) {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		names  map[string]bool
		object bool
		key    bool
	}
	if hasLoneSurrogate(data) {
		return false
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return true
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if s, ok := tok.(string); ok {
			if top != nil && top.object && top.key {
				if top.names[s] {
					return false
				}
				top.names[s] = true
				top.key = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{names: map[string]bool{}, object: true, key: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].key = true
		}
	}
}

// FuzzDecoder: Skip never panics and agrees with the reference on which documents are
// I-JSON; a string it reads is valid UTF-8 and equals what encoding/json reads.
func FuzzDecoder(f *testing.F) {
	for _, s := range []string{
		`{"pot":"1","recipients":[{"id":"a","weight":1},{"id":"b","weight":"3/7","cap":"2"}]}`,
		`{"a":1,"a":2}`, `{"A":1,"a":2}`, `"\ud800"`, `"\ud83d\ude00"`, "\"\xff\"", `[1,2,]`,
		`{"a":[{"b":{"c":[true,false,null,-0.5e-3]}}]}`, `"\u00e6\u00f8\u00e5"`, ` 12 `, `{}x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(data)
		err := d.Skip()
		if err == nil {
			err = d.End()
		}
		var e *Error
		if err != nil && !errors.As(err, &e) {
			t.Fatalf("error %v is not an *Error", err)
		}
		if want := reference(data); want != (err == nil) {
			t.Fatalf("reference says %v, decoder %v for %q", want, err, data)
		}
		if err == nil && NewDecoder(data).Peek() == String {
			s, err := NewDecoder(data).String()
			require.NoError(t, err)
			require.True(t, utf8.Valid(s))
			var ref string
			require.NoError(t, json.Unmarshal(data, &ref))
			require.Equal(t, ref, string(s))
		}
	})
}

// FuzzUnmarshal: Unmarshal never panics, and what it accepts encoding/json accepts too with
// the same result.
func FuzzUnmarshal(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","maybe":null,"gatherings":[{"date":"x","notes":["n"]}],"tags":{"k":"v"},"count":3}`,
		`{"id":"a","maybe":{"date":"d"}}`, `{"id":"a","ID":"b","maybe":null}`, `{"id":"\ud800","maybe":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v doc
		if Unmarshal(data, &v, Options{}) != nil {
			return
		}
		var ref doc
		require.NoError(t, json.Unmarshal(data, &ref))
		require.Equal(t, ref, v)
	})
}
