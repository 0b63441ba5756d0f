package calendar

import (
	"bytes"
	"encoding/json"
	"testing"

	ics "github.com/arran4/golang-ical"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"
)

func FuzzParseYears(f *testing.F) {
	for _, s := range []string{"2017-2030", "2019", "2017–2030", " 2018 - 2024 ", "0-1", "9999-10000", "2030-2017", "-", "２０１９"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		y, err := ParseYears(s)
		if err != nil {
			return
		}
		require.True(t, y.First >= MinYear && y.Last <= MaxYear && y.First <= y.Last)
		back, err := ParseYears(y.String())
		require.NoError(t, err)
		require.Equal(t, y, back)
	})
}

func FuzzParseClock(f *testing.F) {
	for _, s := range []string{"09:30", "9:30", "23:59", "24:00", "00:00", "12:60", "1230", "+1:30"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClock(s)
		if err != nil {
			return
		}
		require.True(t, c.Valid())
		back, err := ParseClock(c.String())
		require.NoError(t, err)
		require.Equal(t, c, back)
	})
}

// FuzzResolve: no panic on any date; a statutory deadline never moves backwards and lands
// on a working day; a fixed one never moves.
func FuzzResolve(f *testing.F) {
	for _, d := range []int64{int64(day(2018, 5, 17)), int64(day(2019, 6, 8)), 0, -1, 1 << 62, int64(day(9999, 12, 31))} {
		f.Add(d, uint8(1))
		f.Add(d, uint8(2))
	}
	f.Fuzz(func(t *testing.T, d int64, rule uint8) {
		dl := Deadline{Kind: DeadlineResponse, Title: "x", Date: date.Date(d), Rule: Rule(rule)}
		r, err := dl.Resolve()
		if err != nil {
			return
		}
		require.False(t, r.Due < dl.Date)
		switch dl.Rule {
		case RuleFixed:
			require.Equal(t, dl.Date, r.Due)
		case RuleNextWorkingDay:
			require.True(t, Statutory().IsWorkingDay(r.Due))
			require.Len(t, r.Skipped, int(r.Due-dl.Date))
		}
		_ = r.Norwegian() + r.English()
	})
}

// FuzzParseSchedule: any input either fails cleanly or gives a schedule that checks,
// exports to iCalendar that parses back, renders an agenda, and round-trips through JSON.
func FuzzParseSchedule(f *testing.F) {
	seed, _ := json.Marshal(hordalandTimeline())
	f.Add(string(seed))
	f.Add(`{"network":"x","events":[{"kind":"gathering","title":"a,b;c\\d","date":"2019-05-17","hours":{"start":"09:00","end":"10:00"}}],"deadlines":[]}`)
	f.Add(`{"network":"x","events":[],"deadlines":[{"kind":"appeal","title":"k","date":"9999-12-31","rule":"next_working_day"}]}`)
	f.Add(`{"network":"x","events":[{"kind":"gathering","title":"t","date":"2019-01-01","prepares":"t"}]}`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ParseSchedule([]byte(in))
		if err != nil {
			return
		}
		if _, err := s.Check(Workdays{Off: AllEves}); err != nil {
			// Only a deadline that cannot be resolved (moved past 9999) may fail here.
			return
		}
		var b bytes.Buffer
		require.NoError(t, WriteICS(&b, s, ICSOptions{}))
		cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
		require.NoError(t, err)
		require.Len(t, cal.Events(), len(s.Events)+len(s.Deadlines))
		require.NoError(t, WriteAgenda(&bytes.Buffer{}, s, AgendaMarkdown))
		out, err := json.Marshal(s)
		require.NoError(t, err)
		back, err := ParseSchedule(out)
		require.NoError(t, err)
		out2, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(out2))
	})
}
