package giving360

import "encoding/json"

// SchemaVersion is the version of the 360Giving Data Standard whose schema rules this package
// encodes and whose version an exported [Package] declares: "1.4" (the 1.4.x schemas, checked
// against release 1.4.3).
const SchemaVersion = "1.4"

// Package is a 360Giving data package (datapakke): the JSON document {"grants": [...]}.
// Field names are the standard's. Fields of the standard that the SDK has no data for are not
// modelled; [Parse] drops them, [ValidateJSON] checks a document with them.
type Package struct {
	// Version is the version of the 360Giving schema the package follows, "major.minor"
	// (e.g. "1.4"). Optional.
	Version string `json:"version,omitempty"`
	// Grants are the grants (tilskudd) of the package: at least one, ids unique.
	Grants []Grant `json:"grants"`
}

// Grant is one grant of a 360Giving package (tilskudd): an award of money by a funding
// organisation to a recipient. Amounts are JSON numbers held as their exact text.
type Grant struct {
	// ID is the grant's globally unique identifier, "360G-<publisher>-<local id>". Required.
	ID string `json:"id"`
	// Title is a short title of the funded activity, under 140 characters. Required.
	Title string `json:"title"`
	// Description says what the grant is for. Required.
	Description string `json:"description"`
	// Currency is the ISO 4217 code of the amounts, "NOK" for Norwegian kroner. Required.
	Currency string `json:"currency"`
	// AmountAppliedFor is the amount applied for (søknadsbeløp). Optional.
	AmountAppliedFor json.Number `json:"amountAppliedFor,omitempty"`
	// AmountAwarded is the amount awarded (tildelt beløp). Required.
	AmountAwarded json.Number `json:"amountAwarded"`
	// AwardDate is the day of the decision (vedtaksdato), "YYYY-MM-DD" or an RFC 3339
	// date-time. Required.
	AwardDate string `json:"awardDate"`
	// PlannedDates are the periods in which the activity was planned to take place.
	PlannedDates []Event `json:"plannedDates,omitempty"`
	// RecipientOrganization is the organisation receiving the grant (mottaker). Exactly one of
	// RecipientOrganization and RecipientIndividual is given.
	RecipientOrganization []Organization `json:"recipientOrganization,omitempty"`
	// RecipientIndividual is the person receiving the grant; the SDK never exports one (its
	// grants go to municipalities) but reads and checks it.
	RecipientIndividual *Person `json:"recipientIndividual,omitempty"`
	// FundingOrganization is the organisation giving the grant (tilskuddsgiver). Required.
	FundingOrganization []Organization `json:"fundingOrganization"`
	// GrantProgramme is the programme the grant was made under (tilskuddsordning).
	GrantProgramme []GrantProgramme `json:"grantProgramme,omitempty"`
	// BeneficiaryLocation are the places whose people benefit from the grant.
	BeneficiaryLocation []Location `json:"beneficiaryLocation,omitempty"`
	// DataSource is a web address of the source of the data. Optional; an absolute URI.
	DataSource string `json:"dataSource,omitempty"`
	// DateModified is when the information on the grant was last changed, an RFC 3339
	// date-time. Optional.
	DateModified string `json:"dateModified,omitempty"`
}

// Organization is an organisation in a 360Giving package (organisasjon): a funder or a
// recipient. ID follows org-id.guide, e.g. "NO-BRC-<organisasjonsnummer>" (see [BrregOrgID]).
type Organization struct {
	// ID is the organisation's globally unique identifier. Required.
	ID string `json:"id"`
	// Name is the organisation's name. Required.
	Name string `json:"name"`
	// Department is the department or unit making or receiving the grant, e.g. the
	// municipality's child-welfare service (barneverntjeneste). Optional.
	Department string `json:"department,omitempty"`
}

// Person is an individual recipient of a grant (personmottaker) in the 360Giving 1.4 schema.
// The SDK reads it to check packages of other publishers; it never writes one.
type Person struct {
	// ID is an identifier of the person that does not reveal who it is. Required.
	ID string `json:"id"`
	// Name is a generic description such as "Individual recipient", not a real name.
	// Required.
	Name string `json:"name"`
}

// Event is a period in the life of a grant (periode), such as its planned dates.
type Event struct {
	// StartDate is the first day, "YYYY-MM-DD" or an RFC 3339 date-time.
	StartDate string `json:"startDate,omitempty"`
	// EndDate is the last day, "YYYY-MM-DD" or an RFC 3339 date-time; not before StartDate.
	EndDate string `json:"endDate,omitempty"`
}

// GrantProgramme is the programme a grant was made under (tilskuddsordning): for the SDK,
// the funding scheme (ordning).
type GrantProgramme struct {
	// Code identifies the programme, e.g. "foster_home".
	Code string `json:"code,omitempty"`
	// Title is the programme's title, e.g. "Utviklingsprosjekter på fosterhjemsområdet".
	Title string `json:"title,omitempty"`
}

// Location is a place in a 360Giving package (sted): for the SDK, a municipality.
type Location struct {
	// Name is the place's name, e.g. "Kvam".
	Name string `json:"name,omitempty"`
	// CountryCode is the ISO 3166-1 alpha-2 code of the country, "NO" for Norway.
	CountryCode string `json:"countryCode,omitempty"`
	// GeoCode is a code of the area from an established gazetteer: for a municipality, its
	// number (kommunenummer) on the day of the award, e.g. "1238".
	GeoCode string `json:"geoCode,omitempty"`
}
