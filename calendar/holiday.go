package calendar

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/aa"
	"github.com/rickar/cal/v2/no"
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The years this package computes holidays for. The rules are today's (the Public Holidays
// Act, lov om helligdager og helligdagsfred, and the act on 1 and 17 May as public high days,
// lov om 1. og 17. mai som offentlige høgtidsdager, 1947), applied to every year in the range
// on the proleptic Gregorian calendar; a caller working with history before 1947 must know
// that 1 and 17 May were not statutory days off then.
const (
	// MinYear is the first year the package computes holidays and working days for.
	MinYear = 1
	// MaxYear is the last year the package computes holidays and working days for.
	MaxYear = 9999
)

// Holiday is one public holiday (helligdag or offentlig høytidsdag) or one common day off
// (an eve, aften) on a given date.
type Holiday struct {
	// Date is the day of the holiday.
	Date date.Date `json:"date"`
	// Kind says which holiday it is.
	Kind HolidayKind `json:"kind"`
}

// Name returns the Norwegian (bokmål) name of the holiday, e.g. "Andre pinsedag".
func (h Holiday) Name() string { return h.Kind.Norwegian() }

// String returns the date and Norwegian name, e.g. "2019-06-10 Andre pinsedag".
func (h Holiday) String() string { return h.Date.String() + " " + h.Kind.Norwegian() }

// HolidayKind identifies a holiday: one of the twelve Norwegian public holidays and high days
// (helligdager og offentlige høytidsdager), or one of the three eves (aftener) that many
// employers treat as days off. The zero value means "unset".
type HolidayKind uint8

const (
	// NewYearsDay is 1 January (første nyttårsdag). JSON "new_years_day".
	NewYearsDay HolidayKind = iota + 1
	// MaundyThursday is the Thursday before Easter (skjærtorsdag). JSON "maundy_thursday".
	MaundyThursday
	// GoodFriday is the Friday before Easter (langfredag). JSON "good_friday".
	GoodFriday
	// EasterSunday is Easter Day (første påskedag), a Sunday. JSON "easter_sunday".
	EasterSunday
	// EasterMonday is the day after Easter (andre påskedag). JSON "easter_monday".
	EasterMonday
	// LabourDay is 1 May (arbeidernes dag), a public high day. JSON "labour_day".
	LabourDay
	// ConstitutionDay is 17 May (grunnlovsdagen), a public high day. JSON "constitution_day".
	ConstitutionDay
	// AscensionDay is 39 days after Easter (Kristi himmelfartsdag). JSON "ascension_day".
	AscensionDay
	// WhitSunday is 49 days after Easter (første pinsedag), a Sunday. JSON "whit_sunday".
	WhitSunday
	// WhitMonday is 50 days after Easter (andre pinsedag). JSON "whit_monday".
	WhitMonday
	// ChristmasDay is 25 December (første juledag). JSON "christmas_day".
	ChristmasDay
	// BoxingDay is 26 December (andre juledag). JSON "boxing_day".
	BoxingDay
	// HolySaturday is the day before Easter (påskeaften): not a public holiday, but a common
	// day off. JSON "holy_saturday".
	HolySaturday
	// ChristmasEve is 24 December (julaften): not a public holiday, but a common day off.
	// JSON "christmas_eve".
	ChristmasEve
	// NewYearsEve is 31 December (nyttårsaften): not a public holiday, but a common day off.
	// JSON "new_years_eve".
	NewYearsEve
)

var holidayKinds = enum.Table[HolidayKind]{Type: "holiday kind", Err: enumError("holiday kind", lnet.ErrInvalidValue), Names: []enum.Name{
	{},
	{"new_years_day", "Første nyttårsdag", "New Year's Day", "Første nyttårsdag"},
	{"maundy_thursday", "Skjærtorsdag", "Maundy Thursday", "Skjærtorsdag"},
	{"good_friday", "Langfredag", "Good Friday", "Langfredag"},
	{"easter_sunday", "Første påskedag", "Easter Sunday", "Første påskedag"},
	{"easter_monday", "Andre påskedag", "Easter Monday", "Andre påskedag"},
	{"labour_day", "Arbeidernes dag", "Labour Day", "Arbeidarane sin dag"},
	{"constitution_day", "Grunnlovsdagen", "Constitution Day", "Grunnlovsdagen"},
	{"ascension_day", "Kristi himmelfartsdag", "Ascension Day", "Kristi himmelfartsdag"},
	{"whit_sunday", "Første pinsedag", "Whit Sunday", "Første pinsedag"},
	{"whit_monday", "Andre pinsedag", "Whit Monday", "Andre pinsedag"},
	{"christmas_day", "Første juledag", "Christmas Day", "Første juledag"},
	{"boxing_day", "Andre juledag", "Boxing Day", "Andre juledag"},
	{"holy_saturday", "Påskeaften", "Holy Saturday", "Påskeaftan"},
	{"christmas_eve", "Julaften", "Christmas Eve", "Julaftan"},
	{"new_years_eve", "Nyttårsaften", "New Year's Eve", "Nyttårsaftan"},
}}

// HolidayKinds returns all holiday kinds: the twelve public holidays in calendar order,
// then the three eves.
func HolidayKinds() []HolidayKind { return holidayKinds.Values() }

// ParseHolidayKind parses a holiday kind identifier such as "whit_monday".
func ParseHolidayKind(text string) (HolidayKind, error) { return holidayKinds.Parse(text) }

// Valid reports whether k is a defined holiday kind.
func (k HolidayKind) Valid() bool { return holidayKinds.Valid(k) }

// IsPublic reports whether k is a public holiday or public high day (helligdag or offentlig
// høytidsdag), as opposed to an eve that is only a common day off.
func (k HolidayKind) IsPublic() bool { return k >= NewYearsDay && k <= BoxingDay }

// String returns the identifier, e.g. "whit_monday"; "" for the zero value.
func (k HolidayKind) String() string { return holidayKinds.ID(k) }

// Norwegian returns the Norwegian (bokmål) name, e.g. "Andre pinsedag".
func (k HolidayKind) Norwegian() string { return holidayKinds.Norwegian(k) }

// English returns the English name, e.g. "Whit Monday".
func (k HolidayKind) English() string { return holidayKinds.English(k) }

// Nynorsk returns the Norwegian nynorsk name.
func (k HolidayKind) Nynorsk() string { return holidayKinds.Nynorsk(k) }

// In returns the name in lang: bokmål, nynorsk or English.
func (k HolidayKind) In(lang lnet.Language) string { return name(holidayKinds, k, lang) }

// inline returns the Norwegian name as written inside a sentence: "andre pinsedag", but
// "Kristi himmelfartsdag".
func (k HolidayKind) inline() string { return k.inlineIn(lnet.Bokmal) }

// inlineIn returns the name in lang as it reads inside a Norwegian sentence: lower case but
// for Kristi himmelfartsdag; English names keep their capitals.
func (k HolidayKind) inlineIn(lang lnet.Language) string {
	if k == AscensionDay || lang == lnet.English {
		return k.In(lang)
	}
	return lowerFirst(k.In(lang))
}

// MarshalText implements [encoding.TextMarshaler].
func (k HolidayKind) MarshalText() ([]byte, error) { return holidayKinds.Marshal(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseHolidayKind].
func (k *HolidayKind) UnmarshalText(b []byte) error { return holidayKinds.Unmarshal(b, k) }

// holidayRules maps each kind to its rule in github.com/rickar/cal/v2. The no package lacks
// Easter Sunday and Whit Sunday (they are Sundays anyway, but they are helligdager and
// belong in the list), and the eves, so those come from the aa package or are written here.
var holidayRules = [...]*cal.Holiday{
	NewYearsDay:     no.FoersteNyttaarsdag,
	MaundyThursday:  no.Skjaertorsdag,
	GoodFriday:      no.Langfredag,
	EasterSunday:    aa.Easter,
	EasterMonday:    no.AndrePaaskedag,
	LabourDay:       no.Arbeiderenesdag,
	ConstitutionDay: no.Grunnlovsdag,
	AscensionDay:    no.Kristihimmelfartsdag,
	WhitSunday:      aa.Pentecost,
	WhitMonday:      no.AndrePinsedag,
	ChristmasDay:    no.FoersteJuledag,
	BoxingDay:       no.AndreJuledag,
	HolySaturday:    {Name: "Påskeaften", Offset: -1, Func: cal.CalcEasterOffset},
	ChristmasEve:    {Name: "Julaften", Month: time.December, Day: 24, Func: cal.CalcDayOfMonth},
	NewYearsEve:     {Name: "Nyttårsaften", Month: time.December, Day: 31, Func: cal.CalcDayOfMonth},
}

// yearHolidays holds the fifteen days of one year, indexed by kind.
type yearHolidays [len(holidayRules)]date.Date

// computeYear asks the cal rules for the days of year. Only the year, month and day of the
// time.Time that cal returns are used, so the result does not depend on cal.DefaultLoc or
// on the machine's time zone; and the package never uses a cal.Calendar, whose Locations
// field would make a holiday depend on the identity of the *time.Location passed in, and
// whose cache is not safe for concurrent use.
func computeYear(year int) yearHolidays {
	var out yearHolidays
	for k := NewYearsDay; int(k) < len(holidayRules); k++ {
		actual, _ := holidayRules[k].Calc(year)
		y, m, d := actual.Date()
		out[k] = date.New(y, m, d)
	}
	return out
}

// cachedFirst and cachedLast bound the years kept in memory; other years are computed on
// each call.
const cachedFirst, cachedLast = 1900, 2199

var holidayCache = sync.OnceValue(func() []yearHolidays {
	out := make([]yearHolidays, cachedLast-cachedFirst+1)
	for y := cachedFirst; y <= cachedLast; y++ {
		out[y-cachedFirst] = computeYear(y)
	}
	return out
})

// daysOf returns the days of year, which must be in [MinYear, MaxYear].
func daysOf(year int) yearHolidays {
	if year >= cachedFirst && year <= cachedLast {
		return holidayCache()[year-cachedFirst]
	}
	return computeYear(year)
}

// inRange reports whether d lies in years MinYear to MaxYear.
func inRange(d date.Date) bool { return d >= firstDay && d <= lastDay }

var (
	firstDay = date.New(MinYear, time.January, 1)
	lastDay  = date.New(MaxYear, time.December, 31)
)

func checkYear(year int) error {
	if year < MinYear || year > MaxYear {
		return fmt.Errorf("calendar: year %d: outside the years 1–9999 the calendar covers: %w", year, lnet.ErrOutOfRange)
	}
	return nil
}

// Holidays returns the twelve Norwegian public holidays and high days of year (helligdager og
// offentlige høytidsdager), sorted by date: 1 Jan, Maundy Thursday, Good Friday, Easter Sunday
// and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, 25 and 26 Dec. Easter
// Sunday and Whit Sunday are included although they are always Sundays. Two holidays can fall
// on one day (1 May was Ascension Day in 2008); both are listed, in the order of [HolidayKinds].
// The error wraps [lnet.ErrOutOfRange] if year is outside [MinYear]–[MaxYear].
func Holidays(year int) ([]Holiday, error) {
	if err := checkYear(year); err != nil {
		return nil, err
	}
	days := daysOf(year)
	out := make([]Holiday, 0, BoxingDay)
	for k := NewYearsDay; k <= BoxingDay; k++ {
		out = append(out, Holiday{Date: days[k], Kind: k})
	}
	sortHolidays(out)
	return out, nil
}

func sortHolidays(hs []Holiday) {
	slices.SortStableFunc(hs, func(a, b Holiday) int {
		if a.Date != b.Date {
			return cmpDate(a.Date, b.Date)
		}
		return int(a.Kind) - int(b.Kind)
	})
}

func cmpDate(a, b date.Date) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// HolidayOn returns the public holiday on d, if d is one. If two fall on the same day, the
// first in the order of [HolidayKinds] is returned. Days outside [MinYear]–[MaxYear] are
// never reported as holidays.
func HolidayOn(d date.Date) (Holiday, bool) {
	if !inRange(d) {
		return Holiday{}, false
	}
	days := daysOf(d.Year())
	for k := NewYearsDay; k <= BoxingDay; k++ {
		if days[k] == d {
			return Holiday{Date: d, Kind: k}, true
		}
	}
	return Holiday{}, false
}

// IsPublicHoliday reports whether d is a Norwegian public holiday or high day.
func IsPublicHoliday(d date.Date) bool {
	_, ok := HolidayOn(d)
	return ok
}
