// Package jsonschema writes JSON Schema (draft 2020-12) documents (JSON-skjema) from Go
// types by reflection, so that the schemas the SDK publishes for other languages are
// generated from, and checked against, the types that really marshal the JSON.
//
// A [Generator] walks struct fields and their json tags: a field is required unless it is
// tagged omitempty or omitzero, and a pointer, slice or map field that can marshal as null
// (no omitempty) admits null. Types that marshal themselves (json.Marshaler,
// encoding.TextMarshaler: amounts, codes, dates, enumerations) carry no structure the
// reflection can see, so each must be registered with [Generator.Define] (a named definition
// with its pattern or enum) or [Generator.Mirror] (a struct with the same wire form). An
// unregistered one, a float, an interface or an untagged field is an error: the generator
// never guesses.
//
// Descriptions come from the Go doc comments of the types and fields when a [Docs] index is
// given, so the published schemas say what the Go documentation says.
//
// The package is internal: the schema files themselves, under schema/, are the public
// interface.
package jsonschema
