package calendar

import (
	"reflect"
	"slices"
	"time"
)

// Revise returns s with its changes against previous, the version published before, marked
// for the calendar clients that have it: an event (or deadline) of s whose ID an event (or
// deadline) of previous has,
// and that differs from it in anything but Revision and Modified — moved, renamed,
// cancelled, another place or time — gets Revision one above the previous one's (unless it
// already has a higher one) and Modified at. Events without an ID, and new events, are
// left as they are. s and previous are not changed.
//
// It is the simple way to keep [Event.Revision] right: keep the schedule you last exported,
// edit a copy, Revise the copy against it, export. [WriteICS] writes the result with the
// same UIDs and a higher SEQUENCE, so that a client that imports it after the first file
// updates its events instead of adding new ones.
func (s Schedule) Revise(previous Schedule, at time.Time) Schedule {
	before := map[string]Event{}
	for _, e := range previous.Events {
		if e.ID != "" {
			before[e.ID] = e
		}
	}
	s.Events = slices.Clone(s.Events)
	for i, e := range s.Events {
		old, ok := before[e.ID]
		if e.ID == "" || !ok || e.Revision > old.Revision {
			continue
		}
		a, b := e, old
		a.Revision, a.Modified, b.Revision, b.Modified = 0, time.Time{}, 0, time.Time{}
		if reflect.DeepEqual(a, b) {
			continue
		}
		s.Events[i].Revision = old.Revision + 1
		s.Events[i].Modified = at
	}
	deadlines := map[string]Deadline{}
	for _, d := range previous.Deadlines {
		if d.ID != "" {
			deadlines[d.ID] = d
		}
	}
	s.Deadlines = slices.Clone(s.Deadlines)
	for i, d := range s.Deadlines {
		old, ok := deadlines[d.ID]
		if d.ID == "" || !ok || d.Revision > old.Revision {
			continue
		}
		a, b := d, old
		a.Revision, a.Modified, b.Revision, b.Modified = 0, time.Time{}, 0, time.Time{}
		if reflect.DeepEqual(a, b) {
			continue
		}
		s.Deadlines[i].Revision = old.Revision + 1
		s.Deadlines[i].Modified = at
	}
	return s
}
