package calendar

import (
	"fmt"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// enumName holds the names of one value of a small enumeration: the stable identifier used
// in JSON, the Norwegian (bokmål) name and the English name.
type enumName struct{ id, nb, en string }

// enum is the table of a small enumeration type whose zero value means "unset" and whose
// defined values are 1..len(names)-1.
type enum[T ~uint8] struct {
	typ      string // what the type is called in errors, e.g. "event kind"
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

// parseError returns an [lnet.ParseError] for input, cut to 64 bytes.
func parseError(typ, input, reason string, sentinel error) *lnet.ParseError {
	if len(input) > 64 {
		input = strings.ToValidUTF8(input[:64], "") + "…"
	}
	return &lnet.ParseError{Type: typ, Input: input, Reason: reason, Err: sentinel}
}
