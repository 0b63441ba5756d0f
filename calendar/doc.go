// Package calendar puts a learning network's year on the Norwegian calendar: public holidays
// and working days, deadlines (frister) with an explicit rule for days off, gatherings and
// steering-group meetings planned from rules and checked for conflicts, and export to
// iCalendar (RFC 5545) and to a plain-text or Markdown agenda.
//
// # Holidays and working days
//
// [Holidays] lists the twelve public holidays and high days of a year (helligdager og
// offentlige høytidsdager) with Norwegian names, Easter Sunday and Whit Sunday included. The
// dates come from github.com/rickar/cal/v2 and its no package, used without a cal.Calendar,
// so that neither its Locations nor its cache can bite. A [Workdays] value decides which days
// are working days: its zero value, [Statutory], has weekends and public holidays off;
// Workdays{Off: AllEves} also closes on Holy Saturday, 24 and 31 December. All days are
// rickb777/date/v2 date.Date values; there is no time.Time for a calendar day.
//
// # Deadlines
//
// A [Deadline] carries a [Rule]: [RuleFixed] for announced dates such as an office's
// application deadline, [RuleNextWorkingDay] for statutory time limits, which domstolloven
// § 149 moves off Saturdays, Sundays and public holidays (not off 24 and 31 December).
// [Deadline.Resolve] applies the rule and says whether the date moved and which days it
// passed over, in bokmål, nynorsk and English ([Resolution.In]). [ApplicationDeadline],
// [SpendBy], [ReportDeadline] and [AppealDeadline] build the deadlines of the grant scheme;
// the first three title them in the three languages ([Deadline.TitleIn]).
//
// # Plans and conflicts
//
// [PlanYear] generates a network's year: two gatherings, three steering-group meetings, the
// deadlines. [Schedule.Check] reports conflicts in any schedule: meetings on days off or in
// Easter week and July, two meetings for the same people on one day, a meeting after the
// deadline it prepares, dates outside the strategy period 2018–2024 ([StrategyPeriod]).
//
// # Export
//
// [WriteICS] writes iCalendar through a thin adapter over github.com/arran4/golang-ical
// that adds CRLF line endings, all-day deadlines, timed events in Europe/Oslo with a
// VTIMEZONE, stable UIDs, deterministic DTSTAMPs and VALARM reminders; the same schedule
// gives a byte-identical file, in the language of [ICSOptions.Language]. [WriteAgendaIn]
// writes a text or Markdown agenda in bokmål, nynorsk or English. Europe/Oslo
// comes from the embedded time zone database ([Oslo]), not the machine's.
//
// The package stands on lnet (schemes, office ids, periods and its errors) and does not
// import the allocation or eligibility packages.
package calendar
