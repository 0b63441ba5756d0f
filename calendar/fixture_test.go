package calendar

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	require.Equal(t, string(want), string(got), "golden file %s differs; run go test -update if the change is intended", path)
}

func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

// hordalandTimeline is the Hordaland network's timeline 2018–2019 from the seeds (the
// office's invitation and the minutes of the gathering of 13 September 2018).
func hordalandTimeline() Schedule {
	app := ApplicationDeadline("hordaland", lnet.SchemeSelfInitiated, 2018, day(2018, time.November, 1))
	app.Source = "Referat fra læringsnettverkssamling 13. september 2018"
	return Schedule{
		Network: "hordaland",
		Name:    "Læringsnettverket i Hordaland",
		Office:  "hordaland",
		Events: []Event{
			{ID: "startup-2018", Kind: EventStartUp, Title: "Informasjonsmøte og oppstartsseminar", Date: day(2018, time.June, 7), Place: "Bergen sentrum"},
			{ID: "gathering-2018-09", Kind: EventGathering, Title: "Læringsnettverkssamling", Date: day(2018, time.September, 13)},
			{ID: "gathering-2019-02", Kind: EventGathering, Title: "Læringsnettverkssamling", Date: day(2019, time.February, 12), Place: "Bergen",
				Topic: "Ansvar og samarbeid mellom barnevern, politi og Barnehuset når barn er utsatt for vold og overgrep"},
		},
		Deadlines: []Deadline{
			{ID: "survey-2018", Kind: DeadlineSurvey, Title: "Svar på spørsmål om status i kommunen", Date: day(2018, time.May, 1), Rule: RuleFixed,
				Office: "hordaland", Source: "Invitasjon til deltaking i læringsnettverk, Fylkesmannen i Hordaland 2018"},
			{ID: "host-2018", Kind: DeadlineResponse, Title: "Prosjektgruppe og vertskommune for «Dokumentasjon av barnesamtaler» avklart",
				Date: day(2018, time.September, 25), Rule: RuleFixed, Office: "hordaland"},
			app,
		},
	}
}

// nordlandRules are the rules of a generated 2019 plan with Nordland's published 2019
// application deadlines.
func nordlandRules() PlanRules {
	var deadlines []Deadline
	for _, d := range KnownApplicationDeadlines() {
		if d.Office == "nordland" && d.Year == 2019 {
			deadlines = append(deadlines, d)
		}
	}
	return PlanRules{
		Network:   "nordland",
		Name:      "Læringsnettverk i Nordland, plan for 2019",
		Office:    "nordland",
		Year:      2019,
		Workdays:  Workdays{Off: AllEves},
		Deadlines: deadlines,
	}
}
