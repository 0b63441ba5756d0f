// Package enum is the table behind the SDK's small enumeration types (schemes, roles,
// partner kinds, event kinds, severities, …): a stable identifier for JSON, CSV and SQL,
// a Norwegian bokmål, an English and a Norwegian nynorsk name per value, and the parsing, marshalling
// and scanning every such type needs. It is internal: each package exposes typed methods
// that delegate to a Table.
package enum

import (
	"database/sql/driver"
	"fmt"
	"strings"
)

// Name holds the names of one value: {identifier, Norwegian bokmål name, English name,
// Norwegian nynorsk name}. It is an array so that tables read as plain rows of strings; the
// nynorsk name comes last so that a row written before nynorsk was added still compiles,
// and the tables' tests then find it without a nynorsk name.
type Name [4]string

// Table describes an enumeration type T whose values are the indexes of Names. Names[0]
// belongs to the zero value: when ZeroValid is false the zero value means "unset" (it
// marshals as "" and "" unmarshals to it), and Names[0] is ignored.
type Table[T ~uint8] struct {
	// Type is what the type is called in error messages, e.g. "scheme".
	Type string
	// Names are the names of the values, indexed by value.
	Names []Name
	// ZeroValid reports that the zero value is a defined value (e.g. a language whose zero
	// value is bokmål) rather than "unset".
	ZeroValid bool
	// Err builds the error for a bad input; the package that owns the type decides its
	// error type and sentinel.
	Err func(input, reason string) error
}

func (t Table[T]) first() int {
	if t.ZeroValid {
		return 0
	}
	return 1
}

// Valid reports whether v is a defined value.
func (t Table[T]) Valid(v T) bool { return int(v) >= t.first() && int(v) < len(t.Names) }

// Values returns the defined values in order.
func (t Table[T]) Values() []T {
	out := make([]T, 0, len(t.Names))
	for i := t.first(); i < len(t.Names); i++ {
		out = append(out, T(i))
	}
	return out
}

// ID returns the identifier of v; "" for an unset zero value and "type(n)" for an
// undefined value.
func (t Table[T]) ID(v T) string {
	if !t.Valid(v) {
		if v == 0 {
			return ""
		}
		return fmt.Sprintf("%s(%d)", t.Type, uint8(v))
	}
	return t.Names[v][0]
}

// Norwegian returns the Norwegian (bokmål) name of v, or its ID if v is not defined.
func (t Table[T]) Norwegian(v T) string {
	if !t.Valid(v) {
		return t.ID(v)
	}
	return t.Names[v][1]
}

// English returns the English name of v, or its ID if v is not defined.
func (t Table[T]) English(v T) string {
	if !t.Valid(v) {
		return t.ID(v)
	}
	return t.Names[v][2]
}

// Nynorsk returns the Norwegian nynorsk name of v, or its ID if v is not defined. A defined
// value whose row has no nynorsk name gives "" (the tables' tests forbid it).
func (t Table[T]) Nynorsk(v T) string {
	if !t.Valid(v) {
		return t.ID(v)
	}
	return t.Names[v][3]
}

// Missing returns the identifiers of the defined values that lack a name in one of the
// three languages, for tests that require every name.
func (t Table[T]) Missing() []string {
	var out []string
	for i := t.first(); i < len(t.Names); i++ {
		n := t.Names[i]
		if n[0] == "" || n[1] == "" || n[2] == "" || n[3] == "" {
			out = append(out, fmt.Sprintf("%s %q", t.Type, n[0]))
		}
	}
	return out
}

// Parse returns the value whose identifier is text.
func (t Table[T]) Parse(text string) (T, error) {
	ids := make([]string, 0, len(t.Names))
	for i := t.first(); i < len(t.Names); i++ {
		if text == t.Names[i][0] {
			return T(i), nil
		}
		ids = append(ids, fmt.Sprintf("%q", t.Names[i][0]))
	}
	return 0, t.Err(text, "want one of "+strings.Join(ids, ", "))
}

// Marshal returns the identifier of v as text; an unset zero value marshals as "".
func (t Table[T]) Marshal(v T) ([]byte, error) {
	if v == 0 && !t.ZeroValid {
		return []byte{}, nil
	}
	if !t.Valid(v) {
		return nil, t.Err(t.ID(v), "not a defined value")
	}
	return []byte(t.Names[v][0]), nil
}

// Unmarshal parses an identifier into dst; "" unmarshals as an unset zero value.
func (t Table[T]) Unmarshal(b []byte, dst *T) error {
	if len(b) == 0 && !t.ZeroValid {
		*dst = 0
		return nil
	}
	v, err := t.Parse(string(b))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Value implements [driver.Valuer] for v: the identifier as text, NULL for an unset zero
// value.
func (t Table[T]) Value(v T) (driver.Value, error) {
	if v == 0 && !t.ZeroValid {
		return nil, nil
	}
	b, err := t.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Scan implements [database/sql.Scanner] into dst from text or bytes; NULL scans as an
// unset zero value.
func (t Table[T]) Scan(src any, dst *T) error {
	switch s := src.(type) {
	case nil:
		if t.ZeroValid {
			return t.Err("NULL", "NULL is not a value")
		}
		*dst = 0
		return nil
	case string:
		return t.Unmarshal([]byte(s), dst)
	case []byte:
		return t.Unmarshal(s, dst)
	}
	return t.Err(fmt.Sprintf("%T", src), "cannot scan this type")
}
