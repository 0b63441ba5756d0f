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
	s.Events = revise(s.Events, previous.Events, at, func(e *Event) (string, *int, *time.Time) {
		return e.ID, &e.Revision, &e.Modified
	})
	s.Deadlines = revise(s.Deadlines, previous.Deadlines, at, func(d *Deadline) (string, *int, *time.Time) {
		return d.ID, &d.Revision, &d.Modified
	})
	return s
}

// revise returns a copy of items in which each item whose id an item of previous has, and
// that differs from it in anything but its revision and modification time, has the
// revision one above the previous one's (unless it already has a higher one) and modified
// at. mark returns an item's id and pointers to its revision and modification time.
func revise[T any](items, previous []T, at time.Time, mark func(*T) (string, *int, *time.Time)) []T {
	before := map[string]T{}
	for i := range previous {
		if id, _, _ := mark(&previous[i]); id != "" {
			before[id] = previous[i]
		}
	}
	items = slices.Clone(items)
	for i := range items {
		id, rev, _ := mark(&items[i])
		old, ok := before[id]
		_, oldRev, _ := mark(&old)
		if id == "" || !ok || *rev > *oldRev {
			continue
		}
		a, b := items[i], old
		for _, x := range []*T{&a, &b} {
			_, r, m := mark(x)
			*r, *m = 0, time.Time{}
		}
		if reflect.DeepEqual(a, b) {
			continue
		}
		_, r, m := mark(&items[i])
		*r, *m = *oldRev+1, at
	}
	return items
}
