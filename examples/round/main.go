// Command round runs a governor office's grant round (tildelingsrunde) through the SDK's
// public API, sdk.Run, and prints its decision table (vedtakstabell): both funding schemes,
// each with its own application deadline (self-initiated projects 15 March, foster-home
// projects 15 April), eligibility of every application against its own scheme's deadline
// and the office's conditions, refusals with their reasons, each pot allocated with the cap
// of each application equal to the amount requested, and the grants with the date of
// decision and the spend-by date.
//
//	go run ./examples/round              # bokmål, grant year 2026
//	go run ./examples/round -lang nn     # nynorsk; -lang en for English
//	go run ./examples/round -year 2025
//
// The call, the networks, the applications and the office's priorities are invented
// (examples/internal/seeds.IllustrativeRound); the municipality codes are real. The
// program has no conversion code of its own: it calls the public packages only. -h prints
// the usage and exits 0; an unknown flag or an argument is a usage error (exit 2); a
// failed round or a failed write exits 1, with the error in the -lang language.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run runs the command with args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("round", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "nb", "language of the decision table and of error messages: nb, nn or en")
	year := fs.Int("year", 2026, "grant year of the illustrative call, within the register's data (2017–2026)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: round [-lang nb|nn|en] [-year YYYY]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "round: unexpected arguments %q: the program takes none\n", fs.Args())
		fs.Usage()
		return 2
	}
	l, err := lnet.ParseLanguage(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "round: -lang: %v\n", err)
		return 2
	}
	call, networks, subs, err := seeds.IllustrativeRound(*year)
	if err != nil {
		return fail(stderr, "round:", err, l)
	}
	round, err := sdk.Run(call, networks, subs)
	if err != nil {
		return fail(stderr, "round:", err, l)
	}
	if err := round.WriteDecisionTable(stdout, l); err != nil {
		return fail(stderr, "round: writing the decision table:", err, l)
	}
	return 0
}

// fail prints err after prefix on one line of stderr, in lang (the SDK's errors in bokmål,
// nynorsk or English, lnet.ErrorText), and returns the exit code 1.
func fail(stderr io.Writer, prefix string, err error, lang lnet.Language) int {
	fmt.Fprintln(stderr, prefix, strings.ReplaceAll(lnet.ErrorText(err, lang), "\n", "; "))
	return 1
}
