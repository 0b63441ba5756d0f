package jsonschema

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// code is a small text-marshalling type, like the SDK's codes.
type code uint16

func (c code) MarshalText() ([]byte, error) { return []byte("0301"), nil }

// colour is an enumeration with an unset zero value.
type colour uint8

func (c colour) Valid() bool { return c >= 1 && c <= 3 }

func (c colour) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.Valid() {
		return nil, errors.New("no such colour")
	}
	return []byte([...]string{"", "red", "green", "blue"}[c]), nil
}

type inner struct {
	Name string `json:"name"`
}

type sample struct {
	Text      string            `json:"text"`
	Optional  string            `json:"optional,omitempty"`
	Zero      int               `json:"zero,omitzero"`
	Struct    inner             `json:"struct,omitempty"` // encoding/json writes it anyway
	Pointer   *inner            `json:"pointer"`
	OmitPtr   *inner            `json:"omit_ptr,omitempty"`
	List      []code            `json:"list"`
	Map       map[code]int      `json:"map,omitempty"`
	Colours   []colour          `json:"colours,omitempty"`
	Unsigned  uint64            `json:"unsigned"`
	Flag      bool              `json:"flag"`
	Skipped   string            `json:"-"`
	unexposed string            // not marshalled
	Strings   map[string]string `json:"strings,omitempty"`
}

func newTestGenerator(t *testing.T) *Generator {
	g := New(nil)
	g.Define(reflect.TypeFor[code](), "Code", &Schema{Type: Types{"string"}, Pattern: `^[0-9]{4}$`})
	s, err := Enum(ValidValues[colour]())
	require.NoError(t, err)
	g.Define(reflect.TypeFor[colour](), "Colour", s)
	return g
}

func TestDocumentRequiredAndNullable(t *testing.T) {
	_ = sample{unexposed: "left out"}.unexposed
	g := newTestGenerator(t)
	doc, err := g.Document(reflect.TypeFor[sample](), "https://example.org/sample.json", "Sample")
	require.NoError(t, err)
	require.Equal(t, Draft, doc.SchemaURI)
	require.Equal(t, []string{"text", "struct", "pointer", "list", "unsigned", "flag"}, doc.Required)
	require.True(t, doc.AdditionalProperties.IsFalse())

	names := make([]string, len(doc.Properties))
	for i, p := range doc.Properties {
		names[i] = p.Name
	}
	require.Equal(t, []string{"text", "optional", "zero", "struct", "pointer", "omit_ptr", "list", "map", "colours", "unsigned", "flag", "strings"}, names)

	tests := []struct {
		property string
		want     string
	}{
		{"text", `{"type":"string"}`},
		{"struct", `{"$ref":"#/$defs/inner"}`},
		{"pointer", `{"anyOf":[{"$ref":"#/$defs/inner"},{"type":"null"}]}`},
		{"omit_ptr", `{"$ref":"#/$defs/inner"}`},
		{"list", `{"anyOf":[{"type":"array","items":{"$ref":"#/$defs/Code"}},{"type":"null"}]}`},
		{"map", `{"type":"object","propertyNames":{"$ref":"#/$defs/Code"},"additionalProperties":{"type":"integer"}}`},
		{"colours", `{"type":"array","items":{"$ref":"#/$defs/Colour"}}`},
		{"unsigned", `{"type":"integer","minimum":0}`},
		{"strings", `{"type":"object","additionalProperties":{"type":"string"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.property, func(t *testing.T) {
			got, err := json.Marshal(doc.Property(tt.property))
			require.NoError(t, err)
			require.JSONEq(t, tt.want, string(got))
		})
	}
	colours, err := json.Marshal(doc.Defs["Colour"])
	require.NoError(t, err)
	require.JSONEq(t, `{"type":"string","enum":["red","green","blue"]}`, string(colours))
	require.Contains(t, doc.Defs, "inner")
}

type wireForm struct {
	A string `json:"a"`
	B int    `json:"b" schema:"optional"`
	C []int  `json:"c" schema:"notnull"`
}

type selfMarshalling struct{}

func (selfMarshalling) MarshalJSON() ([]byte, error) { return []byte(`{"a":"x","b":1,"c":[]}`), nil }

type holder struct {
	Value selfMarshalling `json:"value"`
}

func TestMirror(t *testing.T) {
	for _, strict := range []bool{false, true} {
		g := New(nil)
		g.AllRequired = strict
		g.Mirror(reflect.TypeFor[selfMarshalling](), reflect.TypeFor[wireForm]())
		doc, err := g.Document(reflect.TypeFor[holder](), "", "")
		require.NoError(t, err)
		def := doc.Defs["selfMarshalling"]
		require.NotNil(t, def)
		if strict {
			require.Equal(t, []string{"a", "b", "c"}, def.Required)
		} else {
			require.Equal(t, []string{"a", "c"}, def.Required)
		}
		require.Nil(t, def.Property("c").AnyOf, "notnull")
	}
}

type withFloat struct {
	F float64 `json:"f"`
}

type withAny struct {
	V any `json:"v"`
}

type untagged struct {
	Name string
}

type withUnregistered struct {
	C code `json:"c"`
}

type withStringOption struct {
	N int `json:"n,string"`
}

type namedString string

type withNamed struct {
	N namedString `json:"n"`
}

func TestDocumentErrors(t *testing.T) {
	tests := []struct {
		name string
		typ  reflect.Type
		want string
	}{
		{"float", reflect.TypeFor[withFloat](), "float64"},
		{"interface", reflect.TypeFor[withAny](), "interface"},
		{"untagged", reflect.TypeFor[untagged](), "no json tag"},
		{"unregistered marshaler", reflect.TypeFor[withUnregistered](), "register it"},
		{"string option", reflect.TypeFor[withStringOption](), `option "string"`},
		{"named string", reflect.TypeFor[withNamed](), "register its form"},
		{"self-marshalling struct", reflect.TypeFor[holder](), "marshals itself"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(nil).Document(tt.typ, "", "")
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.want)
		})
	}
}

type clashA struct {
	Name string `json:"name"`
}

type clashB struct {
	X code  `json:"x"`
	Y inner `json:"y"`
}

func TestDefinitionNameClash(t *testing.T) {
	g := New(nil)
	g.Define(reflect.TypeFor[code](), "inner", &Schema{Type: Types{"string"}})
	_, err := g.Document(reflect.TypeFor[clashB](), "", "")
	require.ErrorContains(t, err, `both want the definition name "inner"`)
}

func TestFieldEdit(t *testing.T) {
	g := New(nil)
	g.Field(reflect.TypeFor[clashA](), "name", func(s *Schema) *Schema {
		s.Pattern = "^[a-z]+$"
		return s
	})
	doc, err := g.Document(reflect.TypeFor[clashA](), "", "")
	require.NoError(t, err)
	require.Equal(t, "^[a-z]+$", doc.Property("name").Pattern)

	g.Field(reflect.TypeFor[clashA](), "nmae", func(s *Schema) *Schema { return s })
	_, err = g.Document(reflect.TypeFor[clashA](), "", "")
	require.ErrorContains(t, err, "no such property")
}

type tree struct {
	Children []tree `json:"children,omitempty"`
}

func TestRecursiveRoot(t *testing.T) {
	doc, err := New(nil).Document(reflect.TypeFor[tree](), "", "")
	require.NoError(t, err)
	require.Equal(t, "#", doc.Property("children").Items.Ref)
}

func TestEnum(t *testing.T) {
	_, err := Enum([]colour{0})
	require.ErrorContains(t, err, "empty string")
	_, err = Enum([]colour{7})
	require.ErrorContains(t, err, "no such colour")
	_, err = Enum([]colour{})
	require.ErrorContains(t, err, "without values")
	require.Equal(t, []colour{1, 2, 3}, ValidValues[colour]())
}

func TestMarshal(t *testing.T) {
	s := &Schema{
		SchemaURI: Draft, ID: "https://example.org/x.json", Type: Types{"object"},
		Properties: Properties{{"z", &Schema{Type: Types{"string", "null"}}}, {"a", &Schema{Ref: "#/$defs/A"}}},
		Required:   []string{"z"}, AdditionalProperties: False(),
		Defs: map[string]*Schema{"B": {Type: Types{"integer"}}, "A": {Type: Types{"string"}}},
	}
	b, err := Marshal(s)
	require.NoError(t, err)
	want := `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://example.org/x.json",
  "type": "object",
  "properties": {
    "z": {
      "type": [
        "string",
        "null"
      ]
    },
    "a": {
      "$ref": "#/$defs/A"
    }
  },
  "required": [
    "z"
  ],
  "additionalProperties": false,
  "$defs": {
    "A": {
      "type": "string"
    },
    "B": {
      "type": "integer"
    }
  }
}
`
	require.Equal(t, want, string(b))
	require.Nil(t, (&Schema{}).Property("missing"))
}

func TestDocs(t *testing.T) {
	docs, err := ParseDocs(map[string]string{"example.org/docs": "testdata/docs"})
	require.NoError(t, err)
	type Grant struct{} // stands in for the type in testdata/docs
	typ := reflect.TypeFor[Grant]()
	// A local type has this package's path; look the parsed names up directly.
	require.Equal(t, "", docs.Type(typ))
	require.Equal(t, "Grant is an award (tilskudd). See Network.ProjectFor.", docs.types["example.org/docs.Grant"])
	require.Equal(t, "Amount is the amount granted, more than lnet.NOK zero.", docs.fields["example.org/docs.Grant.Amount"])
	require.Equal(t, "", docs.fields["example.org/docs.Grant.Undocumented"])

	var none *Docs
	require.Equal(t, "", none.Type(typ))
	require.Equal(t, "", none.Field(typ, "Amount"))

	_, err = ParseDocs(map[string]string{"example.org/none": "testdata/none"})
	require.Error(t, err)
	require.True(t, strings.Contains(err.Error(), "no Go files"))
}
