package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/glossary"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestQuietBoundTextForms(t *testing.T) {
	for text, want := range map[string]QuietBound{
		"2026-02-23":        QuietDay(day(2026, time.February, 23)),
		"2026-W08":          QuietYearWeek(2026, 8),
		"W40":               QuietWeek(40),
		"--12-27":           QuietMonthDay(time.December, 27),
		"ascension_day+1":   QuietHoliday(AscensionDay, 1),
		"easter_sunday-6":   QuietHoliday(EasterSunday, -6),
		"christmas_eve":     QuietHoliday(ChristmasEve, 0),
		"whit_monday+200":   QuietHoliday(WhitMonday, 200),
		"new_years_day-200": QuietHoliday(NewYearsDay, -200),
	} {
		got, err := ParseQuietBound(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
		assert.Equal(t, text, got.String())
		b, err := got.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, text, string(b))
	}
	for _, bad := range []string{"", "W8", "W00", "W54", "2025-W53", "2020-W54", "--02-29", "--13-01", "--04-31",
		"2026-02-30", "26-02-23", "easter", "easter_sunday+201", "easter_sunday+", "easter_sunday+-1", "ascension_day+1x",
		"w40", " W40", "2026-w08", "0000-01-01", "--1-01"} {
		_, err := ParseQuietBound(bad)
		require.Error(t, err, bad)
		assert.ErrorIs(t, err, lnet.ErrInvalidValue, bad)
	}
	_, err := QuietBound{}.MarshalText()
	assert.Error(t, err)
	// 2026 has 53 ISO weeks.
	_, err = ParseQuietBound("2026-W53")
	assert.NoError(t, err)
}

func TestQuietPeriodSpans(t *testing.T) {
	ps := DefaultQuietPeriods()
	byName := map[string]QuietPeriod{}
	for _, q := range ps {
		require.NoError(t, q.Validate(), q.Name.NB)
		byName[q.Name.EN] = q
	}
	winter := byName["Winter break (week 8 or 9)"]
	from, to, ok := winter.Span(2019)
	require.True(t, ok)
	assert.Equal(t, day(2019, time.February, 18), from) // Monday of week 8
	assert.Equal(t, day(2019, time.March, 3), to)       // Sunday of week 9
	autumn := byName["Autumn break (week 40 or 41)"]
	from, to, ok = autumn.Span(2019)
	require.True(t, ok)
	assert.Equal(t, day(2019, time.September, 30), from)
	assert.Equal(t, day(2019, time.October, 13), to)
	bridge := byName["Bridge day after Ascension Day"]
	from, to, ok = bridge.Span(2019)
	require.True(t, ok)
	assert.Equal(t, day(2019, time.May, 31), from) // Ascension Day was Thursday 30 May 2019
	assert.Equal(t, from, to)
	assert.Equal(t, time.Friday, from.Weekday())
	easter := byName["Easter week"]
	assert.True(t, easter.Contains(day(2019, time.April, 15)))
	assert.True(t, easter.Contains(day(2019, time.April, 22)))
	assert.False(t, easter.Contains(day(2019, time.April, 23)))
	christmas := byName["Between Christmas and New Year"]
	assert.True(t, christmas.Contains(day(2019, time.December, 27)))
	assert.False(t, christmas.Contains(day(2019, time.December, 26)))
	assert.False(t, christmas.Contains(day(2020, time.January, 1)))
	assert.True(t, byName["Summer holiday (July)"].Contains(day(2019, time.July, 31)))
	// A yearly week 1 can start in the year before: 2019-W01 runs from 31 December 2018.
	w1 := QuietPeriod{Name: lnet.Text{NB: "Uke 1"}, From: QuietWeek(1), To: QuietWeek(1), Scope: ScopeNational}
	assert.True(t, w1.Contains(day(2018, time.December, 31)))
	// Week 53 exists in some years only.
	w53 := QuietPeriod{Name: lnet.Text{NB: "Uke 53"}, From: QuietWeek(53), To: QuietWeek(53), Scope: ScopeNational}
	require.NoError(t, w53.Validate())
	_, _, ok = w53.Span(2019)
	assert.False(t, ok)
	_, _, ok = w53.Span(2020)
	assert.True(t, ok)
	// The edges of the calendar.
	assert.NotPanics(t, func() { w1.Contains(day(9999, time.December, 31)); w1.Contains(day(1, time.January, 1)) })
}

// The defaults are conventions, not law, and say so in every language.
func TestDefaultQuietPeriodsAreConventions(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	ps := DefaultQuietPeriods()
	require.Len(t, ps, 6)
	for _, q := range ps {
		assert.Equal(t, ScopeNational, q.Scope)
		assert.Nil(t, q.Name.Missing(), q.Name.NB)
		assert.Nil(t, q.Reason.Missing(), q.Name.NB)
		assert.Contains(t, q.Reason.NB, "ikke lov")
		assert.Contains(t, q.Reason.NN, "ikkje lov")
		assert.Contains(t, q.Reason.EN, "not law")
		for _, p := range glossary.Check("quiet "+q.Name.EN+" name", q.Name.NB, q.Name.NN, q.Name.EN, entries) {
			t.Error(p)
		}
		for _, p := range glossary.Check("quiet "+q.Name.EN+" reason", q.Reason.NB, q.Reason.NN, q.Reason.EN, entries) {
			t.Error(p)
		}
	}
	// A new slice each call: changing one does not change the defaults.
	ps[0].Name.NB = "x"
	assert.NotEqual(t, "x", DefaultQuietPeriods()[0].Name.NB)
}

func TestQuietPeriodValidate(t *testing.T) {
	ok := QuietPeriod{Name: lnet.Text{NB: "Vinterferie"}, From: QuietWeek(9), To: QuietWeek(9), Scope: ScopeMunicipality, Municipality: 4601}
	require.NoError(t, ok.Validate())
	for name, tt := range map[string]struct {
		mutate func(*QuietPeriod)
		path   string
	}{
		"no name":              {func(q *QuietPeriod) { q.Name = lnet.Text{} }, "name.nb"},
		"no from":              {func(q *QuietPeriod) { q.From = QuietBound{} }, "from"},
		"no to":                {func(q *QuietPeriod) { q.To = QuietBound{} }, "to"},
		"mixed":                {func(q *QuietPeriod) { q.To = QuietDay(day(2026, 3, 1)) }, "to"},
		"reversed weeks":       {func(q *QuietPeriod) { q.From = QuietWeek(10) }, "to"},
		"reversed days":        {func(q *QuietPeriod) { q.From, q.To = QuietDay(day(2026, 3, 2)), QuietDay(day(2026, 3, 1)) }, "to"},
		"no scope":             {func(q *QuietPeriod) { q.Scope = 0 }, "scope"},
		"county missing":       {func(q *QuietPeriod) { q.Scope, q.Municipality = ScopeCounty, 0 }, "county"},
		"stray county":         {func(q *QuietPeriod) { q.County = 46 }, "county"},
		"stray municipality":   {func(q *QuietPeriod) { q.Scope = ScopeNational }, "municipality"},
		"municipality missing": {func(q *QuietPeriod) { q.Municipality = 0 }, "municipality"},
	} {
		q := ok
		tt.mutate(&q)
		err := q.Validate()
		var fe *lnet.FieldError
		require.ErrorAs(t, err, &fe, name)
		assert.Equal(t, tt.path, fe.Path, name)
		assert.ErrorIs(t, err, lnet.ErrInvalidModel, name)
	}
}

// QuietPeriod and its parts marshal to JSON with snake_case names and back.
func TestQuietPeriodJSONRoundTrip(t *testing.T) {
	ps := append(DefaultQuietPeriods(),
		QuietPeriod{Name: lnet.Text{NB: "Vinterferie i Bergen"}, From: QuietYearWeek(2026, 9), To: QuietYearWeek(2026, 9),
			Scope: ScopeMunicipality, Municipality: 4601, Source: "Skoleruta 2025–2026"},
		QuietPeriod{Name: lnet.NewText("Planleggingsdag", "Planleggingsdag", "Teacher planning day"), From: QuietDay(day(2026, 8, 14)),
			To: QuietDay(day(2026, 8, 14)), Scope: ScopeCounty, County: 46})
	b, err := json.Marshal(ps)
	require.NoError(t, err)
	var back []QuietPeriod
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, ps, back)
	s := string(b)
	assert.Contains(t, s, `"from":"W08","to":"W09","scope":"national"`)
	assert.Contains(t, s, `"from":"easter_sunday-6","to":"easter_monday"`)
	assert.Contains(t, s, `"from":"--12-27","to":"--12-31"`)
	assert.Contains(t, s, `"scope":"municipality","municipality":"4601","source":"Skoleruta 2025–2026"`)
	assert.Contains(t, s, `"scope":"county","county":"46"`)
	assert.NotContains(t, s, `"reason":{"nb":""`)

	var q QuietPeriod
	assert.Error(t, json.Unmarshal([]byte(`{"from":"W8"}`), &q))
	assert.Error(t, json.Unmarshal([]byte(`{"scope":"region"}`), &q))
	_, err = json.Marshal(QuietPeriod{})
	assert.Error(t, err, "an unset bound does not marshal")

	// PlanRules: null is the defaults, [] is none, and both round-trip.
	for _, rules := range []PlanRules{{Network: "x", Year: 2019}, {Network: "x", Year: 2019, Quiet: []QuietPeriod{}}, {Network: "x", Year: 2019, Quiet: ps[:1]}} {
		b, err := json.Marshal(rules)
		require.NoError(t, err)
		var back PlanRules
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, rules, back, string(b))
	}
}

func TestQuietScopeText(t *testing.T) {
	for _, s := range []QuietScope{ScopeNational, ScopeCounty, ScopeMunicipality} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back QuietScope
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
		assert.Nil(t, lnet.NewText(s.Norwegian(), s.Nynorsk(), s.English()).Missing())
	}
	_, err := ParseQuietScope("region")
	assert.Error(t, err)
}

func TestQuietFor(t *testing.T) {
	ps := []QuietPeriod{
		{Name: lnet.Text{NB: "Nasjonal"}, From: QuietWeek(8), To: QuietWeek(8), Scope: ScopeNational},
		{Name: lnet.Text{NB: "Vestland"}, From: QuietWeek(9), To: QuietWeek(9), Scope: ScopeCounty, County: 46},
		{Name: lnet.Text{NB: "Bergen"}, From: QuietWeek(9), To: QuietWeek(9), Scope: ScopeMunicipality, Municipality: 4601},
		{Name: lnet.Text{NB: "Oslo"}, From: QuietWeek(8), To: QuietWeek(8), Scope: ScopeMunicipality, Municipality: 301},
	}
	names := func(qs []QuietPeriod) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.Name.NB)
		}
		return out
	}
	assert.Equal(t, []string{"Nasjonal"}, names(QuietFor(ps)))
	assert.Equal(t, []string{"Nasjonal", "Vestland", "Bergen"}, names(QuietFor(ps, 4601)))
	assert.Equal(t, []string{"Nasjonal", "Vestland"}, names(QuietFor(ps, 4622)))
	assert.Equal(t, []string{"Nasjonal", "Vestland", "Oslo"}, names(QuietFor(ps, 4622, 301)))
}

// The finding: a generated plan put its gatherings in week 40 (autumn break in much of
// the country) and week 8/9 (winter break) without a word. Now a generated year plan flags
// week 40/41 and week 8/9 gatherings as warnings with their reason, in every year.
func TestPlanFlagsSchoolBreakGatheringsAsWarningsWithReason(t *testing.T) {
	for year := 2019; year <= 2030; year++ {
		rules := PlanRules{Network: "vestland", Office: "vestland", Year: year,
			Spring: NthWeekday{Month: time.February, Week: 4, Weekday: time.Tuesday}, // week 8 or 9
			Autumn: NthWeekday{Month: time.October, Week: 1, Weekday: time.Tuesday},  // week 40
		}
		plan, err := PlanYear(rules)
		require.NoError(t, err)
		conflicts, err := plan.Check(Statutory())
		require.NoError(t, err)
		flagged := map[string]Conflict{}
		for _, c := range conflicts {
			if c.Kind == ConflictHolidaySeason {
				assert.Equal(t, SeverityWarning, c.Severity, "a quiet period is never an error")
				require.Len(t, c.Titles, 1)
				flagged[c.Titles[0]] = c
			}
			assert.NotEqual(t, SeverityError, c.Severity, "%d: %s", year, c)
		}
		for _, e := range plan.Events {
			_, week := e.Date.ISOWeek()
			c, ok := flagged[e.Title]
			switch {
			case e.Kind == EventGathering && (week == 8 || week == 9):
				require.True(t, ok, "%d: spring gathering %s in week %d not flagged", year, e.Date, week)
				assert.Contains(t, c.Norwegian, "«Vinterferie (uke 8 eller 9)»")
				assert.Contains(t, c.Nynorsk, "«Vinterferie (veke 8 eller 9)»")
				assert.Contains(t, c.English, "“Winter break (week 8 or 9)”")
				assert.Contains(t, c.Reason.NB, "vinterferie i uke 8 eller 9")
				assert.Contains(t, c.Reason.NN, "vinterferie i veke 8 eller 9")
				assert.Contains(t, c.Reason.EN, "winter break in week 8 or 9")
			case e.Kind == EventGathering && (week == 40 || week == 41):
				require.True(t, ok, "%d: autumn gathering %s in week %d not flagged", year, e.Date, week)
				assert.Contains(t, c.Norwegian, "«Høstferie (uke 40 eller 41)»")
				assert.Contains(t, c.Reason.NB, "høstferie i uke 40 eller 41")
				assert.Contains(t, c.Reason.NN, "haustferie i veke 40 eller 41")
				assert.Contains(t, c.Reason.EN, "autumn break in week 40 or 41")
			case e.Kind == EventSteeringGroup:
				assert.False(t, ok, "%d: the plan put %q in a quiet period (%s)", year, e.Title, e.Date)
			}
			if e.Kind == EventGathering {
				assert.True(t, week == 8 || week == 9 || week == 40 || week == 41, "%d: %s in week %d", year, e.ID, week)
			}
		}
	}
}

// The caller's own periods replace the defaults; none turns the check off; an invalid one is
// an error.
func TestCheckWithQuietPeriods(t *testing.T) {
	s := Schedule{Network: "bergen", Events: []Event{
		{Kind: EventGathering, Title: "Samling", Date: day(2026, time.February, 24)},    // week 9
		{Kind: EventSteeringGroup, Title: "Møte", Date: day(2026, time.February, 17)},   // week 8
		{Kind: EventSteeringGroup, Title: "Romjul", Date: day(2026, time.December, 28)}, // 27–31 Dec
	}}
	quiet := func(opts ...CheckOption) []Conflict {
		cs, err := s.Check(Statutory(), opts...)
		require.NoError(t, err)
		var out []Conflict
		for _, c := range cs {
			if c.Kind == ConflictHolidaySeason {
				out = append(out, c)
			}
		}
		return out
	}
	assert.Len(t, quiet(), 3, "the defaults")
	assert.Empty(t, quiet(WithQuietPeriods()))
	bergen := QuietPeriod{Name: lnet.Text{NB: "Vinterferie i Bergen"}, Reason: lnet.Text{NB: "Skolene i Bergen har vinterferie i uke 9."},
		From: QuietYearWeek(2026, 9), To: QuietYearWeek(2026, 9), Scope: ScopeMunicipality, Municipality: 4601}
	got := quiet(WithQuietPeriods(bergen))
	require.Len(t, got, 1)
	c := got[0]
	assert.Equal(t, day(2026, time.February, 24), c.Date)
	assert.Equal(t, "Samling «Samling» tirsdag 24. februar 2026 ligger i «Vinterferie i Bergen» (kommune 4601), 23. februar 2026–1. mars 2026.", c.Norwegian)
	assert.Equal(t, "The network gathering “Samling” on Tuesday 24 February 2026 falls in “Vinterferie i Bergen” (municipality 4601), 23 February 2026–1 March 2026.", c.English)
	assert.Equal(t, "Skolene i Bergen har vinterferie i uke 9.", c.Reason.In(lnet.Nynorsk), "a caller's text is shown as given")
	// Without a reason, the warning still says why.
	bergen.Reason = lnet.Text{}
	c = quiet(WithQuietPeriods(bergen))[0]
	assert.Equal(t, "“Vinterferie i Bergen” is given as a period when many are away.", c.Reason.EN)
	// An invalid period is an error with its path.
	_, err := s.Check(Statutory(), WithQuietPeriods(bergen, QuietPeriod{Name: lnet.Text{NB: "x"}}))
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "quiet_periods[1].from", fe.Path)
	_, err = PlanYear(PlanRules{Network: "x", Year: 2019, Quiet: []QuietPeriod{{}}})
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "quiet_periods[0].name.nb", fe.Path)
}

// Every warning and note of a check carries its reason in the three languages.
func TestEveryWarningHasAReason(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	s := hordalandTimeline()
	s.Deadlines = append(s.Deadlines,
		ApplicationDeadline("vestland", lnet.SchemeFosterHome, 2025, day(2025, time.June, 1)),
		AppealDeadline("Klagefrist", day(2019, time.May, 18)),
		ReportDeadline("vestland", lnet.SchemeFosterHome, 2025, day(2026, time.March, 1), RuleNextWorkingDay),
		ReportDeadline("vestland", lnet.SchemeSelfInitiated, 2025, day(2025, time.December, 31), RuleNextWorkingDay),
		Deadline{Kind: DeadlineAppeal, Title: "Klagefrist jul", Date: day(2025, time.December, 24), Rule: RuleNextWorkingDay},
	)
	s.Events = append(s.Events, Event{Kind: EventGathering, Title: "Haust", Date: day(2019, time.October, 1)})
	cs, err := s.Check(Workdays{Off: AllEves})
	require.NoError(t, err)
	kinds := map[ConflictKind]bool{}
	for _, c := range cs {
		if c.Severity == SeverityError {
			continue
		}
		kinds[c.Kind] = true
		assert.Nil(t, c.Reason.Missing(), "%s has no reason", c)
		for _, p := range glossary.Check("reason of "+c.String(), c.Reason.NB, c.Reason.NN, c.Reason.EN, entries) {
			t.Error(p)
		}
	}
	for _, k := range []ConflictKind{ConflictHolidaySeason, ConflictDeadlineOnDayOff, ConflictDeadlineMoved, ConflictOutsideStrategy} {
		assert.True(t, kinds[k], k.String())
	}
	b, err := json.Marshal(cs[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"reason":{"nb":`)
}

func TestQuietCSV(t *testing.T) {
	in := "# Skoleruta\n" + QuietCSVHeader() + "\n" +
		"Vinterferie i Bergen,2026-W09,2026-W09,municipality,4601,Skolene i Bergen har vinterferie.\n" +
		"Høstferie i Vestland,W40,W40,county,46,\n" +
		"Planleggingsdag,2026-08-14,2026-08-14,national\n" +
		"\"Romjul, igjen\",--12-27,--12-31,national,,\"Mellom jul og nyttår\"\n" +
		"Inneklemt,ascension_day+1,ascension_day+1,national,\n"
	ps, err := ParseQuietCSV(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, ps, 5)
	assert.Equal(t, QuietPeriod{Name: lnet.Text{NB: "Vinterferie i Bergen"}, Reason: lnet.Text{NB: "Skolene i Bergen har vinterferie."},
		From: QuietYearWeek(2026, 9), To: QuietYearWeek(2026, 9), Scope: ScopeMunicipality, Municipality: 4601}, ps[0])
	assert.Equal(t, lnet.CountyCode(46), ps[1].County)
	assert.Equal(t, "Romjul, igjen", ps[3].Name.NB)
	var out bytes.Buffer
	require.NoError(t, WriteQuietCSV(&out, ps))
	back, err := ParseQuietCSV(&out)
	require.NoError(t, err)
	assert.Equal(t, ps, back)

	h := QuietCSVHeader() + "\n"
	for _, tt := range []struct{ in, path, reason string }{
		{"", "line 1: header", "missing"},
		{"name,from,to,scope\n", "line 1: header", "want the header"},
		{"# c\n\n" + h + "x,W40\n", "line 4: row", "got 2 fields"},
		{h + "x,W40,W41,national,,r,extra\n", "line 2: row", "got 7 fields"},
		{h + "x,W4,W41,national\n", "line 2: from", "ISO week"},
		{h + "x,W40,2026-13-01,national\n", "line 2: to", "not a day"},
		{h + "x,W40,W41,region\n", "line 2: scope", "want national"},
		{h + "x,W40,W41,county,4601\n", "line 2: area", "county code"},
		{h + "x,W40,W41,municipality,46\n", "line 2: area", "municipality number"},
		{h + "x,W40,W41,national,46\n", "line 2: area", "no area"},
		{h + "x,W40,W41,county\n", "line 2: area", "county code"},
		{h + ",W40,W41,national\n", "line 2: name", "missing"},
		{h + "x,W41,W40,national\n", "line 2: to", "before from"},
		{h + "x,W41,2026-10-01,national\n", "line 2: to", "both recur"},
		{h + "ok,W40,W41,national\nx,\"W40,W41,national\n", "line 3", "malformed CSV"},
		{h + "x\x01,W40,W41,national\n", "line 2: name", "control"},
	} {
		_, err := ParseQuietCSV(strings.NewReader(tt.in))
		var fe *lnet.FieldError
		require.ErrorAs(t, err, &fe, tt.in)
		assert.Equal(t, tt.path, fe.Path, tt.in)
		assert.Contains(t, fe.Error(), tt.reason, tt.in)
		assert.ErrorIs(t, err, lnet.ErrInvalidModel)
	}
	_, err = ParseQuietCSV(strings.NewReader(h + strings.Repeat("x,W40,W41,national\n", maxQuietRows+1)))
	assert.Error(t, err)
	_, err = ParseQuietCSV(strings.NewReader(strings.Repeat("#", maxQuietCSVBytes+1)))
	assert.Error(t, err)
	_, err = ParseQuietCSV(strings.NewReader("\xff"))
	assert.Error(t, err)
	_, err = ParseQuietCSV(errReader{})
	assert.Error(t, err)
	// The writer quotes what would otherwise read back differently.
	out.Reset()
	require.NoError(t, WriteQuietCSV(&out, []QuietPeriod{{Name: lnet.Text{NB: "#1, \"a\""}, From: QuietWeek(1), To: QuietWeek(1), Scope: ScopeNational}}))
	assert.Equal(t, h+"\"#1, \"\"a\"\"\",W01,W01,national,,\n", out.String())
	assert.Error(t, WriteQuietCSV(&out, []QuietPeriod{{}}))
	assert.Error(t, WriteQuietCSV(&out, []QuietPeriod{{Name: lnet.Text{NB: "a\nb"}, From: QuietWeek(1), To: QuietWeek(1), Scope: ScopeNational}}))
}

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("read failed") }

// FuzzParseQuietCSV checks that the parser never panics, that every period it returns
// validates, and that writing them and parsing again gives the same periods.
func FuzzParseQuietCSV(f *testing.F) {
	h := QuietCSVHeader() + "\n"
	for _, s := range []string{
		h + "Vinterferie i Bergen,2026-W09,2026-W09,municipality,4601,Skolene har vinterferie.\n",
		h + "Høstferie,W40,W41,county,46,\n",
		h + "\"Romjul, igjen\",--12-27,--12-31,national,,\"Mellom \"\"jul\"\" og nyttår\"\n",
		h + "Påske,easter_sunday-6,easter_monday,national\n",
		"# kommentar\n" + h + "\n x ,2026-08-14,2026-08-14,national\n",
		h + "x,W53,W53,national\n",
		h + "x,W40,W41,national,,r,extra\n",
		h + "x,\"W40\nW41\",W41,national\n",
		"name,from,to,scope\n",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps, err := ParseQuietCSV(strings.NewReader(s))
		if err != nil {
			var fe *lnet.FieldError
			require.ErrorAs(t, err, &fe)
			require.True(t, strings.HasPrefix(fe.Path, "line ") || fe.Path == "quiet periods", fe.Path)
			return
		}
		for _, q := range ps {
			require.NoError(t, q.Validate())
			for y := 2018; y <= 2020; y++ {
				if from, to, ok := q.Span(y); ok {
					require.LessOrEqual(t, from, to)
					require.True(t, q.Contains(from) && q.Contains(to))
				}
			}
		}
		var out bytes.Buffer
		require.NoError(t, WriteQuietCSV(&out, ps))
		back, err := ParseQuietCSV(&out)
		require.NoError(t, err, out.String())
		require.Equal(t, ps, back)
	})
}

// FuzzParseQuietBound checks parse∘format = id for bounds.
func FuzzParseQuietBound(f *testing.F) {
	for _, s := range []string{"2026-02-23", "2026-W08", "W40", "--12-27", "ascension_day+1", "easter_sunday-6", "W53", "--02-29", "x+1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseQuietBound(s)
		if err != nil {
			return
		}
		require.True(t, b.valid())
		back, err := ParseQuietBound(b.String())
		require.NoError(t, err)
		require.Equal(t, b, back)
		d, ok := b.in(2020, false)
		if ok {
			require.True(t, inRange(d))
		}
	})
}

// A period of fixed dates over several years contains every day of it, the last one
// included (found by FuzzParseQuietCSV: the years around the day were tried, not the
// period's own first year).
func TestQuietPeriodOverYears(t *testing.T) {
	ps, err := ParseQuietCSV(strings.NewReader("name,from,to,scope,area,reason\nlong,2020-01-01,2022-01-01,national\n"))
	require.NoError(t, err)
	require.Len(t, ps, 1)
	q := ps[0]
	for _, d := range []date.Date{date.New(2020, 1, 1), date.New(2021, 6, 30), date.New(2022, 1, 1)} {
		assert.True(t, q.Contains(d), d)
	}
	for _, d := range []date.Date{date.New(2019, 12, 31), date.New(2022, 1, 2)} {
		assert.False(t, q.Contains(d), d)
	}
}
