// Package jsondate checks the date fields of a JSON object strictly. The date type the SDK
// uses, github.com/rickb777/date/v2, decodes "2018-02-30" as 2018-03-02 and also accepts
// "20180213", "+2018-02-13" and "2018-02-13T10:00"; at the JSON boundary the SDK accepts only
// a real calendar day written YYYY-MM-DD, so that nothing is guessed. Each model's
// UnmarshalJSON decodes as usual and then runs Check on its own date fields.
package jsondate

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/rickb777/date/v2"
)

// Decode decodes the JSON object b into v, rejecting unknown fields, and then checks the
// named date fields with [Check]. A bad date comes back as bad = true with the field and its
// text, for the caller to report in its own error type; err is the decoder's error.
func Decode(b []byte, v any, dateFields ...string) (field, value string, bad bool, err error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return "", "", false, err
	}
	field, value, ok := Check(b, dateFields...)
	return field, value, !ok, nil
}

// Check returns the name and value of the first of the named fields of the JSON object b
// whose value is a string that is not exactly a calendar date YYYY-MM-DD, and ok = false;
// ok is true when every such field is a proper date, null, or absent. Field names match
// case-insensitively, as encoding/json matches them.
func Check(b []byte, fields ...string) (field, value string, ok bool) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return "", "", true // not an object: the decoder has reported it already
	}
	for key, raw := range obj {
		for _, f := range fields {
			if !strings.EqualFold(key, f) {
				continue
			}
			var s string
			if string(raw) == "null" || json.Unmarshal(raw, &s) != nil {
				continue // not a string: the decoder has reported it already
			}
			if !Valid(s) {
				return f, s, false
			}
		}
	}
	return "", "", true
}

// Valid reports whether s is exactly a calendar date written YYYY-MM-DD, such as
// "2018-09-13"; "2018-02-30", "2018-9-13" and "20180913" are not.
func Valid(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	d, err := date.ParseISO(s)
	return err == nil && d.String() == s
}
