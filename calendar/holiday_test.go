package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// oudinEaster computes Gregorian Easter Sunday with Oudin's algorithm (1940), independently
// of the Meeus/Jones/Butcher algorithm that rickar/cal uses.
func oudinEaster(y int) date.Date {
	c := y / 100
	n := y - 19*(y/19)
	k := (c - 17) / 25
	i := c - c/4 - (c-k)/3 + 19*n + 15
	i -= 30 * (i / 30)
	i -= (i / 28) * (1 - (i/28)*(29/(i+1))*((21-n)/11))
	j := y + y/4 + i + 2 - c + c/4
	j -= 7 * (j / 7)
	l := i - j
	m := 3 + (l+40)/44
	d := l + 28 - 31*(m/4)
	return date.New(y, time.Month(m), d)
}

func TestOudinEasterKnownDates(t *testing.T) {
	// Easter Sundays from the Norwegian almanac, to check the checker.
	for y, want := range map[int]date.Date{
		2017: day(2017, time.April, 16), 2018: day(2018, time.April, 1), 2019: day(2019, time.April, 21),
		2020: day(2020, time.April, 12), 2024: day(2024, time.March, 31), 2025: day(2025, time.April, 20),
		2030: day(2030, time.April, 21),
	} {
		assert.Equal(t, want, oudinEaster(y), "Easter %d", y)
	}
}

func TestHolidays2017To2030(t *testing.T) {
	for y := 2017; y <= 2030; y++ {
		e := oudinEaster(y)
		want := map[HolidayKind]date.Date{
			NewYearsDay: day(y, time.January, 1), MaundyThursday: e - 3, GoodFriday: e - 2,
			EasterSunday: e, EasterMonday: e + 1, LabourDay: day(y, time.May, 1),
			ConstitutionDay: day(y, time.May, 17), AscensionDay: e + 39, WhitSunday: e + 49,
			WhitMonday: e + 50, ChristmasDay: day(y, time.December, 25), BoxingDay: day(y, time.December, 26),
		}
		got, err := Holidays(y)
		require.NoError(t, err)
		require.Len(t, got, 12, "year %d", y)
		for i, h := range got {
			assert.Equal(t, want[h.Kind], h.Date, "%d %s", y, h.Kind)
			assert.True(t, h.Kind.IsPublic())
			if i > 0 {
				assert.False(t, h.Date < got[i-1].Date, "sorted")
			}
			hol, ok := HolidayOn(h.Date)
			assert.True(t, ok)
			assert.Equal(t, h.Date, hol.Date)
		}
		assert.Equal(t, time.Sunday, want[EasterSunday].Weekday())
		assert.Equal(t, time.Sunday, want[WhitSunday].Weekday())
	}
}

func TestHolidayNames(t *testing.T) {
	hs, err := Holidays(2019)
	require.NoError(t, err)
	var names []string
	for _, h := range hs {
		names = append(names, h.Date.String()+" "+h.Name())
	}
	assert.Equal(t, []string{
		"2019-01-01 Første nyttårsdag", "2019-04-18 Skjærtorsdag", "2019-04-19 Langfredag",
		"2019-04-21 Første påskedag", "2019-04-22 Andre påskedag", "2019-05-01 Arbeidernes dag",
		"2019-05-17 Grunnlovsdagen", "2019-05-30 Kristi himmelfartsdag", "2019-06-09 Første pinsedag",
		"2019-06-10 Andre pinsedag", "2019-12-25 Første juledag", "2019-12-26 Andre juledag",
	}, names)
	assert.Equal(t, "Whit Monday", WhitMonday.English())
}

// Regression: 1 May was Ascension Day in 2008; both must be listed and neither lost.
func TestHolidaysCoinciding2008(t *testing.T) {
	hs, err := Holidays(2008)
	require.NoError(t, err)
	require.Len(t, hs, 12)
	var onMay1 []HolidayKind
	for _, h := range hs {
		if h.Date == day(2008, time.May, 1) {
			onMay1 = append(onMay1, h.Kind)
		}
	}
	assert.Equal(t, []HolidayKind{LabourDay, AscensionDay}, onMay1)
}

// Regression for rickar/cal's traps: the result must not depend on cal.DefaultLoc or on the
// machine's zone, and years outside the cache must agree with the cache.
func TestHolidaysComputedMatchesCache(t *testing.T) {
	for _, y := range []int{1900, 1999, 2024, 2199} {
		assert.Equal(t, computeYear(y), daysOf(y))
	}
	for _, y := range []int{1583, 1899, 2200, 3000, 9999} {
		got := daysOf(y)
		assert.Equal(t, oudinEaster(y), got[EasterSunday], "year %d", y)
	}
}

func TestHolidaysOutOfRange(t *testing.T) {
	for _, y := range []int{0, -5, 10000} {
		_, err := Holidays(y)
		assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	}
	_, ok := HolidayOn(date.Date(1 << 62))
	assert.False(t, ok)
	_, ok = HolidayOn(date.Date(-1 << 62))
	assert.False(t, ok)
}

func TestHolidayKindText(t *testing.T) {
	for _, k := range HolidayKinds() {
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back HolidayKind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	_, err := ParseHolidayKind("midsummer")
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
}
