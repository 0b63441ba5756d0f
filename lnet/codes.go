package lnet

import (
	"database/sql/driver"
	"fmt"
	"strconv"
)

// MunicipalityCode is a municipality number (kommunenummer): four digits, the first two of
// which are the county number at the time the code was in use. Codes are values: they compare
// with ==, sort with <, and serve as map keys. The zero value means "no municipality"; no
// real municipality has code 0000.
//
// A code says nothing about when it was valid: 1238 was Kvam until 2019 and 4622 is Kvam
// since 2020. Ask the register ([Register.MunicipalityOn], [Register.Successors]) for that.
type MunicipalityCode uint16

// ParseMunicipalityCode parses exactly four ASCII digits, e.g. "0301" or "4622". It does not
// consult the register: "9998" parses although no such municipality exists.
func ParseMunicipalityCode(s string) (MunicipalityCode, error) {
	n, err := parseDigits(s, 4, "municipality code")
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, parseError("municipality code", s, "0000 is not a municipality", ErrInvalidCode)
	}
	return MunicipalityCode(n), nil
}

// MustMunicipalityCode is like [ParseMunicipalityCode] but panics on error. It is meant for
// constants in tests and examples only.
func MustMunicipalityCode(s string) MunicipalityCode {
	c, err := ParseMunicipalityCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the four-digit form, e.g. "0301"; "" for the zero value.
func (c MunicipalityCode) String() string {
	if c == 0 {
		return ""
	}
	if c > 9999 {
		return strconv.Itoa(int(c))
	}
	return string([]byte{byte('0' + c/1000), byte('0' + c/100%10), byte('0' + c/10%10), byte('0' + c%10)})
}

// IsZero reports whether c is the zero value (no municipality).
func (c MunicipalityCode) IsZero() bool { return c == 0 }

// Valid reports whether c has the form of a municipality number (0001–9999).
func (c MunicipalityCode) Valid() bool { return c > 0 && c <= 9999 }

// County returns the county number encoded in the first two digits of the code. For a code
// used before a county reform this is the county of that time (1238 → 12 Hordaland).
func (c MunicipalityCode) County() CountyCode { return CountyCode(c / 100) }

// MarshalText implements [encoding.TextMarshaler]; JSON uses it, so codes marshal as
// strings ("0301") and work as map keys. The zero value marshals as "".
func (c MunicipalityCode) MarshalText() ([]byte, error) {
	if c != 0 && !c.Valid() {
		return nil, parseError("municipality code", strconv.Itoa(int(c)), "not a four-digit code", ErrInvalidCode)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMunicipalityCode]; ""
// unmarshals as the zero value.
func (c *MunicipalityCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseMunicipalityCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Value implements [driver.Valuer]: a code is stored as its four-digit text, NULL for zero.
func (c MunicipalityCode) Value() (driver.Value, error) {
	if c == 0 {
		return nil, nil
	}
	return c.String(), nil
}

// Scan implements [database/sql.Scanner] for text, bytes and integers; NULL scans as zero.
func (c *MunicipalityCode) Scan(src any) error {
	n, err := scanCode(src, 4, "municipality code")
	if err != nil {
		return err
	}
	*c = MunicipalityCode(n)
	return nil
}

// CountyCode is a county number (fylkesnummer): two digits, e.g. 12 Hordaland (until 2019),
// 46 Vestland (from 2020). The zero value means "no county".
type CountyCode uint8

// ParseCountyCode parses exactly two ASCII digits, e.g. "03" or "46".
func ParseCountyCode(s string) (CountyCode, error) {
	n, err := parseDigits(s, 2, "county code")
	if err != nil {
		return 0, err
	}
	if n == 0 {
		return 0, parseError("county code", s, "00 is not a county", ErrInvalidCode)
	}
	return CountyCode(n), nil
}

// MustCountyCode is like [ParseCountyCode] but panics on error; for tests and examples.
func MustCountyCode(s string) CountyCode {
	c, err := ParseCountyCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the two-digit form, e.g. "03"; "" for the zero value.
func (c CountyCode) String() string {
	if c == 0 {
		return ""
	}
	if c > 99 {
		return strconv.Itoa(int(c))
	}
	return string([]byte{byte('0' + c/10), byte('0' + c%10)})
}

// IsZero reports whether c is the zero value (no county).
func (c CountyCode) IsZero() bool { return c == 0 }

// Valid reports whether c has the form of a county number (01–99).
func (c CountyCode) Valid() bool { return c > 0 && c <= 99 }

// MarshalText implements [encoding.TextMarshaler] ("03"); the zero value marshals as "".
func (c CountyCode) MarshalText() ([]byte, error) {
	if c != 0 && !c.Valid() {
		return nil, parseError("county code", strconv.Itoa(int(c)), "not a two-digit code", ErrInvalidCode)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseCountyCode]; ""
// unmarshals as the zero value.
func (c *CountyCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCountyCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Value implements [driver.Valuer]: stored as two-digit text, NULL for zero.
func (c CountyCode) Value() (driver.Value, error) {
	if c == 0 {
		return nil, nil
	}
	return c.String(), nil
}

// Scan implements [database/sql.Scanner] for text, bytes and integers; NULL scans as zero.
func (c *CountyCode) Scan(src any) error {
	n, err := scanCode(src, 2, "county code")
	if err != nil {
		return err
	}
	*c = CountyCode(n)
	return nil
}

// parseDigits parses exactly width ASCII digits.
func parseDigits(s string, width int, typ string) (int, error) {
	if len(s) != width {
		return 0, parseError(typ, s, fmt.Sprintf("want exactly %d digits", width), ErrInvalidCode)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < '0' || ch > '9' {
			return 0, parseError(typ, s, fmt.Sprintf("want exactly %d digits", width), ErrInvalidCode)
		}
		n = n*10 + int(ch-'0')
	}
	return n, nil
}

func scanCode(src any, width int, typ string) (int, error) {
	limit := 9999
	if width == 2 {
		limit = 99
	}
	switch v := src.(type) {
	case nil:
		return 0, nil
	case string:
		return parseDigitsNonZero(v, width, typ)
	case []byte:
		return parseDigitsNonZero(string(v), width, typ)
	case int64:
		if v <= 0 || v > int64(limit) {
			return 0, parseError(typ, strconv.FormatInt(v, 10), "out of range", ErrInvalidCode)
		}
		return int(v), nil
	default:
		return 0, parseError(typ, fmt.Sprintf("%T", src), "cannot scan this type", ErrInvalidCode)
	}
}

func parseDigitsNonZero(s string, width int, typ string) (int, error) {
	n, err := parseDigits(s, width, typ)
	if err == nil && n == 0 {
		return 0, parseError(typ, s, "zero is not a code", ErrInvalidCode)
	}
	return n, err
}

// OfficeID identifies a county governor office (embete: Fylkesmannen, from 2021
// Statsforvalteren) by a stable lower-case slug of its region, e.g. "hordaland" or
// "vestland". The id survives renames (Fylkesmannen i Vestland became Statsforvalteren i
// Vestland on 1 January 2021, same id) but not mergers (Hordaland and Sogn og Fjordane became
// Vestland on 1 January 2019: new id). The offices and their counties over time are in the
// register ([Register.Offices]).
type OfficeID string

// String returns the id as text.
func (id OfficeID) String() string { return string(id) }

// Valid reports whether id has the form of an office id: 1–40 bytes of a–z, 0–9 and '-',
// not starting or ending with '-'. It does not consult the register.
func (id OfficeID) Valid() bool {
	if len(id) == 0 || len(id) > 40 || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		ch := id[i]
		if !(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-') {
			return false
		}
	}
	return true
}

// ParseOfficeID checks the form of s and returns it as an OfficeID.
func ParseOfficeID(s string) (OfficeID, error) {
	id := OfficeID(s)
	if !id.Valid() {
		return "", parseError("office id", s, "want 1–40 characters of a–z, 0–9 and '-'", ErrInvalidCode)
	}
	return id, nil
}
