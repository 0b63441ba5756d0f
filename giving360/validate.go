package giving360

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxViolations is the largest number of violations a [ValidationError] lists; further ones
// are only counted, so a hostile document cannot make the report huge.
const MaxViolations = 1000

// MaxDocumentSize is the largest document, in bytes, that [ValidateJSON] and [Parse] read:
// 256 MiB, several times the largest packages 360Giving publishers release.
const MaxDocumentSize = 256 << 20

// SchemaURL and PackageSchemaURL are the published 360Giving JSON schemas whose rules
// [Validate] encodes: the grant schema and the package schema of release 1.4.3.
const (
	// SchemaURL is the 360Giving grant schema, release 1.4.3 (its $id).
	SchemaURL = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-schema.json"
	// PackageSchemaURL is the 360Giving package schema, release 1.4.3.
	PackageSchemaURL = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json"
)

var (
	versionPattern  = regexp.MustCompile(`^(\d+\.)(\d+)$`)
	currencyPattern = regexp.MustCompile(`^[A-Z]{3}$`)
	countryPattern  = regexp.MustCompile(`^[A-Z]{2}$`)
	datePattern     = regexp.MustCompile(`^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`)
)

// Validate checks a package against the rules of the 360Giving JSON schemas, version 1.4
// (release 1.4.3: [SchemaURL] and [PackageSchemaURL], documented at
// https://standard.threesixtygiving.org/en/latest/technical/reference/), and reports every
// violation at once as a *[ValidationError] whose entries are *[Violation]s with the JSON
// path of the offending value. It returns nil for a valid package.
//
// The rules, by the Violation.Rule that reports them:
//
//   - "type": the package and each grant, organisation, person, event, programme and location
//     are JSON objects; lists are arrays; text fields are strings; amounts (amountAwarded,
//     amountAppliedFor, amountDisbursed) are JSON numbers (checked on their text, never
//     converted).
//   - "required": the package has grants; a grant has id, title, description, currency,
//     amountAwarded, awardDate and fundingOrganization; an organisation and a person have id
//     and name.
//   - "oneOf": a grant has exactly one of recipientOrganization and recipientIndividual.
//   - "minItems": grants is not empty (package schema); nor are fundingOrganization and
//     recipientOrganization, since a required list with nothing in it names no one.
//   - "pattern": currency is three capital letters (the form of the schema's ISO 4217 code
//     list); a location's countryCode is two capital letters (ISO 3166-1 alpha-2); the
//     package version is "major.minor".
//   - "format": awardDate and the start and end of planned and actual dates are a date
//     "YYYY-MM-DD" or an RFC 3339 date-time; dateModified is an RFC 3339 date-time; url and
//     dataSource are absolute URIs.
//   - "enum": fromOpenCall is "Yes" or "No".
//
// Where the schema leaves a gap that the standard's guidance closes, the SDK is stricter, under
// rules of its own: "minLength" (a required string is not empty), "uniqueId" (grant ids are
// unique in a package, which implies the schema's uniqueItems on grants), "idPrefix" (a grant
// id starts with a 360Giving prefix "360G-"), "dateOrder" (an end date is not before its
// start date, compared by calendar day) and "format" for dates that do not exist
// ("2019-02-30" matches the schema's date pattern but is no day).
//
// Fields the SDK does not model are not checked; use [ValidateJSON] to check a document
// written by another tool, where the JSON types themselves matter (an amount written as the
// string "100" is not a number).
func Validate(p Package) error {
	var c checker
	c.pkg(p.tree())
	return c.err()
}

// ValidateJSON checks a 360Giving package document as JSON text against the same rules as
// [Validate], including the JSON types of the values, which decoding into a [Package] would
// hide. Text that is not a single JSON value, or is larger than [MaxDocumentSize], is
// reported as a violation with Rule "json". It never panics, and its memory use is bounded by
// a small multiple of the document's size.
func ValidateJSON(data []byte) error {
	var c checker
	root, ok := c.decode(data)
	if ok {
		c.pkg(root)
	}
	return c.err()
}

// Parse decodes a 360Giving package from JSON and returns it if it is valid: the document
// passes [ValidateJSON] and the decoded package passes [Validate] (a document whose keys
// differ only in case from the standard's is caught there). Fields the SDK does not model are
// dropped.
func Parse(data []byte) (Package, error) {
	if err := ValidateJSON(data); err != nil {
		return Package{}, err
	}
	var p Package
	if err := json.Unmarshal(data, &p); err != nil {
		return Package{}, &ValidationError{Violations: []*Violation{{Rule: "json", Reason: "cannot decode package: " + err.Error()}}}
	}
	if err := Validate(p); err != nil {
		return Package{}, err
	}
	return p, nil
}

// checker collects violations.
type checker struct {
	list    []*Violation
	omitted int
}

func (c *checker) add(path, rule, value, reason string) {
	if len(c.list) >= MaxViolations {
		c.omitted++
		return
	}
	c.list = append(c.list, &Violation{Path: path, Rule: rule, Value: clip(value), Reason: reason})
}

func (c *checker) err() error {
	if len(c.list) == 0 {
		return nil
	}
	return &ValidationError{Violations: c.list, Omitted: c.omitted}
}

func (c *checker) decode(data []byte) (any, bool) {
	if len(data) > MaxDocumentSize {
		c.add("", "json", "", fmt.Sprintf("document of %d bytes is larger than the limit of %d", len(data), MaxDocumentSize))
		return nil, false
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		c.add("", "json", "", "not valid JSON: "+err.Error())
		return nil, false
	}
	if rest := bytes.TrimSpace(data[dec.InputOffset():]); len(rest) > 0 {
		c.add("", "json", "", "not valid JSON: data after the package")
		return nil, false
	}
	return root, true
}

func (c *checker) pkg(v any) {
	m, ok := c.object("", v)
	if !ok {
		return
	}
	if ver, ok := m["version"]; ok {
		if s, ok := c.str("version", ver); ok && !versionPattern.MatchString(s) {
			c.add("version", "pattern", s, `must be a version "major.minor", e.g. "1.4"`)
		}
	}
	gv, ok := m["grants"]
	if !ok {
		c.add("grants", "required", "", "is required")
		return
	}
	grants, ok := c.array("grants", gv)
	if !ok {
		return
	}
	if len(grants) == 0 {
		c.add("grants", "minItems", "", "must hold at least one grant")
	}
	ids := make(map[string]int, len(grants))
	for i, g := range grants {
		c.grant(fmt.Sprintf("grants[%d]", i), g, i, ids)
	}
}

var grantRequired = []string{"id", "title", "description", "currency", "amountAwarded", "awardDate", "fundingOrganization"}

func (c *checker) grant(path string, v any, index int, ids map[string]int) {
	m, ok := c.object(path, v)
	if !ok {
		return
	}
	for _, k := range grantRequired {
		if _, ok := m[k]; !ok {
			c.add(join(path, k), "required", "", "is required")
		}
	}
	if v, ok := m["id"]; ok {
		p := join(path, "id")
		if id, ok := c.text(p, v); ok {
			if !strings.HasPrefix(id, "360G-") || len(id) == len("360G-") {
				c.add(p, "idPrefix", id, `must start with a 360Giving publisher prefix "360G-"`)
			}
			if first, dup := ids[id]; dup {
				c.add(p, "uniqueId", id, fmt.Sprintf("repeats the id of grants[%d]", first))
			} else {
				ids[id] = index
			}
		}
	}
	for _, k := range []string{"title", "description"} {
		if v, ok := m[k]; ok {
			c.text(join(path, k), v)
		}
	}
	if v, ok := m["currency"]; ok {
		p := join(path, "currency")
		if s, ok := c.str(p, v); ok && !currencyPattern.MatchString(s) {
			c.add(p, "pattern", s, `must be an ISO 4217 currency code of three capital letters, e.g. "NOK"`)
		}
	}
	for _, k := range []string{"amountAppliedFor", "amountAwarded", "amountDisbursed"} {
		if v, ok := m[k]; ok {
			c.number(join(path, k), v)
		}
	}
	if v, ok := m["awardDate"]; ok {
		c.dateOrDateTime(join(path, "awardDate"), v)
	}
	c.events(path, m, "plannedDates")
	c.events(path, m, "actualDates")

	ro, hasOrg := m["recipientOrganization"]
	ri, hasInd := m["recipientIndividual"]
	switch {
	case hasOrg && hasInd:
		c.add(path, "oneOf", "", "must not have both recipientOrganization and recipientIndividual")
	case !hasOrg && !hasInd:
		c.add(join(path, "recipientOrganization"), "oneOf", "", "is required (or recipientIndividual)")
	}
	if hasOrg {
		c.organizations(join(path, "recipientOrganization"), ro)
	}
	if hasInd {
		c.person(join(path, "recipientIndividual"), ri)
	}
	if v, ok := m["fundingOrganization"]; ok {
		c.organizations(join(path, "fundingOrganization"), v)
	}
	if v, ok := m["grantProgramme"]; ok {
		p := join(path, "grantProgramme")
		if list, ok := c.array(p, v); ok {
			for i, e := range list {
				c.programme(elem(p, i), e)
			}
		}
	}
	if v, ok := m["beneficiaryLocation"]; ok {
		c.locations(join(path, "beneficiaryLocation"), v)
	}
	if v, ok := m["fromOpenCall"]; ok {
		p := join(path, "fromOpenCall")
		if s, ok := c.str(p, v); ok && s != "Yes" && s != "No" {
			c.add(p, "enum", s, `must be "Yes" or "No"`)
		}
	}
	c.uri(path, m, "url")
	c.uri(path, m, "dataSource")
	c.modified(path, m)
}

var orgStrings = []string{"department", "charityNumber", "companyNumber", "streetAddress", "addressLocality",
	"addressRegion", "addressCountry", "postalCode", "telephone", "alternateName", "email", "description"}

func (c *checker) organizations(path string, v any) {
	list, ok := c.array(path, v)
	if !ok {
		return
	}
	if len(list) == 0 {
		c.add(path, "minItems", "", "must hold at least one organisation")
	}
	for i, e := range list {
		p := elem(path, i)
		m, ok := c.object(p, e)
		if !ok {
			continue
		}
		c.idName(p, m)
		for _, k := range orgStrings {
			if v, ok := m[k]; ok {
				c.str(join(p, k), v)
			}
		}
		c.uri(p, m, "url")
		if v, ok := m["location"]; ok {
			c.locations(join(p, "location"), v)
		}
		c.modified(p, m)
	}
}

func (c *checker) person(path string, v any) {
	if m, ok := c.object(path, v); ok {
		c.idName(path, m)
	}
}

func (c *checker) idName(path string, m map[string]any) {
	for _, k := range []string{"id", "name"} {
		p := join(path, k)
		if v, ok := m[k]; ok {
			c.text(p, v)
		} else {
			c.add(p, "required", "", "is required")
		}
	}
}

func (c *checker) events(path string, m map[string]any, key string) {
	v, ok := m[key]
	if !ok {
		return
	}
	p := join(path, key)
	list, ok := c.array(p, v)
	if !ok {
		return
	}
	for i, e := range list {
		ep := elem(p, i)
		em, ok := c.object(ep, e)
		if !ok {
			continue
		}
		var start, end string
		if v, ok := em["startDate"]; ok {
			start, _ = c.dateOrDateTime(join(ep, "startDate"), v)
		}
		if v, ok := em["endDate"]; ok {
			end, _ = c.dateOrDateTime(join(ep, "endDate"), v)
		}
		if start != "" && end != "" && end[:10] < start[:10] {
			c.add(join(ep, "endDate"), "dateOrder", end, "is before startDate "+strconv.Quote(start))
		}
		for _, k := range []string{"title", "description"} {
			if v, ok := em[k]; ok {
				c.str(join(ep, k), v)
			}
		}
		c.modified(ep, em)
	}
}

func (c *checker) programme(path string, v any) {
	m, ok := c.object(path, v)
	if !ok {
		return
	}
	for _, k := range []string{"code", "title", "description"} {
		if v, ok := m[k]; ok {
			c.str(join(path, k), v)
		}
	}
	c.uri(path, m, "url")
	c.modified(path, m)
}

func (c *checker) locations(path string, v any) {
	list, ok := c.array(path, v)
	if !ok {
		return
	}
	for i, e := range list {
		p := elem(path, i)
		m, ok := c.object(p, e)
		if !ok {
			continue
		}
		for _, k := range []string{"id", "name", "description", "geoCode", "geoCodeType"} {
			if v, ok := m[k]; ok {
				c.str(join(p, k), v)
			}
		}
		if v, ok := m["countryCode"]; ok {
			cp := join(p, "countryCode")
			if s, ok := c.str(cp, v); ok && !countryPattern.MatchString(s) {
				c.add(cp, "pattern", s, `must be an ISO 3166-1 alpha-2 country code, e.g. "NO"`)
			}
		}
		c.modified(p, m)
	}
}

func (c *checker) modified(path string, m map[string]any) {
	v, ok := m["dateModified"]
	if !ok {
		return
	}
	p := join(path, "dateModified")
	if s, ok := c.str(p, v); ok {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			c.add(p, "format", s, "must be an RFC 3339 date-time, e.g. \"2019-12-10T09:00:00+01:00\"")
		}
	}
}

func (c *checker) uri(path string, m map[string]any, key string) {
	v, ok := m[key]
	if !ok {
		return
	}
	p := join(path, key)
	if s, ok := c.str(p, v); ok {
		if u, err := url.Parse(s); err != nil || !u.IsAbs() {
			c.add(p, "format", s, "must be an absolute URI, e.g. \"https://example.org/grants.json\"")
		}
	}
}

// dateOrDateTime checks a date "YYYY-MM-DD" or an RFC 3339 date-time and returns it if valid.
func (c *checker) dateOrDateTime(path string, v any) (string, bool) {
	s, ok := c.str(path, v)
	if !ok {
		return "", false
	}
	if datePattern.MatchString(s) {
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return s, true
		}
		c.add(path, "format", s, "is not a day of the calendar")
		return "", false
	}
	if _, err := time.Parse(time.RFC3339, s); err == nil && len(s) >= 10 {
		return s, true
	}
	c.add(path, "format", s, `must be a date "YYYY-MM-DD" or an RFC 3339 date-time`)
	return "", false
}

func (c *checker) object(path string, v any) (map[string]any, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		c.add(path, "type", describe(v), "must be a JSON object")
	}
	return m, ok
}

func (c *checker) array(path string, v any) ([]any, bool) {
	a, ok := v.([]any)
	if !ok {
		c.add(path, "type", describe(v), "must be a JSON array")
	}
	return a, ok
}

func (c *checker) str(path string, v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		c.add(path, "type", describe(v), "must be a string")
	}
	return s, ok
}

// text checks a string that must not be empty.
func (c *checker) text(path string, v any) (string, bool) {
	s, ok := c.str(path, v)
	if ok && strings.TrimSpace(s) == "" {
		c.add(path, "minLength", s, "must not be empty")
		return "", false
	}
	return s, ok
}

func (c *checker) number(path string, v any) {
	n, ok := v.(json.Number)
	if !ok || !validNumber(string(n)) {
		c.add(path, "type", describe(v), "must be a JSON number")
	}
}

// validNumber reports whether s is a number in the JSON grammar (RFC 8259, section 6):
// -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
func validNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// describe formats a JSON value for a message.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return v
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	case map[string]any:
		return "{…}"
	case []any:
		return "[…]"
	}
	return fmt.Sprintf("%v", v)
}

func clip(s string) string {
	if len(s) <= 64 {
		return s
	}
	cut := 64
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func elem(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }
