package jsonschema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// Generator builds schema documents from Go types (generator). Register the types that
// marshal themselves with [Generator.Define] or [Generator.Mirror], adjust single fields
// with [Generator.Field], then call [Generator.Document] per document. A Generator is not
// safe for concurrent registration; Document may be called concurrently once registration
// is done.
type Generator struct {
	defs    map[reflect.Type]definition
	mirrors map[reflect.Type]reflect.Type
	fields  map[fieldKey]func(*Schema) *Schema
	docs    *Docs

	// AllRequired makes every property the Go type always writes required, ignoring the
	// schema:"optional" tag of mirrors. It gives the strict form of a schema, against which
	// the SDK's own output is checked: a field added to or dropped from a Go type then fails
	// the check even where the published schema lets other implementations leave it out.
	AllRequired bool
}

type definition struct {
	name   string
	schema *Schema
}

type fieldKey struct {
	t    reflect.Type
	name string
}

// New returns a generator that takes descriptions from docs; docs may be nil.
func New(docs *Docs) *Generator {
	return &Generator{
		defs:    make(map[reflect.Type]definition),
		mirrors: make(map[reflect.Type]reflect.Type),
		fields:  make(map[fieldKey]func(*Schema) *Schema),
		docs:    docs,
	}
}

// Define registers the schema of t under name in "$defs": every use of t becomes
// {"$ref": "#/$defs/name"}. Use it for types that marshal themselves as strings (amounts,
// codes, dates, enumerations) and for named string types with a form of their own (ids). A
// schema without a description gets the first paragraph of t's doc comment.
func (g *Generator) Define(t reflect.Type, name string, s *Schema) {
	g.defs[t] = definition{name, s}
}

// Mirror registers wire, a struct with json tags, as the wire form of t, for a type whose
// MarshalJSON writes a struct of its own. The definition keeps t's name and doc comment;
// property descriptions come from wire's field comments, else from t's field of the same
// name. A mirror field tagged schema:"optional" is not required (unless AllRequired), and one
// tagged schema:"notnull" does not admit null, because the MarshalJSON never writes it so.
func (g *Generator) Mirror(t, wire reflect.Type) {
	g.mirrors[t] = wire
}

// Field registers an edit of the property jsonName of struct type t (or of the mirror
// registered for t): edit receives the generated property schema and returns the one to
// use. Use it for what the type cannot say: a plain string field with a pattern, an array
// that is never empty.
func (g *Generator) Field(t reflect.Type, jsonName string, edit func(*Schema) *Schema) {
	g.fields[fieldKey{t, jsonName}] = edit
}

// document is the state of one Document call.
type document struct {
	g     *Generator
	defs  map[string]*Schema
	names map[string]reflect.Type
	root  reflect.Type
	built map[reflect.Type]bool // struct types whose object schema was built
	used  map[fieldKey]bool     // field edits applied
}

// Document returns the schema document of the struct type root: its object schema at the
// top with "$schema", "$id" and title, and every named type it uses in "$defs". It fails if
// a type cannot be described (see the package documentation) or two types share a name.
func (g *Generator) Document(root reflect.Type, id, title string) (*Schema, error) {
	d := &document{g: g, root: root, defs: make(map[string]*Schema), names: make(map[string]reflect.Type),
		built: make(map[reflect.Type]bool), used: make(map[fieldKey]bool)}
	if _, err := d.claim(root.Name(), root); err != nil {
		return nil, err
	}
	s, err := d.object(root)
	if err != nil {
		return nil, err
	}
	for k := range g.fields {
		if d.built[k.t] && !d.used[k] {
			return nil, fmt.Errorf("jsonschema: field edit for %s.%s: no such property", k.t, k.name)
		}
	}
	s.SchemaURI, s.ID, s.Title = Draft, id, title
	if len(d.defs) > 0 {
		s.Defs = d.defs
	}
	return s, nil
}

// claim records that name is t's definition, failing if another type has it.
func (d *document) claim(name string, t reflect.Type) (bool, error) {
	if prev, ok := d.names[name]; ok {
		if prev != t {
			return false, fmt.Errorf("jsonschema: %s and %s both want the definition name %q", prev, t, name)
		}
		return false, nil
	}
	d.names[name] = t
	return true, nil
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

func marshalsItself(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t.Implements(jsonMarshaler) || t.Implements(textMarshaler) ||
		pt.Implements(jsonMarshaler) || pt.Implements(textMarshaler)
}

// schema returns the schema of a value of type t: a reference for a defined or named struct
// type, an inline schema otherwise.
func (d *document) schema(t reflect.Type) (*Schema, error) {
	if def, ok := d.g.defs[t]; ok {
		first, err := d.claim(def.name, t)
		if err != nil {
			return nil, err
		}
		if first {
			s := *def.schema
			if s.Description == "" {
				s.Description = d.g.docs.Type(t)
			}
			d.defs[def.name] = &s
		}
		return &Schema{Ref: "#/$defs/" + def.name}, nil
	}
	if t.Kind() == reflect.Pointer {
		return d.schema(t.Elem())
	}
	if _, ok := d.g.mirrors[t]; ok || t.Kind() == reflect.Struct && t.Name() != "" {
		if !ok && marshalsItself(t) {
			return nil, fmt.Errorf("jsonschema: %s marshals itself: register it with Define or Mirror", t)
		}
		first, err := d.claim(t.Name(), t)
		if err != nil {
			return nil, err
		}
		if t == d.root {
			return &Schema{Ref: "#"}, nil
		}
		if first {
			d.defs[t.Name()] = &Schema{} // placeholder against recursion
			s, err := d.object(t)
			if err != nil {
				return nil, err
			}
			d.defs[t.Name()] = s
		}
		return &Schema{Ref: "#/$defs/" + t.Name()}, nil
	}
	if marshalsItself(t) {
		return nil, fmt.Errorf("jsonschema: %s marshals itself: register it with Define or Mirror", t)
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return nil, fmt.Errorf("jsonschema: named type %s: register its form with Define", t)
	}
	switch t.Kind() {
	case reflect.String:
		return &Schema{Type: Types{"string"}}, nil
	case reflect.Bool:
		return &Schema{Type: Types{"boolean"}}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &Schema{Type: Types{"integer"}}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &Schema{Type: Types{"integer"}, Minimum: ptr[int64](0)}, nil
	case reflect.Slice, reflect.Array:
		if e := t.Elem(); e.Kind() == reflect.Uint8 && !marshalsItself(e) && !marshalsItself(reflect.PointerTo(e)) {
			return nil, fmt.Errorf("jsonschema: %s: byte slices (base64) are not used in the SDK's formats", t)
		}
		items, err := d.schema(t.Elem())
		if err != nil {
			return nil, err
		}
		return &Schema{Type: Types{"array"}, Items: items}, nil
	case reflect.Map:
		values, err := d.schema(t.Elem())
		if err != nil {
			return nil, err
		}
		s := &Schema{Type: Types{"object"}, AdditionalProperties: values}
		switch k := t.Key(); {
		case k.Kind() == reflect.String && k.Name() == "string" && k.PkgPath() == "":
		default:
			names, err := d.schema(k)
			if err != nil {
				return nil, fmt.Errorf("jsonschema: map key of %s: %w", t, err)
			}
			s.PropertyNames = names
		}
		return s, nil
	case reflect.Struct:
		return d.object(t)
	}
	return nil, fmt.Errorf("jsonschema: %s: a %s has no place in the SDK's formats", t, t.Kind())
}

// field is one property of a struct, after the json tag.
type field struct {
	name     string
	goName   string
	typ      reflect.Type
	required bool
	nullable bool
	owner    reflect.Type // the struct that declares it
}

// object returns the object schema of struct type t, or of its mirror.
func (d *document) object(t reflect.Type) (*Schema, error) {
	wire := t
	if w, ok := d.g.mirrors[t]; ok {
		wire = w
	}
	if wire.Kind() != reflect.Struct {
		return nil, fmt.Errorf("jsonschema: %s is not a struct", wire)
	}
	fields, err := d.g.fieldsOf(wire, nil)
	if err != nil {
		return nil, err
	}
	d.built[t] = true
	s := &Schema{Type: Types{"object"}, Description: d.g.docs.Type(t), AdditionalProperties: False()}
	for _, f := range fields {
		ps, err := d.schema(f.typ)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", t, f.goName, err)
		}
		if f.nullable {
			ps = &Schema{AnyOf: []*Schema{ps, {Type: Types{"null"}}}}
		}
		desc := d.g.docs.Field(f.owner, f.goName)
		if desc == "" && wire != t {
			desc = d.g.docs.Field(t, f.goName)
		}
		ps.Description = desc
		if edit, ok := d.g.fields[fieldKey{t, f.name}]; ok {
			d.used[fieldKey{t, f.name}] = true
			ps = edit(ps)
		}
		s.Properties = append(s.Properties, Property{f.name, ps})
		if f.required {
			s.Required = append(s.Required, f.name)
		}
	}
	return s, nil
}

// fieldsOf returns the JSON properties of struct type t in order, with embedded structs
// without a tag flattened as encoding/json does.
func (g *Generator) fieldsOf(t reflect.Type, seen map[string]bool) ([]field, error) {
	if seen == nil {
		seen = make(map[string]bool)
	}
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		tag, hasTag := sf.Tag.Lookup("json")
		if tag == "-" {
			continue
		}
		if sf.Anonymous && !hasTag {
			et := sf.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && !marshalsItself(et) {
				inner, err := g.fieldsOf(et, seen)
				if err != nil {
					return nil, err
				}
				out = append(out, inner...)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if !hasTag {
			return nil, fmt.Errorf("jsonschema: %s.%s has no json tag; the SDK names every field", t, sf.Name)
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			return nil, fmt.Errorf("jsonschema: %s.%s: json tag without a name", t, sf.Name)
		}
		var omitEmpty, omitZero bool
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				omitEmpty = true
			case "omitzero":
				omitZero = true
			default:
				return nil, fmt.Errorf("jsonschema: %s.%s: json option %q is not supported", t, sf.Name, o)
			}
		}
		if seen[name] {
			return nil, fmt.Errorf("jsonschema: %s: two fields named %q", t, name)
		}
		seen[name] = true
		kind := sf.Type.Kind()
		// encoding/json never omits a struct for omitempty, nor a non-empty array.
		omitted := omitZero || omitEmpty && kind != reflect.Struct && !(kind == reflect.Array && sf.Type.Len() > 0)
		opt := sf.Tag.Get("schema")
		f := field{name: name, goName: sf.Name, typ: sf.Type, owner: t, required: !omitted}
		if strings.Contains(opt, "optional") && !g.AllRequired {
			f.required = false
		}
		if !omitted && !strings.Contains(opt, "notnull") {
			switch kind {
			case reflect.Pointer, reflect.Slice, reflect.Map:
				f.nullable = true
			}
		}
		out = append(out, f)
	}
	return out, nil
}

// Enum returns a string schema whose "enum" lists the text forms of values, in order: build
// it from the Go table of an enumeration (lnet.Schemes(), …) so the list cannot drift.
func Enum[T encoding.TextMarshaler](values []T) (*Schema, error) {
	s := &Schema{Type: Types{"string"}}
	for _, v := range values {
		b, err := v.MarshalText()
		if err != nil {
			return nil, fmt.Errorf("jsonschema: enum value %v: %w", v, err)
		}
		if len(b) == 0 {
			return nil, fmt.Errorf("jsonschema: enum value %v marshals as the empty string", v)
		}
		s.Enum = append(s.Enum, string(b))
	}
	if len(s.Enum) == 0 {
		return nil, fmt.Errorf("jsonschema: enum of %T without values", *new(T))
	}
	return s, nil
}

// ValidValues returns the values of a small enumeration type that has no values function, in
// increasing order: every v from 0 to 255 with v.Valid().
func ValidValues[T interface {
	~uint8
	Valid() bool
}]() []T {
	var out []T
	for i := range 256 {
		if v := T(i); v.Valid() {
			out = append(out, v)
		}
	}
	return out
}
