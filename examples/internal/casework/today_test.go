package casework_test

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Oslo on machines without a zone database

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

// todayInOslo is the calendar day in Norway now, from the clock.
func todayInOslo(t *testing.T) date.Date {
	t.Helper()
	oslo, err := time.LoadLocation("Europe/Oslo")
	require.NoError(t, err)
	return date.NewAt(time.Now().In(oslo))
}

// TestRoundOnTodaysDate runs a whole round on the day the test runs, as an office runs this
// year's round: the register on today's date, the national key for this year, the office's
// pots, then the public round (sdk.Run) with a deadline per scheme, the eligibility reports,
// the allocation over the applications, the grants, the decision table and the calendar
// entries, and the year plan. Through 2026 the embedded data answers without any opt-in; after that the test
// opts in to carrying the data forward, and every result must say so.
func TestRoundOnTodaysDate(t *testing.T) {
	roundFor(t, todayInOslo(t))
}

// The same round on fixed days before, at and after the end of the data, so the behaviour
// past 2026 is tested today and not only when the clock gets there.
func TestRoundOnFixedDays(t *testing.T) {
	for _, d := range []date.Date{date.New(2025, 3, 3), date.New(2026, 12, 1), date.New(2026, 12, 31), date.New(2027, 1, 4), date.New(2031, 6, 2)} {
		t.Run(d.String(), func(t *testing.T) { roundFor(t, d) })
	}
}

func roundFor(t *testing.T, today date.Date) {
	year := today.Year()
	reg := lnet.DefaultRegister()
	pastData := !reg.Coverage().Contains(today)
	if year <= 2026 {
		require.False(t, pastData, "the embedded data covers every day to the end of 2026")
	}
	if pastData {
		_, err := reg.OfficeForMunicipality(3403, today)
		require.ErrorIs(t, err, lnet.ErrOutOfRange, "past the data without the opt-in")
		require.ErrorContains(t, err, "AssumeUnchangedThrough")
		reg, err = reg.AssumeUnchangedThrough(date.New(year, time.December, 31))
		require.NoError(t, err)
	}
	basis, err := reg.Basis(year)
	require.NoError(t, err)
	assert.Equal(t, pastData, basis.Assumed())

	// The register on today's date: Hamar lies in the Innlandet office's region.
	office, err := reg.OfficeForMunicipality(3403, today)
	require.NoError(t, err)
	assert.Equal(t, lnet.OfficeID("innlandet"), office.ID)
	assert.Equal(t, "Statsforvalteren i Innlandet", office.Title)
	assert.Equal(t, pastData, office.Assumed())
	networks := seeds.Innlandet2022Networks()
	for _, n := range networks {
		require.NoError(t, n.ValidateOn(reg, today), n.ID)
	}

	// The national pots over the offices by children 0–17 this year; the office's pot.
	key, err := allocation.OfficeKey(reg, year, allocation.MustWeight("0.2"))
	require.NoError(t, err)
	require.Equal(t, 10, key.Len())
	national := map[lnet.Scheme]lnet.NOK{lnet.SchemeSelfInitiated: lnet.MustNOK("12000000"), lnet.SchemeFosterHome: lnet.MustNOK("27000000")}
	results, err := allocation.AllocateSchemes(national, key.Recipients(), allocation.WithUnit(lnet.MustNOK("1000")), allocation.WithBasis(key.Basis()))
	require.NoError(t, err)
	pots := map[lnet.Scheme]lnet.NOK{}
	for s, res := range results {
		require.Zero(t, national[s].Cmp(must(lnet.Sum(res.Allocated, res.Residue, res.Unallocated))), "national %s reconciles", s)
		require.Equal(t, basis, res.Basis)
		var md strings.Builder
		require.NoError(t, res.WriteMarkdown(&md, lnet.Bokmal))
		require.True(t, strings.HasPrefix(md.String(), "Datagrunnlag: "+basis.In(lnet.Bokmal)))
		share, ok := res.Share("innlandet")
		require.True(t, ok)
		pots[s] = must(share.Amount())
		require.Positive(t, pots[s].Sign())
	}

	// The office's call this year through the public round: a deadline per scheme, 45 and
	// 30 days before today, and the decision today; the applications of the illustrative
	// Innlandet networks, sent three days before their scheme's deadline, weighed by the
	// office's priority.
	edition, err := eligibility.EditionFor(year)
	require.NoError(t, err)
	assert.Equal(t, eligibility.Latest(), edition)
	due := map[lnet.Scheme]date.Date{lnet.SchemeSelfInitiated: today - 45, lnet.SchemeFosterHome: today - 30}
	call := sdk.Call{Office: "innlandet", Year: year, Decided: today, Source: "illustrative"}
	for _, s := range lnet.Schemes() {
		call.Schemes = append(call.Schemes, sdk.SchemeCall{Scheme: s, Pot: pots[s], Deadline: due[s], Unit: lnet.MustNOK("1000")})
	}
	var subs []sdk.Submission
	for _, sub := range seeds.Innlandet2022Applications() {
		app := sub.Application
		app.Year = year
		if app.UsePeriod != nil { // the money-use period moves with the grant year
			app.UsePeriod = &lnet.Period{Start: date.New(year, time.January, 1), End: lnet.SpendByFor(year)}
		}
		sent := due[app.Scheme] - 3
		app.Submitted = &sent
		w := allocation.IntWeight(uint64(sub.Priority))
		subs = append(subs, sdk.Submission{Application: app, Weight: &w})
	}
	round, err := sdk.Run(call, networks, subs, sdk.WithRegister(reg), sdk.WithDataBasis(basis))
	require.NoError(t, err)
	assert.Equal(t, edition, round.Edition)
	for s, d := range due {
		assert.Equal(t, d, round.Deadlines[s].Due, "an announced deadline stands: %s", s)
		assert.Equal(t, lnet.SpendByFor(year), round.SpendBy[s].Due)
	}
	require.Len(t, round.Cases, len(subs))
	for _, c := range round.Cases {
		report := c.Report
		assert.Equal(t, edition, report.Edition)
		assert.Equal(t, year > 2024, report.LatestKnown, "a year past the latest edition's range says so")
		assert.Equal(t, today, report.Date)
		assert.Equal(t, basis, report.Data)
		f, ok := report.Finding("APP-DEADLINE")
		require.True(t, ok)
		assert.Equal(t, eligibility.Passed, f.Status(), "%s: sent before its own scheme's deadline", c.Application.ID)
		text := report.Text(lnet.Bokmal)
		assert.Contains(t, text, basis.In(lnet.Bokmal), "the report states its data basis")
		if year > 2024 {
			assert.Contains(t, text, "siste utgaven i kildene")
		}
		assert.NotContains(t, strings.ReplaceAll(text, "«", "\n«"), " barneverntjenesten ", "reports dated from 2023 use the new term")
	}

	// The office's pots over the applications: never a lost or invented krone; the grants
	// are the amounts, to be used by 31 December next year.
	var granted lnet.NOK
	for s, pot := range pots {
		res := round.Results[s]
		require.NotNil(t, res, s)
		assert.Equal(t, basis, res.Basis)
		sum := must(res.Residue.Add(res.Unallocated))
		for _, sh := range res.Shares() {
			sum = must(sum.Add(must(sh.Amount())))
		}
		require.Zero(t, pot.Cmp(sum), "office pot %s reconciles: %s ≠ %s", s, pot, sum)
		granted = must(granted.Add(res.Allocated))
	}
	var grants lnet.NOK
	for _, g := range round.Grants {
		require.NoError(t, g.Validate())
		assert.Equal(t, lnet.SpendByFor(year), g.SpendBy)
		assert.Equal(t, today, g.Decided)
		grants = must(grants.Add(g.Amount))
	}
	assert.Zero(t, granted.Cmp(grants), "the grants are the amounts allocated")
	for _, lang := range lnet.Languages() {
		var table strings.Builder
		require.NoError(t, round.WriteDecisionTable(&table, lang))
		assert.Contains(t, table.String(), calendar.DateIn(lang, today))
	}
	sched, err := round.Schedule()
	require.NoError(t, err)
	require.NoError(t, sched.Validate())

	// The network's year plan: gatherings and meetings on working days.
	plan, err := calendar.PlanYear(calendar.PlanRules{Network: "innlandet-glamdal", Year: year})
	require.NoError(t, err)
	conflicts, err := plan.Check(calendar.Statutory())
	require.NoError(t, err)
	for _, c := range conflicts {
		assert.NotEqual(t, calendar.SeverityError, c.Severity, c.English)
	}
	var ics strings.Builder
	require.NoError(t, calendar.WriteICS(&ics, plan, calendar.ICSOptions{}))
	assert.Contains(t, ics.String(), "BEGIN:VCALENDAR")
}
