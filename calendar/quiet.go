package calendar

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// QuietScope says where a [QuietPeriod] applies. The zero value is unset.
type QuietScope uint8

const (
	// ScopeNational is a quiet period in the whole country. JSON "national".
	ScopeNational QuietScope = iota + 1
	// ScopeCounty is a quiet period in one county ([QuietPeriod.County]). JSON "county".
	ScopeCounty
	// ScopeMunicipality is a quiet period in one municipality ([QuietPeriod.Municipality]),
	// such as its own school holidays. JSON "municipality".
	ScopeMunicipality
)

var quietScopes = enum.Table[QuietScope]{Type: "quiet scope", Err: enumError("quiet scope", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"national", "hele landet", "the whole country", "heile landet"},
	{"county", "fylke", "county", "fylke"},
	{"municipality", "kommune", "municipality", "kommune"},
}}

// ParseQuietScope parses a scope identifier: "national", "county" or "municipality".
func ParseQuietScope(text string) (QuietScope, error) { return quietScopes.Parse(text) }

// Valid reports whether s is a defined scope.
func (s QuietScope) Valid() bool { return quietScopes.Valid(s) }

// String returns the identifier, e.g. "county"; "" for the zero value.
func (s QuietScope) String() string { return quietScopes.ID(s) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "fylke".
func (s QuietScope) Norwegian() string { return quietScopes.Norwegian(s) }

// English returns the English name, e.g. "county".
func (s QuietScope) English() string { return quietScopes.English(s) }

// Nynorsk returns the Norwegian nynorsk name.
func (s QuietScope) Nynorsk() string { return quietScopes.Nynorsk(s) }

// In returns the name in lang: bokmål, nynorsk or English.
func (s QuietScope) In(lang lnet.Language) string { return name(quietScopes, s, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (s QuietScope) MarshalText() ([]byte, error) { return quietScopes.Marshal(s) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseQuietScope].
func (s *QuietScope) UnmarshalText(b []byte) error { return quietScopes.Unmarshal(b, s) }

// boundKind says what a [QuietBound] names.
type boundKind uint8

const (
	boundDate     boundKind = iota + 1 // one day: "2026-02-23"
	boundYearWeek                      // an ISO week of one year: "2026-W08"
	boundWeek                          // an ISO week of every year: "W08"
	boundMonthDay                      // a day of every year: "--12-27"
	boundHoliday                       // a day relative to a holiday of every year: "ascension_day+1"
)

// maxHolidayOffset bounds the offset of a bound relative to a holiday, in days.
const maxHolidayOffset = 200

// QuietBound is the first or last day of a [QuietPeriod]: a day, an ISO week, or a day that
// recurs every year. Its text form, in JSON and CSV, is one of
//
//	2026-02-23        a day
//	2026-W08          an ISO week of one year: from its Monday, to its Sunday
//	W08               the ISO week of every year (two digits, 01–53)
//	--12-27           a day of every year (ISO 8601's --MM-DD; not --02-29)
//	ascension_day+1   a day relative to a holiday of every year ([HolidayKind] identifier,
//	                  optionally +N or -N days, |N| ≤ 200), e.g. "easter_sunday-6"
//
// A bound that names a week stands for the week's Monday as the first day of a period and
// its Sunday as the last. The zero value is unset and invalid.
type QuietBound struct {
	kind    boundKind
	day     date.Date   // boundDate
	year    int         // boundYearWeek
	week    int         // boundYearWeek, boundWeek
	month   time.Month  // boundMonthDay
	dom     int         // boundMonthDay
	holiday HolidayKind // boundHoliday
	offset  int         // boundHoliday
}

// QuietDay returns the bound of the single day d.
func QuietDay(d date.Date) QuietBound { return QuietBound{kind: boundDate, day: d} }

// QuietWeek returns the bound of ISO week week (1–53) of every year.
func QuietWeek(week int) QuietBound { return QuietBound{kind: boundWeek, week: week} }

// QuietYearWeek returns the bound of ISO week week (1–53) of the ISO year year.
func QuietYearWeek(year, week int) QuietBound {
	return QuietBound{kind: boundYearWeek, year: year, week: week}
}

// QuietMonthDay returns the bound of the day of month of every year.
func QuietMonthDay(month time.Month, day int) QuietBound {
	return QuietBound{kind: boundMonthDay, month: month, dom: day}
}

// QuietHoliday returns the bound of the day offset days after (before, if negative) the
// holiday h of every year, e.g. QuietHoliday(AscensionDay, 1) for the Friday after Ascension
// Day.
func QuietHoliday(h HolidayKind, offset int) QuietBound {
	return QuietBound{kind: boundHoliday, holiday: h, offset: offset}
}

// IsZero reports whether b is unset.
func (b QuietBound) IsZero() bool { return b == QuietBound{} }

// Yearly reports whether b recurs every year (a week, a day of the year or a day relative to
// a holiday) rather than naming one day or one year's week.
func (b QuietBound) Yearly() bool {
	return b.kind == boundWeek || b.kind == boundMonthDay || b.kind == boundHoliday
}

// String returns the text form, e.g. "W40" or "ascension_day+1"; "" for the zero value.
func (b QuietBound) String() string {
	switch b.kind {
	case boundDate:
		return b.day.String()
	case boundYearWeek:
		return fmt.Sprintf("%04d-W%02d", b.year, b.week)
	case boundWeek:
		return fmt.Sprintf("W%02d", b.week)
	case boundMonthDay:
		return fmt.Sprintf("--%02d-%02d", int(b.month), b.dom)
	case boundHoliday:
		switch {
		case b.offset > 0:
			return b.holiday.String() + "+" + strconv.Itoa(b.offset)
		case b.offset < 0:
			return b.holiday.String() + strconv.Itoa(b.offset)
		}
		return b.holiday.String()
	}
	return ""
}

// ParseQuietBound parses the text form of a bound (see [QuietBound]). Errors are
// [*lnet.ParseError] values wrapping [lnet.ErrInvalidValue].
func ParseQuietBound(text string) (QuietBound, error) {
	bad := func(reason string) (QuietBound, error) {
		return QuietBound{}, parseError("quiet period bound", text, reason, lnet.ErrInvalidValue)
	}
	const want = `want YYYY-MM-DD, YYYY-Www, Www, --MM-DD or a holiday such as "ascension_day+1"`
	digits := func(s string) (int, bool) {
		if s == "" || len(s) > 4 {
			return 0, false
		}
		for _, c := range []byte(s) {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	switch {
	case text == "":
		return bad(want)
	case strings.HasPrefix(text, "--"):
		if len(text) != 7 || text[4] != '-' {
			return bad(want)
		}
		m, ok1 := digits(text[2:4])
		d, ok2 := digits(text[5:7])
		b := QuietMonthDay(time.Month(m), d)
		if !ok1 || !ok2 || !b.valid() {
			return bad("not a day every year has (--MM-DD; --02-29 is not one)")
		}
		return b, nil
	case text[0] == 'W':
		w, ok := digits(text[1:])
		if !ok || len(text) != 3 || w < 1 || w > 53 {
			return bad("want an ISO week W01–W53")
		}
		return QuietWeek(w), nil
	case len(text) == 8 && text[4] == '-' && text[5] == 'W':
		y, ok1 := digits(text[:4])
		w, ok2 := digits(text[6:])
		b := QuietYearWeek(y, w)
		if !ok1 || !ok2 || !b.valid() {
			return bad("not an ISO week of a year 0001–9999")
		}
		return b, nil
	case text[0] >= '0' && text[0] <= '9':
		d, err := parseDay(text)
		if err != nil {
			return bad("not a day YYYY-MM-DD in the years 0001–9999")
		}
		return QuietDay(d), nil
	}
	id, off := text, 0
	if i := strings.IndexAny(text, "+-"); i >= 0 {
		n, ok := digits(text[i+1:])
		if !ok || n > maxHolidayOffset {
			return bad(fmt.Sprintf("want a holiday with an offset of at most %d days, e.g. \"easter_sunday-6\"", maxHolidayOffset))
		}
		id, off = text[:i], n
		if text[i] == '-' {
			off = -n
		}
	}
	h, err := ParseHolidayKind(id)
	if err != nil {
		return bad(want)
	}
	return QuietHoliday(h, off), nil
}

// parseDay parses a day "YYYY-MM-DD" strictly, in the calendar's years.
func parseDay(s string) (date.Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != 10 {
		return 0, fmt.Errorf("bad day %q", s)
	}
	d := date.New(t.Year(), t.Month(), t.Day())
	if !inRange(d) {
		return 0, fmt.Errorf("day %q out of range", s)
	}
	return d, nil
}

// valid reports whether b names a day or week that can exist.
func (b QuietBound) valid() bool {
	switch b.kind {
	case boundDate:
		return inRange(b.day)
	case boundYearWeek:
		return b.year >= MinYear && b.year <= MaxYear && b.week >= 1 && b.week <= isoWeeks(b.year)
	case boundWeek:
		return b.week >= 1 && b.week <= 53
	case boundMonthDay:
		if b.month < time.January || b.month > time.December || b.dom < 1 || b.month == time.February && b.dom > 28 {
			return false
		}
		return date.New(2001, b.month, b.dom).Month() == b.month
	case boundHoliday:
		return b.holiday.Valid() && b.offset >= -maxHolidayOffset && b.offset <= maxHolidayOffset
	}
	return false
}

// MarshalText implements [encoding.TextMarshaler]; the zero value is an error.
func (b QuietBound) MarshalText() ([]byte, error) {
	if !b.valid() {
		return nil, parseError("quiet period bound", b.String(), "unset or invalid", lnet.ErrInvalidValue)
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseQuietBound].
func (b *QuietBound) UnmarshalText(text []byte) error {
	v, err := ParseQuietBound(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// isoWeeks returns the number of ISO weeks of the ISO year y: 52 or 53.
func isoWeeks(y int) int {
	_, w := date.New(y, time.December, 28).ISOWeek()
	return w
}

// isoMonday returns the Monday of ISO week w of the ISO year y.
func isoMonday(y, w int) date.Date {
	jan4 := date.New(y, time.January, 4)
	return jan4 - date.Date((int(jan4.Weekday())+6)%7) + date.Date(7*(w-1))
}

// in returns the day b stands for in year (ignored for a bound that is not yearly), as the
// first day of a period or, with last, as its last day; false when year has no such day
// (week 53) or it lies outside the calendar's years.
func (b QuietBound) in(year int, last bool) (date.Date, bool) {
	var d date.Date
	week := func(y, w int) (date.Date, bool) {
		if y < MinYear || y > MaxYear || w > isoWeeks(y) {
			return 0, false
		}
		m := isoMonday(y, w)
		if last {
			return m + 6, true
		}
		return m, true
	}
	switch b.kind {
	case boundDate:
		d = b.day
	case boundYearWeek:
		var ok bool
		if d, ok = week(b.year, b.week); !ok {
			return 0, false
		}
	case boundWeek:
		var ok bool
		if d, ok = week(year, b.week); !ok {
			return 0, false
		}
	case boundMonthDay:
		if year < MinYear || year > MaxYear {
			return 0, false
		}
		d = date.New(year, b.month, b.dom)
	case boundHoliday:
		if year < MinYear || year > MaxYear {
			return 0, false
		}
		d = daysOf(year)[b.holiday] + date.Date(b.offset)
	default:
		return 0, false
	}
	return d, inRange(d)
}

// QuietPeriod is a stretch of days when many of those a network invites are away or busy
// (a quiet period, blackout): a school break, the days between Christmas and New Year, a
// bridge day (inneklemt dag), the summer holiday. A meeting in one is worth a second look but
// may be intended, so [Schedule.Check] reports it as a warning with the period's reason,
// never as an error, and [PlanYear] keeps the days it chooses itself out of them.
//
// Each municipality sets its own school holidays: a caller supplies its periods, per county
// or municipality, and [DefaultQuietPeriods] has the commonly used ones as conventions. In
// JSON:
//
//	{"name":{"nb":"Høstferie","nn":"Haustferie","en":"Autumn break"},
//	 "reason":{"nb":"…","nn":"…","en":"…"},
//	 "from":"W40","to":"W41","scope":"municipality","municipality":"4601"}
type QuietPeriod struct {
	// Name names the period, e.g. "Vinterferie". Required in bokmål; a language left empty
	// falls back to bokmål ([lnet.Text.In]).
	Name lnet.Text `json:"name"`
	// Reason says why a meeting in the period deserves a second look, e.g. that schools
	// have their winter break and many families travel. Optional; without one, the warning
	// says that the period was given as a time when many are away.
	Reason lnet.Text `json:"reason,omitzero"`
	// From is the first day. Required.
	From QuietBound `json:"from"`
	// To is the last day. Required. Both bounds are days or weeks of one year, or both
	// recur every year ([QuietBound.Yearly]). A yearly period does not run over New Year:
	// write one period to 31 December and one from 1 January.
	To QuietBound `json:"to"`
	// Scope says where the period applies. Required.
	Scope QuietScope `json:"scope"`
	// County is the county of a county-wide period, as a code of the same era as the
	// municipalities it is compared with. Set exactly when Scope is [ScopeCounty].
	County lnet.CountyCode `json:"county,omitzero"`
	// Municipality is the municipality of a municipal period. Set exactly when Scope is
	// [ScopeMunicipality].
	Municipality lnet.MunicipalityCode `json:"municipality,omitzero"`
	// Source says where the period comes from, e.g. the municipality's school calendar.
	Source string `json:"source,omitempty"`
}

// Validate checks the name, the bounds and the scope. Errors are [*lnet.FieldError] values
// wrapping [lnet.ErrInvalidModel].
func (q QuietPeriod) Validate() error { return q.validate("") }

func (q QuietPeriod) validate(path string) error {
	switch {
	case strings.TrimSpace(q.Name.NB) == "":
		return &lnet.FieldError{Path: path + "name.nb", Reason: "missing"}
	case !q.From.valid():
		return &lnet.FieldError{Path: path + "from", Value: q.From.String(), Reason: "unset or invalid"}
	case !q.To.valid():
		return &lnet.FieldError{Path: path + "to", Value: q.To.String(), Reason: "unset or invalid"}
	case q.From.Yearly() != q.To.Yearly():
		return &lnet.FieldError{Path: path + "to", Value: q.To.String(),
			Reason: "from " + q.From.String() + " and to must both recur every year or both name one year"}
	case !q.Scope.Valid():
		return &lnet.FieldError{Path: path + "scope", Value: q.Scope.String(), Reason: "unknown or missing scope (want national, county or municipality)"}
	case q.Scope == ScopeCounty && !q.County.Valid():
		return &lnet.FieldError{Path: path + "county", Value: q.County.String(), Reason: "a county-wide period needs its county"}
	case q.Scope != ScopeCounty && !q.County.IsZero():
		return &lnet.FieldError{Path: path + "county", Value: q.County.String(), Reason: "only a county-wide period has a county"}
	case q.Scope == ScopeMunicipality && !q.Municipality.Valid():
		return &lnet.FieldError{Path: path + "municipality", Value: q.Municipality.String(), Reason: "a municipal period needs its municipality"}
	case q.Scope != ScopeMunicipality && !q.Municipality.IsZero():
		return &lnet.FieldError{Path: path + "municipality", Value: q.Municipality.String(), Reason: "only a municipal period has a municipality"}
	}
	if !q.From.Yearly() {
		from, _ := q.From.in(0, false)
		to, _ := q.To.in(0, true)
		if to < from {
			return &lnet.FieldError{Path: path + "to", Value: q.To.String(), Reason: "before from " + q.From.String()}
		}
	} else if q.From.kind == q.To.kind && (q.From.kind != boundHoliday || q.From.holiday == q.To.holiday) {
		// Bounds of one kind compare the same way every year; 2004 has an ISO week 53.
		from, _ := q.From.in(2004, false)
		to, _ := q.To.in(2004, true)
		if to < from {
			return &lnet.FieldError{Path: path + "to", Value: q.To.String(), Reason: "before from " + q.From.String() + " (a yearly period does not run over New Year)"}
		}
	}
	return nil
}

// Span returns the first and last day of the period that starts in year: for a yearly
// period its days in year, for any other its own days when they start in year. It is
// false when the period has no days starting in year, e.g. "W53" in a year of 52 weeks,
// or a yearly period whose last day comes before its first that year.
func (q QuietPeriod) Span(year int) (from, to date.Date, ok bool) {
	if !q.From.Yearly() {
		from, ok1 := q.From.in(0, false)
		to, ok2 := q.To.in(0, true)
		if !ok1 || !ok2 || from.Year() != year || to < from {
			return 0, 0, false
		}
		return from, to, true
	}
	from, ok1 := q.From.in(year, false)
	to, ok2 := q.To.in(year, true)
	if !ok1 || !ok2 || to < from {
		return 0, 0, false
	}
	return from, to, true
}

// spanOn returns the days of the period that contain d, if any. A period of fixed dates is
// one span, however many years it covers; a yearly ISO week can start in the year before, so
// the years around d are tried too.
func (q QuietPeriod) spanOn(d date.Date) (from, to date.Date, ok bool) {
	if !q.From.Yearly() {
		from, ok1 := q.From.in(0, false)
		to, ok2 := q.To.in(0, true)
		if ok1 && ok2 && from <= d && d <= to {
			return from, to, true
		}
		return 0, 0, false
	}
	for y := d.Year() - 1; y <= d.Year()+1; y++ {
		if from, to, ok := q.Span(y); ok && from <= d && d <= to {
			return from, to, true
		}
	}
	return 0, 0, false
}

// Contains reports whether d lies in the period.
func (q QuietPeriod) Contains(d date.Date) bool {
	_, _, ok := q.spanOn(d)
	return ok
}

// AppliesTo reports whether the period concerns municipality m: a national period always,
// a county-wide one when m lies in its county (the first two digits of m), a municipal one
// when it is m.
func (q QuietPeriod) AppliesTo(m lnet.MunicipalityCode) bool {
	switch q.Scope {
	case ScopeNational:
		return true
	case ScopeCounty:
		return m.County() == q.County
	case ScopeMunicipality:
		return m == q.Municipality
	}
	return false
}

// QuietFor returns the periods of ps that concern a network of the given municipalities:
// the national ones and those that apply to at least one of them ([QuietPeriod.AppliesTo]),
// in the order given. A school break in one member municipality keeps its people from a
// gathering of the whole network, so one is enough.
func QuietFor(ps []QuietPeriod, municipalities ...lnet.MunicipalityCode) []QuietPeriod {
	out := []QuietPeriod{}
	for _, q := range ps {
		if q.Scope == ScopeNational || slices.ContainsFunc(municipalities, q.AppliesTo) {
			out = append(out, q)
		}
	}
	return out
}

// reasonIn returns the period's reason in lang, or a sentence saying it was given as a
// period when many are away.
func (q QuietPeriod) reasonIn(lang lnet.Language) string {
	if s := q.Reason.In(lang); s != "" {
		return s
	}
	return fill(quietNoReason, lang, q.Name.In(lang))
}

// reason returns the period's reason in the three languages (see reasonIn).
func (q QuietPeriod) reason() lnet.Text {
	return lnet.NewText(q.reasonIn(lnet.Bokmal), q.reasonIn(lnet.Nynorsk), q.reasonIn(lnet.English))
}

// scopeIn describes where the period applies, for a message: "" for a national period,
// " (fylke 46)" or " (kommune 4601)" otherwise.
func (q QuietPeriod) scopeIn(lang lnet.Language) string {
	switch q.Scope {
	case ScopeCounty:
		return " (" + q.Scope.In(lang) + " " + q.County.String() + ")"
	case ScopeMunicipality:
		return " (" + q.Scope.In(lang) + " " + q.Municipality.String() + ")"
	}
	return ""
}

// The texts of quiet periods.
var (
	quietNoReason = lnet.NewText("«%s» er oppgitt som en periode da mange har fri.",
		"«%s» er oppgitt som ein periode då mange har fri.",
		"“%s” is given as a period when many are away.")
	quietConvention = lnet.NewText(" Perioden er en vanlig praksis, ikke lov; hver kommune fastsetter sine egne skoleferier.",
		" Perioden er vanleg praksis, ikkje lov; kvar kommune fastset sine eigne skuleferiar.",
		" The period is common practice, not law; each municipality sets its own school holidays.")
)

// DefaultQuietPeriods returns the quiet periods commonly used across Norway, all national,
// as conventions, not law: each municipality sets its own school holidays, and no statute
// fixes these weeks. They are defaults a caller overrides, per county or municipality, with
// its own periods ([Schedule.Check] with [WithQuietPeriods], [PlanRules.Quiet]):
//
//   - Vinterferie (winter break): ISO weeks 8 and 9. Schools take one of the two, which one
//     depending on the county and municipality; the default covers both, since the SDK has
//     no sourced table of which place uses which week.
//   - Påskeuka (Easter week): Monday before Easter to Easter Monday.
//   - Inneklemt dag (bridge day): the Friday after Ascension Day, which many schools and
//     workplaces give off.
//   - Sommerferie (summer holiday): July, the heart of the common summer holiday.
//   - Høstferie (autumn break): ISO weeks 40 and 41, one of which most schools take; the
//     default covers both, as for the winter break.
//   - Romjul (the days between Christmas and New Year): 27–31 December.
//
// Every call returns a new slice; its reasons say that the period is a convention.
func DefaultQuietPeriods() []QuietPeriod {
	conv := func(nb, nn, en string) lnet.Text {
		return lnet.NewText(nb+quietConvention.NB, nn+quietConvention.NN, en+quietConvention.EN)
	}
	const src = "Vanlig praksis (convention), ikke lov: calendar.DefaultQuietPeriods"
	return []QuietPeriod{
		{
			Name:   lnet.NewText("Vinterferie (uke 8 eller 9)", "Vinterferie (veke 8 eller 9)", "Winter break (week 8 or 9)"),
			Reason: conv("Skolene har vinterferie i uke 8 eller 9, ulikt fra sted til sted, og mange familier reiser bort.", "Skulane har vinterferie i veke 8 eller 9, ulikt frå stad til stad, og mange familiar reiser bort.", "Schools have their winter break in week 8 or 9, depending on the place, and many families go away."),
			From:   QuietWeek(8), To: QuietWeek(9), Scope: ScopeNational, Source: src,
		},
		{
			Name:   lnet.NewText("Påskeuka", "Påskeveka", "Easter week"),
			Reason: conv("Skolene har påskeferie, og mange tar fri hele uka før påske.", "Skulane har påskeferie, og mange tek fri heile veka før påske.", "Schools have their Easter break, and many take the whole week before Easter off."),
			From:   QuietHoliday(EasterSunday, -6), To: QuietHoliday(EasterMonday, 0), Scope: ScopeNational, Source: src,
		},
		{
			Name:   lnet.NewText("Inneklemt dag etter Kristi himmelfartsdag", "Inneklemd dag etter Kristi himmelfartsdag", "Bridge day after Ascension Day"),
			Reason: conv("Fredagen etter Kristi himmelfartsdag er en inneklemt dag som mange skoler og arbeidsplasser gir fri.", "Fredagen etter Kristi himmelfartsdag er ein inneklemd dag som mange skular og arbeidsplassar gir fri.", "The Friday after Ascension Day is a bridge day that many schools and workplaces give off."),
			From:   QuietHoliday(AscensionDay, 1), To: QuietHoliday(AscensionDay, 1), Scope: ScopeNational, Source: src,
		},
		{
			Name:   lnet.NewText("Sommerferie (juli)", "Sommarferie (juli)", "Summer holiday (July)"),
			Reason: conv("Juli er kjernen i fellesferien, da mange har fri.", "Juli er kjernen i fellesferien, då mange har fri.", "July is the heart of the common summer holiday, when many are away."),
			From:   QuietMonthDay(time.July, 1), To: QuietMonthDay(time.July, 31), Scope: ScopeNational, Source: src,
		},
		{
			Name:   lnet.NewText("Høstferie (uke 40 eller 41)", "Haustferie (veke 40 eller 41)", "Autumn break (week 40 or 41)"),
			Reason: conv("Skolene har høstferie i uke 40 eller 41, ulikt fra sted til sted, og mange med barn har fri.", "Skulane har haustferie i veke 40 eller 41, ulikt frå stad til stad, og mange med barn har fri.", "Schools have their autumn break in week 40 or 41, depending on the place, and many with children are away."),
			From:   QuietWeek(40), To: QuietWeek(41), Scope: ScopeNational, Source: src,
		},
		{
			Name:   lnet.NewText("Romjula", "Romjula", "Between Christmas and New Year"),
			Reason: conv("Mellom jul og nyttår har skolene juleferie, og mange har fri.", "Mellom jul og nyttår har skulane juleferie, og mange har fri.", "Between Christmas and New Year schools are closed and many are away."),
			From:   QuietMonthDay(time.December, 27), To: QuietMonthDay(time.December, 31), Scope: ScopeNational, Source: src,
		},
	}
}

// quietOn returns the first period of ps that contains d, with its days.
func quietOn(ps []QuietPeriod, d date.Date) (q QuietPeriod, from, to date.Date, ok bool) {
	for _, q := range ps {
		if from, to, ok := q.spanOn(d); ok {
			return q, from, to, true
		}
	}
	return QuietPeriod{}, 0, 0, false
}

// validateQuiet validates each period of ps under path, e.g. "quiet_periods".
func validateQuiet(ps []QuietPeriod, path string) error {
	for i, q := range ps {
		if err := q.validate(path + "[" + itoa(i) + "]."); err != nil {
			return err
		}
	}
	return nil
}
