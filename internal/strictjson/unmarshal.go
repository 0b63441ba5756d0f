package strictjson

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// Hook decodes a value of one Go type itself, standing at the value (which may be null).
type Hook func(d *Decoder, v reflect.Value) error

// Options are the options of [Unmarshal].
type Options struct {
	// AllowUnknown skips unknown fields instead of failing, for readers of newer documents.
	AllowUnknown bool
	// MaxDepth is the deepest nesting read; 0 means [DefaultMaxDepth].
	MaxDepth int
	// Hooks decode the values of their types: amounts and dates, whose JSON form the
	// schemas restrict beyond what their Go parsers take.
	Hooks map[reflect.Type]Hook
}

// Unmarshal decodes the JSON document data into the value v points to, by the rules of the
// package. Struct fields are read by their json tags, exactly: a field without omitempty or
// omitzero (and without schema:"optional") is required, and null is accepted only for a
// required pointer, slice or map field (that is what the schema generator, internal/jsonschema,
// publishes). A struct is always read field by field: its UnmarshalJSON method, if any, is
// not called (the SDK's models implement UnmarshalJSON with this function). A value with an
// UnmarshalText method is read from a JSON string; another type with an UnmarshalJSON method
// gets the value's text. json.RawMessage fields get the value's text, checked.
func Unmarshal(data []byte, v any, o Options) error {
	d := NewDecoder(data)
	d.AllowUnknown = o.AllowUnknown
	d.MaxDepth = o.MaxDepth
	return UnmarshalFrom(d, v, o)
}

// UnmarshalFrom is [Unmarshal] reading the rest of d's document, which must end after the
// value.
func UnmarshalFrom(d *Decoder, v any, o Options) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &Error{Reason: "decoding into a nil or non-pointer value", Err: ErrValue}
	}
	u := &unmarshaler{d: d, hooks: o.Hooks, fields: make(map[reflect.Type][]field)}
	if err := u.value(rv.Elem(), false); err != nil {
		return err
	}
	return d.End()
}

type unmarshaler struct {
	d      *Decoder
	hooks  map[reflect.Type]Hook
	fields map[reflect.Type][]field
}

// field is a struct field as JSON sees it.
type field struct {
	name     string
	index    []int
	required bool
	nullable bool
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	rawMessage      = reflect.TypeFor[json.RawMessage]()
)

// fieldsOf lists the JSON fields of struct type t, embedded structs inlined, by the rules of
// internal/jsonschema.
func (u *unmarshaler) fieldsOf(t reflect.Type) []field {
	if fs, ok := u.fields[t]; ok {
		return fs
	}
	var out []field
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			tag, hasTag := sf.Tag.Lookup("json")
			if tag == "-" {
				continue
			}
			idx := append(append([]int(nil), index...), i)
			name, opts, _ := strings.Cut(tag, ",")
			if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct {
				walk(sf.Type, idx)
				continue
			}
			if !sf.IsExported() {
				continue
			}
			if !hasTag || name == "" {
				name = sf.Name
			}
			var omitEmpty, omitZero bool
			for _, o := range strings.Split(opts, ",") {
				omitEmpty = omitEmpty || o == "omitempty"
				omitZero = omitZero || o == "omitzero"
			}
			kind := sf.Type.Kind()
			omitted := omitZero || omitEmpty && kind != reflect.Struct && !(kind == reflect.Array && sf.Type.Len() > 0)
			schemaOpt := sf.Tag.Get("schema")
			f := field{name: name, index: idx, required: !omitted && !strings.Contains(schemaOpt, "optional")}
			if !omitted && !strings.Contains(schemaOpt, "notnull") {
				f.nullable = kind == reflect.Pointer || kind == reflect.Slice || kind == reflect.Map
			}
			out = append(out, f)
		}
	}
	walk(t, nil)
	u.fields[t] = out
	return out
}

// value decodes the next value into v; nullable says whether null is allowed (and sets v to
// its zero value).
func (u *unmarshaler) value(v reflect.Value, nullable bool) error {
	d := u.d
	t := v.Type()
	if h, ok := u.hooks[t]; ok {
		return h(d, v)
	}
	if t == rawMessage {
		raw, err := d.Raw()
		if err != nil {
			return err
		}
		v.SetBytes(append([]byte(nil), raw...))
		return nil
	}
	if d.Peek() == Null {
		if !nullable {
			return d.TypeError(want(t))
		}
		if _, err := d.Null(); err != nil {
			return err
		}
		v.SetZero()
		return nil
	}
	if t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textUnmarshaler) {
		s, err := d.String()
		if err != nil {
			return err
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s); err != nil {
			return d.Fail(err, string(s), reason(err))
		}
		return canonical(d, v, s)
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		return u.value(v.Elem(), false)
	case reflect.Struct:
		return u.object(v)
	case reflect.Slice:
		return u.slice(v)
	case reflect.Map:
		return u.mapping(v)
	case reflect.String:
		s, err := d.String()
		if err != nil {
			return err
		}
		v.SetString(string(s))
		return nil
	case reflect.Bool:
		b, err := d.Bool()
		if err != nil {
			return err
		}
		v.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := d.Number()
		if err != nil {
			return d.TypeError("a whole number")
		}
		i, perr := strconv.ParseInt(string(n), 10, 64)
		if perr != nil || v.OverflowInt(i) {
			return d.Fail(ErrValue, string(n), "want a whole number in range")
		}
		v.SetInt(i)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := d.Number()
		if err != nil {
			return d.TypeError("a whole number")
		}
		i, perr := strconv.ParseUint(string(n), 10, 64)
		if perr != nil || v.OverflowUint(i) {
			return d.Fail(ErrValue, string(n), "want a whole number ≥ 0 in range")
		}
		v.SetUint(i)
		return nil
	case reflect.Float32, reflect.Float64:
		n, err := d.Number()
		if err != nil {
			return err
		}
		f, perr := strconv.ParseFloat(string(n), 64)
		if perr != nil {
			return d.Fail(ErrValue, string(n), "number out of range")
		}
		v.SetFloat(f)
		return nil
	}
	if reflect.PointerTo(t).Implements(jsonUnmarshaler) {
		raw, err := d.Raw()
		if err != nil {
			return err
		}
		if err := v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
			return d.Fail(err, "", reason(err))
		}
		return nil
	}
	return d.Fail(ErrType, "", "a value that the SDK's documents do not have")
}

// canonical checks that a value read by UnmarshalText was written as its MarshalText writes
// it: the schemas list the written forms (enum values, codes, times of day), so an alias,
// another case or "9:00" for "09:00" is refused as the schema refuses it.
func canonical(d *Decoder, v reflect.Value, text []byte) error {
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		return nil
	}
	out, err := m.MarshalText()
	if err != nil || string(out) != string(text) {
		want := "the form " + strconv.Quote(string(out))
		if err != nil || len(out) == 0 {
			want = "a defined value"
		}
		return d.Fail(ErrValue, string(text), "want "+want)
	}
	return nil
}

// want names the JSON type a Go type is read from.
func want(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Pointer:
		return want(t.Elem())
	}
	return "a value"
}

// reason is the message of a field parser's error, for the reason of an [Error].
func reason(err error) string { return err.Error() }

func (u *unmarshaler) object(v reflect.Value) error {
	d := u.d
	fs := u.fieldsOf(v.Type())
	var seenSmall [64]bool
	seen := seenSmall[:0]
	if len(fs) <= len(seenSmall) {
		seen = seenSmall[:len(fs)]
	} else {
		seen = make([]bool, len(fs))
	}
	err := d.Object(func(name []byte) error {
		for i := range fs {
			if fs[i].name == string(name) {
				seen[i] = true
				return u.value(fieldByIndex(v, fs[i].index), fs[i].nullable)
			}
		}
		if d.AllowUnknown {
			return d.Skip()
		}
		return d.Fail(ErrUnknown, "", "unknown field")
	})
	if err != nil {
		return err
	}
	for i := range fs {
		if fs[i].required && !seen[i] {
			return d.FailAt(fs[i].name, ErrMissing, "missing field")
		}
	}
	return nil
}

func fieldByIndex(v reflect.Value, index []int) reflect.Value {
	for _, i := range index {
		v = v.Field(i)
	}
	return v
}

func (u *unmarshaler) slice(v reflect.Value) error {
	et := v.Type().Elem()
	nullable := et.Kind() == reflect.Pointer || et.Kind() == reflect.Slice || et.Kind() == reflect.Map
	out := reflect.MakeSlice(v.Type(), 0, 0)
	err := u.d.Array(func(i int) error {
		out = reflect.Append(out, reflect.Zero(et))
		return u.value(out.Index(i), nullable)
	})
	if err != nil {
		return err
	}
	v.Set(out)
	return nil
}

func (u *unmarshaler) mapping(v reflect.Value) error {
	d := u.d
	t := v.Type()
	kt, et := t.Key(), t.Elem()
	nullable := et.Kind() == reflect.Pointer || et.Kind() == reflect.Slice || et.Kind() == reflect.Map
	m := reflect.MakeMap(t)
	err := d.Object(func(name []byte) error {
		k := reflect.New(kt).Elem()
		switch {
		case reflect.PointerTo(kt).Implements(textUnmarshaler):
			if err := k.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(name); err != nil {
				return d.Fail(err, string(name), "field name: "+reason(err))
			}
		case kt.Kind() == reflect.String:
			k.SetString(string(name))
		default:
			return d.Fail(ErrType, "", "a map the SDK's documents do not have")
		}
		e := reflect.New(et).Elem()
		if err := u.value(e, nullable); err != nil {
			return err
		}
		m.SetMapIndex(k, e)
		return nil
	})
	if err != nil {
		return err
	}
	v.Set(m)
	return nil
}
