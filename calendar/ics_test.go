package calendar

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testStamp is the DTSTAMP of the golden files: the time they are taken to be made.
var testStamp = time.Date(2025, time.December, 1, 12, 0, 0, 0, time.UTC)

// writeICS writes s as iCalendar, stamped testStamp unless opt says otherwise.
func writeICS(t *testing.T, s Schedule, opt ICSOptions) []byte {
	t.Helper()
	if opt.Stamp.IsZero() {
		opt.Stamp = testStamp
	}
	var b bytes.Buffer
	require.NoError(t, WriteICS(&b, s, opt))
	return b.Bytes()
}

func TestICSGolden(t *testing.T) {
	golden(t, "hordaland_2018_2019.ics", writeICS(t, hordalandTimeline(), ICSOptions{}))
	plan, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	golden(t, "nordland_plan_2019.ics", writeICS(t, plan, ICSOptions{}))
}

// checkICSFormat checks the line discipline RFC 5545 asks for.
func checkICSFormat(t *testing.T, out []byte) {
	t.Helper()
	require.True(t, bytes.HasSuffix(out, []byte("END:VCALENDAR\r\n")))
	lines := strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n")
	for _, l := range lines {
		require.NotContains(t, l, "\n", "bare LF")
		require.NotContains(t, l, "\r", "bare CR")
		require.LessOrEqual(t, len(l), 75, "line longer than 75 octets: %q", l)
		require.True(t, utf8.ValidString(l), "line splits a UTF-8 character: %q", l)
	}
}

func TestICSParsesBack(t *testing.T) {
	plan, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	for _, s := range []Schedule{hordalandTimeline(), plan} {
		out := writeICS(t, s, ICSOptions{})
		checkICSFormat(t, out)
		assert.Equal(t, out, writeICS(t, s, ICSOptions{}), "byte-identical on a second run")

		cal, err := ics.ParseCalendar(bytes.NewReader(out))
		require.NoError(t, err)
		items, err := s.items()
		require.NoError(t, err)
		events := cal.Events()
		require.Len(t, events, len(items))
		uids := map[string]bool{}
		for i, ev := range events {
			it := items[i]
			uid := ev.Id()
			assert.False(t, uids[uid], "duplicate UID %s", uid)
			uids[uid] = true
			summary := ev.GetProperty(ics.ComponentPropertySummary).Value
			start := ev.GetProperty(ics.ComponentPropertyDtStart)
			if it.event != nil && it.event.Hours != nil {
				assert.Equal(t, it.event.Title, summary)
				assert.Equal(t, []string{"Europe/Oslo"}, start.ICalParameters["TZID"])
				got, err := ev.GetStartAt()
				require.NoError(t, err)
				want, _ := it.event.Start()
				assert.True(t, want.Equal(got), "%s: start %s, want %s", summary, got, want)
				assert.Equal(t, "Europe/Oslo", got.Location().String())
				end, err := ev.GetEndAt()
				require.NoError(t, err)
				wantEnd, _ := it.event.End()
				assert.True(t, wantEnd.Equal(end))
			} else {
				if it.event != nil {
					assert.Equal(t, it.event.Title, summary)
				} else {
					assert.Equal(t, "Frist: "+it.deadline.Deadline.Title, summary)
				}
				assert.Equal(t, []string{"DATE"}, start.ICalParameters["VALUE"])
				got, err := ev.GetAllDayStartAt()
				require.NoError(t, err)
				y, m, d := got.Date()
				assert.Equal(t, it.date, day(y, m, d))
				end, err := ev.GetAllDayEndAt()
				require.NoError(t, err)
				assert.Equal(t, got.AddDate(0, 0, 1), end)
			}
			alarms := ev.Alarms()
			require.Len(t, alarms, 1)
			require.NotNil(t, alarms[0].GetProperty(ics.ComponentPropertyDescription))
			assert.Equal(t, "DISPLAY", alarms[0].GetProperty(ics.ComponentPropertyAction).Value)
		}
		if len(plan.Events) > 0 && s.Network == plan.Network {
			require.Len(t, cal.Timezones(), 1)
		}
	}
}

func TestICSEscaping(t *testing.T) {
	title := "Møte; plan, budsjett \\ oppfølging\r\nlinje to\x07 æøå ÆØÅ " + strings.Repeat("læringsnettverk ", 8)
	s := Schedule{Network: "esc", Events: []Event{{Kind: EventGathering, Title: title, Date: day(2019, time.March, 5),
		Place: "Bergen, Vestland", Hours: &Hours{Start: 9 * 60, End: 10 * 60}}}}
	out := writeICS(t, s, ICSOptions{})
	checkICSFormat(t, out)
	assert.Contains(t, string(out), `Møte\; plan\, budsjett \\ oppfølging\nlinje to`)
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	require.NoError(t, err)
	ev := cal.Events()[0]
	want := strings.ReplaceAll(strings.ReplaceAll(title, "\r\n", "\n"), "\x07", "")
	assert.Equal(t, want, ev.GetProperty(ics.ComponentPropertySummary).Value)
	assert.Equal(t, "Bergen, Vestland", ev.GetProperty(ics.ComponentPropertyLocation).Value)
}

func TestICSOptions(t *testing.T) {
	stamp := time.Date(2019, time.January, 2, 10, 30, 0, 0, Oslo())
	out := string(writeICS(t, hordalandTimeline(), ICSOptions{Stamp: stamp, NoReminders: true, Name: "Hordaland"}))
	assert.Contains(t, out, "DTSTAMP:20190102T093000Z\r\n")
	assert.NotContains(t, out, "BEGIN:VALARM")
	assert.NotContains(t, out, "BEGIN:VTIMEZONE", "no timed events, no time zone")
	assert.Contains(t, out, "X-WR-CALNAME:Hordaland\r\n")
	out = string(writeICS(t, hordalandTimeline(), ICSOptions{DeadlineReminder: 90 * time.Minute}))
	assert.Contains(t, out, "TRIGGER:-PT1H30M\r\n")
	assert.Contains(t, out, "DTSTART;VALUE=DATE:20181101\r\n")

	bad := hordalandTimeline()
	bad.Network = ""
	assert.Error(t, WriteICS(&bytes.Buffer{}, bad, ICSOptions{}))
}

// Two events with the same network, kind, date and title still get different UIDs.
func TestICSDuplicateUIDs(t *testing.T) {
	e := Event{Kind: EventSteeringGroup, Title: "Møte", Date: day(2019, time.March, 5), Attendees: []string{"a"}}
	f := e
	f.Attendees = []string{"b"}
	out := writeICS(t, Schedule{Network: "dup", Events: []Event{e, f}}, ICSOptions{})
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	require.NoError(t, err)
	require.Len(t, cal.Events(), 2)
	assert.NotEqual(t, cal.Events()[0].Id(), cal.Events()[1].Id())
}

// The time zone database the VTIMEZONE is derived from: since 1996 the offsets change on
// the last Sunday of March and of October at 01:00 UTC (TestICSTimes covers earlier years).
func TestVTimezoneMatchesTZData(t *testing.T) {
	oslo := Oslo()
	require.Equal(t, "Europe/Oslo", oslo.String())
	for y := 1996; y <= 2037; y++ {
		for _, c := range []struct {
			month         time.Month
			before, after int
		}{{time.March, 3600, 7200}, {time.October, 7200, 3600}} {
			last := day(y, c.month, 31)
			for last.Weekday() != time.Sunday {
				last--
			}
			yy, mm, dd := last.Date()
			switchAt := time.Date(yy, mm, dd, 1, 0, 0, 0, time.UTC)
			_, off := switchAt.Add(-time.Second).In(oslo).Zone()
			assert.Equal(t, c.before, off, "%d %s before", y, c.month)
			_, off = switchAt.In(oslo).Zone()
			assert.Equal(t, c.after, off, "%d %s after", y, c.month)
		}
	}
	// 12 February 2019 09:00 is CET, 12 September 2019 09:00 is CEST.
	assert.Equal(t, "2019-02-12T08:00:00Z", At(day(2019, time.February, 12), 9*60).UTC().Format(time.RFC3339))
	assert.Equal(t, "2019-09-12T07:00:00Z", At(day(2019, time.September, 12), 9*60).UTC().Format(time.RFC3339))
}
