// Command innlandet2022 runs the Innlandet governor office's allocation round for 2022
// money end to end: the first call under the revised guidelines (2021/2022), under which
// other municipal services, such as the health centre (helsestasjon) or the
// educational-psychological service (PPT), may take part in the networks' projects beside
// child welfare. Pots NOK 1 100 000 for self-initiated and NOK 2 300 000 for foster-home
// projects; application deadline 1 August 2021, a Sunday, which stands as announced: an
// office's application deadline is a fixed date, so an application sent on Monday
// 2 August is late. Eligibility under the 2022 edition, each pot allocated over the
// eligible applications with caps equal to the amounts requested, and the grants, to be
// used by 31 December 2023.
//
//	go run ./examples/innlandet2022
//
// Pots and deadline are from the office's article of May 2021 (seed 004); the networks,
// applications, amounts, priorities, decision day and rounding unit are illustrative, and
// the output says so. The municipality codes are the real codes of 2022 (county 34,
// Innlandet). It uses only embedded data: no network access, no input.
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
		Name:        "innlandet2022",
		Synopsis:    "innlandet2022",
		Description: "Runs the Innlandet governor office's allocation round for 2022 money end to end:\neligibility under the 2022 edition, both pots allocated, the grants.",
		Flags:       func(*flag.FlagSet) func(io.Writer) error { return run },
	}
}

func run(out io.Writer) error {
	reg := lnet.DefaultRegister()
	call := seeds.Innlandet2022Call()
	office, err := reg.OfficeOn(call.Office, call.Deadline)
	if err != nil {
		return err
	}
	networks := seeds.Innlandet2022Networks()
	subs := seeds.Innlandet2022Applications()
	round, err := seeds.Run(call, networks, subs)
	if err != nil {
		return err
	}

	w := casework.NewWriter(out)
	w.Title(fmt.Sprintf("Stimuleringsmidler %d – %s (stimulus grants)", call.Year, office.Title))
	w.Println()
	w.Println("ILLUSTRASJON: rammene og søknadsfristen er embetets egne (artikkel 27.05.2021); nettverkene,")
	w.Println("søknadene, beløpene, prioriteringene, vedtaksdagen og enheten er oppdiktet for eksempelet.")
	w.Println("(Illustrative: pots and deadline are real, everything else is invented.)")
	w.Println()
	w.Println("Ny innretning fra 2022 (new direction): læringsnettverk kan også involvere andre kommunale")
	w.Println("tjenester enn barnevernet i utviklingsprosjektene (other municipal services may take part).")
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
