package calendar_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

func ExampleDefaultQuietPeriods() {
	for _, q := range calendar.DefaultQuietPeriods() {
		from, to, _ := q.Span(2019)
		fmt.Println(q.From, q.To, from, to, q.Name.In(lnet.Nynorsk))
	}
	// Output:
	// W08 W09 2019-02-18 2019-03-03 Vinterferie (veke 8 eller 9)
	// easter_sunday-6 easter_monday 2019-04-15 2019-04-22 Påskeveka
	// ascension_day+1 ascension_day+1 2019-05-31 2019-05-31 Inneklemd dag etter Kristi himmelfartsdag
	// --07-01 --07-31 2019-07-01 2019-07-31 Sommarferie (juli)
	// W40 W41 2019-09-30 2019-10-13 Haustferie (veke 40 eller 41)
	// --12-27 --12-31 2019-12-27 2019-12-31 Romjula
}

// A gathering in the autumn break is a warning with its reason, never an error.
func ExampleWithQuietPeriods() {
	s := calendar.Schedule{Network: "vestland", Events: []calendar.Event{
		{Kind: calendar.EventGathering, Title: "Haustsamling", Date: date.New(2019, time.October, 1)},
	}}
	conflicts, _ := s.Check(calendar.Statutory()) // the defaults
	for _, c := range conflicts {
		fmt.Println(c.Severity, c.Kind, c.English)
		fmt.Println(c.Reason.In(lnet.English))
	}
	own := calendar.QuietPeriod{Name: lnet.Text{NB: "Høstferie i Bergen"}, Reason: lnet.Text{NB: "Skolene i Bergen har høstferie i uke 41."},
		From: calendar.QuietWeek(41), To: calendar.QuietWeek(41), Scope: calendar.ScopeMunicipality, Municipality: 4601}
	conflicts, _ = s.Check(calendar.Statutory(), calendar.WithQuietPeriods(calendar.QuietFor([]calendar.QuietPeriod{own}, 4601)...))
	fmt.Println(len(conflicts), "conflicts: Bergen's break is week 41")
	// Output:
	// warning holiday_season The network gathering “Haustsamling” on Tuesday 1 October 2019 falls in “Autumn break (week 40 or 41)”, 30 September 2019–13 October 2019.
	// Schools have their autumn break in week 40 or 41, depending on the place, and many with children are away. The period is common practice, not law; each municipality sets its own school holidays.
	// 0 conflicts: Bergen's break is week 41
}

func ExampleParseQuietCSV() {
	ps, err := calendar.ParseQuietCSV(strings.NewReader(`name,from,to,scope,area,reason
Vinterferie i Bergen,2026-W09,2026-W09,municipality,4601,Skolene i Bergen har vinterferie.
Høstferie,W40,W41,county,46
`))
	fmt.Println(len(ps), err)
	fmt.Println(ps[0].Contains(date.New(2026, time.February, 24)), ps[1].AppliesTo(4601), ps[1].AppliesTo(301))
	_, err = calendar.ParseQuietCSV(strings.NewReader("name,from,to,scope,area,reason\nx,W40,W41,county,4601\n"))
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// true true false
	// line 2: area: want the county code of a county-wide period, two digits "4601"
}

func ExampleResolution_Reason() {
	// An office's reporting deadline on a Saturday, moved by the office's own rule.
	r, _ := calendar.ReportDeadline("vestland", lnet.SchemeFosterHome, 2025, date.New(2026, time.February, 28), calendar.RuleNextWorkingDay).Resolve()
	fmt.Println(r.Due, r.Reason().In(lnet.English))
	// Output:
	// 2026-03-02 Moving it to the next working day is the office's own rule for this deadline, not a rule of law: section 149 of the Courts of Justice Act (domstolloven) is not its basis.
}
