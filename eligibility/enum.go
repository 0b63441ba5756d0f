package eligibility

import (
	"fmt"
	"strings"
)

// names holds the names of one value of a small enumeration: the stable identifier used in
// JSON, the Norwegian (bokmål) name and the English name.
type names struct{ id, nb, en string }

// enum is the table of a small enumeration type whose defined values are first..len(table)-1.
// Index 0 is the zero value; first is 1 when the zero value means "unset".
type enum[T ~uint8] struct {
	typ   string
	first int
	table []names
}

func (e enum[T]) valid(v T) bool { return int(v) >= e.first && int(v) < len(e.table) }

func (e enum[T]) id(v T) string {
	if !e.valid(v) {
		if v == 0 {
			return ""
		}
		return fmt.Sprintf("%s(%d)", e.typ, uint8(v))
	}
	return e.table[v].id
}

func (e enum[T]) in(v T, lang Language) string {
	if !e.valid(v) {
		return e.id(v)
	}
	if lang == English {
		return e.table[v].en
	}
	return e.table[v].nb
}

func (e enum[T]) parse(text string) (T, error) {
	ids := make([]string, 0, len(e.table))
	for i := e.first; i < len(e.table); i++ {
		if text == e.table[i].id {
			return T(i), nil
		}
		ids = append(ids, fmt.Sprintf("%q", e.table[i].id))
	}
	return 0, fmt.Errorf("%w: %s %q: want one of %s", ErrInvalidValue, e.typ, clip(text), strings.Join(ids, ", "))
}

// marshal returns the identifier of v; the zero value of a type whose zero means "unset"
// marshals as "".
func (e enum[T]) marshal(v T) ([]byte, error) {
	if v == 0 && e.first == 1 {
		return []byte{}, nil
	}
	if !e.valid(v) {
		return nil, fmt.Errorf("%w: %s %d is not defined", ErrInvalidValue, e.typ, uint8(v))
	}
	return []byte(e.table[v].id), nil
}

// unmarshal parses an identifier into dst; "" unmarshals as the zero value of a type whose
// zero means "unset".
func (e enum[T]) unmarshal(b []byte, dst *T) error {
	if len(b) == 0 && e.first == 1 {
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

// clip shortens text quoted in an error message to 64 bytes.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
