package calendar

import (
	"encoding/json"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Eves is a set of the common non-working days that are not public holidays: Holy Saturday
// (påskeaften), Christmas Eve (julaften) and New Year's Eve (nyttårsaften). Many offices and
// municipalities close on them; the law does not. The zero value is the empty set. In JSON it
// is a list of identifiers: ["christmas_eve","new_years_eve"].
type Eves uint8

const (
	// EveHolySaturday is Holy Saturday (påskeaften), always a Saturday.
	EveHolySaturday Eves = 1 << iota
	// EveChristmas is 24 December (julaften).
	EveChristmas
	// EveNewYear is 31 December (nyttårsaften).
	EveNewYear

	// AllEves is the set of the three eves, the usual practice of public offices.
	AllEves = EveHolySaturday | EveChristmas | EveNewYear
)

// eveKinds pairs each eve with its holiday kind, in a stable order.
var eveKinds = [...]struct {
	eve  Eves
	kind HolidayKind
}{
	{EveHolySaturday, HolySaturday},
	{EveChristmas, ChristmasEve},
	{EveNewYear, NewYearsEve},
}

// Has reports whether the set contains every eve in x.
func (e Eves) Has(x Eves) bool { return e&x == x }

// Kinds returns the holiday kinds of the eves in the set.
func (e Eves) Kinds() []HolidayKind {
	var out []HolidayKind
	for _, ek := range eveKinds {
		if e.Has(ek.eve) {
			out = append(out, ek.kind)
		}
	}
	return out
}

// String returns the identifiers joined by commas, e.g. "christmas_eve,new_years_eve".
func (e Eves) String() string {
	var ids []string
	for _, k := range e.Kinds() {
		ids = append(ids, k.String())
	}
	return strings.Join(ids, ",")
}

// ParseEves parses a comma-separated list of eve identifiers ("holy_saturday",
// "christmas_eve", "new_years_eve"); "" is the empty set.
func ParseEves(text string) (Eves, error) {
	var out Eves
	if text == "" {
		return 0, nil
	}
	for _, part := range strings.Split(text, ",") {
		k, err := ParseHolidayKind(strings.TrimSpace(part))
		found := false
		for _, ek := range eveKinds {
			if err == nil && ek.kind == k {
				out |= ek.eve
				found = true
			}
		}
		if !found {
			return 0, parseError("eves", text, "want a list of \"holy_saturday\", \"christmas_eve\", \"new_years_eve\"", lnet.ErrInvalidValue)
		}
	}
	return out, nil
}

// MarshalJSON writes the set as a JSON list of identifiers.
func (e Eves) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('[')
	for i, k := range e.Kinds() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + k.String() + `"`)
	}
	b.WriteByte(']')
	return []byte(b.String()), nil
}

// UnmarshalJSON reads a JSON list of identifiers; null is the empty set.
func (e *Eves) UnmarshalJSON(b []byte) error {
	var ids []string
	if err := json.Unmarshal(b, &ids); err != nil {
		return parseError("eves", string(b), "want a JSON list of identifiers", lnet.ErrInvalidValue)
	}
	v, err := ParseEves(strings.Join(ids, ","))
	if err != nil {
		return err
	}
	*e = v
	return nil
}
