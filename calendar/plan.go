package calendar

import (
	"fmt"
	"slices"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// NthWeekday names a day by its place in a month: the Week-th Weekday of Month, e.g. the
// second Tuesday of February. Week is 1–5; a fifth weekday that a month lacks is the last.
type NthWeekday struct {
	// Month is the month.
	Month time.Month `json:"month"`
	// Week is the ordinal of the weekday in the month, 1–5.
	Week int `json:"week"`
	// Weekday is the day of the week.
	Weekday time.Weekday `json:"weekday"`
}

// in returns the day in year. n must be valid.
func (n NthWeekday) in(year int) date.Date {
	first := date.New(year, n.Month, 1)
	d := first + date.Date((int(n.Weekday)-int(first.Weekday())+7)%7) + date.Date(7*(n.Week-1))
	for d.Month() != n.Month {
		d -= 7
	}
	return d
}

func (n NthWeekday) valid() bool {
	return n.Month >= time.January && n.Month <= time.December && n.Week >= 1 && n.Week <= 5 &&
		n.Weekday >= time.Sunday && n.Weekday <= time.Saturday
}

// PlanRules are the rules a network's year plan (årsplan) is generated from. The zero value
// of every field but Network and Year has a documented default.
type PlanRules struct {
	// Network identifies the network, as in [Schedule]. Required.
	Network string `json:"network"`
	// Name is the network's name for headings. Optional.
	Name string `json:"name,omitempty"`
	// Office is the governor office. Optional.
	Office lnet.OfficeID `json:"office,omitempty"`
	// Year is the calendar year planned. Required.
	Year int `json:"year"`
	// Workdays is the calendar of days off. The zero value is the [Statutory] calendar;
	// Workdays{Off: AllEves} also keeps meetings off the eves.
	Workdays Workdays `json:"workdays"`
	// Spring is the preferred day of the spring gathering (vårsamling); default the second
	// Tuesday of February (the Hordaland network met on 12 February 2019).
	Spring NthWeekday `json:"spring"`
	// Autumn is the preferred day of the autumn gathering (høstsamling); default the second
	// Thursday of September (the Hordaland network met on 13 September 2018).
	Autumn NthWeekday `json:"autumn"`
	// GatheringHours is the time of the gatherings; default 09:00–15:30.
	GatheringHours Hours `json:"gathering_hours"`
	// MeetingHours is the time of the steering-group meetings; default 12:00–14:00.
	MeetingHours Hours `json:"meeting_hours"`
	// Place is where the gatherings are held, if known.
	Place string `json:"place,omitempty"`
	// Deadlines are the office's deadlines to put in the plan, e.g. the application deadline
	// per scheme from [ApplicationDeadline]. A deadline without an ID gets one.
	Deadlines []Deadline `json:"deadlines,omitempty"`
	// Quiet are the quiet periods (school breaks and the like) the plan keeps the days it
	// chooses itself out of; nil means [DefaultQuietPeriods], an empty list none. Pass the
	// same periods to [Schedule.Check] ([WithQuietPeriods]) for the warnings. JSON
	// "quiet_periods": null for the defaults, [] for none.
	Quiet []QuietPeriod `json:"quiet_periods"`
}

// lead is how long before the day it prepares a steering-group meeting is placed.
const lead = 21

// PlanYear generates a network's year plan from rules: two gatherings, spring and autumn, on
// the preferred days or the nearest suitable day after; three steering-group meetings, about
// three weeks before the spring gathering, before the first application deadline of the year
// (or in June if there is none) and before the autumn gathering, each naming what it
// prepares; the given deadlines; and, for each scheme, the spend-by date of the previous
// year's grant (31 December of Year). Meetings avoid weekends, public holidays, the eves in
// rules.Workdays and each other.
//
// Quiet periods (rules.Quiet, by default [DefaultQuietPeriods]: school breaks, Easter week,
// July, the days between Christmas and New Year) are never a reason to fail, and never move
// a day the caller chose: a gathering stays on its preferred day (Spring, Autumn) when that
// is a working day, even in a quiet period, and [Schedule.Check] with the same periods
// reports it as a warning with the period's reason. The days the plan picks itself — a
// gathering whose preferred day is not a working day, and every steering-group meeting —
// stay out of quiet periods when a day outside one is within reach, and otherwise fall in
// one, again reported by Check. The meetings have their titles in
// bokmål, nynorsk and English ([Event.TitleIn]). The plan is deterministic: the same rules
// give the same plan. Run [Schedule.Check] on it for warnings such as a year outside the
// strategy period.
//
// The error wraps [lnet.ErrInvalidModel] for invalid rules, or [lnet.ErrOutOfRange] if no
// suitable day is found.
func PlanYear(rules PlanRules) (Schedule, error) {
	r, err := rules.withDefaults()
	if err != nil {
		return Schedule{}, err
	}
	y := r.Year
	s := Schedule{Network: r.Network, Name: r.Name, Office: r.Office, Events: []Event{}, Deadlines: []Deadline{}}
	for i, d := range r.Deadlines {
		if d.ID == "" {
			d.ID = fmt.Sprintf("deadline-%d", i+1)
		}
		s.Deadlines = append(s.Deadlines, d)
	}
	for _, sc := range lnet.Schemes() {
		if y-1 >= sc.FirstYear() {
			s.Deadlines = append(s.Deadlines, SpendBy(r.Office, sc, y-1))
		}
	}

	taken := map[date.Date]bool{}
	open := func(d date.Date) bool {
		return inRange(d) && d.Year() == y && !taken[d] && r.Workdays.IsWorkingDay(d)
	}
	suitable := func(d date.Date) bool {
		if !open(d) {
			return false
		}
		_, _, _, quiet := quietOn(r.Quiet, d)
		return !quiet
	}
	gathering := func(id string, title lnet.Text, pref NthWeekday) (Event, error) {
		d, ok := pref.in(y), open(pref.in(y))
		for _, fits := range []func(date.Date) bool{suitable, open} {
			for week := 1; week < 8 && !ok; week++ {
				if c := pref.in(y) + date.Date(7*week); fits(c) {
					d, ok = c, true
				}
			}
			for day := 1; day < 120 && !ok; day++ {
				if c := pref.in(y) + date.Date(day); fits(c) {
					d, ok = c, true
				}
			}
		}
		if !ok {
			return Event{}, fmt.Errorf("calendar: plan %d: no suitable day for %s: %w", y, id, lnet.ErrOutOfRange)
		}
		taken[d] = true
		h := r.GatheringHours
		return Event{ID: id, Kind: EventGathering, Title: title.NB, Titles: title, Date: d, Hours: &h, Place: r.Place}, nil
	}
	spring, err := gathering(fmt.Sprintf("gathering-spring-%d", y), springTitle, r.Spring)
	if err != nil {
		return Schedule{}, err
	}
	autumn, err := gathering(fmt.Sprintf("gathering-autumn-%d", y), autumnTitle, r.Autumn)
	if err != nil {
		return Schedule{}, err
	}

	// The three anchors of the steering-group meetings.
	type anchor struct {
		id    string
		title lnet.Text
		day   date.Date
	}
	anchors := []anchor{
		{spring.ID, prepSpring, spring.Date},
		{autumn.ID, prepAutumn, autumn.Date},
	}
	var first *Resolution
	for _, d := range s.Deadlines {
		res, err := d.Resolve()
		if err != nil {
			return Schedule{}, err
		}
		if d.Kind == DeadlineApplication && res.Due.Year() == y && (first == nil || res.Due < first.Due) {
			first = &res
		}
	}
	if first != nil {
		title := prepApply.Map(func(lang lnet.Language, s string) string {
			return fmt.Sprintf(s, lowerFirst(first.Deadline.TitleIn(lang)))
		})
		anchors = append(anchors, anchor{first.Deadline.ID, title, first.Due})
	} else {
		anchors = append(anchors, anchor{"", prepSummer, NthWeekday{time.June, 3, time.Tuesday}.in(y) + lead})
	}
	slices.SortStableFunc(anchors, func(a, b anchor) int { return cmpDate(a.day, b.day) })

	s.Events = append(s.Events, spring, autumn)
	for i, a := range anchors {
		d, ok := a.day-lead, false
		for _, fits := range []func(date.Date) bool{suitable, open} {
			for c := a.day - lead; c >= a.day-lead-28 && !ok; c-- {
				if fits(c) {
					d, ok = c, true
				}
			}
			for c := a.day - lead + 1; c < a.day && !ok; c++ {
				if fits(c) {
					d, ok = c, true
				}
			}
		}
		if !ok {
			return Schedule{}, fmt.Errorf("calendar: plan %d: no suitable day for steering-group meeting %d: %w", y, i+1, lnet.ErrOutOfRange)
		}
		taken[d] = true
		h := r.MeetingHours
		title := steeringTitle.Map(func(lang lnet.Language, s string) string { return fmt.Sprintf(s, a.title.In(lang)) })
		s.Events = append(s.Events, Event{
			ID:       fmt.Sprintf("steering-%d-%d", y, i+1),
			Kind:     EventSteeringGroup,
			Title:    title.NB,
			Titles:   title,
			Date:     d,
			Hours:    &h,
			Prepares: a.id,
		})
	}
	slices.SortStableFunc(s.Events, func(a, b Event) int { return cmpDate(a.Date, b.Date) })
	if err := s.Validate(); err != nil {
		return Schedule{}, err
	}
	return s, nil
}

func (r PlanRules) withDefaults() (PlanRules, error) {
	if !validNetwork(r.Network) {
		return r, &lnet.FieldError{Path: "network", Value: r.Network, Reason: "want 1–64 bytes of a–z, 0–9 and '-'"}
	}
	if r.Year < MinYear+1 || r.Year > MaxYear-1 {
		return r, &lnet.FieldError{Path: "year", Value: itoa(r.Year), Reason: "outside the years 2–9998 a plan can cover"}
	}
	if r.Spring == (NthWeekday{}) {
		r.Spring = NthWeekday{time.February, 2, time.Tuesday}
	}
	if r.Autumn == (NthWeekday{}) {
		r.Autumn = NthWeekday{time.September, 2, time.Thursday}
	}
	if !r.Spring.valid() {
		return r, &lnet.FieldError{Path: "spring", Value: fmt.Sprint(r.Spring), Reason: "want month 1–12, week 1–5, weekday 0–6"}
	}
	if !r.Autumn.valid() {
		return r, &lnet.FieldError{Path: "autumn", Value: fmt.Sprint(r.Autumn), Reason: "want month 1–12, week 1–5, weekday 0–6"}
	}
	if r.GatheringHours == (Hours{}) {
		r.GatheringHours = Hours{Start: 9 * 60, End: 15*60 + 30}
	}
	if r.MeetingHours == (Hours{}) {
		r.MeetingHours = Hours{Start: 12 * 60, End: 14 * 60}
	}
	if err := r.GatheringHours.validate("gathering_hours."); err != nil {
		return r, err
	}
	if err := r.MeetingHours.validate("meeting_hours."); err != nil {
		return r, err
	}
	for i, d := range r.Deadlines {
		if err := d.validate("deadlines[" + itoa(i) + "]."); err != nil {
			return r, err
		}
	}
	if r.Quiet == nil {
		r.Quiet = DefaultQuietPeriods()
	}
	if err := validateQuiet(r.Quiet, "quiet_periods"); err != nil {
		return r, err
	}
	return r, nil
}
