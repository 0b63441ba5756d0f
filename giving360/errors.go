package giving360

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Sentinel errors. Every error the package returns wraps one of them (or a sentinel of lnet,
// such as [lnet.ErrNotFound] for an application or network that is not given).
var (
	// ErrInvalidPackage reports a 360Giving package that breaks a rule of the standard's
	// schema.
	ErrInvalidPackage = errors.New("invalid 360Giving package")
	// ErrInvalidOptions reports export options that cannot be used: a malformed publisher
	// prefix, organisation id or data source address.
	ErrInvalidOptions = errors.New("invalid export options")
	// ErrNoRecipient reports a grant whose project has no host municipality (vertskommune)
	// yet: 360Giving requires a recipient, and the SDK does not guess one.
	ErrNoRecipient = errors.New("no recipient")
	// ErrMismatch reports a grant that does not agree with its application: another office,
	// scheme or year.
	ErrMismatch = errors.New("grant does not match its application")
	// ErrInvalidOrgID reports a malformed organisation identifier or organisation number.
	ErrInvalidOrgID = errors.New("invalid organisation id")
)

// ExportError reports a grant that cannot be exported. Grant is the offending grant's id;
// Err is what went wrong, wrapping a sentinel of this package or of lnet.
type ExportError struct {
	// Grant is the id of the grant (empty for a grant without an id).
	Grant lnet.GrantID
	// Err is the cause.
	Err error
}

// Error names the grant and the cause.
func (e *ExportError) Error() string {
	return fmt.Sprintf("giving360: grant %s: %v", strconv.Quote(string(e.Grant)), e.Err)
}

// Unwrap returns the cause, so errors.Is(err, ErrNoRecipient) and the like work.
func (e *ExportError) Unwrap() error { return e.Err }

// OptionsError reports an export option that cannot be used. Field names the option, e.g.
// "Prefix" or "MunicipalityOrgIDs[1238]".
type OptionsError struct {
	// Field names the option.
	Field string
	// Value is the offending value.
	Value string
	// Reason says what is wrong.
	Reason string
}

// Error names the option, its value and what is wrong.
func (e *OptionsError) Error() string {
	return fmt.Sprintf("giving360: option %s %s: %s", e.Field, strconv.Quote(e.Value), e.Reason)
}

// Unwrap returns [ErrInvalidOptions].
func (e *OptionsError) Unwrap() error { return ErrInvalidOptions }

// Violation is one broken rule of the 360Giving schema (regelbrudd), located by the JSON path
// of the offending value in the package, e.g. "grants[2].fundingOrganization[0].id".
type Violation struct {
	// Path locates the value in JSON names and indices; "" is the package itself.
	Path string
	// Rule names the rule broken: the JSON Schema keyword where there is one ("required",
	// "type", "minItems", "oneOf", "pattern", "format", "enum") or one of the SDK's named
	// rules "minLength", "uniqueId", "idPrefix", "dateOrder"; see [Validate].
	Rule string
	// Value is the offending value as text, cut to 64 bytes; "" when a value is missing.
	Value string
	// Reason says what is wrong.
	Reason string
}

// Error says where, what and which rule: `grants[0].currency: must be … "kr" [pattern]`.
func (v *Violation) Error() string {
	path := v.Path
	if path == "" {
		path = "(package)"
	}
	if v.Value == "" {
		return fmt.Sprintf("%s: %s [%s]", path, v.Reason, v.Rule)
	}
	return fmt.Sprintf("%s: %s %s [%s]", path, v.Reason, strconv.Quote(v.Value), v.Rule)
}

// Unwrap returns [ErrInvalidPackage].
func (v *Violation) Unwrap() error { return ErrInvalidPackage }

// ValidationError reports every violation found in a package, in document order. At most
// [MaxViolations] are listed; Omitted counts the rest.
type ValidationError struct {
	// Violations are the violations found.
	Violations []*Violation
	// Omitted is the number of further violations not listed.
	Omitted int
}

// Error lists the violations, one per line.
func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "giving360: %d violation(s) of the 360Giving schema %s", len(e.Violations)+e.Omitted, SchemaVersion)
	for _, v := range e.Violations {
		b.WriteString("\n\t")
		b.WriteString(v.Error())
	}
	if e.Omitted > 0 {
		fmt.Fprintf(&b, "\n\t… and %d more", e.Omitted)
	}
	return b.String()
}

// Unwrap returns the violations, so errors.Is(err, ErrInvalidPackage) holds and errors.As
// finds the first *Violation.
func (e *ValidationError) Unwrap() []error {
	errs := make([]error, len(e.Violations))
	for i, v := range e.Violations {
		errs[i] = v
	}
	return errs
}
