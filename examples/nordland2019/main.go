// Command nordland2019 runs the Nordland governor office's allocation round for 2019
// end to end: both schemes, NOK 950 000 for self-initiated and NOK 2 100 000 for
// foster-home projects (the office's call of 2019), application deadline 13 November 2019
// resolved by the calendar, eligibility of every application under the 2019 guidelines,
// each pot allocated over the eligible applications with caps equal to the amounts
// requested, and the grants, to be used by 31 December 2020.
//
//	go run ./examples/nordland2019
//
// Pots, deadline and spend-by date are real; the networks, applications, amounts,
// priorities, decision day and rounding unit are illustrative, and the output says so.
// The municipality codes are the real codes of 2019 (county 18, Nordland). It uses only
// embedded data: no network access, no input.
package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/laeringsnettverk/sdk/examples/internal/casework"
	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() { command().Main() }

// command is the program as a command: it takes no flags and no arguments.
func command() cli.Command {
	return cli.Command{
		Name:        "nordland2019",
		Synopsis:    "nordland2019",
		Description: "Runs the Nordland governor office's allocation round for 2019 end to end: deadline,\neligibility, both pots allocated, the grants.",
		Flags:       func(*flag.FlagSet) func(io.Writer) error { return run },
	}
}

func run(out io.Writer) error {
	reg := lnet.DefaultRegister()
	call := seeds.Nordland2019Call()
	office, err := reg.OfficeOn(call.Office, call.Deadline)
	if err != nil {
		return err
	}
	networks := seeds.Nordland2019Networks()
	subs := seeds.Nordland2019Applications()
	round, err := seeds.Run(call, networks, subs)
	if err != nil {
		return err
	}

	w := casework.NewWriter(out)
	w.Title(fmt.Sprintf("Stimuleringsmidler %d – %s (stimulus grants)", call.Year, office.Title))
	w.Println()
	w.Println("ILLUSTRASJON: rammene, søknadsfristen og fristen for bruk av midlene er embetets egne;")
	w.Println("nettverkene, søknadene, beløpene, prioriteringene, vedtaksdagen og enheten er oppdiktet")
	w.Println("for eksempelet. (Illustrative: pots and dates are real, everything else is invented.)")
	casework.WriteCall(w, round)
	w.Section("Nettverk (networks, illustrative)")
	casework.WriteNetworks(w, reg, networks, call.Deadline)
	casework.WriteCases(w, round, reg, seeds.Priorities(subs))
	casework.WriteAllocations(w, round)
	if err := casework.WriteGrants(w, round); err != nil {
		return err
	}
	w.Println()
	w.Println("Kilde: Statistisk sentralbyrå (SSB) for kommunenummer og -navn.")
	return w.Err()
}
