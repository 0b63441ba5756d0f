package calendar_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

func ExampleHolidays() {
	hs, _ := calendar.Holidays(2019)
	for _, h := range hs[:5] {
		fmt.Printf("%s\t%s\n", h.Date, h.Name())
	}
	// Output:
	// 2019-01-01	Første nyttårsdag
	// 2019-04-18	Skjærtorsdag
	// 2019-04-19	Langfredag
	// 2019-04-21	Første påskedag
	// 2019-04-22	Andre påskedag
}

func ExampleWorkdays_IsWorkingDay() {
	office := calendar.Workdays{Off: calendar.AllEves}
	for _, d := range []date.Date{
		date.New(2018, time.May, 17),
		date.New(2019, time.December, 24),
		date.New(2019, time.February, 12),
	} {
		fmt.Println(d, calendar.Statutory().IsWorkingDay(d), office.IsWorkingDay(d))
	}
	next, _ := calendar.Statutory().NextWorkingDay(date.New(2019, time.April, 17))
	fmt.Println("after Wednesday before Easter:", next)
	n, _ := calendar.Statutory().WorkingDaysBetween(date.New(2019, time.January, 1), date.New(2020, time.January, 1))
	fmt.Println("working days in 2019:", n)
	// Output:
	// 2018-05-17 false false
	// 2019-12-24 true false
	// 2019-02-12 true true
	// after Wednesday before Easter: 2019-04-23
	// working days in 2019: 251
}

func ExampleDeadline_Resolve() {
	// A statutory time limit on the Saturday before Whit Monday moves to Tuesday.
	appeal := calendar.Deadline{
		Kind:  calendar.DeadlineAppeal,
		Title: "Klagefrist",
		Date:  date.New(2019, time.June, 8),
		Rule:  calendar.RuleNextWorkingDay,
	}
	r, _ := appeal.Resolve()
	fmt.Println(r.Due, r.Moved, len(r.Skipped))
	fmt.Println(r.Norwegian())

	// An announced application deadline is the office's own date: § 149 does not move it.
	app := calendar.ApplicationDeadline("vestland", lnet.SchemeFosterHome, 2025, date.New(2025, time.June, 1))
	r, _ = app.Resolve()
	fmt.Println(r.English())
	// Output:
	// 2019-06-11 true 3
	// «Klagefrist» faller på lørdag 8. juni 2019, som ikke er en virkedag, og forlenges til tirsdag 11. juni 2019, første virkedag etter lørdag 8. juni 2019, søndag 9. juni 2019 (første pinsedag) og mandag 10. juni 2019 (andre pinsedag). Domstolloven § 149 lyder: «Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag forlenges fristen til den nærmest følgende virkedag.» 24. og 31. desember er ikke nevnt, så de regnes som virkedager. Forvaltningsloven viser ikke til paragrafen; at den brukes for lovbestemte frister i forvaltningen, som klagefristen i forvaltningsloven § 29, er praksis.
	// “Application deadline, development projects in the foster-home field 2025 (form 2)” is an announced date and stands on Sunday 1 June 2025, although that is not a working day. An application deadline the office announced in its call is the office's own date. Section 149 of the Courts of Justice Act (domstolloven) extends time limits that end on a Saturday, a Sunday or holiday, or a day equated with one, but does not apply to such a date, so the deadline stands.
}

func ExamplePlanYear() {
	plan, _ := calendar.PlanYear(calendar.PlanRules{
		Network:   "nordland",
		Office:    "nordland",
		Year:      2019,
		Workdays:  calendar.Workdays{Off: calendar.AllEves},
		Deadlines: []calendar.Deadline{calendar.ApplicationDeadline("nordland", lnet.SchemeSelfInitiated, 2019, date.New(2019, time.November, 13))},
	})
	for _, e := range plan.Events {
		fmt.Println(e.Date, e.Hours, e.Title)
	}
	// Output:
	// 2019-01-22 12:00–14:00 Styringsgruppemøte: forberede vårsamlingen
	// 2019-02-12 09:00–15:30 Vårsamling i læringsnettverket
	// 2019-08-22 12:00–14:00 Styringsgruppemøte: forberede høstsamlingen
	// 2019-09-12 09:00–15:30 Høstsamling i læringsnettverket
	// 2019-10-23 12:00–14:00 Styringsgruppemøte: forberede søknad (søknadsfrist egeninitierte utviklingsprosjekter 2019 (skjema 1))
}

func ExampleSchedule_Check() {
	s := calendar.Schedule{
		Network: "hordaland",
		Events: []calendar.Event{
			{Kind: calendar.EventGathering, Title: "Samling", Date: date.New(2019, time.May, 17)},
		},
	}
	conflicts, _ := s.Check(calendar.Statutory())
	for _, c := range conflicts {
		fmt.Println(c.Severity, c.Kind)
		fmt.Println(c.Norwegian)
		fmt.Println(c.English)
	}
	// Output:
	// error holiday
	// Samling «Samling» er lagt til fredag 17. mai 2019 (grunnlovsdagen), som ikke er en virkedag.
	// The network gathering “Samling” is set on Friday 17 May 2019 (Constitution Day), which is not a working day.
}

func ExampleWriteICS() {
	s := calendar.Schedule{
		Network: "hordaland",
		Name:    "Læringsnettverket i Hordaland",
		Events: []calendar.Event{{
			ID:   "gathering-2019-02", // the UID derives from it: moving the gathering keeps it
			Kind: calendar.EventGathering, Title: "Læringsnettverkssamling", Place: "Bergen",
			Date:  date.New(2019, time.February, 12),
			Hours: &calendar.Hours{Start: calendar.MustClock(9, 0), End: calendar.MustClock(15, 30)},
		}},
	}
	var b bytes.Buffer
	// A fixed stamp (the time of export) gives the same file on every run.
	stamp := time.Date(2019, time.January, 2, 9, 30, 0, 0, time.UTC)
	if err := calendar.WriteICS(&b, s, calendar.ICSOptions{Stamp: stamp, NoReminders: true}); err != nil {
		fmt.Println(err)
	}
	for _, line := range strings.Split(b.String(), "\r\n") {
		if strings.HasPrefix(line, "DT") || strings.HasPrefix(line, "SUMMARY") || strings.HasPrefix(line, "TZID") ||
			strings.HasPrefix(line, "SEQUENCE") {
			fmt.Println(line)
		}
	}
	// Output:
	// TZID:Europe/Oslo
	// DTSTART:20181028T030000
	// DTSTAMP:20190102T093000Z
	// DTSTART;TZID=Europe/Oslo:20190212T090000
	// DTEND;TZID=Europe/Oslo:20190212T153000
	// SEQUENCE:0
	// SUMMARY:Læringsnettverkssamling
}

func ExampleWriteAgenda() {
	s := calendar.Schedule{
		Network: "hordaland",
		Name:    "Læringsnettverket i Hordaland",
		Events: []calendar.Event{
			{Kind: calendar.EventGathering, Title: "Læringsnettverkssamling", Date: date.New(2018, time.September, 13)},
		},
		Deadlines: []calendar.Deadline{
			calendar.ApplicationDeadline("hordaland", lnet.SchemeSelfInitiated, 2018, date.New(2018, time.November, 1)),
		},
	}
	_ = calendar.WriteAgenda(os.Stdout, s, calendar.AgendaText)
	// Output:
	// Læringsnettverket i Hordaland
	// =============================
	// 2018-09-13  torsdag  hele dagen  Læringsnettverkssamling
	// 2018-11-01  torsdag  hele dagen  Frist: Søknadsfrist egeninitierte utviklingsprosjekter 2018 (skjema 1) (fast frist)
}

func ExampleParseYears() {
	y, _ := calendar.ParseYears("2017-2030")
	fmt.Println(y.First, y.Last, y)
	// Output: 2017 2030 2017-2030
}

// The deadlines the calendar generates have their titles in the three languages; a title a
// caller gives alone is the title in every language.
func ExampleDeadline_TitleIn() {
	d := calendar.ApplicationDeadline("vestland", lnet.SchemeFosterHome, 2022, date.New(2022, time.June, 1))
	for _, l := range lnet.Languages() {
		fmt.Printf("%s: %s\n", l, d.TitleIn(l))
	}
	r, _ := d.Resolve()
	fmt.Println(r.In(lnet.Nynorsk))
	// Output:
	// nb: Søknadsfrist utviklingsprosjekter på fosterhjemsområdet 2022 (skjema 2)
	// en: Application deadline, development projects in the foster-home field 2022 (form 2)
	// nn: Søknadsfrist utviklingsprosjekt på fosterheimsområdet 2022 (skjema 2)
	// «Søknadsfrist utviklingsprosjekt på fosterheimsområdet 2022 (skjema 2)» gjeld onsdag 1. juni 2022, ein yrkedag.
}

// A generated plan as a nynorsk agenda.
func ExampleWriteAgendaIn() {
	plan, err := calendar.PlanYear(calendar.PlanRules{Network: "vestland", Name: "Læringsnettverket i Vestland 2022", Year: 2022, Deadlines: []calendar.Deadline{
		calendar.ApplicationDeadline("vestland", lnet.SchemeSelfInitiated, 2022, date.New(2022, time.June, 1)),
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := calendar.WriteAgendaIn(os.Stdout, plan, calendar.AgendaText, lnet.Nynorsk); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Læringsnettverket i Vestland 2022
	// =================================
	// 2022-01-18  tysdag   12:00–14:00  Styringsgruppemøte: førebu vårsamlinga
	// 2022-02-08  tysdag   09:00–15:30  Vårsamling i læringsnettverket
	// 2022-05-11  onsdag   12:00–14:00  Styringsgruppemøte: førebu søknad (søknadsfrist eigeninitierte utviklingsprosjekt 2022 (skjema 1))
	// 2022-06-01  onsdag   heile dagen  Frist: Søknadsfrist eigeninitierte utviklingsprosjekt 2022 (skjema 1) (fast frist)
	// 2022-08-18  torsdag  12:00–14:00  Styringsgruppemøte: førebu haustsamlinga
	// 2022-09-08  torsdag  09:00–15:30  Haustsamling i læringsnettverket
	// 2022-12-31  laurdag  heile dagen  Frist: Midlar tildelte for 2021 (eigeninitierte utviklingsprosjekt) skal vere brukte (fast frist; laurdag 31. desember 2022 er ikkje ein yrkedag)
	// 2022-12-31  laurdag  heile dagen  Frist: Midlar tildelte for 2021 (utviklingsprosjekt på fosterheimsområdet) skal vere brukte (fast frist; laurdag 31. desember 2022 er ikkje ein yrkedag)
}
