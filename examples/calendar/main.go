// Command calendar prints the Hordaland learning network's timeline 2018–2019 from the source
// documents and a generated 2019 plan, as a text agenda (default), Markdown or iCalendar, in
// bokmål (default), nynorsk or English; or, with -holidays, the Norwegian public holidays of a
// range of years for scripts.
//
// Usage:
//
//	calendar [-format text|markdown|ics] [-lang nb|nn|en] [-blackout FILE] [-stamp RFC3339]
//	calendar -holidays 2017-2030 [-lang nb|nn|en]
//
// The text and Markdown agendas end with the notes of [calendar.Schedule.Check]: every
// conflict, warning and note, each warning and note followed by its reason ("Grunn:",
// "Reason:"). Meetings in quiet periods are warnings: by default the conventions of
// [calendar.DefaultQuietPeriods] (winter break week 8 or 9, Easter week, the Friday after
// Ascension Day, July, autumn break week 40 or 41, 27–31 December); with -blackout FILE, the
// periods in FILE instead, a CSV in the format of [calendar.ParseQuietCSV]:
//
//	# comment
//	name,from,to,scope,area,reason
//	Vinterferie i Bergen,2026-W09,2026-W09,municipality,4601,Skolene i Bergen har vinterferie.
//	Høstferie,W40,W40,county,46,
//	Romjul,--12-27,--12-31,national,,
//
// from and to are days (2026-02-23), ISO weeks of a year (2026-W09) or of every year (W40),
// days of every year (--12-27), or days relative to a holiday (ascension_day+1); scope is
// national, county (area: the county code) or municipality (area: the municipality number).
// An error names the line. Every period in the file applies to both schedules here; a
// program picks a network's periods with [calendar.QuietFor].
//
// -stamp sets the DTSTAMP of the iCalendar output, an RFC 3339 instant such as
// 2019-01-15T08:00:00Z, for reproducible files; without it the DTSTAMP is the time of the
// run.
//
// With -holidays it prints one public holiday a line as "YYYY-MM-DD<TAB>name" with the name
// in -lang, Sundays that are holidays (Easter Sunday, Whit Sunday) included, and nothing else.
// The names of the networks, the titles the sources give and the places are written as the
// sources have them; what the calendar generates (headings, the plan's meetings, deadline
// titles, notes) is in -lang.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/examples/internal/errlang"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "calendar:", errlang.Text(err, os.Args[1:]))
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("calendar", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", `output format: "text", "markdown" or "ics"`)
	holidays := fs.String("holidays", "", `print the public holidays of a year or range of years, e.g. "2017-2030"`)
	langTag := fs.String("lang", "nb", "language of the output: nb, nn or en")
	blackout := fs.String("blackout", "", "CSV `file` of quiet periods (name,from,to,scope,area,reason) to check instead of the default ones")
	stamp := fs.String("stamp", "", "DTSTAMP of the iCalendar output, an RFC 3339 `instant` such as 2019-01-15T08:00:00Z (default: now)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts := options{ics: calendar.ICSOptions{}}
	if *stamp != "" {
		t, err := time.Parse(time.RFC3339, *stamp)
		if err != nil {
			return fmt.Errorf("-stamp: want an RFC 3339 instant such as 2019-01-15T08:00:00Z, not %q", *stamp)
		}
		opts.ics.Stamp = t
	}
	if *blackout != "" {
		f, err := os.Open(*blackout)
		if err != nil {
			return fmt.Errorf("-blackout: %w", err)
		}
		ps, err := calendar.ParseQuietCSV(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("-blackout %s: %w", *blackout, err)
		}
		opts.check = append(opts.check, calendar.WithQuietPeriods(ps...))
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	lang := lnet.Bokmal
	switch *langTag {
	case "nb", "no":
	case "nn":
		lang = lnet.Nynorsk
	case "en":
		lang = lnet.English
	default:
		return fmt.Errorf("-lang: want nb, nn or en, not %q", *langTag)
	}
	opts.ics.Language = lang
	w := bufio.NewWriter(stdout)
	var err error
	if *holidays != "" {
		err = printHolidays(w, *holidays, lang)
	} else {
		err = printCalendars(w, *format, lang, opts)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

func printHolidays(w io.Writer, spec string, lang lnet.Language) error {
	years, err := calendar.ParseYears(spec)
	if err != nil {
		return err
	}
	hs, err := years.Holidays()
	if err != nil {
		return err
	}
	for _, h := range hs {
		if _, err := fmt.Fprintf(w, "%s\t%s\n", h.Date, h.Kind.In(lang)); err != nil {
			return err
		}
	}
	return nil
}

// options are the flags that shape the output of the calendars.
type options struct {
	ics   calendar.ICSOptions    // -lang, -stamp
	check []calendar.CheckOption // -blackout
}

// notes is the heading of a schedule's conflicts; reason introduces a finding's reason.
var (
	notes  = lnet.NewText("Merknader", "Merknader", "Notes")
	reason = lnet.NewText("Grunn", "Grunn", "Reason")
)

func printCalendars(w io.Writer, format string, lang lnet.Language, opts options) error {
	plan, err := calendar.PlanYear(nordlandRules())
	if err != nil {
		return err
	}
	schedules := []calendar.Schedule{hordalandTimeline(), plan}
	if format == "ics" {
		// One file: the timeline's and the plan's events together.
		all := calendar.Schedule{Network: "laeringsnettverk-eksempel", Name: "Læringsnettverk: eksempler"}
		for _, s := range schedules {
			all.Events = append(all.Events, s.Events...)
			all.Deadlines = append(all.Deadlines, s.Deadlines...)
		}
		return calendar.WriteICS(w, all, opts.ics)
	}
	f, err := calendar.ParseAgendaFormat(format)
	if err != nil {
		return err
	}
	for i, s := range schedules {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := calendar.WriteAgendaIn(w, s, f, lang); err != nil {
			return err
		}
		conflicts, err := s.Check(calendar.Workdays{Off: calendar.AllEves}, opts.check...)
		if err != nil {
			return err
		}
		if len(conflicts) > 0 {
			fmt.Fprintf(w, "\n%s:\n\n", notes.In(lang))
			for _, c := range conflicts {
				fmt.Fprintf(w, "- %s: %s\n", c.Severity.In(lang), c.In(lang))
				if !c.Reason.IsZero() {
					fmt.Fprintf(w, "  %s: %s\n", reason.In(lang), c.Reason.In(lang))
				}
				if lang != lnet.English {
					// The Norwegian message with the English one below it, for the
					// international reader.
					fmt.Fprintf(w, "  (%s: %s)\n", c.Severity.English(), c.English)
				}
			}
		}
	}
	return nil
}

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// hordalandTimeline is the Hordaland network's timeline 2018–2019 as the source documents
// give it: the office's invitation (survey answers due 1 May 2018; information meeting and
// start-up seminar in Bergen on 7 June 2018) and the minutes of the gathering of
// 13 September 2018 (host municipality to be settled by 25 September; application deadline
// 1 November 2018; next gathering in Bergen on 12 February 2019). The sources give no hours,
// so the events are all-day.
func hordalandTimeline() calendar.Schedule {
	app := calendar.ApplicationDeadline("hordaland", lnet.SchemeSelfInitiated, 2018, day(2018, time.November, 1))
	app.Source = "Referat fra læringsnettverkssamling 13. september 2018"
	return calendar.Schedule{
		Network: "hordaland",
		Name:    "Læringsnettverket i Hordaland 2018–2019",
		Office:  "hordaland",
		Events: []calendar.Event{
			{ID: "startup-2018", Kind: calendar.EventStartUp, Title: "Informasjonsmøte og oppstartsseminar", Date: day(2018, time.June, 7), Place: "Bergen sentrum"},
			{ID: "gathering-2018-09", Kind: calendar.EventGathering, Title: "Læringsnettverkssamling", Date: day(2018, time.September, 13)},
			{ID: "gathering-2019-02", Kind: calendar.EventGathering, Title: "Læringsnettverkssamling", Date: day(2019, time.February, 12), Place: "Bergen",
				Topic: "Ansvar og samarbeid mellom barnevern, politi og Barnehuset når barn er utsatt for vold og overgrep"},
		},
		Deadlines: []calendar.Deadline{
			{ID: "survey-2018", Kind: calendar.DeadlineSurvey, Title: "Svar på spørsmål om status i kommunen", Date: day(2018, time.May, 1),
				Rule: calendar.RuleFixed, Office: "hordaland", Source: "Invitasjon til deltaking i læringsnettverk, Fylkesmannen i Hordaland 2018"},
			{ID: "host-2018", Kind: calendar.DeadlineResponse, Title: "Prosjektgruppe og vertskommune for «Dokumentasjon av barnesamtaler» avklart",
				Date: day(2018, time.September, 25), Rule: calendar.RuleFixed, Office: "hordaland"},
			app,
		},
	}
}

// nordlandRules generate a 2019 plan with the Nordland office's published 2019 application
// deadlines (13 November 2019, both schemes); gathering days and hours are the defaults.
func nordlandRules() calendar.PlanRules {
	var deadlines []calendar.Deadline
	for _, d := range calendar.KnownApplicationDeadlines() {
		if d.Office == "nordland" && d.Year == 2019 {
			deadlines = append(deadlines, d)
		}
	}
	return calendar.PlanRules{
		Network:   "nordland",
		Name:      "Læringsnettverk i Nordland, generert plan for 2019",
		Office:    "nordland",
		Year:      2019,
		Workdays:  calendar.Workdays{Off: calendar.AllEves},
		Deadlines: deadlines,
	}
}
