package calendar

import (
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestPlanYear2019(t *testing.T) {
	s, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	var got []string
	for _, e := range s.Events {
		got = append(got, e.Date.String()+" "+e.Kind.String()+" "+e.Prepares)
	}
	assert.Equal(t, []string{
		"2019-01-22 steering_group_meeting gathering-spring-2019",
		"2019-02-12 gathering ",
		"2019-08-22 steering_group_meeting gathering-autumn-2019",
		"2019-09-12 gathering ",
		"2019-10-23 steering_group_meeting application-self_initiated-2019",
	}, got)
	var ids []string
	for _, d := range s.Deadlines {
		ids = append(ids, d.ID)
	}
	assert.Equal(t, []string{"application-self_initiated-2019", "application-foster_home-2019", "spend_by-self_initiated-2018"}, ids)

	conflicts, err := s.Check(Workdays{Off: AllEves})
	require.NoError(t, err)
	// Only the spend-by date on New Year's Eve, a day off for the office, draws a warning.
	require.Len(t, conflicts, 1)
	assert.Equal(t, ConflictDeadlineOnDayOff, conflicts[0].Kind)
	assert.Equal(t, day(2019, time.December, 31), conflicts[0].Date)
	conflicts, err = s.Check(Statutory())
	require.NoError(t, err)
	assert.Empty(t, conflicts)

	again, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	assert.Equal(t, s, again, "deterministic")
}

// A preferred day in a quiet period (Easter week, July) is the caller's choice: the
// gathering stays on it, and the check warns with the period's reason; the steering-group
// meetings the plan places itself stay out of quiet periods.
func TestPlanKeepsPreferredDaysInQuietPeriodsAndWarns(t *testing.T) {
	r := nordlandRules()
	r.Spring = NthWeekday{Month: time.April, Week: 3, Weekday: time.Tuesday} // 16 April 2019, in Easter week
	r.Autumn = NthWeekday{Month: time.July, Week: 1, Weekday: time.Thursday}
	s, err := PlanYear(r)
	require.NoError(t, err)
	conflicts, err := s.Check(r.Workdays)
	require.NoError(t, err)
	warned := map[date.Date]Conflict{}
	for _, c := range conflicts {
		if c.Kind == ConflictHolidaySeason {
			warned[c.Date] = c
		}
	}
	for _, e := range s.Events {
		assert.True(t, r.Workdays.IsWorkingDay(e.Date))
		if e.Kind == EventSteeringGroup {
			assert.NotContains(t, warned, e.Date, "a steering-group meeting the plan placed itself: %s", e.Date)
		}
	}
	require.Contains(t, warned, day(2019, time.April, 16))
	require.Contains(t, warned, day(2019, time.July, 4))
	easter := warned[day(2019, time.April, 16)]
	assert.Equal(t, SeverityWarning, easter.Severity)
	assert.Contains(t, easter.Norwegian, "«Påskeuka»")
	assert.Contains(t, easter.Reason.NB, "påskeferie")
	assert.Contains(t, warned[day(2019, time.July, 4)].Reason.EN, "summer holiday")
}

func TestPlanWithoutDeadlinesAndOutsideStrategy(t *testing.T) {
	s, err := PlanYear(PlanRules{Network: "test", Year: 2026})
	require.NoError(t, err)
	require.Len(t, s.Events, 5)
	conflicts, err := s.Check(Statutory())
	require.NoError(t, err)
	require.NotEmpty(t, conflicts)
	for _, c := range conflicts {
		assert.Equal(t, ConflictOutsideStrategy, c.Kind)
		assert.Equal(t, SeverityInfo, c.Severity, "after 2024 only information: the networks last at least to 2024")
		assert.Contains(t, c.Norwegian, "etter strategiperioden")
	}
	early, err := PlanYear(PlanRules{Network: "test", Year: 2017})
	require.NoError(t, err)
	conflicts, err = early.Check(Statutory())
	require.NoError(t, err)
	require.NotEmpty(t, conflicts)
	for _, c := range conflicts {
		if c.Kind == ConflictOutsideStrategy {
			assert.Equal(t, SeverityWarning, c.Severity, "before 2018 the networks did not exist")
		}
	}
}

func TestPlanRulesInvalid(t *testing.T) {
	for _, r := range []PlanRules{
		{Year: 2019},
		{Network: "x", Year: 0},
		{Network: "x", Year: 2019, Spring: NthWeekday{Month: 13, Week: 1}},
		{Network: "x", Year: 2019, GatheringHours: Hours{Start: 600, End: 500}},
		{Network: "x", Year: 2019, Deadlines: []Deadline{{Title: "no kind"}}},
	} {
		_, err := PlanYear(r)
		assert.ErrorIs(t, err, lnet.ErrInvalidModel, "%+v", r)
	}
}

func TestNthWeekday(t *testing.T) {
	assert.Equal(t, day(2019, time.February, 12), NthWeekday{time.February, 2, time.Tuesday}.in(2019))
	assert.Equal(t, day(2018, time.September, 13), NthWeekday{time.September, 2, time.Thursday}.in(2018))
	// February 2019 has four Tuesdays: the fifth is the last.
	assert.Equal(t, day(2019, time.February, 26), NthWeekday{time.February, 5, time.Tuesday}.in(2019))
}
