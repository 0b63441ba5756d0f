// Package strictjson is the one JSON decoding layer of the SDK. Every decoder of the SDK's
// documents (allocation requests and results, lnet models, eligibility reports, calendar
// schedules) reads through it, so they all accept exactly the I-JSON (RFC 7493) documents
// that the published schemas describe:
//
//   - field names match exactly, in case too ("POT" is not "pot");
//   - a name repeated in one object is an error, never "the last one wins";
//   - invalid UTF-8 and lone surrogate escapes ("\ud800") are errors, never U+FFFD;
//   - unknown fields are errors unless the caller opts in ([Options].AllowUnknown);
//   - a field without omitempty/omitzero is required, and null is accepted only where the
//     Go value can be absent (a pointer, slice or map);
//   - a value of the wrong JSON type is an error that names the JSON type wanted, never a
//     Go type.
//
// Every error is an [*Error] carrying the full JSON path of the value ("projects[1].scheme",
// "recipients[3].weight") and wrapping one of the sentinels of this package; each public
// package turns it into its own typed error wrapping its own sentinel.
//
// [Decoder] is a pull tokenizer over a byte slice that builds no generic tree: callers read
// objects, arrays and scalars in document order and build their Go values directly
// (allocation.DecodeRequest does). [Unmarshal] decodes into Go structs by reflection on top
// of it, for the models. Neither keeps package state; cost is linear in the input.
package strictjson

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Sentinel errors; every [*Error] wraps one of them.
var (
	// ErrSyntax reports text that is not well-formed JSON, or not I-JSON: invalid UTF-8, a
	// lone surrogate escape, trailing data.
	ErrSyntax = errors.New("malformed JSON")
	// ErrDuplicate reports a name repeated in one object.
	ErrDuplicate = errors.New("duplicate field")
	// ErrUnknown reports a field the document type does not have.
	ErrUnknown = errors.New("unknown field")
	// ErrMissing reports a required field that is absent.
	ErrMissing = errors.New("missing field")
	// ErrType reports a value of the wrong JSON type (including null where it is not
	// allowed).
	ErrType = errors.New("wrong JSON type")
	// ErrValue reports a value of the right JSON type that its field refuses.
	ErrValue = errors.New("invalid value")
)

// Error is a decoding error at a place in the document.
type Error struct {
	// Path is the JSON path of the value: "projects[1].scheme"; "" for the document.
	Path string
	// Offset is the byte offset in the document where the error was found.
	Offset int
	// Value is the offending value as text, cut to 64 bytes ("" when there is none).
	Value string
	// Reason says what is wrong, in JSON terms ("want a string", "unknown field").
	Reason string
	// Err is the sentinel of this package, or the error of a field's own parser.
	Err error
}

// Error returns "path: reason "value"".
func (e *Error) Error() string {
	s := e.Reason
	if e.Path != "" {
		s = e.Path + ": " + s
	}
	if e.Value != "" {
		s += " " + strconv.Quote(e.Value)
	}
	return s
}

// Unwrap returns the sentinel or the parser's error.
func (e *Error) Unwrap() error { return e.Err }

// Kind is the JSON type of the next value.
type Kind uint8

// The JSON types.
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Object
	Array
)

// String names the kind for messages: "a string", "an object", ….
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "true or false"
	case Number:
		return "a number"
	case String:
		return "a string"
	case Object:
		return "an object"
	case Array:
		return "an array"
	}
	return "no value"
}

// seg is one step of the path: a key of an object or an index of an array.
type seg struct {
	key   []byte
	index int
	isKey bool
}

// Decoder reads one JSON document from a byte slice, value by value. The zero value is not
// usable; use [NewDecoder].
type Decoder struct {
	data []byte
	pos  int
	path []seg
	// AllowUnknown makes [Decoder.Object] callers and [Unmarshal] skip unknown fields
	// instead of failing.
	AllowUnknown bool
	// MaxDepth is the deepest nesting of arrays and objects read; 0 means
	// [DefaultMaxDepth].
	MaxDepth int
	// keys is scratch space for duplicate detection in small objects.
	keys [][]byte
}

// DefaultMaxDepth is the depth limit when Decoder.MaxDepth is zero, that of encoding/json.
const DefaultMaxDepth = 10000

func (d *Decoder) enter() error {
	limit := d.MaxDepth
	if limit <= 0 {
		limit = DefaultMaxDepth
	}
	if len(d.path) >= limit {
		return d.syntax("nested deeper than " + strconv.Itoa(limit) + " levels")
	}
	return nil
}

// NewDecoder returns a decoder of data.
func NewDecoder(data []byte) *Decoder { return &Decoder{data: data} }

// Path returns the JSON path of the value being read.
func (d *Decoder) Path() string {
	var b strings.Builder
	for _, s := range d.path {
		if s.isKey {
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			k := s.key
			if len(k) > 64 {
				k = k[:64]
			}
			b.WriteString(strings.ToValidUTF8(string(k), "�"))
		} else {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		}
	}
	return b.String()
}

// Fail returns an error at the current path and offset.
func (d *Decoder) Fail(sentinel error, value, reason string) *Error {
	if len(value) > 64 {
		value = strings.ToValidUTF8(value[:64], "") + "…"
	}
	return &Error{Path: d.Path(), Offset: d.pos, Value: value, Reason: reason, Err: sentinel}
}

// FailAt is Fail at the field name under the current path: a missing or unknown field.
func (d *Decoder) FailAt(name string, sentinel error, reason string) *Error {
	d.path = append(d.path, seg{key: []byte(name), isKey: true})
	e := d.Fail(sentinel, "", reason)
	d.path = d.path[:len(d.path)-1]
	return e
}

// syntax reports malformed JSON: the reason starts with "malformed JSON: ". A fault of a
// string's text (invalid UTF-8, a lone surrogate) is reported by textError instead, at
// the string's path.
func (d *Decoder) syntax(reason string) *Error {
	return d.Fail(ErrSyntax, "", "malformed JSON: "+reason)
}

func (d *Decoder) textError(reason string) *Error { return d.Fail(ErrSyntax, "", reason) }

func (d *Decoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// Peek returns the kind of the next value without reading it.
func (d *Decoder) Peek() Kind {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return Invalid
	}
	switch c := d.data[d.pos]; {
	case c == '{':
		return Object
	case c == '[':
		return Array
	case c == '"':
		return String
	case c == 't' || c == 'f':
		return Bool
	case c == 'n':
		return Null
	case c == '-' || c >= '0' && c <= '9':
		return Number
	}
	return Invalid
}

// TypeError reports that the next value has the wrong JSON type, wanting want.
func (d *Decoder) TypeError(want string) *Error {
	k := d.Peek()
	if k == Invalid {
		return d.invalid()
	}
	return d.Fail(ErrType, "", "want "+want+", not "+k.String())
}

func (d *Decoder) invalid() *Error {
	if d.pos >= len(d.data) {
		if len(d.data) == 0 || len(strings.TrimSpace(string(d.data))) == 0 {
			return d.syntax("empty input: want a JSON document")
		}
		return d.syntax("unexpected end of input")
	}
	return d.syntax("invalid character " + strconv.QuoteRune(rune(d.data[d.pos])) + " at byte " + strconv.Itoa(d.pos))
}

// Null reads a null if one is next and reports whether it did.
func (d *Decoder) Null() (bool, error) {
	if d.Peek() != Null {
		return false, nil
	}
	return true, d.literal("null")
}

func (d *Decoder) literal(lit string) error {
	if len(d.data)-d.pos < len(lit) || string(d.data[d.pos:d.pos+len(lit)]) != lit {
		return d.invalid()
	}
	d.pos += len(lit)
	return nil
}

// Bool reads true or false.
func (d *Decoder) Bool() (bool, error) {
	if d.Peek() != Bool {
		return false, d.TypeError("true or false")
	}
	if d.data[d.pos] == 't' {
		return true, d.literal("true")
	}
	return false, d.literal("false")
}

// Number reads a number and returns its text, which follows RFC 8259's grammar.
func (d *Decoder) Number() ([]byte, error) {
	if d.Peek() != Number {
		return nil, d.TypeError("a number")
	}
	start := d.pos
	p := d.pos
	digits := func() int {
		n := 0
		for p < len(d.data) && d.data[p] >= '0' && d.data[p] <= '9' {
			p++
			n++
		}
		return n
	}
	if d.data[p] == '-' {
		p++
	}
	if p < len(d.data) && d.data[p] == '0' {
		p++
	} else if digits() == 0 {
		d.pos = p
		return nil, d.invalid()
	}
	if p < len(d.data) && d.data[p] == '.' {
		p++
		if digits() == 0 {
			d.pos = p
			return nil, d.invalid()
		}
	}
	if p < len(d.data) && (d.data[p] == 'e' || d.data[p] == 'E') {
		p++
		if p < len(d.data) && (d.data[p] == '+' || d.data[p] == '-') {
			p++
		}
		if digits() == 0 {
			d.pos = p
			return nil, d.invalid()
		}
	}
	d.pos = p
	return d.data[start:p], nil
}

// String reads a string and returns its text. The slice may alias the document; copy it to
// keep it (string(b)).
func (d *Decoder) String() ([]byte, error) {
	if d.Peek() != String {
		return nil, d.TypeError("a string")
	}
	return d.str()
}

// str reads the string at d.pos, validating UTF-8 and escapes.
func (d *Decoder) str() ([]byte, error) {
	d.pos++ // opening quote
	start := d.pos
	var buf []byte // the unescaped text, once an escape is seen
	for {
		if d.pos >= len(d.data) {
			return nil, d.syntax("unterminated string")
		}
		c := d.data[d.pos]
		switch {
		case c == '"':
			s := d.data[start:d.pos]
			d.pos++
			if buf != nil {
				return append(buf, s...), nil
			}
			return s, nil
		case c < 0x20:
			return nil, d.textError("control character in a string at byte " + strconv.Itoa(d.pos))
		case c == '\\':
			buf = append(buf, d.data[start:d.pos]...)
			r, err := d.escape()
			if err != nil {
				return nil, err
			}
			buf = utf8.AppendRune(buf, r)
			start = d.pos
		case c < utf8.RuneSelf:
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			if r == utf8.RuneError && size == 1 {
				return nil, d.textError("invalid UTF-8 at byte " + strconv.Itoa(d.pos))
			}
			d.pos += size
		}
	}
}

// escape reads the escape sequence at d.pos (the backslash) and returns its rune.
func (d *Decoder) escape() (rune, error) {
	if d.pos+1 >= len(d.data) {
		return 0, d.syntax("unterminated string")
	}
	c := d.data[d.pos+1]
	d.pos += 2
	switch c {
	case '"', '\\', '/':
		return rune(c), nil
	case 'b':
		return '\b', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'u':
		r, ok := d.hex4()
		if !ok {
			return 0, d.syntax("invalid \\u escape at byte " + strconv.Itoa(d.pos))
		}
		if !utf16.IsSurrogate(r) {
			return r, nil
		}
		if r < 0xDC00 && d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
			save := d.pos
			d.pos += 2
			if lo, ok := d.hex4(); ok && lo >= 0xDC00 && lo <= 0xDFFF {
				return utf16.DecodeRune(r, lo), nil
			}
			d.pos = save
		}
		return 0, d.textError("lone surrogate escape at byte " + strconv.Itoa(d.pos-6))
	}
	return 0, d.syntax("invalid escape at byte " + strconv.Itoa(d.pos-2))
}

func (d *Decoder) hex4() (rune, bool) {
	if len(d.data)-d.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c - 'a' + 10)
		case c >= 'A' && c <= 'F':
			r |= rune(c - 'A' + 10)
		default:
			return 0, false
		}
	}
	d.pos += 4
	return r, true
}

// Object reads an object, calling member for each member with its name (which aliases the
// document or scratch space: copy it to keep it) while the decoder stands at the member's
// value; member must read the value (or [Decoder.Skip] it). A repeated name is an error.
// The path includes the name while member runs.
func (d *Decoder) Object(member func(name []byte) error) error {
	if d.Peek() != Object {
		return d.TypeError("an object")
	}
	if err := d.enter(); err != nil {
		return err
	}
	d.pos++
	var seen map[string]struct{}
	mark := len(d.keys)
	defer func() { d.keys = d.keys[:mark] }()
	for n := 0; ; n++ {
		d.skipSpace()
		if d.pos < len(d.data) && d.data[d.pos] == '}' && n == 0 {
			d.pos++
			return nil
		}
		if n > 0 {
			if d.pos >= len(d.data) {
				return d.invalid()
			}
			if d.data[d.pos] == '}' {
				d.pos++
				return nil
			}
			if d.data[d.pos] != ',' {
				return d.syntax("want , or } after an object member at byte " + strconv.Itoa(d.pos))
			}
			d.pos++
			d.skipSpace()
		}
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			if d.pos < len(d.data) && d.data[d.pos] == '}' {
				return d.syntax("trailing comma in an object at byte " + strconv.Itoa(d.pos))
			}
			return d.invalid()
		}
		name, err := d.str()
		if err != nil {
			return err
		}
		// Duplicates: a linear scan while small, a set beyond.
		if seen == nil && len(d.keys)-mark < 16 {
			for _, k := range d.keys[mark:] {
				if string(k) == string(name) {
					return d.FailAt(string(name), ErrDuplicate, "duplicate field")
				}
			}
			d.keys = append(d.keys, name)
		} else {
			if seen == nil {
				seen = make(map[string]struct{}, 32)
				for _, k := range d.keys[mark:] {
					seen[string(k)] = struct{}{}
				}
			}
			if _, dup := seen[string(name)]; dup {
				return d.FailAt(string(name), ErrDuplicate, "duplicate field")
			}
			seen[string(name)] = struct{}{}
		}
		d.skipSpace()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return d.syntax("want : after an object member's name at byte " + strconv.Itoa(d.pos))
		}
		d.pos++
		d.path = append(d.path, seg{key: name, isKey: true})
		if err := member(name); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
	}
}

// Array reads an array, calling elem for each element with its index while the decoder
// stands at the element; elem must read it. The path includes the index while elem runs.
func (d *Decoder) Array(elem func(i int) error) error {
	if d.Peek() != Array {
		return d.TypeError("an array")
	}
	if err := d.enter(); err != nil {
		return err
	}
	d.pos++
	for i := 0; ; i++ {
		d.skipSpace()
		if d.pos < len(d.data) && d.data[d.pos] == ']' && i == 0 {
			d.pos++
			return nil
		}
		if i > 0 {
			if d.pos >= len(d.data) {
				return d.invalid()
			}
			if d.data[d.pos] == ']' {
				d.pos++
				return nil
			}
			if d.data[d.pos] != ',' {
				return d.syntax("want , or ] after an array element at byte " + strconv.Itoa(d.pos))
			}
			d.pos++
			d.skipSpace()
			if d.pos < len(d.data) && d.data[d.pos] == ']' {
				return d.syntax("trailing comma in an array at byte " + strconv.Itoa(d.pos))
			}
		}
		d.path = append(d.path, seg{index: i})
		if err := elem(i); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
	}
}

// Skip reads the next value, whatever it is, checking it as strictly as any other.
func (d *Decoder) Skip() error {
	switch d.Peek() {
	case Null:
		_, err := d.Null()
		return err
	case Bool:
		_, err := d.Bool()
		return err
	case Number:
		_, err := d.Number()
		return err
	case String:
		_, err := d.str()
		return err
	case Object:
		return d.Object(func([]byte) error { return d.Skip() })
	case Array:
		return d.Array(func(int) error { return d.Skip() })
	}
	return d.invalid()
}

// Raw reads the next value and returns its text.
func (d *Decoder) Raw() ([]byte, error) {
	d.skipSpace()
	start := d.pos
	if err := d.Skip(); err != nil {
		return nil, err
	}
	return d.data[start:d.pos], nil
}

// End checks that nothing but white space follows the document.
func (d *Decoder) End() error {
	d.skipSpace()
	if d.pos < len(d.data) {
		return d.syntax("trailing data after the JSON document at byte " + strconv.Itoa(d.pos))
	}
	return nil
}
