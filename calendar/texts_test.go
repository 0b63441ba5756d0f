package calendar

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/glossary"
	"github.com/laeringsnettverk/sdk/lnet"
)

// calendarTexts returns the calendar's own words and the titles it gives the deadlines and
// meetings it generates, named for the messages.
func calendarTexts() map[string]lnet.Text {
	out := map[string]lnet.Text{
		"springTitle": springTitle, "autumnTitle": autumnTitle, "steeringTitle": steeringTitle,
		"prepSpring": prepSpring, "prepAutumn": prepAutumn, "prepApply": prepApply, "prepSummer": prepSummer,
	}
	v := reflect.ValueOf(words)
	for i := range v.NumField() {
		f := v.Field(i) // unexported: read the strings, not the interface
		out["words."+v.Type().Field(i).Name] = lnet.NewText(f.FieldByName("NB").String(), f.FieldByName("NN").String(), f.FieldByName("EN").String())
	}
	for _, s := range lnet.Schemes() {
		out["application "+s.String()] = ApplicationDeadline("nordland", s, 2019, day(2019, 11, 13)).Titles
		out["spend_by "+s.String()] = SpendBy("nordland", s, 2019).Titles
		out["report "+s.String()] = ReportDeadline("nordland", s, 2019, day(2020, 3, 1), RuleFixed).Titles
	}
	return out
}

// Every word of the agendas and iCalendar files, and every title the calendar generates,
// exists in bokmål, nynorsk and English, follows the glossary, and has as many %s in each
// language.
func TestCalendarTextsInThreeLanguages(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	verbs := regexp.MustCompile(`%.`)
	all := calendarTexts()
	require.Greater(t, len(all), 20)
	for name, x := range all {
		assert.Nil(t, x.Missing(), name)
		for _, p := range glossary.Check(name, x.NB, x.NN, x.EN, entries) {
			t.Error(p)
		}
		n := len(verbs.FindAllString(x.NB, -1))
		assert.Len(t, verbs.FindAllString(x.NN, -1), n, name)
		assert.Len(t, verbs.FindAllString(x.EN, -1), n, name)
	}
}

// A generated plan's meetings and deadlines have their titles in the three languages, and
// the bokmål one is the title.
func TestPlanTitlesInThreeLanguages(t *testing.T) {
	for _, rules := range []PlanRules{nordlandRules(), {Network: "x", Year: 2020}} {
		plan, err := PlanYear(rules)
		require.NoError(t, err)
		for _, e := range plan.Events {
			assert.Nil(t, e.Titles.Missing(), e.ID)
			assert.Equal(t, e.Title, e.TitleIn(lnet.Bokmal), e.ID)
		}
		for _, d := range plan.Deadlines {
			assert.Nil(t, d.Titles.Missing(), d.ID)
			assert.Equal(t, d.Title, d.TitleIn(lnet.Bokmal), d.ID)
		}
	}
	// A title given in one language alone is the title in every language.
	d := Deadline{Kind: DeadlineResponse, Title: "Svar", Date: day(2019, 3, 1), Rule: RuleFixed}
	for _, l := range lnet.Languages() {
		assert.Equal(t, "Svar", d.TitleIn(l))
	}
	e := Event{Kind: EventGathering, Title: "Samling", Titles: lnet.Text{EN: "Gathering"}, Date: day(2019, 3, 1)}
	require.NoError(t, e.Validate())
	assert.Equal(t, "Samling", e.TitleIn(lnet.Nynorsk))
	assert.Equal(t, "Gathering", e.TitleIn(lnet.English))
	e.Titles.NB = "Annen samling"
	var fe *lnet.FieldError
	require.ErrorAs(t, e.Validate(), &fe)
	assert.Equal(t, "titles.nb", fe.Path)
}

func TestAgendaGoldenInLanguages(t *testing.T) {
	plan, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	for _, c := range []struct {
		name   string
		s      Schedule
		format AgendaFormat
		lang   lnet.Language
	}{
		{"hordaland_2018_2019_nn.txt", hordalandTimeline(), AgendaText, lnet.Nynorsk},
		{"hordaland_2018_2019_en.txt", hordalandTimeline(), AgendaText, lnet.English},
		{"nordland_plan_2019_nn.md", plan, AgendaMarkdown, lnet.Nynorsk},
		{"nordland_plan_2019_en.md", plan, AgendaMarkdown, lnet.English},
	} {
		var b bytes.Buffer
		require.NoError(t, WriteAgendaIn(&b, c.s, c.format, c.lang))
		golden(t, c.name, b.Bytes())
	}
	// WriteAgenda is bokmål.
	var nb, in bytes.Buffer
	require.NoError(t, WriteAgenda(&nb, plan, AgendaMarkdown))
	require.NoError(t, WriteAgendaIn(&in, plan, AgendaMarkdown, lnet.Bokmal))
	assert.Equal(t, nb.String(), in.String())
	assert.ErrorIs(t, WriteAgendaIn(&in, plan, AgendaText, lnet.Language(9)), lnet.ErrInvalidValue)
}

func TestICSGoldenInLanguages(t *testing.T) {
	plan, err := PlanYear(nordlandRules())
	require.NoError(t, err)
	nn := writeICS(t, plan, ICSOptions{Language: lnet.Nynorsk})
	en := writeICS(t, plan, ICSOptions{Language: lnet.English})
	golden(t, "nordland_plan_2019_nn.ics", nn)
	golden(t, "nordland_plan_2019_en.ics", en)
	checkICSFormat(t, nn)
	checkICSFormat(t, en)
	// The language changes the words, never the UIDs: a file in another language updates
	// the same events.
	uids := func(b []byte) []string { return regexp.MustCompile(`(?m)^UID:.*$`).FindAllString(string(b), -1) }
	nb := writeICS(t, plan, ICSOptions{})
	assert.Equal(t, uids(nb), uids(nn))
	assert.Equal(t, uids(nb), uids(en))
	assert.Contains(t, string(nn), "SUMMARY:Haustsamling i læringsnettverket\r\n")
	assert.Contains(t, string(en), "SUMMARY:Autumn gathering of the learning network\r\n")
	err = WriteICS(&bytes.Buffer{}, plan, ICSOptions{Language: lnet.Language(9)})
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
}

// The nynorsk messages of Schedule.Check quote the nynorsk titles and follow the glossary.
func TestConflictsNynorskTitles(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	plan, err := PlanYear(PlanRules{Network: "x", Year: 2025, Deadlines: []Deadline{
		ApplicationDeadline("vestland", lnet.SchemeSelfInitiated, 2025, day(2025, 6, 1)),
	}})
	require.NoError(t, err)
	plan.Events = append(plan.Events, Event{Kind: EventGathering, Title: springTitle.NB, Titles: springTitle, Date: plan.Events[0].Date})
	conflicts, err := plan.Check(Workdays{Off: AllEves})
	require.NoError(t, err)
	require.NotEmpty(t, conflicts)
	for i, c := range conflicts {
		for _, p := range glossary.Check(fmt.Sprintf("conflict %d %s", i, c.Kind), c.Norwegian, c.Nynorsk, c.English, entries) {
			t.Error(p)
		}
	}
}
