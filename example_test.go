package sdk_test

import (
	"fmt"
	"os"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// An office's round for both schemes, each with its own deadline: an application sent on
// 10 March is late for self-initiated projects (due 1 March) and in time for foster-home
// projects (due 1 April). network and application build the test's invented network and
// applications.
func ExampleRun() {
	call := sdk.Call{
		Office: "vestland", Year: 2026, Decided: date.New(2026, time.May, 15),
		Schemes: []sdk.SchemeCall{
			{Scheme: lnet.SchemeSelfInitiated, Pot: lnet.MustNOK("600000"), Deadline: date.New(2026, time.March, 1), Unit: lnet.MustNOK("1000")},
			{Scheme: lnet.SchemeFosterHome, Pot: lnet.MustNOK("1000000"), Deadline: date.New(2026, time.April, 1), Unit: lnet.MustNOK("1000")},
		},
	}
	sent := date.New(2026, time.March, 10)
	priority := allocation.IntWeight(2)
	apps := []sdk.Submission{
		{Application: application(2026, "dialog", lnet.SchemeSelfInitiated, 300_000, sent), Weight: &priority},
		{Application: application(2026, "fosterhjem", lnet.SchemeFosterHome, 800_000, sent), Weight: &priority},
	}
	round, err := sdk.Run(call, []lnet.Network{network(2026)}, apps)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range round.Cases {
		fmt.Println(c.Application.ID, "refused:", c.Refused())
	}
	for _, g := range round.Grants {
		fmt.Println(g.ID, g.Amount.Norwegian(), "decided", g.Decided, "use by", g.SpendBy)
	}
	// Output:
	// vestland-2026-dialog refused: true
	// vestland-2026-fosterhjem refused: false
	// tilskudd-vestland-2026-fosterhjem kr 800 000 decided 2026-05-15 use by 2027-12-31
}

// An application without a weight is an error that names it, unless the round is told to
// weigh by the amount requested.
func ExampleWithRequestedAsWeight() {
	call := sdk.Call{
		Office: "vestland", Year: 2026, Decided: date.New(2026, time.May, 15),
		Schemes: []sdk.SchemeCall{{Scheme: lnet.SchemeFosterHome, Pot: lnet.MustNOK("1000000"), Deadline: date.New(2026, time.April, 1)}},
	}
	apps := []sdk.Submission{{Application: application(2026, "fosterhjem", lnet.SchemeFosterHome, 800_000, date.New(2026, time.March, 10))}}
	_, err := sdk.Run(call, []lnet.Network{network(2026)}, apps)
	fmt.Println(err)
	round, err := sdk.Run(call, []lnet.Network{network(2026)}, apps, sdk.WithRequestedAsWeight())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("weight", round.Cases[0].Weight, "granted", round.Grants[0].Amount.Norwegian())
	// Output:
	// sdk: applications[0] "vestland-2026-fosterhjem": application without a weight: give Submission.Weight, or run the round WithRequestedAsWeight
	// weight 800000 granted kr 800 000
}

// The decision table (vedtakstabell) in English; -lang nn or nb in examples/round.
func ExampleRound_WriteDecisionTable() {
	round, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := round.WriteDecisionTable(os.Stdout, lnet.English); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Decision table: County Governor of Vestland – stimulus grants 2026
	// ==================================================================
	//
	// Assessed under Guidelines 2021/2022.
	// Date of decision: Friday 15 May 2026
	// Appeal by: Friday 5 June 2026 (three weeks, here reckoned from the date of decision)
	// Source: test
	//
	// self-initiated development projects (form 1)
	//   application deadline Sunday 1 March 2026
	//   pot NOK 600,000, allocated NOK 400,000, not distributed NOK 200,000
	//   money to be used by Friday 31 December 2027
	//
	// development projects in the foster-home field (form 2)
	//   application deadline Wednesday 1 April 2026
	//   pot NOK 1,000,000, allocated NOK 800,000, not distributed NOK 200,000
	//   money to be used by Friday 31 December 2027
	//
	//   Application                  Form        Requested      Allocated  Decision  Note
	//   vestland-2026-barnesamtaler  form 1    NOK 400,000    NOK 400,000  granted
	//   vestland-2026-dialog         form 1    NOK 300,000          NOK 0  refused   APP-DEADLINE
	//   vestland-2026-fosterhjem     form 2    NOK 800,000    NOK 800,000  granted
	//   Total                                NOK 1,500,000  NOK 1,200,000
	//
	// 2 grants, NOK 1,200,000 in all.
	//
	// Reasons for refusal
	//   vestland-2026-dialog: APP-DEADLINE – Submitted 2026-03-10, 9 days after the deadline 2026-03-01.
}

// The round's calendar entries as one schedule, ready for calendar.WriteICS.
func ExampleRound_Schedule() {
	round, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := round.Schedule()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range s.Deadlines {
		fmt.Println(d.Date, d.TitleIn(lnet.English))
	}
	for _, e := range s.Events {
		fmt.Println(e.Date, e.Title, e.Place)
	}
	// Output:
	// 2026-03-01 Application deadline, self-initiated development projects 2026 (form 1)
	// 2027-12-31 Funds granted for 2026 (self-initiated development projects) to be spent
	// 2026-04-01 Application deadline, development projects in the foster-home field 2026 (form 2)
	// 2027-12-31 Funds granted for 2026 (development projects in the foster-home field) to be spent
	// 2026-06-05 Time limit for an appeal
	// 2026-02-10 Vårsamling Bergen
	// 2026-09-15 Haustsamling Voss
}

// The decision table as data, for a case system's own letters.
func ExampleRound_Decisions() {
	round, err := sdk.Run(call(2026), []lnet.Network{network(2026)}, submissions(2026))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range round.Decisions() {
		fmt.Printf("%s %s %s %s\n", d.Application, d.Outcome, d.Granted.Norwegian(), ruleIDs(d))
	}
	// Output:
	// vestland-2026-barnesamtaler granted kr 400 000 []
	// vestland-2026-dialog refused kr 0 [APP-DEADLINE]
	// vestland-2026-fosterhjem granted kr 800 000 []
}

func ruleIDs(d sdk.Decision) []string {
	out := []string{}
	for _, f := range d.Refusals {
		out = append(out, f.Rule())
	}
	return out
}
