package calendar

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestResolveRealCases(t *testing.T) {
	tests := []struct {
		name    string
		nominal date.Date
		rule    Rule
		due     date.Date
		skipped []HolidayKind // holiday of each day passed over, 0 for a plain weekend day
	}{
		{"17 May 2018, a Thursday", day(2018, time.May, 17), RuleNextWorkingDay, day(2018, time.May, 18), []HolidayKind{ConstitutionDay}},
		{"Easter Monday 2019", day(2019, time.April, 22), RuleNextWorkingDay, day(2019, time.April, 23), []HolidayKind{EasterMonday}},
		{"Saturday before Whit Monday 2019", day(2019, time.June, 8), RuleNextWorkingDay, day(2019, time.June, 11), []HolidayKind{0, WhitSunday, WhitMonday}},
		{"Maundy Thursday 2019", day(2019, time.April, 18), RuleNextWorkingDay, day(2019, time.April, 23),
			[]HolidayKind{MaundyThursday, GoodFriday, 0, EasterSunday, EasterMonday}},
		{"24 Dec 2019 is not a holiday in § 149", day(2019, time.December, 24), RuleNextWorkingDay, day(2019, time.December, 24), nil},
		{"31 Dec 2022, a Saturday, then 1 Jan on a Sunday", day(2022, time.December, 31), RuleNextWorkingDay, day(2023, time.January, 2), []HolidayKind{0, NewYearsDay}},
		{"fixed on 1 May 2018 stays", day(2018, time.May, 1), RuleFixed, day(2018, time.May, 1), nil},
		{"fixed on a working day", day(2018, time.November, 1), RuleFixed, day(2018, time.November, 1), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Deadline{Kind: DeadlineResponse, Title: "Frist", Date: tt.nominal, Rule: tt.rule}.Resolve()
			require.NoError(t, err)
			assert.Equal(t, tt.due, r.Due)
			assert.Equal(t, tt.due != tt.nominal, r.Moved)
			var got []HolidayKind
			for i, o := range r.Skipped {
				assert.Equal(t, tt.nominal+date.Date(i), o.Date)
				got = append(got, o.Holiday)
			}
			assert.Equal(t, tt.skipped, got)
			assert.Equal(t, !Statutory().IsWorkingDay(tt.nominal), r.DayOff != nil)
		})
	}
}

func TestResolutionMessages(t *testing.T) {
	r, err := Deadline{Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2019, time.June, 8), Rule: RuleNextWorkingDay}.Resolve()
	require.NoError(t, err)
	assert.Equal(t, "«Klagefrist» faller på lørdag 8. juni 2019, som ikke er en virkedag, og forlenges til tirsdag 11. juni 2019, "+
		"første virkedag etter lørdag 8. juni 2019, søndag 9. juni 2019 (første pinsedag) og mandag 10. juni 2019 (andre pinsedag). "+
		"Domstolloven § 149 lyder: «Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag "+
		"forlenges fristen til den nærmest følgende virkedag.» 24. og 31. desember er ikke nevnt, så de regnes som virkedager. "+
		"Forvaltningsloven viser ikke til paragrafen; at den brukes for lovbestemte frister i forvaltningen, som klagefristen i "+
		"forvaltningsloven § 29, er praksis.",
		r.Norwegian())
	assert.True(t, strings.HasPrefix(r.English(), "“Klagefrist” falls on Saturday 8 June 2019, which is not a working day, and is extended to Tuesday 11 June 2019, "+
		"the first working day after Saturday 8 June 2019, Sunday 9 June 2019 (Whit Sunday) and Monday 10 June 2019 (Whit Monday). "+
		"Section 149 of the Courts of Justice Act (domstolloven) reads: «Ender en frist paa"), r.English())

	r, err = Deadline{Kind: DeadlineSurvey, Title: "Svar på kartlegging", Date: day(2018, time.May, 1), Rule: RuleFixed}.Resolve()
	require.NoError(t, err)
	assert.Equal(t, "«Svar på kartlegging» er en fast frist og gjelder tirsdag 1. mai 2018 (arbeidernes dag), selv om dagen ikke er en virkedag. "+
		"Regelen for fristen er fast dato: den står slik den er satt, også når dagen ikke er en virkedag; domstolloven § 149 brukes ikke på den.", r.Norwegian())
	assert.Equal(t, "“Svar på kartlegging” is a fixed date and stands on Tuesday 1 May 2018 (Labour Day), although that is not a working day. "+
		"The deadline's rule is a fixed date: it stands as set, even when the day is not a working day; section 149 of the Courts of Justice Act (domstolloven) is not applied to it.", r.English())

	r, err = Deadline{Kind: DeadlineSurvey, Title: "X", Date: day(2018, time.May, 2), Rule: RuleFixed}.Resolve()
	require.NoError(t, err)
	assert.Equal(t, "«X» gjelder onsdag 2. mai 2018, en virkedag.", r.Norwegian())
}

func TestDomainDeadlines(t *testing.T) {
	d := SpendBy("nordland", lnet.SchemeFosterHome, 2019)
	assert.Equal(t, day(2020, time.December, 31), d.Date)
	assert.Equal(t, RuleFixed, d.Rule)
	require.NoError(t, d.Validate())

	a := ApplicationDeadline("vestland", lnet.SchemeSelfInitiated, 2021, day(2021, time.June, 1))
	assert.Equal(t, "Søknadsfrist egeninitierte utviklingsprosjekter 2021 (skjema 1)", a.Title)
	assert.Equal(t, "application-self_initiated-2021", a.ID)
	require.NoError(t, a.Validate())

	// A foster-home deadline for 2018 is before the scheme existed.
	err := ApplicationDeadline("hordaland", lnet.SchemeFosterHome, 2018, day(2018, time.November, 1)).Validate()
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "year", fe.Path)

	// forvaltningsloven § 29: three weeks; notified Thursday 26 April 2018 ends on 17 May.
	ap := AppealDeadline("Klage på vedtak om tilskudd", day(2018, time.April, 26))
	r, err := ap.Resolve()
	require.NoError(t, err)
	assert.Equal(t, day(2018, time.May, 17), ap.Date)
	assert.Equal(t, day(2018, time.May, 18), r.Due)

	rep := ReportDeadline("innlandet", lnet.SchemeSelfInitiated, 2020, day(2022, time.February, 1), RuleFixed)
	require.NoError(t, rep.Validate())

	known := KnownApplicationDeadlines()
	require.NotEmpty(t, known)
	for _, k := range known {
		require.NoError(t, k.Validate(), k.ID)
		assert.NotEmpty(t, k.Source)
	}
}

func TestDeadlineValidate(t *testing.T) {
	ok := Deadline{Kind: DeadlineReport, Title: "Rapport", Date: day(2020, time.March, 1), Rule: RuleFixed}
	require.NoError(t, ok.Validate())
	tests := []struct {
		path string
		mod  func(*Deadline)
	}{
		{"kind", func(d *Deadline) { d.Kind = 0 }},
		{"title", func(d *Deadline) { d.Title = "  " }},
		{"titles.nb", func(d *Deadline) { d.Titles = lnet.NewText("Annen rapport", "Anna rapport", "Another report") }},
		{"date", func(d *Deadline) { d.Date = date.Date(1 << 40) }},
		{"rule", func(d *Deadline) { d.Rule = 0 }},
		{"scheme", func(d *Deadline) { d.Scheme = 9 }},
		{"office", func(d *Deadline) { d.Office = "Vest Land" }},
		{"year", func(d *Deadline) { d.Year = -1 }},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			d := ok
			tt.mod(&d)
			_, err := d.Resolve()
			var fe *lnet.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.path, fe.Path)
			assert.ErrorIs(t, err, lnet.ErrInvalidModel)
		})
	}
}

func TestDeadlineJSON(t *testing.T) {
	d := ApplicationDeadline("nordland", lnet.SchemeFosterHome, 2019, day(2019, time.November, 13))
	b, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"application-foster_home-2019","kind":"application",
		"title":"Søknadsfrist utviklingsprosjekter på fosterhjemsområdet 2019 (skjema 2)",
		"titles":{"nb":"Søknadsfrist utviklingsprosjekter på fosterhjemsområdet 2019 (skjema 2)",
			"nn":"Søknadsfrist utviklingsprosjekt på fosterheimsområdet 2019 (skjema 2)",
			"en":"Application deadline, development projects in the foster-home field 2019 (form 2)"},
		"date":"2019-11-13","rule":"fixed","scheme":"foster_home","office":"nordland","year":2019}`, string(b))
	var back Deadline
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, d, back)

	r, err := Deadline{Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2018, time.May, 17), Rule: RuleNextWorkingDay}.Resolve()
	require.NoError(t, err)
	b, err = json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"deadline":{"kind":"appeal","title":"Klagefrist","date":"2018-05-17","rule":"next_working_day"},
		"due":"2018-05-18","moved":true,"day_off":{"date":"2018-05-17","holiday":"constitution_day"},
		"skipped":[{"date":"2018-05-17","holiday":"constitution_day"}]}`, string(b))
}

func TestResolveInTakesTheCalendarExplicitly(t *testing.T) {
	d := Deadline{ID: "x", Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2019, time.December, 24), Rule: RuleNextWorkingDay}
	statutory, err := d.Resolve()
	require.NoError(t, err)
	explicit, err := d.ResolveIn(Statutory())
	require.NoError(t, err)
	assert.Equal(t, statutory, explicit)
	assert.False(t, statutory.Moved, "24 December is a working day under § 149")

	office, err := d.ResolveIn(Workdays{Off: AllEves})
	require.NoError(t, err)
	assert.True(t, office.Moved)
	assert.Equal(t, day(2019, time.December, 27), office.Due)
	require.NotNil(t, office.DayOff)
	assert.Equal(t, ChristmasEve, office.DayOff.Holiday)
	kinds := make([]HolidayKind, len(office.Skipped))
	for i, o := range office.Skipped {
		kinds[i] = o.Holiday
	}
	assert.Equal(t, []HolidayKind{ChristmasEve, ChristmasDay, BoxingDay}, kinds)

	// The default does not change with what a caller did with another calendar.
	again, err := d.Resolve()
	require.NoError(t, err)
	assert.Equal(t, statutory, again)

	fixed := d
	fixed.Rule = RuleFixed
	r, err := fixed.ResolveIn(Workdays{Off: AllEves})
	require.NoError(t, err)
	assert.False(t, r.Moved)
	assert.NotNil(t, r.DayOff)

	_, err = Deadline{}.ResolveIn(Statutory())
	assert.ErrorIs(t, err, lnet.ErrInvalidModel)
}
