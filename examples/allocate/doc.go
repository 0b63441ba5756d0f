// Command allocate runs an allocation of stimulus money (stimuleringsmidler) for scripts:
//
//	go run ./examples/allocate -demo                    # the embedded default, as JSON
//	go run ./examples/allocate -demo -format markdown -equal 0.2 -year 2022
//	go run ./examples/allocate -demo -data DIR          # newer SSB files laid over the embedded
//	go run ./examples/allocate -demo -year 2027 -assume-unchanged
//	go run ./examples/allocate < request.json           # a JSON request
//	go run ./examples/allocate -in weights.csv -pot 650000 -unit 1000 -format csv
//
// Input is a JSON request on stdin or in the file -in (the format of
// allocation.DecodeRequest and of allocation/testdata/conformance), or, when -pot is given,
// CSV rows "id,weight[,floor[,cap]]" as allocation.ReadRecipientsCSV reads them: ',' or ';'
// with a decimal comma (Norwegian Excel), a byte order mark, CRLF or CR line ends, a header
// recognised by its names. Output is JSON (default), CSV or a Markdown table
// (-format json|csv|markdown, -lang nb|nn|en for the table headings and the error
// messages); JSON and CSV are written as they are produced, share by share.
//
// Input that is empty or only whitespace (an empty pipe, an empty -in file, /dev/null) is an
// error that says what was expected: a pipeline that lost its data never gets made-up numbers.
//
// With -demo, or run from a terminal with no -in, it runs the embedded default: national pots for both schemes split over the
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
// and exits with status 1; unknown flags and arguments add a usage line and exit with status
// 2; -h prints the flags and exits with status 0. A write error (> /dev/full) is status 1.
package main
