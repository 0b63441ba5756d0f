// Package schema holds the JSON Schema (draft 2020-12) files (JSON-skjema) of the formats the
// SDK exchanges with other tools: the allocation request and response, the models of a
// learning network, an application and a grant, the eligibility report and the calendar
// schedule. Tools in other languages validate what they send and receive against the .json
// files in this directory; Go programs find the same files in [FS].
//
// The files are generated from the Go types by reflection (internal/jsonschema) and checked
// by this package's tests: `go test ./schema` fails when a committed file differs from what
// the types give, and `go test ./schema -update` rewrites them. The tests also validate the
// SDK's real documents against the files (the conformance vectors of the allocation package,
// the golden network, eligibility reports, generated schedules) and check that documents the
// SDK refuses, such as an amount "1e9" or a municipality code "301", fail validation.
//
// Each file has the $id [BaseURL] followed by its name, e.g.
// https://github.com/laeringsnettverk/sdk/schema/allocation-request.json, and is
// self-contained: its definitions are in its own "$defs". See README.md in this directory
// for what each file describes and how to validate from Python or Node.
package schema
