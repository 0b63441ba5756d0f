package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// revisedHordaland is the Hordaland timeline after an update: the gathering of 12 February
// 2019 moved to 14 February, the start-up seminar renamed, the September gathering
// cancelled, revised against the original at 2019-01-10 08:00 UTC.
func revisedHordaland() (original, revised Schedule) {
	original = hordalandTimeline()
	next := hordalandTimeline()
	for i := range next.Events {
		switch next.Events[i].ID {
		case "gathering-2019-02":
			next.Events[i].Date = day(2019, time.February, 14)
		case "startup-2018":
			next.Events[i].Title = "Oppstartsseminar for læringsnettverket"
		case "gathering-2018-09":
			next.Events[i].Cancelled = true
		}
	}
	return original, next.Revise(original, time.Date(2019, time.January, 10, 8, 0, 0, 0, time.UTC))
}

// vevents parses an iCalendar file into its events by UID.
func vevents(t *testing.T, out []byte) map[string]*ics.VEvent {
	t.Helper()
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	require.NoError(t, err)
	m := map[string]*ics.VEvent{}
	for _, ev := range cal.Events() {
		require.NotContains(t, m, ev.Id(), "duplicate UID")
		m[ev.Id()] = ev
	}
	return m
}

func prop(ev *ics.VEvent, p ics.ComponentProperty) string {
	if v := ev.GetProperty(p); v != nil {
		return v.Value
	}
	return ""
}

// Issue 13: moving the 12 Feb 2019 gathering to 14 Feb keeps its UID and raises SEQUENCE;
// a renamed event keeps its UID; a cancelled one says STATUS:CANCELLED.
func TestICSMoveKeepsUID(t *testing.T) {
	original, revised := revisedHordaland()
	before := writeICS(t, original, ICSOptions{})
	after := writeICS(t, revised, ICSOptions{Stamp: testStamp.Add(time.Hour)})
	golden(t, "hordaland_2018_2019_revised.ics", after)
	a, b := vevents(t, before), vevents(t, after)
	require.Equal(t, len(a), len(b))
	for uid := range a {
		require.Contains(t, b, uid, "every UID of the original is in the update")
	}
	find := func(m map[string]*ics.VEvent, start string) *ics.VEvent {
		for _, ev := range m {
			if prop(ev, ics.ComponentPropertyDtStart) == start {
				return ev
			}
		}
		t.Fatalf("no event on %s", start)
		return nil
	}
	moved := find(b, "20190214")
	assert.Equal(t, find(a, "20190212").Id(), moved.Id(), "the moved gathering keeps its UID")
	assert.Equal(t, "0", prop(a[moved.Id()], ics.ComponentPropertySequence))
	assert.Equal(t, "1", prop(moved, ics.ComponentPropertySequence))
	assert.Equal(t, "20190110T080000Z", prop(moved, ics.ComponentPropertyLastModified))
	assert.Equal(t, "20251201T130000Z", prop(moved, ics.ComponentPropertyDtstamp))

	renamed := find(b, "20180607")
	assert.Equal(t, "Oppstartsseminar for læringsnettverket", prop(renamed, ics.ComponentPropertySummary))
	assert.Equal(t, "1", prop(renamed, ics.ComponentPropertySequence))
	cancelled := find(b, "20180913")
	assert.Equal(t, "CANCELLED", prop(cancelled, ics.ComponentPropertyStatus))
	assert.Equal(t, "1", prop(cancelled, ics.ComponentPropertySequence))
	assert.Equal(t, "CONFIRMED", prop(find(a, "20180913"), ics.ComponentPropertyStatus))

	// Imported after the original into a calendar keyed by UID that keeps the higher
	// SEQUENCE, the update replaces the three events instead of adding three.
	store := map[string]*ics.VEvent{}
	for _, m := range []map[string]*ics.VEvent{a, b} {
		for uid, ev := range m {
			if old, ok := store[uid]; ok && prop(old, ics.ComponentPropertySequence) > prop(ev, ics.ComponentPropertySequence) {
				continue
			}
			store[uid] = ev
		}
	}
	assert.Len(t, store, len(b))
	assert.Equal(t, "20190214", prop(store[moved.Id()], ics.ComponentPropertyDtStart))

	// Revise leaves unchanged events and the original alone.
	assert.Zero(t, original.Events[2].Revision)
	again := revised.Revise(revised, testStamp)
	assert.Equal(t, revised.Events, again.Events)
}

// Without an ID an event's UID comes from its kind, date and title, and a move changes it.
func TestICSUIDWithoutID(t *testing.T) {
	s := hordalandTimeline()
	s.Events[2].ID = ""
	before := vevents(t, writeICS(t, s, ICSOptions{}))
	s.Events[2].Date = day(2019, time.February, 14)
	after := vevents(t, writeICS(t, s, ICSOptions{}))
	n := 0
	for uid := range after {
		if _, ok := before[uid]; !ok {
			n++
		}
	}
	assert.Equal(t, 1, n)
}

// The stamp is the time of export: now, unless fixed.
func TestICSStampDefaultsToNow(t *testing.T) {
	var b bytes.Buffer
	start := time.Now().UTC().Truncate(time.Second)
	require.NoError(t, WriteICS(&b, hordalandTimeline(), ICSOptions{}))
	for _, ev := range vevents(t, b.Bytes()) {
		got, err := ev.GetDtStampTime()
		require.NoError(t, err)
		assert.False(t, got.Before(start), "DTSTAMP %s before the export at %s", got, start)
		assert.WithinDuration(t, start, got, time.Minute)
	}
}

// Issue 13: 02:30 on 31 March 2019 does not exist in Europe/Oslo.
func TestSpringForwardGapRejected(t *testing.T) {
	gap := day(2019, time.March, 31)
	_, err := LocalTime(gap, MustClock(2, 30))
	require.ErrorIs(t, err, lnet.ErrInvalidValue)
	assert.Contains(t, err.Error(), "02:30 does not exist in Europe/Oslo on 2019-03-31: the clocks go forward from 02:00 to 03:00")

	e := Event{Kind: EventSteeringGroup, Title: "Møte", Date: gap, Hours: &Hours{Start: MustClock(2, 30), End: MustClock(3, 30)}}
	err = e.Validate()
	var fe *lnet.FieldError
	require.True(t, errors.As(err, &fe), "%v", err)
	assert.Equal(t, "hours.start", fe.Path)
	assert.ErrorIs(t, err, lnet.ErrInvalidModel)
	assert.Contains(t, fe.Reason, "does not exist")
	assert.Error(t, WriteICS(&bytes.Buffer{}, Schedule{Network: "x", Events: []Event{e}}, ICSOptions{}))

	// An end in the gap, a deadline in the gap, and a weekly meeting that reaches it.
	e.Hours = &Hours{Start: MustClock(1, 0), End: MustClock(2, 15)}
	require.Error(t, e.Validate())
	t1 := MustClock(2, 0)
	d := Deadline{Kind: DeadlineResponse, Title: "Svar", Date: gap, Time: &t1, Rule: RuleFixed}
	require.Error(t, d.Validate())
	weekly := Event{Kind: EventSteeringGroup, Title: "Møte", Date: day(2019, time.March, 17),
		Hours: &Hours{Start: MustClock(2, 30), End: MustClock(4, 0)}, Repeat: &Recurrence{Weeks: 1, Count: 3}}
	require.Error(t, weekly.Validate())
	weekly.Repeat.Except = []date.Date{gap}
	require.Error(t, weekly.Validate(), "the gap is checked on every day of the pattern, except or not")
	// The same clock time exists a week earlier and on other days.
	_, err = LocalTime(day(2019, time.March, 30), MustClock(2, 30))
	require.NoError(t, err)
}

// A clock time in the hour the clocks go back is its earlier occurrence, in summer time.
func TestFallBackEarlierOccurrence(t *testing.T) {
	back := day(2019, time.October, 27)
	got, err := LocalTime(back, MustClock(2, 30))
	require.NoError(t, err)
	assert.Equal(t, "2019-10-27T00:30:00Z", got.UTC().Format(time.RFC3339))
	assert.Equal(t, got, At(back, MustClock(2, 30)))
	got, err = LocalTime(back, MustClock(3, 0))
	require.NoError(t, err)
	assert.Equal(t, "2019-10-27T02:00:00Z", got.UTC().Format(time.RFC3339))
	// Before 1996 summer time ended in September: 30 September 1990.
	got, err = LocalTime(day(1990, time.September, 30), MustClock(2, 30))
	require.NoError(t, err)
	assert.Equal(t, "1990-09-30T00:30:00Z", got.UTC().Format(time.RFC3339))
	// An event 01:30–02:30 that day ends at the first 02:30: an hour long.
	e := Event{Kind: EventSteeringGroup, Title: "Nattmøte", Date: back, Hours: &Hours{Start: MustClock(1, 30), End: MustClock(2, 30)}}
	require.NoError(t, e.Validate())
	s, _ := e.Start()
	end, _ := e.End()
	assert.Equal(t, time.Hour, end.Sub(s))
}

// Issue 13: a 1 June 23:59 deadline exports as a timed event at 21:59 UTC.
func TestDeadlineWithTime(t *testing.T) {
	d := ApplicationDeadline("vestland", lnet.SchemeFosterHome, 2021, day(2021, time.June, 1))
	at := MustClock(23, 59)
	d.Time = &at
	d.Source = "Statsforvalteren i Vestland, utlysning 2021: «1. juni 2021 23.59»"
	r, err := d.Resolve()
	require.NoError(t, err)
	assert.Equal(t, "2021-06-01T21:59:00Z", r.DueAt().UTC().Format(time.RFC3339))

	s := Schedule{Network: "vestland", Deadlines: []Deadline{d}}
	out := writeICS(t, s, ICSOptions{})
	checkICSFormat(t, out)
	assert.Contains(t, string(out), "DTSTART;TZID=Europe/Oslo:20210601T235900\r\n")
	assert.NotContains(t, string(out), "DTEND", "a deadline is an instant")
	for _, ev := range vevents(t, out) {
		got, err := ev.GetStartAt()
		require.NoError(t, err)
		assert.Equal(t, "2021-06-01T21:59:00Z", got.UTC().Format(time.RFC3339))
	}
	// Without a time the deadline is due at the end of its day, an all-day event.
	d.Time = nil
	r, err = d.Resolve()
	require.NoError(t, err)
	assert.Equal(t, "2021-06-01T22:00:00Z", r.DueAt().UTC().Format(time.RFC3339))
	assert.Contains(t, string(writeICS(t, Schedule{Network: "vestland", Deadlines: []Deadline{d}}, ICSOptions{})), "DTSTART;VALUE=DATE:20210601\r\n")
}

// timesSchedule has what issue 13 asks of time: a two-day gathering, a monthly steering
// group with a day left out, a timed deadline, a meeting in the hour the clocks go back, and
// a meeting in 1990, when summer time ended in September.
func timesSchedule() Schedule {
	at := MustClock(23, 59)
	app := ApplicationDeadline("vestland", lnet.SchemeSelfInitiated, 2021, day(2021, time.June, 1))
	app.Time = &at
	end := day(2019, time.September, 13)
	return Schedule{
		Network: "tider",
		Name:    "Tider og gjentak",
		Events: []Event{
			{ID: "gathering-2019-09", Kind: EventGathering, Title: "Todagerssamling", Date: day(2019, time.September, 12), EndDate: &end,
				Hours: &Hours{Start: MustClock(10, 0), End: MustClock(15, 0)}, Place: "Bergen"},
			{ID: "steering-2019", Kind: EventSteeringGroup, Title: "Styringsgruppemøte", Date: day(2019, time.February, 12),
				Hours:  &Hours{Start: MustClock(12, 0), End: MustClock(14, 0)},
				Repeat: &Recurrence{Months: 1, Count: 6, Except: []date.Date{day(2019, time.April, 9)}}},
			{ID: "night-2019", Kind: EventSteeringGroup, Title: "Møte over omstillingen", Date: day(2019, time.October, 27),
				Hours: &Hours{Start: MustClock(1, 30), End: MustClock(2, 30)}, Attendees: []string{"it"}},
			{ID: "early-1990", Kind: EventInformation, Title: "Informasjonsmøte 1990", Date: day(1990, time.September, 20),
				Hours: &Hours{Start: MustClock(9, 0), End: MustClock(10, 0)}},
		},
		Deadlines: []Deadline{app},
	}
}

func TestICSTimes(t *testing.T) {
	s := timesSchedule()
	out := writeICS(t, s, ICSOptions{})
	golden(t, "times.ics", out)
	checkICSFormat(t, out)
	text := string(out)
	for _, want := range []string{
		"DTSTART;TZID=Europe/Oslo:20190912T100000\r\nDTEND;TZID=Europe/Oslo:20190913T150000\r\n",
		"RRULE:FREQ=MONTHLY;INTERVAL=1;COUNT=6;BYDAY=2TU\r\n",
		"EXDATE;TZID=Europe/Oslo:20190409T120000\r\n",
		"DTSTART;TZID=Europe/Oslo:20210601T235900\r\n",
		// The VTIMEZONE follows the database from 1990 to 2021: summer time ended on
		// 30 September 1990 at 03:00, on 27 October 2019.
		"TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19900930T030000\r\n",
		"DTSTART:20191027T030000\r\n",
		"DTSTART:20210328T020000\r\n",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "DTSTART:20211031T030000", "nothing after the last event")
	assert.Equal(t, 1, strings.Count(text, "BEGIN:VTIMEZONE"))

	// Every timed start read back with the file's VTIMEZONE is the instant of the event.
	for _, ev := range vevents(t, out) {
		p := ev.GetProperty(ics.ComponentPropertyDtStart)
		if p.ICalParameters["TZID"] == nil {
			continue
		}
		got, err := ev.GetStartAt()
		require.NoError(t, err)
		local, err := time.ParseInLocation("20060102T150405", p.Value, Oslo())
		require.NoError(t, err)
		assert.True(t, local.Equal(got), "%s", p.Value)
	}

	steering := s.Events[1]
	assert.Equal(t, []date.Date{day(2019, time.February, 12), day(2019, time.March, 12), day(2019, time.May, 14),
		day(2019, time.June, 11), day(2019, time.July, 9)}, steering.Occurrences())
}

func TestRecurrenceValidate(t *testing.T) {
	base := Event{Kind: EventSteeringGroup, Title: "Møte", Date: day(2019, time.January, 29)}
	for _, tc := range []struct {
		r    Recurrence
		path string
	}{
		{Recurrence{Count: 3}, "repeat.weeks"},
		{Recurrence{Weeks: 1, Months: 1, Count: 3}, "repeat.weeks"},
		{Recurrence{Weeks: 53, Count: 3}, "repeat.weeks"},
		{Recurrence{Months: 13, Count: 3}, "repeat.months"},
		{Recurrence{Weeks: 1, Count: 1}, "repeat.count"},
		{Recurrence{Weeks: 1, Count: MaxOccurrences + 1}, "repeat.count"},
		{Recurrence{Weeks: 1, Count: 3, Except: []date.Date{day(2019, time.January, 30)}}, "repeat.except[0]"},
		{Recurrence{Weeks: 1, Count: 3, Except: []date.Date{day(2019, time.January, 29)}}, "repeat.except[0]"},
		{Recurrence{Weeks: 1, Count: 3, Except: []date.Date{day(2019, time.February, 5), day(2019, time.February, 5)}}, "repeat.except[1]"},
	} {
		e := base
		e.Repeat = &tc.r
		var fe *lnet.FieldError
		require.True(t, errors.As(e.Validate(), &fe), "%+v", tc.r)
		assert.Equal(t, tc.path, fe.Path, "%+v", tc.r)
	}
	// The fifth Tuesday of a month is read as the last: 29 January 2019, then 26 February.
	e := base
	e.Repeat = &Recurrence{Months: 1, Count: 3}
	require.NoError(t, e.Validate())
	assert.Equal(t, []date.Date{day(2019, time.January, 29), day(2019, time.February, 26), day(2019, time.March, 26)}, e.Occurrences())
	// December to January.
	e.Date = day(2019, time.December, 10)
	assert.Equal(t, []date.Date{day(2019, time.December, 10), day(2020, time.January, 14), day(2020, time.February, 11)}, e.Occurrences())

	end := base.Date
	e = base
	e.EndDate = &end
	assert.Error(t, e.Validate(), "an end date is after the date")
	e.Revision = -1
	e.EndDate = nil
	assert.Error(t, e.Validate())
}

// Double booking is judged by time: back to back is fine, overlapping is not, all-day
// meetings take the day, recurring meetings count on every day they occur.
func TestDoubleBookingByTime(t *testing.T) {
	h := func(a, b int) *Hours { return &Hours{Start: Clock(a), End: Clock(b)} }
	tue := day(2019, time.February, 12)
	gathering := Event{ID: "g", Kind: EventGathering, Title: "Samling", Date: tue, Hours: h(9*60, 15*60+30)}
	after := Event{ID: "s", Kind: EventSteeringGroup, Title: "Styringsgruppe", Date: tue, Hours: h(15*60+30, 16*60+30)}
	doubles := func(events ...Event) []Conflict {
		c, err := Schedule{Network: "x", Events: events}.Check(Statutory())
		require.NoError(t, err)
		var out []Conflict
		for _, x := range c {
			if x.Kind == ConflictDoubleBooked {
				out = append(out, x)
			}
		}
		return out
	}
	assert.Empty(t, doubles(gathering, after), "a meeting that starts when the gathering ends")
	overlap := after
	overlap.Hours = h(15*60, 16*60)
	got := doubles(gathering, overlap)
	require.Len(t, got, 1)
	assert.Equal(t, "«Samling» (09:00–15:30) og «Styringsgruppe» (15:00–16:00) overlapper tirsdag 12. februar 2019 for de samme deltakerne.", got[0].Norwegian)
	assert.Equal(t, "«Samling» (09:00–15:30) og «Styringsgruppe» (15:00–16:00) overlappar tysdag 12. februar 2019 for dei same deltakarane.", got[0].Nynorsk)
	assert.Equal(t, "“Samling” (09:00–15:30) and “Styringsgruppe” (15:00–16:00) overlap on Tuesday 12 February 2019 for the same attendees.", got[0].English)
	overlap.Cancelled = true
	assert.Empty(t, doubles(gathering, overlap), "a cancelled meeting books nobody")
	other := overlap
	other.Cancelled, other.Attendees = false, []string{"partners"}
	assert.Empty(t, doubles(gathering, other), "no attendees in common")

	allDay := Event{ID: "a", Kind: EventInformation, Title: "Informasjonsmøte", Date: tue}
	require.Len(t, doubles(allDay, after), 1, "an all-day meeting takes the day")

	// A two-day gathering and a meeting on its second day.
	end := tue + 1
	long := gathering
	long.EndDate = &end
	next := after
	next.Date = tue + 1
	next.Hours = h(9*60, 10*60)
	require.Len(t, doubles(long, next), 1)
	next.Hours = h(15*60+30, 16*60+30)
	assert.Empty(t, doubles(long, next), "after the end on the last day")

	// A monthly steering group meets the gathering on its third occurrence, unless left out.
	monthly := Event{ID: "m", Kind: EventSteeringGroup, Title: "Månedsmøte", Date: day(2019, time.January, 8), Hours: h(12*60, 13*60),
		Repeat: &Recurrence{Months: 1, Count: 4}}
	g := gathering
	g.Date = day(2019, time.March, 12)
	got = doubles(monthly, g)
	require.Len(t, got, 1)
	assert.Equal(t, day(2019, time.March, 12), got[0].Date)
	monthly.Repeat.Except = []date.Date{day(2019, time.March, 12)}
	assert.Empty(t, doubles(monthly, g))
}

func TestEventJSONRoundTrip(t *testing.T) {
	s := timesSchedule()
	s.Events[0].Revision = 2
	s.Events[0].Modified = time.Date(2019, time.August, 1, 10, 0, 0, 0, time.UTC)
	s.Events[0].Cancelled = true
	b, err := json.Marshal(s)
	require.NoError(t, err)
	for _, want := range []string{`"end_date":"2019-09-13"`, `"repeat":{"months":1,"count":6,"except":["2019-04-09"]}`,
		`"revision":2`, `"modified":"2019-08-01T10:00:00Z"`, `"cancelled":true`, `"time":"23:59"`} {
		assert.Contains(t, string(b), want)
	}
	back, err := ParseSchedule(b)
	require.NoError(t, err)
	assert.Equal(t, s, back)
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))
	// Absent, the new fields stay out.
	b, err = json.Marshal(hordalandTimeline())
	require.NoError(t, err)
	for _, no := range []string{"end_date", "repeat", "revision", "modified", "cancelled", `"time"`} {
		assert.NotContains(t, string(b), no)
	}
}

// TestICSRealClients runs .ci/ics-check.py, python-icalendar and libical, over every
// iCalendar file the tests and examples produce (the golden files, which the tests keep
// equal to the output), and imports the revised Hordaland file after the original. It is
// skipped when python3 with the Debian packages python3-icalendar, gir1.2-ical-3.0 and
// python3-gi is not there; .ci/run installs them and fails if it does not run.
func TestICSRealClients(t *testing.T) {
	python := checkerPython()
	if python == "" {
		t.Skip("no python3 with icalendar and gi (ICalGLib 3.0): apt-get install -y python3-icalendar gir1.2-ical-3.0 python3-gi, or set LNET_PYTHON")
	}
	files, err := filepath.Glob("testdata/*.ics")
	require.NoError(t, err)
	examples, err := filepath.Glob("../examples/*/testdata/golden/*.ics")
	require.NoError(t, err)
	files = append(files, examples...)
	require.GreaterOrEqual(t, len(files), 6)
	args := append([]string{"../.ci/ics-check.py", "--update", "testdata/hordaland_2018_2019.ics", "testdata/hordaland_2018_2019_revised.ics"}, files...)
	out, err := exec.Command(python, args...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	t.Logf("%s", out)
	t.Logf("ran the real clients: %s with python-icalendar and libical on %d files", python, len(files))
}

// checkerPython returns a python3 that has the checker's modules: $LNET_PYTHON, else the
// system's /usr/bin/python3 (where Debian's packages install), else python3 on the PATH; ""
// if none has them.
func checkerPython() string {
	candidates := []string{os.Getenv("LNET_PYTHON"), "/usr/bin/python3", "python3"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		p, err := exec.LookPath(c)
		if err != nil {
			continue
		}
		probe := "import icalendar, gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
		if exec.Command(p, "-c", probe).Run() == nil {
			return p
		}
	}
	return ""
}

// Regression: time.Time.ZoneBounds ends the zone of 31 December 2040 where it began (Go's
// extended rule in a leap year), and the VTIMEZONE loop did not end. Past 2037 the zones
// Go splits at 1 January are no observances either.
func TestVTimezoneAcross2040(t *testing.T) {
	h := &Hours{Start: MustClock(10, 0), End: MustClock(11, 0)}
	s := Schedule{Network: "x", Events: []Event{
		{Kind: EventGathering, Title: "a", Date: day(2040, time.December, 31), Hours: h},
		{Kind: EventGathering, Title: "b", Date: day(2041, time.July, 1), Hours: h},
	}}
	out := string(writeICS(t, s, ICSOptions{}))
	assert.Contains(t, out, "DTSTART:20401028T030000\r\n")
	assert.Contains(t, out, "DTSTART:20410331T020000\r\n")
	assert.NotContains(t, out, "DTSTART:20410101")
	assert.Equal(t, 2, strings.Count(out, "TZOFFSETFROM:"))
}

// A deadline moved by the office keeps its UID and raises SEQUENCE, as an event does.
func TestICSMovedDeadlineRaisesSequence(t *testing.T) {
	first := Schedule{Network: "vestland", Deadlines: []Deadline{
		{ID: "soknad-2022", Kind: DeadlineApplication, Title: "Søknadsfrist", Date: day(2021, time.June, 1), Rule: RuleFixed},
	}}
	moved := first
	moved.Deadlines = []Deadline{first.Deadlines[0]}
	moved.Deadlines[0].Date = day(2021, time.June, 8)
	revised := moved.Revise(first, time.Date(2021, 5, 20, 8, 0, 0, 0, time.UTC))
	require.Equal(t, 1, revised.Deadlines[0].Revision)
	require.Equal(t, 0, first.Deadlines[0].Revision, "Revise does not change its arguments")
	same := first.Revise(first, time.Date(2021, 5, 20, 8, 0, 0, 0, time.UTC))
	require.Equal(t, 0, same.Deadlines[0].Revision, "an unchanged deadline keeps its revision")
	a := vevents(t, writeICS(t, first, ICSOptions{}))
	b := vevents(t, writeICS(t, revised, ICSOptions{}))
	require.Len(t, a, 1)
	for uid, ev := range b {
		require.Contains(t, a, uid, "same UID")
		assert.Equal(t, "1", prop(ev, ics.ComponentPropertySequence))
		assert.Equal(t, "20210520T080000Z", prop(ev, ics.ComponentPropertyLastModified))
	}
	bad := first.Deadlines[0]
	bad.Revision = -1
	assert.ErrorIs(t, bad.Validate(), lnet.ErrInvalidModel)
}
