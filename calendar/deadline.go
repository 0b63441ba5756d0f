package calendar

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Rule says what happens to a deadline (frist) that falls on a day that is not a working day.
// The zero value is unset: every deadline must say which rule it follows.
type Rule uint8

const (
	// RuleFixed keeps the date as announced, even on a weekend or holiday: an office's
	// application deadline (søknadsfrist) is a fixed date. Domstolloven § 149 does not apply
	// to a date an office announced in its call: it is the office's own date, and it stays
	// put. JSON "fixed".
	RuleFixed Rule = iota + 1
	// RuleNextWorkingDay moves a deadline that falls on a Saturday, Sunday or public holiday
	// to the next working day. For a statutory time limit, such as the appeal deadline
	// ([DeadlineAppeal], forvaltningsloven § 29), that is domstolloven § 149: «Ender en frist
	// paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag
	// forlenges fristen til den nærmest følgende virkedag». Forvaltningsloven (1967) does not
	// refer to § 149; that administrative time limits are counted by it is practice, and the
	// texts say so. For any other deadline the rule is the one its office (or the caller)
	// chose, and the texts say it is the office's own rule, not the law. 24 and 31 December
	// are not in § 149's text and Holy Saturday is a Saturday: the rule always uses the
	// [Statutory] calendar ([Deadline.ResolveIn] takes another). JSON "next_working_day".
	RuleNextWorkingDay
)

var rules = enum.Table[Rule]{Type: "deadline rule", Err: enumError("deadline rule", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"fixed", "fast frist", "fixed date", "fast frist"},
	{"next_working_day", "forlenges til neste virkedag", "extended to the next working day", "blir forlengd til neste yrkedag"},
}}

// ParseRule parses a rule identifier: "fixed" or "next_working_day".
func ParseRule(text string) (Rule, error) { return rules.Parse(text) }

// Valid reports whether r is a defined rule.
func (r Rule) Valid() bool { return rules.Valid(r) }

// String returns the identifier, e.g. "fixed"; "" for the zero value.
func (r Rule) String() string { return rules.ID(r) }

// Norwegian returns the Norwegian (bokmål) description, e.g. "fast frist".
func (r Rule) Norwegian() string { return rules.Norwegian(r) }

// English returns the English description, e.g. "fixed date".
func (r Rule) English() string { return rules.English(r) }

// Nynorsk returns the Norwegian nynorsk name.
func (r Rule) Nynorsk() string { return rules.Nynorsk(r) }

// In returns the name in lang: bokmål, nynorsk or English.
func (r Rule) In(lang lnet.Language) string { return name(rules, r, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (r Rule) MarshalText() ([]byte, error) { return rules.Marshal(r) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRule].
func (r *Rule) UnmarshalText(b []byte) error { return rules.Unmarshal(b, r) }

// DeadlineKind says what a deadline is for. The zero value is unset.
type DeadlineKind uint8

const (
	// DeadlineApplication is an office's application deadline for a scheme and grant year
	// (søknadsfrist). JSON "application".
	DeadlineApplication DeadlineKind = iota + 1
	// DeadlineSpendBy is the day by which a grant must be used: 31 December of the year after
	// the grant year (frist for bruk av midler). JSON "spend_by".
	DeadlineSpendBy
	// DeadlineReport is a reporting deadline (rapporteringsfrist). JSON "report".
	DeadlineReport
	// DeadlineSurvey is the due date of answers to an office's survey (svarfrist for
	// kartlegging). JSON "survey".
	DeadlineSurvey
	// DeadlineResponse is any other date by which an answer or decision is due (svarfrist),
	// such as settling a project's host municipality. JSON "response".
	DeadlineResponse
	// DeadlineAppeal is the time limit for appealing a decision (klagefrist): three weeks
	// from notification (forvaltningsloven § 29). JSON "appeal".
	DeadlineAppeal
)

var deadlineKinds = enum.Table[DeadlineKind]{Type: "deadline kind", Err: enumError("deadline kind", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"application", "søknadsfrist", "application deadline", "søknadsfrist"},
	{"spend_by", "frist for bruk av midler", "spend-by date", "frist for bruk av midlar"},
	{"report", "rapporteringsfrist", "reporting deadline", "rapporteringsfrist"},
	{"survey", "svarfrist for kartlegging", "survey due date", "svarfrist for kartlegging"},
	{"response", "svarfrist", "response due date", "svarfrist"},
	{"appeal", "klagefrist", "appeal deadline", "klagefrist"},
}}

// ParseDeadlineKind parses a deadline kind identifier such as "spend_by".
func ParseDeadlineKind(text string) (DeadlineKind, error) { return deadlineKinds.Parse(text) }

// Valid reports whether k is a defined deadline kind.
func (k DeadlineKind) Valid() bool { return deadlineKinds.Valid(k) }

// String returns the identifier, e.g. "spend_by"; "" for the zero value.
func (k DeadlineKind) String() string { return deadlineKinds.ID(k) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "søknadsfrist".
func (k DeadlineKind) Norwegian() string { return deadlineKinds.Norwegian(k) }

// English returns the English name, e.g. "application deadline".
func (k DeadlineKind) English() string { return deadlineKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k DeadlineKind) Nynorsk() string { return deadlineKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k DeadlineKind) In(lang lnet.Language) string { return name(deadlineKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k DeadlineKind) MarshalText() ([]byte, error) { return deadlineKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDeadlineKind].
func (k *DeadlineKind) UnmarshalText(b []byte) error { return deadlineKinds.Unmarshal(b, k) }

// Deadline is a date by which something must be done (frist), with the rule that says
// whether it moves off weekends and holidays.
type Deadline struct {
	// ID identifies the deadline within a schedule, so that a meeting can name the deadline
	// it prepares, e.g. "application-self_initiated-2019". Optional; unique if set.
	ID string `json:"id,omitempty"`
	// Kind says what the deadline is for. Required.
	Kind DeadlineKind `json:"kind"`
	// Title says what is due, e.g. "Søknadsfrist egeninitierte utviklingsprosjekter 2019",
	// in bokmål or as the office announced it. Required. It identifies the deadline in the
	// iCalendar UIDs, whatever the language of the file.
	Title string `json:"title"`
	// Titles is the title in bokmål, nynorsk and English, when it is known in all three:
	// [ApplicationDeadline], [SpendBy] and [ReportDeadline] set it. Optional; when its
	// bokmål text is set it is Title. [Deadline.TitleIn] reads it. JSON {"nb", "nn", "en"},
	// left out when empty.
	Titles lnet.Text `json:"titles,omitzero"`
	// Date is the nominal date, as announced or computed. Required.
	Date date.Date `json:"date"`
	// Time is the time of day in Europe/Oslo at which the deadline expires, when the
	// announcement gives one, as Vestland's "1. juni 2021 23.59"; nil for a deadline that
	// runs to the end of its day. A deadline moved to the next working day keeps its time.
	// The iCalendar export writes a deadline with a time as a timed event at that instant
	// ([Resolution.DueAt]), one without as an all-day event. JSON "HH:MM".
	Time *Clock `json:"time,omitempty"`
	// Rule says whether the date moves off days that are not working days. Required.
	Rule Rule `json:"rule"`
	// Scheme is the funding scheme the deadline belongs to, if any.
	Scheme lnet.Scheme `json:"scheme,omitempty"`
	// Office is the governor office that set the deadline, if any.
	Office lnet.OfficeID `json:"office,omitempty"`
	// Year is the grant year (tilskuddsår) the deadline belongs to, 0 if none. An application
	// deadline can lie in the year before: Innlandet's deadline for 2022 was 1 August 2021.
	Year int `json:"year,omitempty"`
	// Source says where the date comes from, e.g. the office's call for applications.
	Source string `json:"source,omitempty"`
	// Revision counts the changes published of the deadline, 0 for the first version, as
	// [Event.Revision] does; written as SEQUENCE. [Schedule.Revise] raises it.
	Revision int `json:"revision,omitempty"`
	// Modified is when the deadline was last changed, if known; written as LAST-MODIFIED.
	Modified time.Time `json:"modified,omitzero"`
}

// Validate checks that the deadline has a kind, a title, a date in the calendar's range, a
// rule, and a valid scheme, office and year if set. Errors are [*lnet.FieldError] values
// wrapping [lnet.ErrInvalidModel].
func (d Deadline) Validate() error { return d.validate("") }

func (d Deadline) validate(path string) error {
	switch {
	case !d.Kind.Valid():
		return &lnet.FieldError{Path: path + "kind", Value: d.Kind.String(), Reason: "unknown or missing deadline kind"}
	case strings.TrimSpace(d.Title) == "":
		return &lnet.FieldError{Path: path + "title", Reason: "missing"}
	case d.Titles.NB != "" && d.Titles.NB != d.Title:
		return &lnet.FieldError{Path: path + "titles.nb", Value: d.Titles.NB, Reason: "differs from the title; change both, or clear titles"}
	case !inRange(d.Date):
		return &lnet.FieldError{Path: path + "date", Value: d.Date.String(), Reason: "outside the years 1–9999"}
	case d.Time != nil && !d.Time.Valid():
		return &lnet.FieldError{Path: path + "time", Value: strconv.Itoa(int(*d.Time)), Reason: "not a time of day"}
	case d.Time != nil && !clockExists(d.Date, *d.Time):
		return &lnet.FieldError{Path: path + "time", Value: d.Date.String() + " " + d.Time.String(), Reason: gapReason(d.Date, *d.Time)}
	case !d.Rule.Valid():
		return &lnet.FieldError{Path: path + "rule", Value: d.Rule.String(), Reason: "unknown or missing rule (want \"fixed\" or \"next_working_day\")"}
	case d.Revision < 0:
		return &lnet.FieldError{Path: path + "revision", Value: itoa(d.Revision), Reason: "negative"}
	case d.Scheme != 0 && !d.Scheme.Valid():
		return &lnet.FieldError{Path: path + "scheme", Value: d.Scheme.String(), Reason: "unknown scheme"}
	case d.Office != "" && !d.Office.Valid():
		return &lnet.FieldError{Path: path + "office", Value: string(d.Office), Reason: "not an office id"}
	case d.Year < 0 || d.Year > MaxYear:
		return &lnet.FieldError{Path: path + "year", Value: strconv.Itoa(d.Year), Reason: "outside the years 1–9999"}
	case d.Scheme.Valid() && d.Year != 0 && d.Year < d.Scheme.FirstYear():
		return &lnet.FieldError{Path: path + "year", Value: strconv.Itoa(d.Year),
			Reason: fmt.Sprintf("before the first grant year %d of the scheme %s", d.Scheme.FirstYear(), d.Scheme)}
	}
	return nil
}

// TitleIn returns the title in lang: its text in Titles, or Title when Titles has none in
// lang.
func (d Deadline) TitleIn(lang lnet.Language) string { return titleIn(d.Title, d.Titles, lang) }

// titleIn returns the text of titles in lang, or title when that is empty.
func titleIn(title string, titles lnet.Text, lang lnet.Language) string {
	if s := lang.Pick(titles.NB, titles.NN, titles.EN); s != "" {
		return s
	}
	return title
}

// Resolution is a deadline with its rule applied: the day it is actually due, whether it
// moved, and why.
type Resolution struct {
	// Deadline is the deadline resolved.
	Deadline Deadline `json:"deadline"`
	// Due is the day the deadline is actually due: the nominal date, or the next working day
	// if the rule moved it.
	Due date.Date `json:"due"`
	// Moved reports whether Due differs from the nominal date.
	Moved bool `json:"moved"`
	// DayOff says why the nominal date is not a working day in the calendar resolved in
	// ([Statutory] for [Deadline.Resolve]); nil
	// if it is one. A fixed deadline can stand on a day off: then DayOff is set and Moved is
	// false.
	DayOff *DayOff `json:"day_off,omitempty"`
	// Skipped lists the days passed over when the deadline moved, from the nominal date on.
	Skipped []DayOff `json:"skipped,omitempty"`
}

// Resolve applies the deadline's rule in the [Statutory] calendar, the one domstolloven § 149
// counts by: it is ResolveIn(Statutory()). The error wraps [lnet.ErrInvalidModel] if the
// deadline does not validate, or [lnet.ErrOutOfRange] if it cannot move past the year 9999.
func (d Deadline) Resolve() (Resolution, error) { return d.ResolveIn(Statutory()) }

// ResolveIn applies the deadline's rule in the working-day calendar w: a deadline under
// [RuleNextWorkingDay] moves to the next working day of w, and DayOff and Skipped are the
// days off of w. Only [Statutory] is the calendar of § 149; with another calendar (say
// Workdays{Off: AllEves}, an office that closes on the eves) the move is the caller's rule,
// and [Resolution.Reason], which explains the deadline's rule, does not describe it. The
// errors are those of [Deadline.Resolve].
func (d Deadline) ResolveIn(w Workdays) (Resolution, error) {
	if err := d.Validate(); err != nil {
		return Resolution{}, err
	}
	r := Resolution{Deadline: d, Due: d.Date}
	off, isOff := w.DayOff(d.Date)
	if !isOff {
		return r, nil
	}
	r.DayOff = &off
	if d.Rule == RuleFixed {
		return r, nil
	}
	due, err := w.OnOrAfter(d.Date)
	if err != nil {
		return Resolution{}, err
	}
	for day := d.Date; day < due; day++ {
		o, _ := w.DayOff(day)
		r.Skipped = append(r.Skipped, o)
	}
	r.Due, r.Moved = due, true
	return r, nil
}

// Text explains the resolution in the three languages.
func (r Resolution) Text() lnet.Text { return lnet.NewText(r.Norwegian(), r.Nynorsk(), r.English()) }

// In explains the resolution in lang.
func (r Resolution) In(lang lnet.Language) string {
	return lang.Pick(r.Norwegian(), r.Nynorsk(), r.English())
}

// joinList joins items as "a, b and c" with the given conjunction.
func joinList(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

// ApplicationDeadline returns an office's application deadline (søknadsfrist) for a scheme
// and grant year, due on the announced date: a fixed deadline that does not move. Its ID is
// "application-<scheme>-<year>"; its title is in the three languages, e.g. "Søknadsfrist
// egeninitierte utviklingsprosjekter 2019 (skjema 1)", "Søknadsfrist eigeninitierte
// utviklingsprosjekt 2019 (skjema 1)", "Application deadline, self-initiated development
// projects 2019 (form 1)".
func ApplicationDeadline(office lnet.OfficeID, scheme lnet.Scheme, year int, due date.Date) Deadline {
	return Deadline{
		ID:     "application-" + scheme.String() + "-" + strconv.Itoa(year),
		Kind:   DeadlineApplication,
		Title:  applicationTitle(scheme, year).NB,
		Titles: applicationTitle(scheme, year),
		Date:   due,
		Rule:   RuleFixed,
		Scheme: scheme,
		Office: office,
		Year:   year,
	}
}

// SpendBy returns the day by which money granted for year under scheme must be used:
// 31 December of the year after (the guidelines; Nordland's 2019 call: used by 31 Dec 2020).
// It is a fixed date. Its ID is "spend_by-<scheme>-<year>"; its title is in the three
// languages.
func SpendBy(office lnet.OfficeID, scheme lnet.Scheme, year int) Deadline {
	return Deadline{
		ID:     "spend_by-" + scheme.String() + "-" + strconv.Itoa(year),
		Kind:   DeadlineSpendBy,
		Title:  spendByTitle(scheme, year).NB,
		Titles: spendByTitle(scheme, year),
		Date:   date.New(year+1, time.December, 31),
		Rule:   RuleFixed,
		Scheme: scheme,
		Office: office,
		Year:   year,
	}
}

// ReportDeadline returns a reporting deadline (rapporteringsfrist) for the grant of year
// under scheme, due on the day the office set, under the given rule. Its ID is
// "report-<scheme>-<year>"; its title is in the three languages.
func ReportDeadline(office lnet.OfficeID, scheme lnet.Scheme, year int, due date.Date, rule Rule) Deadline {
	return Deadline{
		ID:     "report-" + scheme.String() + "-" + strconv.Itoa(year),
		Kind:   DeadlineReport,
		Title:  reportTitle(scheme, year).NB,
		Titles: reportTitle(scheme, year),
		Date:   due,
		Rule:   rule,
		Scheme: scheme,
		Office: office,
		Year:   year,
	}
}

// AppealDeadline returns the time limit for appealing a decision (klagefrist) notified on
// day notified: three weeks later (forvaltningsloven § 29; a limit in weeks ends on the same
// weekday, domstolloven § 148), moved to the next working day if it falls on a Saturday,
// Sunday or public holiday (domstolloven § 149, which forvaltningsloven does not refer to;
// counting administrative time limits by it is practice).
func AppealDeadline(title string, notified date.Date) Deadline {
	return Deadline{
		Kind:  DeadlineAppeal,
		Title: title,
		Date:  notified + 21,
		Rule:  RuleNextWorkingDay,
	}
}
