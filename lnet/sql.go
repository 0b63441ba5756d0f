package lnet

import (
	"database/sql/driver"
	"fmt"
)

// The id types implement [database/sql.Scanner] and [driver.Valuer] so that a case system
// can store them in TEXT columns. database/sql could already convert them through
// reflection, but that accepts any text (an empty id, white space, control characters) and
// fails on NULL. These methods instead validate what is read, and map the empty id, which
// means "none" for an optional reference such as [Project.Measure], to and from NULL, the way
// [MunicipalityCode] and the enumerations map their zero value. So an optional reference can
// carry a FOREIGN KEY constraint, and a missing required id fails on a NOT NULL column
// rather than being stored as ''.

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id NetworkID) Value() (driver.Value, error) { return idValue("network id", string(id)) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *NetworkID) Scan(src any) error { return scanID(src, "network id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id ServiceID) Value() (driver.Value, error) { return idValue("service id", string(id)) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *ServiceID) Scan(src any) error { return scanID(src, "service id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id PartnerID) Value() (driver.Value, error) { return idValue("partner id", string(id)) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *PartnerID) Scan(src any) error { return scanID(src, "partner id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id ProjectID) Value() (driver.Value, error) { return idValue("project id", string(id)) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *ProjectID) Scan(src any) error { return scanID(src, "project id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id MeasureID) Value() (driver.Value, error) { return idValue("measure id", string(id)) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *MeasureID) Scan(src any) error { return scanID(src, "measure id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id ApplicationID) Value() (driver.Value, error) {
	return idValue("application id", string(id))
}

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *ApplicationID) Scan(src any) error { return scanID(src, "application id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id GrantID) Value() (driver.Value, error) { return idValue("grant id", string(id)) }

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *GrantID) Scan(src any) error { return scanID(src, "grant id", id) }

// Value implements [driver.Valuer]: the id as text, NULL for the empty id. A malformed id
// (see [OfficeID.Valid]) is an error wrapping [ErrInvalidCode].
func (id OfficeID) Value() (driver.Value, error) {
	if id == "" {
		return nil, nil
	}
	if !id.Valid() {
		return nil, officeIDError(string(id))
	}
	return string(id), nil
}

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id. A
// malformed id is an error wrapping [ErrInvalidCode].
func (id *OfficeID) Scan(src any) error {
	s, null, err := scanText(src, "office id", ErrInvalidCode)
	if err != nil {
		return err
	}
	switch {
	case null:
	case s == "":
		return parseError("office id", s, emptyID, ErrInvalidCode)
	case !OfficeID(s).Valid():
		return officeIDError(s)
	}
	*id = OfficeID(s)
	return nil
}

// emptyID is the reason for rejecting ” read from a database.
const emptyID = "empty text (store NULL for no id)"

func officeIDError(s string) error {
	return parseError("office id", s, "want 1–40 characters of a–z, 0–9 and '-'", ErrInvalidCode)
}

// idValue is the [driver.Valuer] of a string id: NULL for "", an error wrapping
// [ErrInvalidValue] for a malformed id.
func idValue(typ, id string) (driver.Value, error) {
	if id == "" {
		return nil, nil
	}
	if p := idProblem(id); p != "" {
		return nil, parseError(typ, id, p, ErrInvalidValue)
	}
	return id, nil
}

// scanID is the [database/sql.Scanner] of a string id: NULL scans as "", text must pass
// [idProblem]. dst is left unchanged on error.
func scanID[T ~string](src any, typ string, dst *T) error {
	s, null, err := scanText(src, typ, ErrInvalidValue)
	if err != nil {
		return err
	}
	switch p := idProblem(s); {
	case null:
	case s == "":
		return parseError(typ, s, emptyID, ErrInvalidValue)
	case p != "":
		return parseError(typ, s, p, ErrInvalidValue)
	}
	*dst = T(s)
	return nil
}

// scanText returns the text of a database value: null reports NULL; anything but text or
// bytes is an error wrapping sentinel.
func scanText(src any, typ string, sentinel error) (s string, null bool, err error) {
	switch v := src.(type) {
	case nil:
		return "", true, nil
	case string:
		return v, false, nil
	case []byte:
		return string(v), false, nil
	}
	return "", false, parseError(typ, fmt.Sprintf("%T", src), "cannot scan this type (want text)", sentinel)
}

// Value implements [driver.Valuer]: the id as text, NULL for the empty id.
func (id ContributorID) Value() (driver.Value, error) {
	return idValue("contributor id", string(id))
}

// Scan implements [database/sql.Scanner] from text or bytes; NULL scans as the empty id.
func (id *ContributorID) Scan(src any) error { return scanID(src, "contributor id", id) }
