package calendar

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestIsWorkingDay(t *testing.T) {
	office := Workdays{Off: AllEves}
	tests := []struct {
		day       date.Date
		statutory bool
		office    bool
		holiday   HolidayKind
	}{
		{day(2018, time.May, 17), false, false, ConstitutionDay},
		{day(2018, time.May, 18), true, true, 0},
		{day(2018, time.May, 19), false, false, 0},
		{day(2019, time.April, 20), false, false, HolySaturday}, // a Saturday anyway
		{day(2019, time.December, 24), true, false, ChristmasEve},
		{day(2019, time.December, 31), true, false, NewYearsEve},
		{day(2019, time.June, 10), false, false, WhitMonday},
		{day(2019, time.June, 9), false, false, WhitSunday},
		{day(2019, time.February, 12), true, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.day.String(), func(t *testing.T) {
			assert.Equal(t, tt.statutory, Statutory().IsWorkingDay(tt.day))
			assert.Equal(t, tt.office, office.IsWorkingDay(tt.day))
			if !tt.office {
				off, ok := office.DayOff(tt.day)
				require.True(t, ok)
				assert.Equal(t, tt.holiday, off.Holiday)
			}
		})
	}
	off, _ := Statutory().DayOff(day(2019, time.June, 10))
	assert.Equal(t, "mandag 10. juni 2019 (andre pinsedag)", off.Norwegian())
	assert.Equal(t, "Monday 10 June 2019 (Whit Monday)", off.English())
	off, _ = Statutory().DayOff(day(2019, time.May, 30))
	assert.Equal(t, "torsdag 30. mai 2019 (Kristi himmelfartsdag)", off.Norwegian())
}

func TestNextAndPreviousWorkingDay(t *testing.T) {
	tests := []struct {
		name       string
		w          Workdays
		from       date.Date
		next, prev date.Date
	}{
		{"Maundy Thursday 2019", Statutory(), day(2019, time.April, 18), day(2019, time.April, 23), day(2019, time.April, 17)},
		{"Friday before Whit Monday", Statutory(), day(2019, time.June, 7), day(2019, time.June, 11), day(2019, time.June, 6)},
		{"23 Dec 2019 statutory", Statutory(), day(2019, time.December, 23), day(2019, time.December, 24), day(2019, time.December, 20)},
		{"23 Dec 2019 office", Workdays{Off: AllEves}, day(2019, time.December, 23), day(2019, time.December, 27), day(2019, time.December, 20)},
		{"New Year 2023", Statutory(), day(2022, time.December, 30), day(2023, time.January, 2), day(2022, time.December, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.w.NextWorkingDay(tt.from)
			require.NoError(t, err)
			assert.Equal(t, tt.next, got)
			got, err = tt.w.PreviousWorkingDay(tt.from)
			require.NoError(t, err)
			assert.Equal(t, tt.prev, got)
		})
	}
	d, err := Statutory().OnOrAfter(day(2018, time.May, 17))
	require.NoError(t, err)
	assert.Equal(t, day(2018, time.May, 18), d)
	d, err = Statutory().OnOrBefore(day(2018, time.May, 17))
	require.NoError(t, err)
	assert.Equal(t, day(2018, time.May, 16), d)
	d, err = Statutory().OnOrAfter(day(2018, time.May, 16))
	require.NoError(t, err)
	assert.Equal(t, day(2018, time.May, 16), d)
}

func TestWorkingDaysEdges(t *testing.T) {
	_, err := Statutory().NextWorkingDay(day(MaxYear, time.December, 31))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	_, err = Statutory().PreviousWorkingDay(day(MinYear, time.January, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	_, err = Statutory().OnOrAfter(date.Date(1 << 62))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	assert.False(t, Statutory().IsWorkingDay(date.Date(-1<<62)))
	_, err = Statutory().WorkingDaysBetween(date.Date(-1<<62), day(2019, time.January, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	_, err = Statutory().AddWorkingDays(day(2019, time.January, 1), 1<<40)
	assert.ErrorIs(t, err, lnet.ErrInvalidModel)
}

func TestWorkingDaysIn2019(t *testing.T) {
	n, err := Statutory().WorkingDaysBetween(day(2019, time.January, 1), day(2020, time.January, 1))
	require.NoError(t, err)
	// 261 weekdays, of which 10 are public holidays.
	assert.Equal(t, 251, n)
	n, err = Workdays{Off: AllEves}.WorkingDaysBetween(day(2019, time.January, 1), day(2020, time.January, 1))
	require.NoError(t, err)
	assert.Equal(t, 249, n) // 24 and 31 December 2019 are Tuesdays
	n, err = Statutory().WorkingDaysBetween(day(2020, time.January, 1), day(2019, time.January, 1))
	require.NoError(t, err)
	assert.Equal(t, -251, n)
}

func TestAddWorkingDays(t *testing.T) {
	d, err := Statutory().AddWorkingDays(day(2019, time.April, 17), 1)
	require.NoError(t, err)
	assert.Equal(t, day(2019, time.April, 23), d)
	d, err = Statutory().AddWorkingDays(day(2019, time.April, 23), -1)
	require.NoError(t, err)
	assert.Equal(t, day(2019, time.April, 17), d)
	d, err = Statutory().AddWorkingDays(day(2019, time.April, 20), 0)
	require.NoError(t, err)
	assert.Equal(t, day(2019, time.April, 20), d)
}

// Property: WorkingDaysBetween agrees with counting day by day, AddWorkingDays inverts it,
// and NextWorkingDay is a working day with none in between.
func TestWorkingDaysProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2018, 2024))
	base := day(2010, time.January, 1)
	for i := 0; i < 400; i++ {
		w := Workdays{Off: Eves(rng.IntN(8))}
		from := base + date.Date(rng.IntN(365*25))
		to := from + date.Date(rng.IntN(800))
		naive := 0
		for d := from; d < to; d++ {
			if w.IsWorkingDay(d) {
				naive++
			}
		}
		got, err := w.WorkingDaysBetween(from, to)
		require.NoError(t, err)
		require.Equal(t, naive, got, "%s to %s off %s", from, to, w.Off)

		start, err := w.OnOrAfter(from)
		require.NoError(t, err)
		end, err := w.AddWorkingDays(start, naive)
		require.NoError(t, err)
		back, err := w.WorkingDaysBetween(start, end)
		require.NoError(t, err)
		require.Equal(t, naive, back)

		next, err := w.NextWorkingDay(from)
		require.NoError(t, err)
		require.True(t, w.IsWorkingDay(next))
		for d := from + 1; d < next; d++ {
			require.False(t, w.IsWorkingDay(d))
		}
	}
}

func TestEvesText(t *testing.T) {
	e, err := ParseEves("christmas_eve,new_years_eve")
	require.NoError(t, err)
	assert.Equal(t, EveChristmas|EveNewYear, e)
	assert.Equal(t, "christmas_eve,new_years_eve", e.String())
	b, err := json.Marshal(Workdays{Off: AllEves})
	require.NoError(t, err)
	assert.JSONEq(t, `{"off":["holy_saturday","christmas_eve","new_years_eve"]}`, string(b))
	var w Workdays
	require.NoError(t, json.Unmarshal(b, &w))
	assert.Equal(t, AllEves, w.Off)
	_, err = ParseEves("christmas_day")
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	days, err := Workdays{Off: EveChristmas}.DaysOff(2019)
	require.NoError(t, err)
	assert.Len(t, days, 13)
	assert.Equal(t, ChristmasEve, days[10].Kind)
}
