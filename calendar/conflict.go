package calendar

import (
	"fmt"
	"slices"

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
	// meeting in a quiet period such as a school break ([QuietPeriod]), a date before the
	// strategy period. Every warning carries its reason ([Conflict.Reason]). JSON "warning".
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
	// ConflictHolidaySeason is a meeting in a quiet period ([QuietPeriod]) — a school break,
	// Easter week, the summer holiday, the days between Christmas and New Year, a bridge
	// day, or a period the caller gives — when many are away: a warning with the period's
	// reason. JSON "holiday_season".
	ConflictHolidaySeason
	// ConflictDoubleBooked is two meetings with attendees in common whose times overlap;
	// one that ends when the next starts is not double booked (see [Schedule.Check]). JSON
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
	{"holiday_season", "møte i ferie eller på fridag", "meeting in a holiday or quiet period", "møte i ferie eller på fridag"},
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
// nynorsk and English. Each message quotes the titles in its own language where the events
// and deadlines have them ([Event.TitleIn], [Deadline.TitleIn]): the English message the
// English title, the nynorsk message the nynorsk one; a title without a text in that
// language is quoted as given (Title). Titles lists the titles as given.
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
	// Reason says why the finding matters, in bokmål, nynorsk and English: for a meeting in
	// a quiet period the period's reason, for a deadline the rule or law that moved it or
	// kept it, for a date outside the strategy period the period. Every warning and note
	// has one; an error may leave it empty, its message saying it all. JSON {"nb", "nn",
	// "en"}, left out when empty.
	Reason lnet.Text `json:"reason,omitzero"`
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

// CheckOption is an option of [Schedule.Check].
type CheckOption func(*checkConfig)

type checkConfig struct {
	quiet []QuietPeriod
	set   bool // quiet was given; otherwise the defaults apply
}

// WithQuietPeriods makes [Schedule.Check] report meetings in ps, and only in ps, as
// warnings with the period's reason, instead of in [DefaultQuietPeriods]. With no periods
// it reports none. Use [QuietFor] to keep the periods of a network's municipalities.
func WithQuietPeriods(ps ...QuietPeriod) CheckOption {
	return func(c *checkConfig) { c.quiet = slices.Clone(ps); c.set = true }
}

// quietFinding returns the warning for event e in quiet period q, which runs from..to.
func quietFinding(e Event, q QuietPeriod, from, to date.Date) Conflict {
	span := func(short func(date.Date) string) string {
		if from == to {
			return short(from)
		}
		return short(from) + "–" + short(to)
	}
	return Conflict{
		Kind: ConflictHolidaySeason, Severity: SeverityWarning, Date: e.Date, Titles: []string{e.Title},
		Norwegian: fmt.Sprintf("%s «%s» %s ligger i «%s»%s, %s.", upperFirst(e.Kind.Norwegian()), e.Title, NorwegianDate(e.Date),
			q.Name.In(lnet.Bokmal), q.scopeIn(lnet.Bokmal), span(NorwegianShortDate)),
		Nynorsk: fmt.Sprintf("%s «%s» %s ligg i «%s»%s, %s.", upperFirst(e.Kind.Nynorsk()), e.TitleIn(lnet.Nynorsk), NynorskDate(e.Date),
			q.Name.In(lnet.Nynorsk), q.scopeIn(lnet.Nynorsk), span(NynorskShortDate)),
		English: fmt.Sprintf("The %s “%s” on %s falls in “%s”%s, %s.", e.Kind.English(), e.TitleIn(lnet.English), EnglishDate(e.Date),
			q.Name.In(lnet.English), q.scopeIn(lnet.English), span(EnglishShortDate)),
		Reason: q.reason(),
	}
}

// strategyReason is the reason of a finding outside the strategy period.
var strategyReason = lnet.NewText(
	"Strategiperioden for læringsnettverkene er 2018–2024: nettverkene ble etablert i 2018 og skulle vare minst ut 2024.",
	"Strategiperioden for læringsnettverka er 2018–2024: nettverka vart etablerte i 2018 og skulle vare minst ut 2024.",
	"The strategy period of the learning networks is 2018–2024: the networks were established in 2018 and were to last at least to the end of 2024.")

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
// in a quiet period — by default [DefaultQuietPeriods]: winter break, Easter week, the
// bridge day after Ascension Day, July, autumn break, 27–31 December; the caller's own with
// [WithQuietPeriods] — (warnings, with the period's reason); two meetings with attendees in
// common whose times overlap (error: judged by time, occurrence by occurrence of recurring
// meetings, an all-day meeting taking its whole days, cancelled meetings left out; a meeting
// that ends when the next starts is no conflict); a meeting after the deadline or event it prepares (error); a
// deadline due on a day off (warning, with the rule or law that keeps it there); a deadline
// that moved (info, with the rule or law that moved it); dates before the strategy period
// (warning) and after it (info: the networks were to last at least to 2024, and no later
// period is in the sources). Every warning and note carries its reason
// ([Conflict.Reason]). A schedule without findings gives an empty slice. The error is that
// of [Schedule.Validate], or a [*lnet.FieldError] for an invalid quiet period
// ("quiet_periods[i]…").
func (s Schedule) Check(w Workdays, opts ...CheckOption) ([]Conflict, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var cfg checkConfig
	for _, o := range opts {
		o(&cfg)
	}
	if !cfg.set {
		cfg.quiet = DefaultQuietPeriods()
	}
	if err := validateQuiet(cfg.quiet, "quiet_periods"); err != nil {
		return nil, err
	}
	var out []Conflict
	because := func(reason lnet.Text) { out[len(out)-1].Reason = reason }
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
			add(ConflictDeadlineMoved, SeverityInfo, d.Date, t, r.summary(lnet.Bokmal), r.summary(lnet.Nynorsk), r.summary(lnet.English))
			because(r.Reason())
		}
		if off, isOff := w.DayOff(r.Due); isOff {
			add(ConflictDeadlineOnDayOff, SeverityWarning, r.Due, t,
				fmt.Sprintf("Fristen «%s» (%s) faller på %s, som ikke er en virkedag.", d.Title, d.Rule.Norwegian(), off.Norwegian()),
				fmt.Sprintf("Fristen «%s» (%s) fell på %s, som ikkje er ein yrkedag.", d.TitleIn(lnet.Nynorsk), d.Rule.Nynorsk(), off.Nynorsk()),
				fmt.Sprintf("The deadline “%s” (%s) falls on %s, which is not a working day.", d.TitleIn(lnet.English), d.Rule.English(), off.English()))
			if !r.Moved && r.DayOff != nil {
				because(r.Reason())
			} else {
				because(r.eveReason())
			}
		}
		if sev, nb, nn, en, ok := outsideStrategy(r.Due); ok {
			add(ConflictOutsideStrategy, sev, r.Due, t,
				fmt.Sprintf("Fristen «%s» %s %s", d.Title, NorwegianShortDate(r.Due), nb),
				fmt.Sprintf("Fristen «%s» %s %s", d.TitleIn(lnet.Nynorsk), NynorskShortDate(r.Due), nn),
				fmt.Sprintf("The deadline “%s” on %s %s", d.TitleIn(lnet.English), EnglishShortDate(r.Due), en))
			because(strategyReason)
		}
	}
	for _, e := range s.Events {
		if e.Cancelled {
			continue // a cancelled event takes no day
		}
		t := []string{e.Title}
		// Every day of every occurrence: a day off is an error on that day; a quiet period is
		// one warning per occurrence.
		days := int(e.LastDay() - e.Date)
		for _, first := range e.Occurrences() {
			quietSeen := false
			for k := 0; k <= days; k++ {
				day := first + date.Date(k)
				if off, isOff := w.DayOff(day); isOff {
					kind := ConflictWeekend
					switch {
					case off.Holiday.IsPublic():
						kind = ConflictHoliday
					case off.Holiday != 0:
						kind = ConflictEve
					}
					add(kind, SeverityError, day, t,
						fmt.Sprintf("%s «%s» er lagt til %s, som ikke er en virkedag.", upperFirst(e.Kind.Norwegian()), e.Title, off.Norwegian()),
						fmt.Sprintf("%s «%s» er lagd til %s, som ikkje er ein yrkedag.", upperFirst(e.Kind.Nynorsk()), e.TitleIn(lnet.Nynorsk), off.Nynorsk()),
						fmt.Sprintf("The %s “%s” is set on %s, which is not a working day.", e.Kind.English(), e.TitleIn(lnet.English), off.English()))
				} else if q, from, to, ok := quietOn(cfg.quiet, day); ok && !quietSeen {
					quietSeen = true
					on := e
					on.Date = day
					out = append(out, quietFinding(on, q, from, to))
				}
			}
		}
		if target, ok := due[e.Prepares]; ok && e.Prepares != "" && e.Date > target {
			name := targetTitle(s, e.Prepares, lnet.Bokmal)
			add(ConflictTooLate, SeverityError, e.Date, []string{e.Title, name},
				fmt.Sprintf("«%s» %s skal forberede «%s», men kommer etter den (%s).", e.Title, NorwegianShortDate(e.Date), name, NorwegianShortDate(target)),
				fmt.Sprintf("«%s» %s skal førebu «%s», men kjem etter (%s).", e.TitleIn(lnet.Nynorsk), NynorskShortDate(e.Date), targetTitle(s, e.Prepares, lnet.Nynorsk), NynorskShortDate(target)),
				fmt.Sprintf("“%s” on %s is to prepare “%s” but comes after it (%s).", e.TitleIn(lnet.English), EnglishShortDate(e.Date), targetTitle(s, e.Prepares, lnet.English), EnglishShortDate(target)))
		}
		if sev, nb, nn, en, ok := outsideStrategy(e.Date); ok {
			add(ConflictOutsideStrategy, sev, e.Date, t,
				fmt.Sprintf("%s «%s» %s %s", upperFirst(e.Kind.Norwegian()), e.Title, NorwegianShortDate(e.Date), nb),
				fmt.Sprintf("%s «%s» %s %s", upperFirst(e.Kind.Nynorsk()), e.TitleIn(lnet.Nynorsk), NynorskShortDate(e.Date), nn),
				fmt.Sprintf("The %s “%s” on %s %s", e.Kind.English(), e.TitleIn(lnet.English), EnglishShortDate(e.Date), en))
			because(strategyReason)
		}
	}
	// Double booking is judged by time, occurrence by occurrence ([Schedule.doubleBookings]).
	out = append(out, s.doubleBookings()...)
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
