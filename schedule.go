package sdk

import (
	"fmt"
	"strconv"

	"github.com/laeringsnettverk/sdk/calendar"
)

// Schedule returns the round's calendar entries as one calendar.Schedule: per scheme the
// application deadline (søknadsfrist) and the spend-by date (frist for bruk av midlene), the
// time limit for an appeal (klagefrist), and the gatherings of every network of the round
// (calendar.NetworkSchedule), each event's id prefixed by its network's id and its
// attendees the network, so that two networks meeting on one day are not a conflict. The
// schedule's network id is "<office>-<year>" ("nordland-2019") and its office the call's.
//
// A network whose id is not fit for a schedule (1–64 bytes of a–z, 0–9 and '-') or whose
// gatherings are not valid is an error naming the network.
func (r *Round) Schedule() (calendar.Schedule, error) {
	if r == nil {
		return calendar.Schedule{}, fmt.Errorf("%w: no round (nil *Round)", ErrInvalidCall)
	}
	s := calendar.Schedule{
		Network: string(r.Call.Office) + "-" + strconv.Itoa(r.Call.Year),
		Name:    r.Office.Title + " – stimuleringsmidler " + strconv.Itoa(r.Call.Year),
		Office:  r.Call.Office,
		Events:  []calendar.Event{},
	}
	for _, sc := range r.Call.Schemes {
		s.Deadlines = append(s.Deadlines, r.Deadlines[sc.Scheme].Deadline, r.SpendBy[sc.Scheme].Deadline)
	}
	s.Deadlines = append(s.Deadlines, r.Appeal.Deadline)
	for i, n := range r.Networks {
		ns, err := calendar.NetworkSchedule(n)
		if err != nil {
			return calendar.Schedule{}, fmt.Errorf("sdk: networks[%d] %q: %w", i, n.ID, err)
		}
		for _, e := range ns.Events {
			e.ID = ns.Network + "-" + e.ID
			e.Attendees = []string{ns.Network}
			s.Events = append(s.Events, e)
		}
	}
	if err := s.Validate(); err != nil {
		return calendar.Schedule{}, fmt.Errorf("sdk: round schedule: %w", err)
	}
	return s, nil
}
