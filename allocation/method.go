package allocation

import (
	"strconv"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Method is the rounding rule (fordelingsmetode) that turns exact quotas into whole units.
// The zero value is [LargestRemainder], the method of the specification.
type Method uint8

const (
	// LargestRemainder (største rest; Hamilton/Hare) gives each recipient the whole part of
	// its exact quota and the remaining units to the largest fractional parts. It keeps every
	// amount within one unit of its quota, but can show the Alabama paradox (see the package
	// documentation). JSON "largest_remainder".
	LargestRemainder Method = iota
	// SainteLague (Sainte-Laguës metode; Webster) is the divisor method with divisors
	// s + ½: amounts are monotone in the pot. JSON "sainte_lague" ("webster" is accepted).
	SainteLague
	// DHondt (d'Hondts metode; Jefferson) is the divisor method with divisors s + 1; it
	// favours large recipients and is monotone in the pot. JSON "dhondt" ("jefferson" is
	// accepted).
	DHondt
)

var methodNames = [...]string{"largest_remainder", "sainte_lague", "dhondt"}

// ParseMethod parses "largest_remainder", "sainte_lague" (or "webster") or "dhondt" (or
// "jefferson"); "" is the zero value, [LargestRemainder].
func ParseMethod(s string) (Method, error) {
	switch s {
	case "", "largest_remainder":
		return LargestRemainder, nil
	case "sainte_lague", "webster":
		return SainteLague, nil
	case "dhondt", "jefferson":
		return DHondt, nil
	}
	return 0, &FieldError{Path: "method", Value: s, Reason: `want "largest_remainder", "sainte_lague" or "dhondt"`, Err: ErrInvalidMethod}
}

// Valid reports whether m is a defined method.
func (m Method) Valid() bool { return int(m) < len(methodNames) }

// String returns the JSON identifier, e.g. "largest_remainder".
func (m Method) String() string {
	if !m.Valid() {
		return "method(" + strconv.Itoa(int(m)) + ")"
	}
	return methodNames[m]
}

// Norwegian returns the Norwegian name, e.g. "største brøks metode".
func (m Method) Norwegian() string {
	switch m {
	case LargestRemainder:
		return "største brøks metode"
	case SainteLague:
		return "Sainte-Laguës metode"
	case DHondt:
		return "d'Hondts metode"
	}
	return m.String()
}

// Nynorsk returns the Norwegian nynorsk name, e.g. "største brøks metode".
func (m Method) Nynorsk() string {
	switch m {
	case LargestRemainder:
		return "største brøks metode"
	case SainteLague:
		return "Sainte-Laguës metode"
	case DHondt:
		return "d'Hondts metode"
	}
	return m.String()
}

// In returns the name in lang: bokmål, nynorsk or English.
func (m Method) In(lang lnet.Language) string {
	return lang.Pick(m.Norwegian(), m.Nynorsk(), m.English())
}

// English returns the English name, e.g. "largest remainder".
func (m Method) English() string {
	switch m {
	case LargestRemainder:
		return "largest remainder"
	case SainteLague:
		return "Sainte-Laguë (Webster)"
	case DHondt:
		return "D'Hondt (Jefferson)"
	}
	return m.String()
}

// MarshalText implements [encoding.TextMarshaler].
func (m Method) MarshalText() ([]byte, error) {
	if !m.Valid() {
		return nil, &FieldError{Path: "method", Value: m.String(), Reason: "undefined method", Err: ErrInvalidMethod}
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMethod].
func (m *Method) UnmarshalText(b []byte) error {
	v, err := ParseMethod(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
