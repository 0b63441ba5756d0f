package strictjson

import (
	"encoding"
	"reflect"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/jsondate"
)

// StringHook returns a hook for a type with an UnmarshalText method whose JSON form is a
// string matching form: another JSON type, or a string form refuses, is an error that says
// want; then UnmarshalText parses it.
func StringHook(form func([]byte) bool, want string) Hook {
	return func(d *Decoder, v reflect.Value) error {
		s, err := d.String()
		if err != nil {
			return err
		}
		if !form(s) {
			return d.Fail(ErrValue, string(s), "want "+want)
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText(s); err != nil {
			return d.Fail(err, string(s), reason(err))
		}
		return nil
	}
}

// WantAmount describes [AmountForm] for messages.
const WantAmount = `an amount as the SDK writes it: a string of whole kroner ("450000") or with two decimals ("950000.50")`

// AmountForm reports whether s is an amount as the SDK writes it, the schemas' Amount:
// ^(0|[1-9][0-9]{0,14})(\.[0-9]{2})?$.
func AmountForm(s []byte) bool {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || i > 15 || i > 1 && s[0] == '0' {
		return false
	}
	rest := s[i:]
	return len(rest) == 0 || len(rest) == 3 && rest[0] == '.' && isDigit(rest[1]) && isDigit(rest[2])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// DateHook reads a github.com/rickb777/date/v2 date: a JSON string that is exactly a
// calendar day YYYY-MM-DD ("2018-02-30" is an error, not 2018-03-02).
func DateHook(d *Decoder, v reflect.Value) error {
	s, err := d.String()
	if err != nil {
		return err
	}
	if !jsondate.Valid(string(s)) {
		return d.Fail(ErrValue, string(s), "not a calendar date in the form YYYY-MM-DD")
	}
	day, err := date.ParseISO(string(s))
	if err != nil {
		return d.Fail(ErrValue, string(s), "not a calendar date in the form YYYY-MM-DD")
	}
	v.Set(reflect.ValueOf(day))
	return nil
}

// DateType is the type [DateHook] decodes.
func DateType() reflect.Type { return reflect.TypeFor[date.Date]() }
