package calendar

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// roundTrip checks decode(encode(x)) == x, that encoding again gives the same bytes, and that
// x marshals the same held by value as through a pointer (value receivers).
func roundTrip[T any](t *testing.T, x T) {
	t.Helper()
	b, err := json.Marshal(x)
	require.NoError(t, err)
	viaPtr, err := json.Marshal(&x)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(viaPtr), "value and pointer marshal alike")
	var back T
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, x, back)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again))
}

func TestRoundTrips(t *testing.T) {
	plan, err := PlanYear(PlanRules{Network: "nordland", Name: "Nordland", Office: "nordland", Year: 2019})
	require.NoError(t, err)
	timeline := hordalandTimeline()
	conflicts, err := timeline.Check(Statutory())
	require.NoError(t, err)
	require.NotEmpty(t, conflicts)
	planConflicts, err := plan.Check(Workdays{Off: AllEves})
	require.NoError(t, err)
	conflicts = append(conflicts, planConflicts...)
	moved, err := Deadline{Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2019, time.June, 8), Rule: RuleNextWorkingDay}.Resolve()
	require.NoError(t, err)
	require.True(t, moved.Moved)
	stands, err := ApplicationDeadline("nordland", lnet.SchemeFosterHome, 2019, day(2019, time.November, 13)).Resolve()
	require.NoError(t, err)
	revised := timesSchedule()
	revised.Events[0].Revision = 2
	revised.Events[0].Modified = time.Date(2019, time.August, 1, 10, 0, 0, 0, time.UTC)
	revised.Events[0].Cancelled = true

	t.Run("Schedule", func(t *testing.T) {
		for _, s := range []Schedule{plan, timeline, revised} {
			roundTrip(t, s)
			b, err := json.Marshal(s)
			require.NoError(t, err)
			parsed, err := ParseSchedule(b)
			require.NoError(t, err)
			assert.Equal(t, s, parsed)
		}
	})
	t.Run("Deadline", func(t *testing.T) {
		for _, d := range plan.Deadlines {
			roundTrip(t, d)
		}
	})
	t.Run("Event", func(t *testing.T) {
		for _, e := range append(plan.Events, revised.Events...) {
			roundTrip(t, e)
		}
	})
	t.Run("Conflict", func(t *testing.T) {
		for _, c := range conflicts {
			roundTrip(t, c)
		}
	})
	t.Run("Resolution", func(t *testing.T) {
		roundTrip(t, moved)
		roundTrip(t, stands)
	})
	t.Run("Workdays", func(t *testing.T) {
		roundTrip(t, Statutory())
		roundTrip(t, Workdays{Off: AllEves})
	})
}
