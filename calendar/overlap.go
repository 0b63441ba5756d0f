package calendar

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// occurrence is one occurrence of an event as a span of time: from start to end, end not
// included.
type occurrence struct {
	event      int // index in Schedule.Events
	day        date.Date
	start, end time.Time
}

// occurrences returns the occurrences of the schedule's events that book time, cancelled
// events left out, sorted by start. A timed occurrence runs from its start to its end in
// Europe/Oslo; an all-day one takes its whole days, from 00:00 on the first to 00:00 after
// the last. s must be valid.
func (s Schedule) occurrences() []occurrence {
	var out []occurrence
	for i, e := range s.Events {
		if e.Cancelled {
			continue
		}
		length := e.LastDay() - e.Date
		for _, d := range e.Occurrences() {
			o := occurrence{event: i, day: d}
			if e.Hours != nil {
				o.start, o.end = At(d, e.Hours.Start), At(d+length, e.Hours.End)
			} else {
				o.start, o.end = At(d, 0), At(d+length+1, 0)
			}
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(a, b occurrence) int { return a.start.Compare(b.start) })
	return out
}

// doubleBookings returns the pairs of meetings with attendees in common whose times
// overlap: an error each ([ConflictDoubleBooked]). Double booking is judged by time, not by
// day:
//
//   - two timed meetings conflict when one starts before the other ends; a meeting that
//     ends when the next starts (a steering-group meeting 15:30–16:30 right after a
//     gathering 09:00–15:30) does not;
//   - an all-day meeting takes its whole days, so it conflicts with every meeting on them;
//   - each occurrence of a recurring meeting counts, cancelled meetings and the days a
//     recurrence leaves out do not.
//
// The pairs come in the order of the events in the schedule, the first overlap of a pair
// only.
func (s Schedule) doubleBookings() []Conflict {
	occ := s.occurrences()
	type pair struct{ i, j int }
	first := map[pair]occurrence{}
	var pairs []pair
	for a := range occ {
		for b := a + 1; b < len(occ) && occ[b].start.Before(occ[a].end); b++ {
			x, y := occ[a].event, occ[b].event
			if x == y || !s.Events[x].sharesGroup(s.Events[y]) {
				continue
			}
			p := pair{min(x, y), max(x, y)}
			if _, dup := first[p]; !dup {
				first[p] = occ[b]
				pairs = append(pairs, p)
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return a.j - b.j
	})
	out := make([]Conflict, 0, len(pairs))
	for _, p := range pairs {
		e, f := s.Events[p.i], s.Events[p.j]
		d := first[p].day
		if e.Hours != nil && f.Hours != nil && e.EndDate == nil && f.EndDate == nil {
			out = append(out, Conflict{Kind: ConflictDoubleBooked, Severity: SeverityError, Date: d, Titles: []string{e.Title, f.Title},
				Norwegian: fmt.Sprintf("«%s» (%s) og «%s» (%s) overlapper %s for de samme deltakerne.", e.Title, e.Hours, f.Title, f.Hours, NorwegianDate(d)),
				Nynorsk:   fmt.Sprintf("«%s» (%s) og «%s» (%s) overlappar %s for dei same deltakarane.", e.TitleIn(lnet.Nynorsk), e.Hours, f.TitleIn(lnet.Nynorsk), f.Hours, NynorskDate(d)),
				English:   fmt.Sprintf("“%s” (%s) and “%s” (%s) overlap on %s for the same attendees.", e.TitleIn(lnet.English), e.Hours, f.TitleIn(lnet.English), f.Hours, EnglishDate(d))})
			continue
		}
		out = append(out, Conflict{Kind: ConflictDoubleBooked, Severity: SeverityError, Date: d, Titles: []string{e.Title, f.Title},
			Norwegian: fmt.Sprintf("«%s» og «%s» er begge lagt til %s for de samme deltakerne.", e.Title, f.Title, NorwegianDate(d)),
			Nynorsk:   fmt.Sprintf("«%s» og «%s» er begge lagde til %s for dei same deltakarane.", e.TitleIn(lnet.Nynorsk), f.TitleIn(lnet.Nynorsk), NynorskDate(d)),
			English:   fmt.Sprintf("“%s” and “%s” are both set on %s for the same attendees.", e.TitleIn(lnet.English), f.TitleIn(lnet.English), EnglishDate(d))})
	}
	return out
}
