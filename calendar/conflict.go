package calendar

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Severity grades a finding of [Schedule.Check]. The zero value is unset.
type Severity uint8

const (
	// SeverityError is a conflict to fix: a meeting on a day off, two meetings for the same
	// people on one day, a meeting after the deadline it prepares. JSON "error".
	SeverityError Severity = iota + 1
	// SeverityWarning is worth a look but may be intended: a fixed deadline on a day off, a
	// meeting in Easter week or July, a date outside the strategy period. JSON "warning".
	SeverityWarning
	// SeverityInfo is for information: a statutory deadline moved to the next working day.
	// JSON "info".
	SeverityInfo
)

var severities = enum.Table[Severity]{Type: "severity", Err: enumError("severity", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"error", "konflikt", "conflict", "konflikt"},
	{"warning", "advarsel", "warning", "åtvaring"},
	{"info", "merknad", "note", "merknad"},
}}

// String returns the identifier: "error", "warning" or "info".
func (s Severity) String() string { return severities.ID(s) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "konflikt".
func (s Severity) Norwegian() string { return severities.Norwegian(s) }

// English returns the English name, e.g. "conflict".
func (s Severity) English() string { return severities.English(s) }

// Nynorsk returns the Norwegian nynorsk name.
func (s Severity) Nynorsk() string { return severities.Nynorsk(s) }

// In returns the name in lang: bokmål, nynorsk or English.
func (s Severity) In(lang lnet.Language) string { return name(severities, s, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (s Severity) MarshalText() ([]byte, error) { return severities.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(b []byte) error { return severities.Unmarshal(b, s) }

// ConflictKind says what [Schedule.Check] found. The zero value is unset.
type ConflictKind uint8

const (
	// ConflictWeekend is a meeting on a Saturday or Sunday. JSON "weekend".
	ConflictWeekend ConflictKind = iota + 1
	// ConflictHoliday is a meeting on a public holiday. JSON "holiday".
	ConflictHoliday
	// ConflictEve is a meeting on an eve the calendar treats as a day off. JSON "eve".
	ConflictEve
	// ConflictHolidaySeason is a meeting in Easter week (Monday before Easter to Easter
	// Monday) or July, when many are away. JSON "holiday_season".
	ConflictHolidaySeason
	// ConflictDoubleBooked is two meetings on one day with attendees in common. JSON
	// "double_booked".
	ConflictDoubleBooked
	// ConflictTooLate is a meeting after the deadline or event it prepares. JSON "too_late".
	ConflictTooLate
	// ConflictDeadlineOnDayOff is a deadline due on a day that is not a working day. JSON
	// "deadline_on_day_off".
	ConflictDeadlineOnDayOff
	// ConflictDeadlineMoved is a statutory deadline moved to the next working day. JSON
	// "deadline_moved".
	ConflictDeadlineMoved
	// ConflictOutsideStrategy is a date outside the strategy period 2018–2024: a warning
	// before it, information after it. JSON "outside_strategy_period".
	ConflictOutsideStrategy
)

var conflictKinds = enum.Table[ConflictKind]{Type: "conflict kind", Err: enumError("conflict kind", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"weekend", "møte i helg", "meeting on a weekend", "møte i helg"},
	{"holiday", "møte på helligdag", "meeting on a public holiday", "møte på heilagdag"},
	{"eve", "møte på fridag", "meeting on a day off", "møte på fridag"},
	{"holiday_season", "møte i ferietid", "meeting in a holiday season", "møte i ferietid"},
	{"double_booked", "dobbeltbooking", "double booking", "dobbeltbooking"},
	{"too_late", "forberedende møte for sent", "preparatory meeting too late", "førebuande møte for seint"},
	{"deadline_on_day_off", "frist på fridag", "deadline on a day off", "frist på fridag"},
	{"deadline_moved", "frist flyttet", "deadline moved", "frist flytta"},
	{"outside_strategy_period", "utenfor strategiperioden", "outside the strategy period", "utanfor strategiperioden"},
}}

// String returns the identifier, e.g. "double_booked".
func (k ConflictKind) String() string { return conflictKinds.ID(k) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "dobbeltbooking".
func (k ConflictKind) Norwegian() string { return conflictKinds.Norwegian(k) }

// English returns the English name, e.g. "double booking".
func (k ConflictKind) English() string { return conflictKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k ConflictKind) Nynorsk() string { return conflictKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k ConflictKind) In(lang lnet.Language) string { return name(conflictKinds, k, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (k ConflictKind) MarshalText() ([]byte, error) { return conflictKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ConflictKind) UnmarshalText(b []byte) error { return conflictKinds.Unmarshal(b, k) }

// Conflict is one finding of [Schedule.Check], with its message in Norwegian bokmål,
// nynorsk and English. The nynorsk message quotes the titles in nynorsk where the events and
// deadlines have them ([Event.TitleIn], [Deadline.TitleIn]); the bokmål and English messages
// quote the titles as given (Title).
type Conflict struct {
	// Kind says what was found.
	Kind ConflictKind `json:"kind"`
	// Severity grades it.
	Severity Severity `json:"severity"`
	// Date is the day concerned.
	Date date.Date `json:"date"`
	// Titles are the titles of the events and deadlines involved.
	Titles []string `json:"titles"`
	// Norwegian is the message in Norwegian (bokmål).
	Norwegian string `json:"message_nb"`
	// English is the message in English.
	English string `json:"message_en"`
	// Nynorsk is the message in Norwegian nynorsk.
	Nynorsk string `json:"message_nn"`
}

// Message returns the message as an [lnet.Text], the SDK's one shape for a text in several
// languages; the fields Norwegian, Nynorsk and English hold the same texts, under the JSON
// names message_nb, message_nn and message_en.
func (c Conflict) Message() lnet.Text { return lnet.NewText(c.Norwegian, c.Nynorsk, c.English) }

// In returns the message in lang.
func (c Conflict) In(lang lnet.Language) string { return c.Message().In(lang) }

// String returns the severity, date and Norwegian message.
func (c Conflict) String() string {
	return c.Severity.Norwegian() + " " + c.Date.String() + ": " + c.Norwegian
}

// inHolidaySeason reports whether d lies in July or in Easter week, from the Monday before
// Easter to Easter Monday. d must be in range.
func inHolidaySeason(d date.Date) (nb, nn, en string, ok bool) {
	if d.Month() == time.July {
		return "juli", "juli", "July", true
	}
	easter := daysOf(d.Year())[EasterSunday]
	if d >= easter-6 && d <= easter+1 {
		return "påskeuken", "påskeveka", "Easter week", true
	}
	return "", "", "", false
}

// outsideStrategy says how a date outside the [StrategyPeriod] is reported: before it (the
// networks did not exist yet) as a warning; after it as information only, since the sources
// say the networks last at least to 2024 ("minimum vare ut 2024"), not that they end then,
// and no later strategy period is among them. The texts complete a sentence.
func outsideStrategy(d date.Date) (sev Severity, nb, nn, en string, ok bool) {
	p := StrategyPeriod()
	switch {
	case d < p.Start:
		return SeverityWarning, "ligger før strategiperioden 2018–2024; nettverkene ble etablert i 2018.",
			"ligg før strategiperioden 2018–2024; nettverka vart etablerte i 2018.",
			"lies before the strategy period 2018–2024; the networks were established in 2018.", true
	case d > p.End:
		return SeverityInfo, "ligger etter strategiperioden 2018–2024, som nettverkene skulle vare minst ut; kildene nevner ingen senere periode.",
			"ligg etter strategiperioden 2018–2024, som nettverka skulle vare minst ut; kjeldene nemner ingen seinare periode.",
			"lies after the strategy period 2018–2024, which the networks were to last at least; the sources name no later period.", true
	}
	return 0, "", "", "", false
}

// Check validates the schedule and reports its conflicts under the calendar w, sorted by
// date: meetings on weekends, holidays and the eves w treats as days off (errors); meetings
// in Easter week or July (warnings); two meetings on one day with attendees in common
// (error); a meeting after the deadline or event it prepares (error); a deadline due on a day
// off (warning); a statutory deadline that moved (info); dates before the strategy period
// (warning) and after it (info: the networks were to last at least to 2024, and no later
// period is in the sources). A schedule without findings gives an empty slice. The error is that of
// [Schedule.Validate].
func (s Schedule) Check(w Workdays) ([]Conflict, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var out []Conflict
	add := func(k ConflictKind, sev Severity, d date.Date, titles []string, nb, nn, en string) {
		out = append(out, Conflict{Kind: k, Severity: sev, Date: d, Titles: titles, Norwegian: nb, Nynorsk: nn, English: en})
	}
	due := map[string]date.Date{}
	for _, e := range s.Events {
		if e.ID != "" {
			due[e.ID] = e.Date
		}
	}
	for _, d := range s.Deadlines {
		r, err := d.Resolve()
		if err != nil {
			return nil, err
		}
		if d.ID != "" {
			due[d.ID] = r.Due
		}
		t := []string{d.Title}
		if r.Moved {
			add(ConflictDeadlineMoved, SeverityInfo, d.Date, t, r.Norwegian(), r.Nynorsk(), r.English())
		}
		if off, isOff := w.DayOff(r.Due); isOff {
			add(ConflictDeadlineOnDayOff, SeverityWarning, r.Due, t,
				fmt.Sprintf("Fristen «%s» (%s) faller på %s, som ikke er en virkedag.", d.Title, d.Rule.Norwegian(), off.Norwegian()),
				fmt.Sprintf("Fristen «%s» (%s) fell på %s, som ikkje er ein yrkedag.", d.TitleIn(lnet.Nynorsk), d.Rule.Nynorsk(), off.Nynorsk()),
				fmt.Sprintf("The deadline “%s” (%s) falls on %s, which is not a working day.", d.Title, d.Rule.English(), off.English()))
		}
		if sev, nb, nn, en, ok := outsideStrategy(r.Due); ok {
			add(ConflictOutsideStrategy, sev, r.Due, t,
				fmt.Sprintf("Fristen «%s» %s %s", d.Title, NorwegianShortDate(r.Due), nb),
				fmt.Sprintf("Fristen «%s» %s %s", d.TitleIn(lnet.Nynorsk), NynorskShortDate(r.Due), nn),
				fmt.Sprintf("The deadline “%s” on %s %s", d.Title, EnglishShortDate(r.Due), en))
		}
	}
	for i, e := range s.Events {
		t := []string{e.Title}
		if off, isOff := w.DayOff(e.Date); isOff {
			k := ConflictWeekend
			switch {
			case off.Holiday.IsPublic():
				k = ConflictHoliday
			case off.Holiday != 0:
				k = ConflictEve
			}
			add(k, SeverityError, e.Date, t,
				fmt.Sprintf("%s «%s» er lagt til %s, som ikke er en virkedag.", upperFirst(e.Kind.Norwegian()), e.Title, off.Norwegian()),
				fmt.Sprintf("%s «%s» er lagd til %s, som ikkje er ein yrkedag.", upperFirst(e.Kind.Nynorsk()), e.TitleIn(lnet.Nynorsk), off.Nynorsk()),
				fmt.Sprintf("The %s “%s” is set on %s, which is not a working day.", e.Kind.English(), e.Title, off.English()))
		} else if nb, nn, en, ok := inHolidaySeason(e.Date); ok {
			add(ConflictHolidaySeason, SeverityWarning, e.Date, t,
				fmt.Sprintf("%s «%s» %s ligger i %s, da mange har fri.", upperFirst(e.Kind.Norwegian()), e.Title, NorwegianDate(e.Date), nb),
				fmt.Sprintf("%s «%s» %s ligg i %s, då mange har fri.", upperFirst(e.Kind.Nynorsk()), e.TitleIn(lnet.Nynorsk), NynorskDate(e.Date), nn),
				fmt.Sprintf("The %s “%s” on %s falls in %s, when many are away.", e.Kind.English(), e.Title, EnglishDate(e.Date), en))
		}
		for _, f := range s.Events[i+1:] {
			if f.Date == e.Date && e.sharesGroup(f) {
				add(ConflictDoubleBooked, SeverityError, e.Date, []string{e.Title, f.Title},
					fmt.Sprintf("«%s» og «%s» er begge lagt til %s for de samme deltakerne.", e.Title, f.Title, NorwegianDate(e.Date)),
					fmt.Sprintf("«%s» og «%s» er begge lagde til %s for dei same deltakarane.", e.TitleIn(lnet.Nynorsk), f.TitleIn(lnet.Nynorsk), NynorskDate(e.Date)),
					fmt.Sprintf("“%s” and “%s” are both set on %s for the same attendees.", e.Title, f.Title, EnglishDate(e.Date)))
			}
		}
		if target, ok := due[e.Prepares]; ok && e.Prepares != "" && e.Date > target {
			name := targetTitle(s, e.Prepares, lnet.Bokmal)
			add(ConflictTooLate, SeverityError, e.Date, []string{e.Title, name},
				fmt.Sprintf("«%s» %s skal forberede «%s», men kommer etter den (%s).", e.Title, NorwegianShortDate(e.Date), name, NorwegianShortDate(target)),
				fmt.Sprintf("«%s» %s skal førebu «%s», men kjem etter (%s).", e.TitleIn(lnet.Nynorsk), NynorskShortDate(e.Date), targetTitle(s, e.Prepares, lnet.Nynorsk), NynorskShortDate(target)),
				fmt.Sprintf("“%s” on %s is to prepare “%s” but comes after it (%s).", e.Title, EnglishShortDate(e.Date), name, EnglishShortDate(target)))
		}
		if sev, nb, nn, en, ok := outsideStrategy(e.Date); ok {
			add(ConflictOutsideStrategy, sev, e.Date, t,
				fmt.Sprintf("%s «%s» %s %s", upperFirst(e.Kind.Norwegian()), e.Title, NorwegianShortDate(e.Date), nb),
				fmt.Sprintf("%s «%s» %s %s", upperFirst(e.Kind.Nynorsk()), e.TitleIn(lnet.Nynorsk), NynorskShortDate(e.Date), nn),
				fmt.Sprintf("The %s “%s” on %s %s", e.Kind.English(), e.Title, EnglishShortDate(e.Date), en))
		}
	}
	slices.SortStableFunc(out, func(a, b Conflict) int {
		if c := cmpDate(a.Date, b.Date); c != 0 {
			return c
		}
		return int(a.Kind) - int(b.Kind)
	})
	if out == nil {
		out = []Conflict{}
	}
	return out, nil
}

// targetTitle returns the title in lang of the event or deadline id of s, or id.
func targetTitle(s Schedule, id string, lang lnet.Language) string {
	for _, e := range s.Events {
		if e.ID == id {
			return e.TitleIn(lang)
		}
	}
	for _, d := range s.Deadlines {
		if d.ID == id {
			return d.TitleIn(lang)
		}
	}
	return id
}
