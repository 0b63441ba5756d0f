// Command tour is the README's tour of the SDK as a program that compiles and runs: the
// register, an allocation of both schemes over the governor offices, an eligibility report
// and a deadline. A test keeps the README's code block identical to the part of this file
// between the "tour:begin" and "tour:end" markers.
//
//	go run ./examples/tour
package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() { command().Main() }

// command is the tour as a command: it takes no flags and no arguments.
func command() cli.Command {
	return cli.Command{
		Name:        "tour",
		Synopsis:    "tour",
		Description: "Runs the README's tour of the SDK: the register, an allocation, an eligibility report\nand a deadline.",
		Flags:       func(*flag.FlagSet) func(io.Writer) error { return tour },
	}
}

// tour writes the tour's output to w.
func tour(w io.Writer) error {
	network := seeds.Hordaland2018()
	// tour:begin
	reg := lnet.DefaultRegister() // embedded SSB data, 2017–2026

	// Where did Kvam go in the 2020 reform, and which office covers it in 2024?
	next, err := reg.Successors(lnet.MustMunicipalityCode("1238"), date.New(2018, 9, 13), date.New(2024, 1, 1))
	if err != nil {
		return err
	}
	office, err := reg.OfficeForMunicipality(next[0].Code, date.New(2024, 1, 1))
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "1238 Kvam →", next[0].Code, next[0].Name, "→", office.Title)

	// National pots of both schemes, one key: 20 % equal, 80 % by children 0–17 (illustrative).
	key, err := allocation.OfficeKey(reg, 2022, allocation.MustWeight("0.2"))
	if err != nil {
		return err
	}
	results, err := allocation.AllocateSchemes(map[lnet.Scheme]lnet.NOK{
		lnet.SchemeSelfInitiated: lnet.MustNOK("kr 12 000 000"),
		lnet.SchemeFosterHome:    lnet.MustNOK("kr 27 000 000"),
	}, key.Recipients(), allocation.WithUnit(lnet.MustNOK("50000")))
	if err != nil {
		return err
	}
	fosterHome := results[lnet.SchemeFosterHome]
	for i := range 3 {
		share := fosterHome.At(i)
		amount, err := share.Amount()
		if err != nil {
			return err
		}
		fmt.Fprintln(w, share.ID, amount.Norwegian(), "quota", share.Quota.Decimal(2))
	}

	// Does the Hordaland network meet the guidelines of its year?
	report, err := eligibility.EvaluateNetwork(network, eligibility.WithGrantYear(2018))
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "eligible:", report.Eligible(), "—", len(report.Blocking()), "requirements not met")

	// An announced application deadline stays put; a statutory time limit would move.
	due, err := calendar.ApplicationDeadline("nordland", lnet.SchemeFosterHome, 2019, date.New(2019, 11, 13)).Resolve()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, due.English())
	// tour:end
	return nil
}
