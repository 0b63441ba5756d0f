package calendar

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckHordalandTimeline(t *testing.T) {
	conflicts, err := hordalandTimeline().Check(Statutory())
	require.NoError(t, err)
	// The survey was due on 1 May 2018, a public holiday: a fixed date, so only a warning.
	require.Len(t, conflicts, 1)
	c := conflicts[0]
	assert.Equal(t, ConflictDeadlineOnDayOff, c.Kind)
	assert.Equal(t, SeverityWarning, c.Severity)
	assert.Equal(t, day(2018, time.May, 1), c.Date)
	assert.Equal(t, "Fristen «Svar på spørsmål om status i kommunen» (fast frist) faller på tirsdag 1. mai 2018 (arbeidernes dag), som ikke er en virkedag.", c.Norwegian)
	assert.Equal(t, "The deadline “Svar på spørsmål om status i kommunen” (fixed date) falls on Tuesday 1 May 2018 (Labour Day), which is not a working day.", c.English)
}

func TestCheckConflicts(t *testing.T) {
	s := Schedule{
		Network: "test",
		Events: []Event{
			{Kind: EventGathering, Title: "Samling på 17. mai", Date: day(2019, time.May, 17)},
			{Kind: EventGathering, Title: "Samling lørdag", Date: day(2019, time.March, 16)},
			{Kind: EventGathering, Title: "Samling julaften", Date: day(2019, time.December, 24)},
			{Kind: EventGathering, Title: "Samling i påskeuken", Date: day(2019, time.April, 16)},
			{ID: "g", Kind: EventGathering, Title: "Høstsamling", Date: day(2019, time.September, 12)},
			{Kind: EventSteeringGroup, Title: "Styringsgruppe samme dag", Date: day(2019, time.September, 12)},
			{Kind: EventSteeringGroup, Title: "Styringsgruppe for sent", Date: day(2019, time.November, 14), Prepares: "app"},
			{Kind: EventSteeringGroup, Title: "Forbereder høstsamling", Date: day(2019, time.September, 13), Prepares: "g"},
			{Kind: EventSteeringGroup, Title: "Egen gruppe", Date: day(2019, time.March, 16), Attendees: []string{"project_group"}},
		},
		Deadlines: []Deadline{
			{ID: "app", Kind: DeadlineApplication, Title: "Søknadsfrist", Date: day(2019, time.November, 13), Rule: RuleFixed},
			{Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2019, time.June, 8), Rule: RuleNextWorkingDay},
		},
	}
	conflicts, err := s.Check(Workdays{Off: AllEves})
	require.NoError(t, err)
	type key struct {
		kind ConflictKind
		sev  Severity
		date string
	}
	var got []key
	for _, c := range conflicts {
		got = append(got, key{c.Kind, c.Severity, c.Date.String()})
		assert.NotEmpty(t, c.Norwegian)
		assert.NotEmpty(t, c.English)
	}
	assert.Equal(t, []key{
		{ConflictWeekend, SeverityError, "2019-03-16"},
		{ConflictWeekend, SeverityError, "2019-03-16"}, // but no double booking: other attendees
		{ConflictHolidaySeason, SeverityWarning, "2019-04-16"},
		{ConflictHoliday, SeverityError, "2019-05-17"},
		{ConflictDeadlineMoved, SeverityInfo, "2019-06-08"},
		{ConflictDoubleBooked, SeverityError, "2019-09-12"},
		{ConflictTooLate, SeverityError, "2019-09-13"},
		{ConflictTooLate, SeverityError, "2019-11-14"},
		{ConflictEve, SeverityError, "2019-12-24"},
	}, got)
	b, err := json.Marshal(conflicts[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"kind":"weekend","severity":"error","date":"2019-03-16"`)
}

func TestScheduleValidate(t *testing.T) {
	base := hordalandTimeline()
	require.NoError(t, base.Validate())
	tests := []struct {
		path string
		mod  func(*Schedule)
	}{
		{"network", func(s *Schedule) { s.Network = "Hordaland" }},
		{"office", func(s *Schedule) { s.Office = "-x" }},
		{"events[1].title", func(s *Schedule) { s.Events[1].Title = "" }},
		{"events[0].hours.end", func(s *Schedule) { s.Events[0].Hours = &Hours{Start: 600, End: 600} }},
		{"deadlines[2].id", func(s *Schedule) { s.Deadlines[2].ID = "survey-2018" }},
		{"events[0].prepares", func(s *Schedule) { s.Events[0].Prepares = "nothing" }},
		{"events[0].attendees[0]", func(s *Schedule) { s.Events[0].Attendees = []string{" "} }},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			s := hordalandTimeline()
			tt.mod(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.path+":")
			_, err = s.Check(Statutory())
			require.Error(t, err)
		})
	}
}

func TestStrategyPeriod(t *testing.T) {
	assert.True(t, InStrategyPeriod(day(2018, time.January, 1)))
	assert.True(t, InStrategyPeriod(day(2024, time.December, 31)))
	assert.False(t, InStrategyPeriod(day(2017, time.December, 31)))
	assert.False(t, InStrategyPeriod(day(2025, time.January, 1)))
}
