package schema

import "embed"

// BaseURL is the prefix of every schema's "$id": the file name follows it.
const BaseURL = "https://github.com/laeringsnettverk/sdk/schema/"

//go:embed *.json
var files embed.FS

// FS returns the schema files (skjemafilene), named as in [Files], for Go programs that
// validate with a JSON Schema library of their choice. It is a function, not a package
// variable, so that no caller can swap the files for every other.
func FS() embed.FS { return files }

// The schema files, one per exchanged format.
const (
	// AllocationRequest is the file of allocation.Request as DecodeRequest reads it
	// (fordelingsforespørsel).
	AllocationRequest = "allocation-request.json"
	// AllocationResponse is the file of allocation.Response (fordelingsresultat).
	AllocationResponse = "allocation-response.json"
	// Network is the file of lnet.Network with everything inside it (læringsnettverk).
	Network = "network.json"
	// Application is the file of lnet.Application (søknad om stimuleringsmidler).
	Application = "application.json"
	// Grant is the file of lnet.Grant (tilskudd).
	Grant = "grant.json"
	// EligibilityReport is the file of eligibility.Report (vurdering).
	EligibilityReport = "eligibility-report.json"
	// CalendarSchedule is the file of calendar.Schedule (møteplan og frister).
	CalendarSchedule = "calendar-schedule.json"
)

// Files returns the names of the schema files, in the order above.
func Files() []string {
	return []string{AllocationRequest, AllocationResponse, Network, Application, Grant, EligibilityReport, CalendarSchedule}
}
