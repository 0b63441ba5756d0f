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
// § 149 moves off Saturdays, Sundays and public holidays: «Ender en frist paa en lørdag,
// helgedag eller dag som etter lovgivningen er likestilt med helgedag forlenges fristen til
// den nærmest følgende virkedag» ([Section149]; 24 and 31 December are not in its text).
// Forvaltningsloven does not refer to § 149; that its time limits, such as the appeal
// deadline of § 29, are counted by it is practice, and the texts say so. § 149 does not
// apply to an application deadline an office announced: that is the office's own date, and
// it stays put. A next_working_day rule on any other deadline is the office's own rule, not
// the law. [Deadline.Resolve] applies the rule and says whether the date moved, which days
// it passed over, and which rule or law decided it ([Resolution.Reason]), in bokmål,
// nynorsk and English ([Resolution.In]). [ApplicationDeadline],
// [SpendBy], [ReportDeadline] and [AppealDeadline] build the deadlines of the grant scheme;
// the first three title them in the three languages ([Deadline.TitleIn]).
//
// # Plans and conflicts
//
// [PlanYear] generates a network's year: two gatherings, three steering-group meetings, the
// deadlines. [Schedule.Check] reports conflicts in any schedule: meetings on days off, two
// meetings for the same people on one day, a meeting after the deadline it prepares, dates
// outside the strategy period 2018–2024 ([StrategyPeriod]); and, as warnings with their
// reason, meetings in quiet periods ([QuietPeriod]): school breaks and other times when many
// are away. Each municipality sets its own school holidays, so the caller supplies its
// periods, per county or municipality ([WithQuietPeriods], [PlanRules.Quiet], [QuietFor],
// [ParseQuietCSV]); [DefaultQuietPeriods] has the commonly used ones — winter break week 8
// or 9, Easter week, the Friday after Ascension Day, July, autumn break week 40 or 41,
// 27–31 December — as conventions, not law.
//
// # Export
//
// [WriteICS] writes iCalendar through a thin adapter over github.com/arran4/golang-ical
// that adds CRLF line endings, all-day deadlines, timed events in Europe/Oslo with a
// VTIMEZONE derived from the time zone database, UIDs from the events' IDs with SEQUENCE,
// LAST-MODIFIED and STATUS for updates, recurrence, and VALARM reminders; with a fixed
// [ICSOptions.Stamp] the same schedule gives a byte-identical file, in the language of
// [ICSOptions.Language]. [WriteAgendaIn]
// writes a text or Markdown agenda in bokmål, nynorsk or English. Europe/Oslo
// comes from the embedded time zone database ([Oslo]), not the machine's.
//
// The package stands on lnet (schemes, office ids, periods and its errors) and does not
// import the allocation or eligibility packages.
package calendar
