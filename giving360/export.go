package giving360

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Options says how [Export] identifies the publisher and the organisations of the grants.
// Only Prefix is required.
type Options struct {
	// Prefix is the publisher's 360Giving prefix (utgiverprefiks), "360G-" followed by the
	// publisher's part, as 360Giving issued it when the publisher registered, e.g.
	// "360G-<publisher>". Each grant's id is Prefix + "-" + the grant's own id. Use the prefix
	// issued to you: the SDK never makes one up, and its examples use the placeholder
	// "360G-eksempel", which is not registered to anyone.
	Prefix string
	// OfficeOrgIDs gives the organisation id of governor offices (embeter), the funding
	// organisations: "NO-BRC-<organisasjonsnummer>" from [BrregOrgID], or any other
	// org-id.guide id. An office without an entry is identified in the publisher's own
	// namespace as Prefix + "-embete-" + the office id.
	OfficeOrgIDs map[lnet.OfficeID]string
	// MunicipalityOrgIDs gives the organisation id of host municipalities (vertskommuner), the
	// recipients, by the municipality code valid on the award date. A municipality without an
	// entry is identified as Prefix + "-kommune-" + its code.
	MunicipalityOrgIDs map[lnet.MunicipalityCode]string
	// Register resolves office titles and municipality names on the award date; nil means
	// [lnet.DefaultRegister].
	Register *lnet.Register
	// DataSource is a web address where the data can be found, written to each grant's
	// dataSource. Optional; an absolute URI.
	DataSource string
	// Modified is the instant the data was last changed, written to each grant's dateModified
	// as an RFC 3339 date-time in its own location (use Europe/Oslo for Norwegian clock time).
	// The zero time leaves dateModified out, which keeps an export reproducible.
	Modified time.Time
}

// Export turns grants (tilskudd) and the applications (søknader) and networks they refer to
// into a 360Giving package, one grant per lnet.Grant in the order given:
//
//   - id: Options.Prefix + "-" + the grant's id;
//   - title and description: the project's title and description (a description in
//     Norwegian is composed from scheme, project, network and year if the project has none);
//   - currency "NOK"; amountAwarded: the amount granted; amountAppliedFor: the amount the
//     application requested; both written exactly as JSON numbers;
//   - awardDate: the day of the decision;
//   - plannedDates: the project period, or, if none is set, the decision date to the spend-by
//     date (frist for bruk av midlene);
//   - fundingOrganization: the governor office, named by its title on the award date
//     ("Fylkesmannen i Hordaland", "Statsforvalteren i Vestland");
//   - recipientOrganization: the project's host municipality (vertskommune), named as
//     Statistics Norway names it on the award date, with the member service covering it as
//     department;
//   - grantProgramme: the scheme (ordning), code "self_initiated" or "foster_home" with its
//     Norwegian title;
//   - beneficiaryLocation: the project's municipalities, host included, with country "NO" and
//     the municipality number as geoCode;
//   - dataSource and dateModified from Options, if set.
//
// Applications that no grant refers to are not exported: 360Giving publishes awards.
//
// Export checks every grant and reports all problems at once, joined with [errors.Join]:
// each is an *[ExportError] naming the grant, wrapping [ErrNoRecipient] (the project's host
// is not decided), [ErrMismatch] (grant and application disagree on office, scheme or year),
// [lnet.ErrNotFound] (an application, network, project, office or municipality that is not
// known), [lnet.ErrInvalidModel] (a grant or application that fails its own validation) or
// [lnet.ErrOutOfRange] (an award date outside the register). Bad options are reported as
// *[OptionsError]. The package returned is checked with [Validate]; on any error Export
// returns the zero Package.
func Export(grants []lnet.Grant, apps []lnet.Application, nets []lnet.Network, opts Options) (Package, error) {
	if err := opts.check(); err != nil {
		return Package{}, err
	}
	reg := opts.Register
	if reg == nil {
		reg = lnet.DefaultRegister()
	}
	appByID := make(map[lnet.ApplicationID]lnet.Application, len(apps))
	for _, a := range apps {
		if _, dup := appByID[a.ID]; !dup {
			appByID[a.ID] = a
		}
	}
	netByID := make(map[lnet.NetworkID]lnet.Network, len(nets))
	for _, n := range nets {
		if _, dup := netByID[n.ID]; !dup {
			netByID[n.ID] = n
		}
	}
	e := exporter{opts: opts, reg: reg, apps: appByID, nets: netByID}
	pkg := Package{Version: SchemaVersion, Grants: make([]Grant, 0, len(grants))}
	var errs []error
	seen := make(map[lnet.GrantID]int, len(grants))
	for i, g := range grants {
		if first, dup := seen[g.ID]; dup {
			errs = append(errs, &ExportError{Grant: g.ID, Err: fmt.Errorf("%w: grants[%d] repeats the id of grants[%d]", lnet.ErrInvalidModel, i, first)})
			continue
		}
		seen[g.ID] = i
		out, err := e.grant(g)
		if err != nil {
			errs = append(errs, &ExportError{Grant: g.ID, Err: err})
			continue
		}
		pkg.Grants = append(pkg.Grants, out)
	}
	if len(errs) > 0 {
		return Package{}, errors.Join(errs...)
	}
	if err := Validate(pkg); err != nil {
		return Package{}, err
	}
	return pkg, nil
}

type exporter struct {
	opts Options
	reg  *lnet.Register
	apps map[lnet.ApplicationID]lnet.Application
	nets map[lnet.NetworkID]lnet.Network
}

func (e *exporter) grant(g lnet.Grant) (Grant, error) {
	if err := g.Validate(); err != nil {
		return Grant{}, err
	}
	app, ok := e.apps[g.Application]
	if !ok {
		return Grant{}, fmt.Errorf("%w: application %s is not among the applications given", lnet.ErrNotFound, strconv.Quote(string(g.Application)))
	}
	if err := app.Validate(); err != nil {
		return Grant{}, fmt.Errorf("application %s: %w", strconv.Quote(string(app.ID)), err)
	}
	switch {
	case app.Office != g.Office:
		return Grant{}, fmt.Errorf("%w: office %s, but application %s went to office %s", ErrMismatch, strconv.Quote(string(g.Office)), strconv.Quote(string(app.ID)), strconv.Quote(string(app.Office)))
	case app.Scheme != g.Scheme:
		return Grant{}, fmt.Errorf("%w: scheme %s, but application %s is for scheme %s", ErrMismatch, g.Scheme, strconv.Quote(string(app.ID)), app.Scheme)
	case app.Year != g.Year:
		return Grant{}, fmt.Errorf("%w: year %d, but application %s is for year %d", ErrMismatch, g.Year, strconv.Quote(string(app.ID)), app.Year)
	}
	net, ok := e.nets[app.Network]
	if !ok {
		return Grant{}, fmt.Errorf("%w: network %s of application %s is not among the networks given", lnet.ErrNotFound, strconv.Quote(string(app.Network)), strconv.Quote(string(app.ID)))
	}
	project, err := net.ProjectFor(app)
	if err != nil {
		return Grant{}, err
	}
	if !project.HostDecided() {
		return Grant{}, fmt.Errorf("%w: project %s has no host municipality (vertskommune) yet", ErrNoRecipient, strconv.Quote(string(project.ID)))
	}
	office, err := e.reg.OfficeOn(g.Office, g.Decided)
	if err != nil {
		return Grant{}, err
	}
	var locations []Location
	var host lnet.Municipality
	for _, code := range project.Municipalities() {
		m, err := e.reg.MunicipalityOn(code, g.Decided)
		if err != nil {
			return Grant{}, fmt.Errorf("project %s: %w", strconv.Quote(string(project.ID)), err)
		}
		if code == project.Host {
			host = m
		}
		locations = append(locations, Location{Name: m.Name, CountryCode: "NO", GeoCode: m.Code.String()})
	}
	recipient := Organization{ID: e.municipalityOrgID(project.Host), Name: host.Name}
	if member, ok := net.MemberCovering(project.Host); ok {
		recipient.Department = member.Service.Name
	}
	planned := Event{StartDate: g.Decided.String(), EndDate: g.SpendBy.String()}
	if project.Period != nil {
		planned = Event{StartDate: project.Period.Start.String(), EndDate: project.Period.End.String()}
	}
	out := Grant{
		ID:                    e.opts.Prefix + "-" + string(g.ID),
		Title:                 project.Title,
		Description:           project.Description,
		Currency:              "NOK",
		AmountAppliedFor:      json.Number(app.Requested.String()),
		AmountAwarded:         json.Number(g.Amount.String()),
		AwardDate:             g.Decided.String(),
		PlannedDates:          []Event{planned},
		RecipientOrganization: []Organization{recipient},
		FundingOrganization:   []Organization{{ID: e.officeOrgID(g.Office), Name: office.Title}},
		GrantProgramme:        []GrantProgramme{{Code: g.Scheme.String(), Title: capitalize(g.Scheme.Norwegian())}},
		BeneficiaryLocation:   locations,
		DataSource:            e.opts.DataSource,
	}
	if out.Description == "" {
		out.Description = fmt.Sprintf("Stimuleringsmidler til %s: prosjektet «%s» i %s, tilskuddsår %d.",
			g.Scheme.Norwegian(), project.Title, net.Name, g.Year)
	}
	if !e.opts.Modified.IsZero() {
		out.DateModified = e.opts.Modified.Format(time.RFC3339)
	}
	return out, nil
}

func (e *exporter) officeOrgID(id lnet.OfficeID) string {
	if org, ok := e.opts.OfficeOrgIDs[id]; ok {
		return org
	}
	return e.opts.Prefix + "-embete-" + string(id)
}

func (e *exporter) municipalityOrgID(code lnet.MunicipalityCode) string {
	if org, ok := e.opts.MunicipalityOrgIDs[code]; ok {
		return org
	}
	return e.opts.Prefix + "-kommune-" + code.String()
}

// check reports every unusable option, joined.
func (o Options) check() error {
	var errs []error
	if !prefixPattern.MatchString(o.Prefix) {
		errs = append(errs, &OptionsError{Field: "Prefix", Value: clip(o.Prefix), Reason: `must be a 360Giving publisher prefix "360G-<publisher>" of letters, digits, '_', '.' and inner '-'`})
	}
	for _, id := range sortedKeys(o.OfficeOrgIDs) {
		org := o.OfficeOrgIDs[id]
		field := "OfficeOrgIDs[" + string(id) + "]"
		if !id.Valid() {
			errs = append(errs, &OptionsError{Field: "OfficeOrgIDs", Value: clip(string(id)), Reason: "is not an office id"})
		} else if !orgIDPattern.MatchString(org) {
			errs = append(errs, &OptionsError{Field: field, Value: clip(org), Reason: `must be an org-id.guide id such as "NO-BRC-<organisasjonsnummer>"`})
		}
	}
	for _, code := range sortedKeys(o.MunicipalityOrgIDs) {
		org := o.MunicipalityOrgIDs[code]
		field := "MunicipalityOrgIDs[" + code.String() + "]"
		if !code.Valid() {
			errs = append(errs, &OptionsError{Field: "MunicipalityOrgIDs", Value: strconv.Itoa(int(code)), Reason: "is not a municipality code"})
		} else if !orgIDPattern.MatchString(org) {
			errs = append(errs, &OptionsError{Field: field, Value: clip(org), Reason: `must be an org-id.guide id such as "NO-BRC-<organisasjonsnummer>"`})
		}
	}
	if o.DataSource != "" {
		var c checker
		c.uri("", map[string]any{"dataSource": o.DataSource}, "dataSource")
		if len(c.list) > 0 {
			errs = append(errs, &OptionsError{Field: "DataSource", Value: clip(o.DataSource), Reason: "must be an absolute URI"})
		}
	}
	return errors.Join(errs...)
}

// capitalize upper-cases the first letter: "egeninitierte …" → "Egeninitierte …".
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// sortedKeys returns the keys of m in increasing order, so options are checked, and errors
// reported, in the same order every time.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}
