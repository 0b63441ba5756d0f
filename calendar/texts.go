package calendar

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// words are the calendar's own words in its agendas and iCalendar files, in bokmål, nynorsk
// and English. A text with %s takes the value it names.
var words = struct {
	allDay, topic, deadline, movedFrom, movedOwn, notWorkingDay lnet.Text
	date, day, time, what, place, note                          lnet.Text
	source, reminder                                            lnet.Text
}{
	allDay:        lnet.NewText("hele dagen", "heile dagen", "all day"),
	topic:         lnet.NewText("Tema: %s", "Tema: %s", "Topic: %s"),
	deadline:      lnet.NewText("Frist: %s", "Frist: %s", "Deadline: %s"),
	movedFrom:     lnet.NewText("flyttet fra %s (domstolloven § 149)", "flytta frå %s (domstollova § 149)", "moved from %s (Courts of Justice Act, section 149)"),
	movedOwn:      lnet.NewText("flyttet fra %s (fristens egen regel, ikke loven)", "flytta frå %s (fristen sin eigen regel, ikkje lova)", "moved from %s (the deadline's own rule, not the law)"),
	notWorkingDay: lnet.NewText("%s er ikke en virkedag", "%s er ikkje ein yrkedag", "%s is not a working day"),
	date:          lnet.NewText("Dato", "Dato", "Date"),
	day:           lnet.NewText("Dag", "Dag", "Day"),
	time:          lnet.NewText("Tid", "Tid", "Time"),
	what:          lnet.NewText("Hva", "Kva", "What"),
	place:         lnet.NewText("Sted", "Stad", "Place"),
	note:          lnet.NewText("Merknad", "Merknad", "Note"),
	source:        lnet.NewText("Kilde: %s", "Kjelde: %s", "Source: %s"),
	reminder:      lnet.NewText("Påminnelse: %s", "Påminning: %s", "Reminder: %s"),
}

// fill returns the text t in lang with its %s replaced by v.
func fill(t lnet.Text, lang lnet.Language, v string) string { return fmt.Sprintf(t.In(lang), v) }

// weekdayIn returns the name of d's weekday in lang: "tirsdag", "tysdag" or "Tuesday".
func weekdayIn(lang lnet.Language, d date.Date) string {
	return lang.Pick(norwegianWeekdays[d.Weekday()], nynorskWeekdays[d.Weekday()], d.Weekday().String())
}

// checkLanguage returns an error wrapping [lnet.ErrInvalidValue] unless lang is defined.
func checkLanguage(lang lnet.Language) error {
	if lang.Valid() {
		return nil
	}
	return parseError("language", strconv.Itoa(int(lang)), `want nb, nn or en`, lnet.ErrInvalidValue)
}

// formIn returns the scheme's application form in lang: "skjema 1" or "form 1".
func formIn(scheme lnet.Scheme, lang lnet.Language) string {
	f := scheme.Form()
	return lang.Pick(f, f, strings.Replace(f, "skjema", "form", 1))
}

// applicationTitle is the title of [ApplicationDeadline], e.g. "Søknadsfrist egeninitierte
// utviklingsprosjekter 2019 (skjema 1)".
func applicationTitle(scheme lnet.Scheme, year int) lnet.Text {
	return lnet.NewText(
		upperFirst(fmt.Sprintf("søknadsfrist %s %d (%s)", scheme.Norwegian(), year, formIn(scheme, lnet.Bokmal))),
		upperFirst(fmt.Sprintf("søknadsfrist %s %d (%s)", scheme.Nynorsk(), year, formIn(scheme, lnet.Nynorsk))),
		fmt.Sprintf("Application deadline, %s %d (%s)", scheme.English(), year, formIn(scheme, lnet.English)))
}

// spendByTitle is the title of [SpendBy].
func spendByTitle(scheme lnet.Scheme, year int) lnet.Text {
	return lnet.NewText(
		fmt.Sprintf("Midler tildelt for %d (%s) skal være brukt", year, scheme.Norwegian()),
		fmt.Sprintf("Midlar tildelte for %d (%s) skal vere brukte", year, scheme.Nynorsk()),
		fmt.Sprintf("Funds granted for %d (%s) to be spent", year, scheme.English()))
}

// reportTitle is the title of [ReportDeadline].
func reportTitle(scheme lnet.Scheme, year int) lnet.Text {
	return lnet.NewText(
		fmt.Sprintf("Rapport for midler tildelt %d (%s)", year, scheme.Norwegian()),
		fmt.Sprintf("Rapport for midlar tildelte %d (%s)", year, scheme.Nynorsk()),
		fmt.Sprintf("Report on funds granted for %d (%s)", year, scheme.English()))
}

// The titles [PlanYear] gives the meetings it generates.
var (
	springTitle   = lnet.NewText("Vårsamling i læringsnettverket", "Vårsamling i læringsnettverket", "Spring gathering of the learning network")
	autumnTitle   = lnet.NewText("Høstsamling i læringsnettverket", "Haustsamling i læringsnettverket", "Autumn gathering of the learning network")
	steeringTitle = lnet.NewText("Styringsgruppemøte: %s", "Styringsgruppemøte: %s", "Steering-group meeting: %s")
	prepSpring    = lnet.NewText("forberede vårsamlingen", "førebu vårsamlinga", "prepare the spring gathering")
	prepAutumn    = lnet.NewText("forberede høstsamlingen", "førebu haustsamlinga", "prepare the autumn gathering")
	prepApply     = lnet.NewText("forberede søknad (%s)", "førebu søknad (%s)", "prepare applications (%s)")
	prepSummer    = lnet.NewText("status for prosjektene før sommeren", "status for prosjekta før sommaren", "status of the projects before the summer")
)
