package calendar

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/hostile"
	"github.com/laeringsnettverk/sdk/lnet"
)

// TestHostileSchedule: a schedule nested 100 000 levels deep, or of 10 MB of empty events,
// deadlines or attendees, is refused before it is decoded, with little memory and no panic.
func TestHostileSchedule(t *testing.T) {
	const size = 10 << 20
	deep := strings.Repeat("[", 100_000)
	for _, tc := range []struct{ name, doc, path string }{
		{"nested arrays", deep, "schedule"},
		{"nested in events", `{"network":"x","events":` + deep, "schedule.events"},
		{"nested in a date", `{"network":"x","events":[{"date":` + deep, "schedule.events[0].date"},
		{"nested objects", strings.Repeat(`{"a":`, 100_000), "schedule.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a"},
		{"empty events", hostile.RepeatTo(size, `{"network":"x","events":[`, `{}`, `]}`), "schedule.events"},
		{"empty deadlines", hostile.RepeatTo(size, `{"network":"x","deadlines":[`, `{}`, `]}`), "schedule.deadlines"},
		{"attendees", hostile.RepeatTo(size, `{"network":"x","events":[{"attendees":[`, `""`, `]}]}`), "schedule.events[0].attendees"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.doc)
			var err error
			used, p := hostile.Allocated(func() { _, err = ParseSchedule(data) })
			require.Nil(t, p)
			var fe *lnet.FieldError
			require.True(t, errors.As(err, &fe), "%T %v", err, err)
			assert.ErrorIs(t, err, lnet.ErrInvalidModel)
			// The path leads to the container that broke the limit: for depth, the deepest.
			assert.True(t, strings.HasPrefix(fe.Path, tc.path), "%s, want %s…", fe.Path, tc.path)
			assert.Less(t, used, uint64(1<<20), "%d bytes allocated for %d bytes", used, len(data))
		})
	}
}

// TestHostileScheduleScalars puts huge numbers and dates into every scalar field of a
// schedule: it is refused or read, without building what the text describes.
func TestHostileScheduleScalars(t *testing.T) {
	base, err := json.Marshal(hordalandTimeline())
	require.NoError(t, err)
	var s struct {
		Events    []map[string]json.RawMessage `json:"events"`
		Deadlines []map[string]json.RawMessage `json:"deadlines"`
	}
	require.NoError(t, json.Unmarshal(base, &s))
	require.NotEmpty(t, s.Events)
	require.NotEmpty(t, s.Deadlines)
	fields := map[string][]string{"events": nil, "deadlines": nil}
	for k := range s.Events[0] {
		fields["events"] = append(fields["events"], k)
	}
	for k := range s.Deadlines[0] {
		fields["deadlines"] = append(fields["deadlines"], k)
	}
	fields["events"] = append(fields["events"], "hours")
	for _, v := range []string{"1e999999999", "-1e999999999", "1e-999999999", strings.Repeat("9", 10_000), "99999999999999999999-12-31", "+999999999-01-01"} {
		for _, lit := range []string{v, `"` + v + `"`, `{"start":"` + v + `","end":"` + v + `"}`} {
			for list, names := range fields {
				for _, name := range names {
					elem := map[string]string{"kind": `"gathering"`, "title": `"t"`, "date": `"2019-01-01"`}
					if list == "deadlines" {
						elem["kind"], elem["rule"] = `"application"`, `"fixed"`
					}
					elem[name] = lit
					var b strings.Builder
					for k, v := range elem {
						fmt.Fprintf(&b, `,%q:%s`, k, v)
					}
					doc := fmt.Sprintf(`{"network":"x","%s":[{%s}]}`, list, b.String()[1:])
					used, p := hostile.Allocated(func() {
						if sch, err := ParseSchedule([]byte(doc)); err == nil {
							_, _ = sch.Check(Workdays{})
						}
					})
					require.Nil(t, p, "%s.%s = %.40s", list, name, lit)
					assert.Less(t, used, uint64(1<<20), "%s.%s = %.40s: %d bytes", list, name, lit, used)
				}
			}
		}
	}
	for _, v := range []string{"1e999999999", "99999999999999999999-99999999999999999999", strings.Repeat("9", 10<<20)} {
		used, p := hostile.Allocated(func() {
			_, _ = ParseYears(v)
			_, _ = ParseClock(v)
		})
		require.Nil(t, p)
		assert.Less(t, used, uint64(1<<20), "%.40s: %d bytes", v, used)
	}
}
