package jsonschema_test

import (
	"fmt"
	"reflect"

	"github.com/laeringsnettverk/sdk/internal/jsonschema"
)

// Budget is a fixture: one line of a budget.
type Budget struct {
	// Cost is the line's cost in kroner.
	Cost string `json:"cost"`
	// Note is free text.
	Note string `json:"note,omitempty"`
}

func ExampleGenerator_Document() {
	g := jsonschema.New(nil)
	g.Field(reflect.TypeFor[Budget](), "cost", func(s *jsonschema.Schema) *jsonschema.Schema {
		s.Pattern = `^[0-9]+(\.[0-9]{2})?$`
		return s
	})
	doc, err := g.Document(reflect.TypeFor[Budget](), "https://example.org/budget.json", "Budget line")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := jsonschema.Marshal(doc)
	fmt.Print(string(b))
	// Output:
	// {
	//   "$schema": "https://json-schema.org/draft/2020-12/schema",
	//   "$id": "https://example.org/budget.json",
	//   "title": "Budget line",
	//   "type": "object",
	//   "properties": {
	//     "cost": {
	//       "type": "string",
	//       "pattern": "^[0-9]+(\\.[0-9]{2})?$"
	//     },
	//     "note": {
	//       "type": "string"
	//     }
	//   },
	//   "required": [
	//     "cost"
	//   ],
	//   "additionalProperties": false
	// }
}

// Season is a fixture: an enumeration whose zero value is unset.
type Season uint8

// Valid reports whether s is spring or autumn.
func (s Season) Valid() bool { return s == 1 || s == 2 }

// MarshalText writes "spring" or "autumn".
func (s Season) MarshalText() ([]byte, error) {
	if !s.Valid() {
		return nil, fmt.Errorf("season(%d)", s)
	}
	return []byte([...]string{"", "spring", "autumn"}[s]), nil
}

func ExampleEnum() {
	s, err := jsonschema.Enum(jsonschema.ValidValues[Season]())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Type, s.Enum)
	// Output: [string] [spring autumn]
}
