// Command allocate runs an allocation of stimulus money (stimuleringsmidler) for scripts:
//
//	go run ./examples/allocate                          # the embedded default, as JSON
//	go run ./examples/allocate -format markdown -equal 0.2 -year 2022
//	go run ./examples/allocate -data DIR                # newer SSB files laid over the embedded
//	go run ./examples/allocate -year 2027 -assume-unchanged
//	go run ./examples/allocate < request.json           # a JSON request
//	go run ./examples/allocate -in weights.csv -pot 650000 -unit 1000 -format csv
//
// Input is a JSON request on stdin or in the file -in (the format of
// allocation.DecodeRequest and of allocation/testdata/conformance), or, when -pot is given,
// CSV rows "id,weight[,floor[,cap]]". Output is JSON (default), CSV or a Markdown table
// (-format json|csv|markdown, -lang nb|nn|en for the table headings).
//
// With no input it runs the embedded default: national pots for both schemes split over the
// governor offices (embeter) of -year (default: the last year of population data, 2026 in the
// embedded register) by a key from the register, -equal of it divided equally and the rest by
// children aged 0–17 on 1 January of the year (Kilde: Statistisk sentralbyrå (SSB)). -data DIR
// lays a folder of newer SSB files over the embedded data (see lnet.LoadRegister). A -year
// past the data is an error unless -assume-unchanged is given: then the last known
// municipality structure and population are carried forward, and every result's "basis"
// (Markdown: "Datagrunnlag") says which population year and which day's structure it used. The default pots (-self-initiated 12000000, -foster-home
// 27000000), the unit kr 50 000 and the key are ILLUSTRATIVE: the directorate's real key and
// national pots are not published.
//
// On bad input the command writes one line naming the field to stderr, nothing to stdout,
// and exits with status 1 (2 for bad flags).
package main
