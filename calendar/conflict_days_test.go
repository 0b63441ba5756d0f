package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Regression: the day-off and quiet-period checks looked at an event's first day only. A
// two-day gathering ending on a Saturday, a weekly meeting whose later occurrence falls on a
// public holiday, and a cancelled meeting on a holiday are judged day by day.
func TestCheckEveryDayOfEveryOccurrence(t *testing.T) {
	end := day(2019, time.February, 16) // Saturday
	s := Schedule{Network: "x", Events: []Event{
		{ID: "two-days", Kind: EventGathering, Title: "To dager", Date: day(2019, time.February, 15), EndDate: &end},
		// Thursdays from 9 May 2019: the third is Ascension Day, 30 May.
		{ID: "weekly", Kind: EventSteeringGroup, Title: "Ukemøte", Date: day(2019, time.May, 16), Repeat: &Recurrence{Weeks: 1, Count: 3}},
		{ID: "off", Kind: EventSteeringGroup, Title: "Avlyst", Date: day(2019, time.May, 17), Cancelled: true},
	}}
	require.NoError(t, s.Validate())
	conflicts, err := s.Check(Statutory(), WithQuietPeriods())
	require.NoError(t, err)
	got := map[date.Date]ConflictKind{}
	for _, c := range conflicts {
		got[c.Date] = c.Kind
	}
	assert.Equal(t, ConflictWeekend, got[end], "the second day of the gathering is a Saturday")
	assert.Equal(t, ConflictHoliday, got[day(2019, time.May, 30)], "the third occurrence is Ascension Day")
	_, cancelled := got[day(2019, time.May, 17)]
	assert.False(t, cancelled, "a cancelled meeting on Grunnlovsdag takes no day")
	_, first := got[day(2019, time.February, 15)]
	assert.False(t, first, "the first day is a working day")
}
