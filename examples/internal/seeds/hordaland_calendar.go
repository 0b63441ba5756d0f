package seeds

import (
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Hordaland2018Schedule returns the Hordaland network's calendar 2018–2019 from the sources:
// the office's invitation (survey answers due 1 May 2018; information meeting and start-up
// seminar in Bergen on 7 June 2018) and the minutes of the gathering of 13 September 2018
// (host of "Dokumentasjon av barnesamtaler" to be settled by 25 September; application
// deadline 1 November 2018; Bergen to clarify basic training by the next gathering, in
// Bergen on 12 February 2019). The spend-by date of the 2018 money follows the guidelines.
// The sources give no hours, so the meetings are all-day.
func Hordaland2018Schedule() calendar.Schedule {
	const office lnet.OfficeID = "hordaland"
	app := calendar.ApplicationDeadline(office, lnet.SchemeSelfInitiated, 2018, ApplicationDeadline)
	app.Source = "Referat fra læringsnettverkssamling 13. september 2018"
	return calendar.Schedule{
		Network: "hordaland",
		Name:    "Læringsnettverket for barneverntenestene i Hordaland 2018–2019",
		Office:  office,
		Events: []calendar.Event{
			{ID: "startup-2018", Kind: calendar.EventStartUp, Title: "Informasjonsmøte og oppstartsseminar", Date: StartUp, Place: "Bergen sentrum"},
			{ID: "gathering-2018-09", Kind: calendar.EventGathering, Title: "Læringsnettverkssamling", Date: Gathering2018},
			{ID: "gathering-2019-02", Kind: calendar.EventGathering, Title: "Læringsnettverkssamling", Date: Gathering2019, Place: "Bergen",
				Topic: "Ansvar og samarbeid mellom barnevern, politi og Barnehuset når barn er utsatt for vold og overgrep"},
		},
		Deadlines: []calendar.Deadline{
			{ID: "survey-2018", Kind: calendar.DeadlineSurvey, Title: "Svar på spørsmål om status i kommunen", Date: SurveyDue,
				Rule: calendar.RuleFixed, Office: office, Source: "Invitasjon til deltaking i læringsnettverk, Fylkesmannen i Hordaland 2018"},
			{ID: "host-2018", Kind: calendar.DeadlineResponse, Title: "Prosjektgruppe og vertskommune for «Dokumentasjon av barnesamtaler» avklart",
				Date: HostDue, Rule: calendar.RuleFixed, Office: office, Source: "Referat fra læringsnettverkssamling 13. september 2018"},
			app,
			{ID: "basic-training-2019", Kind: calendar.DeadlineResponse, Title: "Bergen har avklart om andre kommuner kan delta i basisopplæringen",
				Date: Gathering2019, Rule: calendar.RuleFixed, Office: office, Source: "Referat fra læringsnettverkssamling 13. september 2018"},
			calendar.SpendBy(office, lnet.SchemeSelfInitiated, 2018),
		},
	}
}
