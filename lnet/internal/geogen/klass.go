package geogen

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/rickb777/date/v2"
)

// ErrInput reports raw input that is malformed or inconsistent. Every error of this package
// wraps it.
var ErrInput = errors.New("geogen: bad input")

// unknownCode is KLASS 131's code for "Uoppgitt" (unknown); it is not a municipality.
const unknownCode = "9999"

// Version is one version of SSB classification 131 (kommuneinndeling): the municipalities in
// force from ValidFrom until the day before ValidTo.
type Version struct {
	// Name is the version's name, e.g. "Kommuneinndeling 2020".
	Name string
	// ValidFrom is the first day the version is in force.
	ValidFrom date.Date
	// ValidTo is the first day the version is no longer in force (exclusive, as KLASS gives
	// it); nil if the version is open-ended.
	ValidTo *date.Date
	// Items are the municipalities, without code 9999 "Uoppgitt", in input order.
	Items []Item
}

// Item is one municipality (kommune) in a version: a four-digit code and its name.
type Item struct {
	// Code is the four-digit municipality code (kommunenummer), e.g. "4622".
	Code string
	// Name is the name as KLASS writes it, parallel Sami/Kven forms included.
	Name string
}

// Change is one record of KLASS 131's change table: OldCode became (part of) NewCode on
// Occurred. Renames keep the code.
type Change struct {
	// OldCode and OldName are the municipality before the change.
	OldCode, OldName string
	// NewCode and NewName are the municipality after it.
	NewCode, NewName string
	// Occurred is the day the change took effect (changeOccurred).
	Occurred date.Date
}

type klassVersionJSON struct {
	Name      string  `json:"name"`
	ValidFrom string  `json:"validFrom"`
	ValidTo   *string `json:"validTo"`
	Items     []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	} `json:"classificationItems"`
}

// ParseKlassVersion parses one KLASS 131 version as served by SSB's API
// (/classifications/131 versions). Only name, validFrom, validTo and the code and name of
// each classification item are read; code 9999 "Uoppgitt" is dropped. It rejects malformed
// dates and codes, empty names, duplicate codes and versions that end before they start.
func ParseKlassVersion(b []byte) (Version, error) {
	var raw klassVersionJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return Version{}, fmt.Errorf("%w: KLASS version: %v", ErrInput, err)
	}
	v := Version{Name: strings.TrimSpace(raw.Name)}
	if v.Name == "" {
		return Version{}, fmt.Errorf("%w: KLASS version: missing name", ErrInput)
	}
	from, err := parseDay(raw.ValidFrom)
	if err != nil {
		return Version{}, fmt.Errorf("%w: KLASS version %q: validFrom: %v", ErrInput, v.Name, err)
	}
	v.ValidFrom = from
	if raw.ValidTo != nil {
		to, err := parseDay(*raw.ValidTo)
		if err != nil {
			return Version{}, fmt.Errorf("%w: KLASS version %q: validTo: %v", ErrInput, v.Name, err)
		}
		if to <= from {
			return Version{}, fmt.Errorf("%w: KLASS version %q: validTo %s not after validFrom %s", ErrInput, v.Name, to, from)
		}
		v.ValidTo = &to
	}
	seen := make(map[string]bool, len(raw.Items))
	for i, it := range raw.Items {
		code, name := strings.TrimSpace(it.Code), strings.TrimSpace(it.Name)
		if !isCode(code, 4) {
			return Version{}, fmt.Errorf("%w: KLASS version %q: item %d: code %q is not four digits", ErrInput, v.Name, i, it.Code)
		}
		if code == unknownCode {
			continue
		}
		if name == "" {
			return Version{}, fmt.Errorf("%w: KLASS version %q: item %s: empty name", ErrInput, v.Name, code)
		}
		if seen[code] {
			return Version{}, fmt.Errorf("%w: KLASS version %q: duplicate code %s", ErrInput, v.Name, code)
		}
		seen[code] = true
		v.Items = append(v.Items, Item{Code: code, Name: name})
	}
	if len(v.Items) == 0 {
		return Version{}, fmt.Errorf("%w: KLASS version %q: no municipalities", ErrInput, v.Name)
	}
	return v, nil
}

type klassChangesJSON struct {
	Changes *[]struct {
		OldCode        string `json:"oldCode"`
		OldName        string `json:"oldName"`
		NewCode        string `json:"newCode"`
		NewName        string `json:"newName"`
		ChangeOccurred string `json:"changeOccurred"`
	} `json:"codeChanges"`
}

// ParseChanges parses KLASS 131's change table (/classifications/131/changes): the
// codeChanges array of oldCode, oldName, newCode, newName and changeOccurred.
func ParseChanges(b []byte) ([]Change, error) {
	var raw klassChangesJSON
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%w: KLASS changes: %v", ErrInput, err)
	}
	if raw.Changes == nil {
		return nil, fmt.Errorf("%w: KLASS changes: missing codeChanges", ErrInput)
	}
	out := make([]Change, 0, len(*raw.Changes))
	for i, c := range *raw.Changes {
		ch := Change{
			OldCode: strings.TrimSpace(c.OldCode), OldName: strings.TrimSpace(c.OldName),
			NewCode: strings.TrimSpace(c.NewCode), NewName: strings.TrimSpace(c.NewName),
		}
		if !isCode(ch.OldCode, 4) || !isCode(ch.NewCode, 4) {
			return nil, fmt.Errorf("%w: KLASS changes: record %d: codes %q → %q are not four digits", ErrInput, i, c.OldCode, c.NewCode)
		}
		d, err := parseDay(c.ChangeOccurred)
		if err != nil {
			return nil, fmt.Errorf("%w: KLASS changes: record %d (%s → %s): changeOccurred: %v", ErrInput, i, ch.OldCode, ch.NewCode, err)
		}
		ch.Occurred = d
		out = append(out, ch)
	}
	return out, nil
}

// parseDay parses exactly YYYY-MM-DD and rejects dates that do not exist (2023-02-30).
func parseDay(s string) (date.Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !isCode(s[:4], 4) || !isCode(s[5:7], 2) || !isCode(s[8:], 2) {
		return 0, fmt.Errorf("%q is not a YYYY-MM-DD date", s)
	}
	d, err := date.ParseISO(s)
	if err != nil || d.String() != s {
		return 0, fmt.Errorf("%q is not a calendar date", s)
	}
	return d, nil
}

// isCode reports whether s is exactly n ASCII digits.
func isCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
