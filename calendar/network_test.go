package calendar_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestEventKindFor(t *testing.T) {
	for _, k := range lnet.GatheringKinds() {
		got, err := calendar.EventKindFor(k)
		require.NoError(t, err, k)
		assert.Equal(t, k.String(), got.String(), "the identifiers are the same")
		assert.Equal(t, k.Norwegian(), got.Norwegian())
	}
	for _, k := range []lnet.GatheringKind{0, 99} {
		_, err := calendar.EventKindFor(k)
		require.ErrorIs(t, err, lnet.ErrInvalidModel)
		var fe *lnet.FieldError
		require.True(t, errors.As(err, &fe))
		assert.Equal(t, "kind", fe.Path)
	}
}

func TestEventFrom(t *testing.T) {
	day := date.New(2026, 9, 10)
	for _, tc := range []struct {
		name     string
		g        lnet.Gathering
		want     calendar.Event
		contains string
	}{
		{"gathering", lnet.Gathering{Kind: lnet.GatheringNetwork, Date: day, Title: "Høstsamling", Place: "Hamar", Topic: "Barnesamtaler",
			Attendance: &lnet.Attendance{ServiceCount: 3, MunicipalityCount: 5}},
			calendar.Event{Kind: calendar.EventGathering, Date: day, Title: "Høstsamling", Place: "Hamar", Topic: "Barnesamtaler"}, ""},
		{"steering group", lnet.Gathering{Kind: lnet.GatheringSteeringGroup, Date: day, Title: "Styringsgruppemøte"},
			calendar.Event{Kind: calendar.EventSteeringGroup, Date: day, Title: "Styringsgruppemøte"}, ""},
		{"no kind", lnet.Gathering{Date: day, Title: "x"}, calendar.Event{}, "kind"},
		{"no title", lnet.Gathering{Kind: lnet.GatheringNetwork, Date: day}, calendar.Event{}, "title"},
		{"zero value", lnet.Gathering{}, calendar.Event{}, "kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := calendar.EventFrom(tc.g)
			if tc.contains != "" {
				require.ErrorIs(t, err, lnet.ErrInvalidModel)
				assert.ErrorContains(t, err, tc.contains)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestNetworkSchedule(t *testing.T) {
	day := date.New(2026, 2, 12)
	n := lnet.Network{ID: "innlandet-glamdal", Name: "Glåmdal", Office: "innlandet", Gatherings: []lnet.Gathering{
		{Kind: lnet.GatheringInformation, Date: day, Title: "Informasjonsmøte"},
		{Kind: lnet.GatheringNetwork, Date: day, Title: "Vårsamling"},
		{Kind: lnet.GatheringNetwork, Date: day, Title: "Vårsamling, dag 2"},
	}}
	s, err := calendar.NetworkSchedule(n)
	require.NoError(t, err)
	require.NoError(t, s.Validate())
	assert.Equal(t, "innlandet-glamdal", s.Network)
	assert.Equal(t, lnet.OfficeID("innlandet"), s.Office)
	var ids []string
	for _, e := range s.Events {
		ids = append(ids, e.ID)
	}
	assert.Equal(t, []string{"information_meeting-2026-02-12", "gathering-2026-02-12", "gathering-2026-02-12-2"}, ids)
	assert.Empty(t, s.Deadlines)

	for _, tc := range []struct {
		name     string
		mutate   func(*lnet.Network)
		contains string
	}{
		{"network id not fit for a schedule", func(n *lnet.Network) { n.ID = "Glåmdal nettverk" }, "id: "},
		{"empty id", func(n *lnet.Network) { n.ID = "" }, "id: "},
		{"bad office", func(n *lnet.Network) { n.Office = "Innlandet" }, "office"},
		{"bad gathering", func(n *lnet.Network) {
			n.Gatherings = append([]lnet.Gathering{}, n.Gatherings...)
			n.Gatherings[1].Title = ""
		}, "gatherings[1]: title"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := n
			tc.mutate(&m)
			_, err := calendar.NetworkSchedule(m)
			require.ErrorIs(t, err, lnet.ErrInvalidModel)
			assert.ErrorContains(t, err, tc.contains)
		})
	}
	empty, err := calendar.NetworkSchedule(lnet.Network{ID: "x"})
	require.NoError(t, err)
	assert.Empty(t, empty.Events)
}

// A network's gatherings become its calendar; the office's deadlines are added to it.
func ExampleNetworkSchedule() {
	n := lnet.Network{ID: "innlandet-glamdal", Name: "Læringsnettverket i Glåmdal", Office: "innlandet",
		Gatherings: []lnet.Gathering{
			{Kind: lnet.GatheringNetwork, Date: date.New(2026, 9, 10), Title: "Høstsamling", Place: "Kongsvinger"},
		}}
	s, err := calendar.NetworkSchedule(n)
	if err != nil {
		fmt.Println(err)
		return
	}
	s.Deadlines = append(s.Deadlines, calendar.SpendBy("innlandet", lnet.SchemeFosterHome, 2026))
	for _, e := range s.Events {
		fmt.Println(e.ID, e.Kind.In(lnet.English), e.Place)
	}
	fmt.Println(s.Deadlines[0].Date)
	// Output:
	// gathering-2026-09-10 network gathering Kongsvinger
	// 2027-12-31
}

// A gathering as a calendar event, with the calendar's kind.
func ExampleEventFrom() {
	e, err := calendar.EventFrom(lnet.Gathering{Kind: lnet.GatheringStartUp, Date: date.New(2026, 3, 5), Title: "Oppstartsseminar"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(e.Kind, e.Kind.In(lnet.Nynorsk), e.Date)
	// Output: startup_seminar oppstartsseminar 2026-03-05
}

// The calendar's kind of each kind of network meeting.
func ExampleEventKindFor() {
	for _, k := range lnet.GatheringKinds() {
		e, err := calendar.EventKindFor(k)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(k, "→", e.In(lnet.English))
	}
	_, err := calendar.EventKindFor(0)
	fmt.Println(err)
	// Output:
	// gathering → network gathering
	// startup_seminar → start-up seminar
	// information_meeting → information meeting
	// steering_group_meeting → steering-group meeting
	// kind: not a defined gathering kind "0"
}
