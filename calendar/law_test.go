package calendar

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/glossary"
	"github.com/laeringsnettverk/sdk/lnet"
)

// lawTexts returns every text the package holds about the law and the rules of deadlines.
func lawTexts() map[string]lnet.Text {
	return map[string]lnet.Text{
		"lawStatutory": lawStatutory, "lawOwnOffice": lawOwnOffice, "lawOwn": lawOwn, "lawAnnounced": lawAnnounced,
		"lawFixed": lawFixed, "lawFixedAppeal": lawFixedAppeal, "lawEveStatutory": lawEveStatutory, "lawEveOwn": lawEveOwn,
		"rule fixed":            lnet.NewText(RuleFixed.Norwegian(), RuleFixed.Nynorsk(), RuleFixed.English()),
		"rule next_working_day": lnet.NewText(RuleNextWorkingDay.Norwegian(), RuleNextWorkingDay.Nynorsk(), RuleNextWorkingDay.English()),
		"words.movedFrom":       words.movedFrom, "words.movedOwn": words.movedOwn,
	}
}

// The law texts exist in the three languages and follow the glossary's nynorsk.
func TestLawTextsInThreeLanguages(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	for name, x := range lawTexts() {
		assert.Nil(t, x.Missing(), name)
		for _, p := range glossary.Check(name, x.NB, x.NN, x.EN, entries) {
			t.Error(p)
		}
	}
}

// Regression, issue 13 ("The law is stated inexactly"): the docs said forvaltningsloven
// applies domstolloven § 149 "by reference to it", and no such reference was found. No text
// or doc comment of the package claims the reference; the texts that bring in
// forvaltningsloven say that it does not refer to § 149 and that counting its time limits by
// § 149 is practice.
func TestForvaltningslovenIsNotSaidToReferToSection149(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		src := strings.ToLower(string(b))
		for _, claim := range []string{"by reference to it", "which forvaltningsloven refers", "forvaltningsloven refers to", "forvaltningsloven henviser", "viser til domstolloven"} {
			assert.NotContains(t, src, claim, f)
		}
	}
	assert.Contains(t, lawStatutory.NB, "Forvaltningsloven viser ikke til paragrafen")
	assert.Contains(t, lawStatutory.NB, "er praksis")
	assert.Contains(t, lawStatutory.NN, "Forvaltningslova viser ikkje til paragrafen")
	assert.Contains(t, lawStatutory.NN, "er praksis")
	assert.Contains(t, lawStatutory.EN, "does not refer to the section")
	assert.Contains(t, lawStatutory.EN, "is practice")
}

// Regression, issue 13: the texts state § 149 as it reads, and say when it applies — a
// statutory time limit that ends on a Saturday, Sunday or holiday — and that 24 and
// 31 December are not in its text.
func TestSection149StatedAsItReads(t *testing.T) {
	const reads = "Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag forlenges fristen til den nærmest følgende virkedag"
	assert.Equal(t, reads, Section149)
	r, err := AppealDeadline("Klagefrist", day(2019, time.May, 18)).Resolve() // Saturday 8 June 2019
	require.NoError(t, err)
	require.True(t, r.Moved)
	for _, lang := range lnet.Languages() {
		assert.Contains(t, r.In(lang), "«"+reads+".»", lang)
		assert.Contains(t, r.In(lang), lang.Pick("forvaltningsloven § 29", "forvaltningslova § 29", "section 29"), lang)
		assert.Contains(t, r.In(lang), lang.Pick("24. og 31. desember er ikke nevnt", "24. og 31. desember er ikkje nemnde", "24 and 31 December are not named"), lang)
	}
	assert.Equal(t, lawStatutory, r.Reason())
}

// Regression, issue 13: every next_working_day deadline cited "(domstolloven § 149)", even
// one an office set for itself. A deadline an office set says it is the office's own rule.
func TestOfficeOwnNextWorkingDayRuleDoesNotCiteSection149AsItsBasis(t *testing.T) {
	d := ReportDeadline("vestland", lnet.SchemeFosterHome, 2025, day(2026, time.February, 28), RuleNextWorkingDay) // a Saturday
	r, err := d.Resolve()
	require.NoError(t, err)
	require.True(t, r.Moved)
	assert.Equal(t, day(2026, time.March, 2), r.Due)
	assert.Equal(t, lawOwnOffice, r.Reason())
	assert.Contains(t, r.Norwegian(), "embetets egen regel")
	assert.Contains(t, r.Nynorsk(), "embetet sin eigen regel")
	assert.Contains(t, r.English(), "the office's own rule")
	for _, lang := range lnet.Languages() {
		assert.NotContains(t, r.In(lang), "(domstolloven § 149)", lang)
		assert.NotContains(t, r.In(lang), "(domstollova § 149)", lang)
		assert.NotContains(t, r.In(lang), "(Courts of Justice Act, section 149)", lang)
		assert.NotContains(t, r.In(lang), Section149, lang)
	}
	// The rule's name cites no law either: which law, if any, is the resolution's to say.
	for _, lang := range lnet.Languages() {
		assert.NotContains(t, RuleNextWorkingDay.In(lang), "149", lang)
	}
	// Without an office, the rule is the deadline's own.
	d.Office = ""
	r, err = d.Resolve()
	require.NoError(t, err)
	assert.Equal(t, lawOwn, r.Reason())
	// The agenda notes the move as the deadline's own rule, not § 149.
	var b bytes.Buffer
	require.NoError(t, WriteAgendaIn(&b, Schedule{Network: "vestland", Deadlines: []Deadline{d, AppealDeadline("Klagefrist", day(2019, time.May, 18))}}, AgendaText, lnet.Bokmal))
	assert.Contains(t, b.String(), "flyttet fra 2026-02-28 (fristens egen regel, ikke loven)")
	assert.Contains(t, b.String(), "flyttet fra 2019-06-08 (domstolloven § 149)")
	// In a check, the note carries the same reason.
	cs, err := Schedule{Network: "vestland", Deadlines: []Deadline{d}}.Check(Statutory(), WithQuietPeriods())
	require.NoError(t, err)
	for _, c := range cs {
		if c.Kind == ConflictDeadlineMoved {
			assert.Equal(t, lawOwn, c.Reason)
			assert.NotContains(t, c.Norwegian, "149")
		}
	}
}

// Regression, issue 13: an announced application deadline was reported as "fast frist …
// selv om dagen ikke er en virkedag" without saying why. The text now says that it is the
// office's own date, to which § 149 does not apply, so it stands.
func TestAnnouncedApplicationDeadlineSaysWhySection149DoesNotMoveIt(t *testing.T) {
	d := ApplicationDeadline("vestland", lnet.SchemeFosterHome, 2025, day(2025, time.June, 1)) // a Sunday
	r, err := d.Resolve()
	require.NoError(t, err)
	assert.False(t, r.Moved)
	assert.Equal(t, day(2025, time.June, 1), r.Due)
	assert.Equal(t, lawAnnounced, r.Reason())
	assert.Equal(t, "«Søknadsfrist utviklingsprosjekter på fosterhjemsområdet 2025 (skjema 2)» er en kunngjort frist og gjelder "+
		"søndag 1. juni 2025, selv om dagen ikke er en virkedag. En søknadsfrist som embetet har kunngjort i utlysningen, er embetets "+
		"egen dato. Domstolloven § 149 forlenger frister som ender på en lørdag, helgedag eller dag likestilt med helgedag, men "+
		"gjelder ikke for en slik dato, så fristen står.", r.Norwegian())
	assert.Contains(t, r.Nynorsk(), "gjeld ikkje for ein slik dato, så fristen står")
	assert.Contains(t, r.English(), "does not apply to such a date, so the deadline stands")
	// The check's warning carries the reason.
	cs, err := Schedule{Network: "vestland", Deadlines: []Deadline{d}}.Check(Statutory(), WithQuietPeriods())
	require.NoError(t, err)
	require.Len(t, cs, 2) // on a day off; after the strategy period
	assert.Equal(t, ConflictDeadlineOnDayOff, cs[0].Kind)
	assert.Equal(t, lawAnnounced, cs[0].Reason)
}

// A statutory time limit does not move off 24 or 31 December, and a check under a calendar
// that closes on the eves says why.
func TestStatutoryDeadlineOnChristmasEveSaysWhyItStands(t *testing.T) {
	d := Deadline{Kind: DeadlineAppeal, Title: "Klagefrist", Date: day(2025, time.December, 24), Rule: RuleNextWorkingDay}
	r, err := d.Resolve()
	require.NoError(t, err)
	assert.False(t, r.Moved)
	cs, err := Schedule{Network: "x", Deadlines: []Deadline{d}}.Check(Workdays{Off: AllEves}, WithQuietPeriods())
	require.NoError(t, err)
	require.NotEmpty(t, cs)
	assert.Equal(t, ConflictDeadlineOnDayOff, cs[0].Kind)
	assert.Equal(t, lawEveStatutory, cs[0].Reason)
	// An appeal deadline a caller made fixed: the text says the law would move it.
	d.Rule, d.Date = RuleFixed, day(2019, time.June, 8)
	r, err = d.Resolve()
	require.NoError(t, err)
	assert.Equal(t, lawFixedAppeal, r.Reason())
}
