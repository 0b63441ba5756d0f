package calendar

import (
	"fmt"
	"strconv"

	"github.com/laeringsnettverk/sdk/lnet"
)

// This file holds the conversions from the domain models of package lnet into the
// calendar's types: a network's meeting kind ([lnet.GatheringKind]) into an [EventKind],
// a gathering (samling) into an [Event], and a network ([lnet.Network]) into its
// [Schedule]. They live here, in the package that owns the target types; lnet, the bottom
// layer, does not import the calendar.

// EventKindFor returns the calendar's kind of a network meeting of kind k: a network
// gathering (samling) is [EventGathering], a start-up seminar (oppstartsseminar)
// [EventStartUp], an information meeting (informasjonsmøte) [EventInformation] and a
// steering-group meeting (styringsgruppemøte) [EventSteeringGroup]. The unset or an
// undefined kind is an [*lnet.FieldError] at path "kind" wrapping [lnet.ErrInvalidModel].
func EventKindFor(k lnet.GatheringKind) (EventKind, error) {
	switch k {
	case lnet.GatheringNetwork:
		return EventGathering, nil
	case lnet.GatheringStartUp:
		return EventStartUp, nil
	case lnet.GatheringInformation:
		return EventInformation, nil
	case lnet.GatheringSteeringGroup:
		return EventSteeringGroup, nil
	}
	return 0, &lnet.FieldError{Path: "kind", Value: strconv.Itoa(int(k)), Reason: "not a defined gathering kind"}
}

// EventFrom returns the calendar event of a network's meeting (samling): its kind
// ([EventKindFor]), title, day, place and topic, as an all-day event without an id. The
// gathering is validated first ([lnet.Gathering.Validate]): one without a title or date,
// or of an undefined kind, is an error wrapping [lnet.ErrInvalidModel] whose
// [*lnet.FieldError] values name the fields.
func EventFrom(g lnet.Gathering) (Event, error) {
	if err := g.Validate(); err != nil {
		return Event{}, err
	}
	kind, err := EventKindFor(g.Kind)
	if err != nil {
		return Event{}, err
	}
	e := Event{Kind: kind, Title: g.Title, Date: g.Date, Place: g.Place, Topic: g.Topic}
	if err := e.validate(""); err != nil {
		return Event{}, err
	}
	return e, nil
}

// NetworkSchedule returns a learning network's calendar (møteplan) from its model: the
// schedule's network is the network id, its name and office the network's, and its events
// the network's gatherings ([lnet.Network.Gatherings]) in their order, each converted by
// [EventFrom] and given the id "<kind>-<date>" ("gathering-2018-09-13"), with "-2", "-3" …
// on a second and third meeting of one kind on one day. The schedule has no deadlines: add
// the office's ([ApplicationDeadline], [SpendBy]) to it.
//
// The network id must have the form of a schedule's network id (1–64 bytes of a–z, 0–9
// and '-'), since it goes into the iCalendar UIDs; otherwise, or when a gathering is not
// valid, the error wraps [lnet.ErrInvalidModel] and says where: "id: …" or
// "gatherings[1]: title: missing".
func NetworkSchedule(n lnet.Network) (Schedule, error) {
	if !validNetwork(string(n.ID)) {
		return Schedule{}, &lnet.FieldError{Path: "id", Value: string(n.ID), Reason: "want 1–64 bytes of a–z, 0–9 and '-' for a schedule"}
	}
	if n.Office != "" && !n.Office.Valid() {
		return Schedule{}, &lnet.FieldError{Path: "office", Value: string(n.Office), Reason: "not an office id"}
	}
	s := Schedule{Network: string(n.ID), Name: n.Name, Office: n.Office, Events: make([]Event, 0, len(n.Gatherings)), Deadlines: []Deadline{}}
	used := make(map[string]int, len(n.Gatherings))
	for i, g := range n.Gatherings {
		e, err := EventFrom(g)
		if err != nil {
			return Schedule{}, fmt.Errorf("gatherings[%d]: %w", i, err)
		}
		id := e.Kind.String() + "-" + e.Date.String()
		used[id]++
		if k := used[id]; k > 1 {
			id += "-" + itoa(k)
		}
		e.ID = id
		s.Events = append(s.Events, e)
	}
	return s, nil
}
