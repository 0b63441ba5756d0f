package lnet

import (
	"database/sql/driver"
	"fmt"
	"strings"
)

// enumName holds the names of one value of a small enumeration: the stable identifier used
// in JSON, CSV and SQL, the Norwegian (bokmål) name and the English name.
type enumName struct{ id, nb, en string }

// enum is the table of a small enumeration type whose zero value means "unset" and whose
// defined values are 1..len(names)-1.
type enum[T ~uint8] struct {
	typ      string // what the type is called in errors, e.g. "role"
	names    []enumName
	sentinel error
}

func (e enum[T]) valid(v T) bool { return v > 0 && int(v) < len(e.names) }

func (e enum[T]) values() []T {
	out := make([]T, 0, len(e.names)-1)
	for i := 1; i < len(e.names); i++ {
		out = append(out, T(i))
	}
	return out
}

func (e enum[T]) id(v T) string {
	if v == 0 {
		return ""
	}
	if !e.valid(v) {
		return fmt.Sprintf("%s(%d)", e.typ, uint8(v))
	}
	return e.names[v].id
}

func (e enum[T]) nb(v T) string {
	if !e.valid(v) {
		return e.id(v)
	}
	return e.names[v].nb
}

func (e enum[T]) en(v T) string {
	if !e.valid(v) {
		return e.id(v)
	}
	return e.names[v].en
}

func (e enum[T]) parse(text string) (T, error) {
	for i := 1; i < len(e.names); i++ {
		if text == e.names[i].id {
			return T(i), nil
		}
	}
	ids := make([]string, 0, len(e.names)-1)
	for i := 1; i < len(e.names); i++ {
		ids = append(ids, fmt.Sprintf("%q", e.names[i].id))
	}
	return 0, parseError(e.typ, text, "want one of "+strings.Join(ids, ", "), e.sentinel)
}

func (e enum[T]) marshal(v T) ([]byte, error) {
	if v != 0 && !e.valid(v) {
		return nil, parseError(e.typ, e.id(v), "not a defined value", e.sentinel)
	}
	return []byte(e.id(v)), nil
}

func (e enum[T]) unmarshal(b []byte, dst *T) error {
	if len(b) == 0 {
		*dst = 0
		return nil
	}
	v, err := e.parse(string(b))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

func (e enum[T]) value(v T) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := e.marshal(v)
	return string(b), err
}

func (e enum[T]) scan(src any, dst *T) error {
	switch s := src.(type) {
	case nil:
		*dst = 0
		return nil
	case string:
		return e.unmarshal([]byte(s), dst)
	case []byte:
		return e.unmarshal(s, dst)
	}
	return parseError(e.typ, fmt.Sprintf("%T", src), "cannot scan this type", e.sentinel)
}
