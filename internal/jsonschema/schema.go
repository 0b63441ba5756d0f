package jsonschema

import (
	"bytes"
	"encoding/json"
)

// Draft is the meta-schema URI of JSON Schema draft 2020-12, written as "$schema".
const Draft = "https://json-schema.org/draft/2020-12/schema"

// Schema is one JSON Schema (skjema) or subschema. It marshals its keywords in a fixed
// order and its properties in declaration order, so generated files are stable and read
// like the Go types they describe. The zero value is the empty schema, which allows
// anything.
type Schema struct {
	// SchemaURI is "$schema", set on a document's root.
	SchemaURI string `json:"$schema,omitempty"`
	// ID is "$id", the canonical URI of a document.
	ID string `json:"$id,omitempty"`
	// Ref is "$ref", e.g. "#/$defs/Amount".
	Ref string `json:"$ref,omitempty"`
	// Title is a short name.
	Title string `json:"title,omitempty"`
	// Description says what the value is.
	Description string `json:"description,omitempty"`
	// Type is "type": one name, or several written as a list.
	Type Types `json:"type,omitempty"`
	// Format is a format annotation such as "date".
	Format string `json:"format,omitempty"`
	// Pattern is an ECMA-262 regular expression a string must match.
	Pattern string `json:"pattern,omitempty"`
	// MinLength is the least number of characters of a string.
	MinLength *int `json:"minLength,omitempty"`
	// MaxLength is the largest number of characters of a string.
	MaxLength *int `json:"maxLength,omitempty"`
	// Enum lists the allowed string values.
	Enum []string `json:"enum,omitempty"`
	// Minimum is the least value of a number.
	Minimum *int64 `json:"minimum,omitempty"`
	// Maximum is the largest value of a number.
	Maximum *int64 `json:"maximum,omitempty"`
	// Properties are an object's named properties, in order.
	Properties Properties `json:"properties,omitempty"`
	// Required names the properties an object must have.
	Required []string `json:"required,omitempty"`
	// PropertyNames is the schema every property name of an object must match.
	PropertyNames *Schema `json:"propertyNames,omitempty"`
	// MinProperties is the least number of properties of an object.
	MinProperties *int `json:"minProperties,omitempty"`
	// AdditionalProperties is the schema of properties not named in Properties; [False]
	// allows none.
	AdditionalProperties *Schema `json:"additionalProperties,omitempty"`
	// Items is the schema of every element of an array.
	Items *Schema `json:"items,omitempty"`
	// MinItems is the least number of elements of an array.
	MinItems *int `json:"minItems,omitempty"`
	// AllOf lists schemas that must all match.
	AllOf []*Schema `json:"allOf,omitempty"`
	// AnyOf lists schemas of which at least one must match.
	AnyOf []*Schema `json:"anyOf,omitempty"`
	// OneOf lists schemas of which exactly one must match.
	OneOf []*Schema `json:"oneOf,omitempty"`
	// Not is a schema that must not match.
	Not *Schema `json:"not,omitempty"`
	// Defs holds the named definitions of a document ("$defs"), written in name order.
	Defs map[string]*Schema `json:"$defs,omitempty"`

	never bool // the boolean schema false
}

// Types is the value of "type": a single name marshals as a string, several as a list.
type Types []string

// MarshalJSON writes one type as a string and several as an array.
func (t Types) MarshalJSON() ([]byte, error) {
	if len(t) == 1 {
		return json.Marshal(t[0])
	}
	return json.Marshal([]string(t))
}

// Property is one named property of an object schema.
type Property struct {
	// Name is the JSON name.
	Name string
	// Schema is the property's schema.
	Schema *Schema
}

// Properties are the properties of an object schema, in order.
type Properties []Property

// MarshalJSON writes the properties as an object, in order.
func (p Properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, prop := range p {
		if i > 0 {
			b.WriteByte(',')
		}
		name, err := json.Marshal(prop.Name)
		if err != nil {
			return nil, err
		}
		b.Write(name)
		b.WriteByte(':')
		value, err := json.Marshal(prop.Schema)
		if err != nil {
			return nil, err
		}
		b.Write(value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Property returns the schema of the property name, or nil.
func (s *Schema) Property(name string) *Schema {
	for _, p := range s.Properties {
		if p.Name == name {
			return p.Schema
		}
	}
	return nil
}

// schemaFields is Schema without its methods, so MarshalJSON can use the default encoding.
type schemaFields Schema

// MarshalJSON writes the keywords in declaration order with "$defs" last, or false for
// the schema that matches nothing ([False]).
func (s *Schema) MarshalJSON() ([]byte, error) {
	if s.never {
		return []byte("false"), nil
	}
	return json.Marshal((*schemaFields)(s))
}

// False returns the schema that matches nothing (the boolean schema false): as
// AdditionalProperties it closes an object to properties it does not name.
func False() *Schema { return &Schema{never: true} }

// IsFalse reports whether s is the schema [False].
func (s *Schema) IsFalse() bool { return s != nil && s.never }

// Marshal returns the document indented by two spaces, with a final newline: the form of
// the committed files.
func Marshal(s *Schema) ([]byte, error) {
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func ptr[T any](v T) *T { return &v }
