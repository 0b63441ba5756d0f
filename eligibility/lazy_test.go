package eligibility_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// divideRule is an office rule that divides by the number of budget lines, which an
// unvalidated application may not have.
func divideRule() eligibility.Rule {
	return eligibility.NewRule(eligibility.RuleInfo{ID: "TEST-DIVIDE", Subject: eligibility.SubjectApplication, Severity: eligibility.Requirement,
		Citation: "test", Title: eligibility.Msg("Deler.", "Deler.", "Divides.")}, func(c eligibility.Case) eligibility.Outcome {
		perLine := 1000 / len(c.Application.Budget)
		if perLine > 0 {
			return eligibility.Pass()
		}
		return eligibility.Fail()
	})
}

func TestPanickingRuleIsAnError(t *testing.T) {
	n := freshNetwork(2019)
	app := freshApplication(lnet.SchemeSelfInitiated, 2019)
	opts := []eligibility.Option{eligibility.WithRules(divideRule())}

	// With a budget the rule runs.
	_, err := eligibility.EvaluateApplication(app, n, opts...)
	require.NoError(t, err)

	app.Budget = nil
	tests := []struct {
		name string
		run  func() error
	}{
		{"EvaluateApplication", func() error { _, err := eligibility.EvaluateApplication(app, n, opts...); return err }},
		{"EvaluateApplications", func() error {
			_, err := eligibility.EvaluateApplications([]lnet.Application{freshApplication(lnet.SchemeSelfInitiated, 2019), app}, n, opts...)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			require.Error(t, err)
			assert.ErrorIs(t, err, eligibility.ErrInvalidRule)
			var re *eligibility.RuleError
			require.True(t, errors.As(err, &re))
			assert.Equal(t, "TEST-DIVIDE", re.Rule)
			assert.Contains(t, re.Panic, "divide by zero")
			assert.Contains(t, err.Error(), `"TEST-DIVIDE"`)
		})
	}
	t.Run("EvaluateApplications names the application", func(t *testing.T) {
		bad := app
		bad.ID = "søknad-uten-budsjett"
		_, err := eligibility.EvaluateApplications([]lnet.Application{bad}, n, opts...)
		assert.ErrorContains(t, err, "søknad-uten-budsjett")
	})
	t.Run("project rule in EvaluateNetwork", func(t *testing.T) {
		nilRule := eligibility.NewRule(eligibility.RuleInfo{ID: "TEST-NIL", Subject: eligibility.SubjectProject, Severity: eligibility.Requirement,
			Citation: "test", Title: eligibility.Msg("Nil.", "Nil.", "Nil.")}, func(c eligibility.Case) eligibility.Outcome {
			if c.Project.Period.End > 0 { // Period may be nil in an unvalidated project
				return eligibility.Pass()
			}
			return eligibility.Fail()
		})
		nw := freshNetwork(2019)
		nw.Projects[1].Period = nil
		_, err := eligibility.EvaluateNetwork(nw, eligibility.WithGrantYear(2019), eligibility.WithRules(nilRule))
		var re *eligibility.RuleError
		require.True(t, errors.As(err, &re), "%v", err)
		assert.Equal(t, "TEST-NIL", re.Rule)
	})
}

// TestBatchSharesNothingMutable checks that the findings a batch shares between its reports
// cannot be changed through one report: Evidence returns a copy.
func TestBatchSharesNothingMutable(t *testing.T) {
	n := freshNetwork(2019)
	apps := []lnet.Application{freshApplication(lnet.SchemeSelfInitiated, 2019), freshApplication(lnet.SchemeSelfInitiated, 2019)}
	rs, err := eligibility.EvaluateApplications(apps, n, eligibility.WithDeadline(testDeadline(2019)))
	require.NoError(t, err)
	f := rs[0].Findings[0]
	ev := f.Evidence()
	require.NotEmpty(t, ev)
	ev[0].Note.EN = "changed"
	assert.NotEqual(t, "changed", rs[1].Findings[0].Evidence()[0].Note.EN)
	assert.NotEqual(t, "changed", f.Evidence()[0].Note.EN)
	// A report's findings may be appended to without touching the next report's.
	before := rs[1].Findings[0]
	_ = append(rs[0].Findings, eligibility.Finding{})
	assert.True(t, before.Equal(rs[1].Findings[0]))
	assert.Equal(t, rs[1].Findings[0], before)
}

// TestBatchEqualsSingle checks the batch against separate evaluations, rendered, for
// applications that differ in amounts, days, budgets and projects.
func TestBatchEqualsSingle(t *testing.T) {
	n := freshNetwork(2019)
	var apps []lnet.Application
	// Amounts of every form: whole, with decimals, negative, of 17 digits, with an exponent
	// above zero and below -2 (the last three take the path without øre).
	amounts := []decimal.Decimal{decimal.New(100000, 0), decimal.RequireFromString("250000.5"), decimal.RequireFromString("0.01"),
		decimal.New(-5, 0), decimal.New(500000, 0), decimal.RequireFromString("999999999999999.99"), decimal.New(5, 3), decimal.New(1000, -3)}
	for i, d := range amounts {
		amount, err := lnet.NOKFromDecimal(d)
		require.NoError(t, err)
		a := freshApplication([]lnet.Scheme{lnet.SchemeSelfInitiated, lnet.SchemeFosterHome}[i%2], 2019)
		a.ID = lnet.ApplicationID("a" + strconv.Itoa(i))
		a.Requested = amount
		if i == 6 {
			a.TotalCost = amount
			a.Budget[0].Cost = amount
		}
		d := testDeadline(2019) + 2 - dateOffset(i)
		a.Submitted = &d
		if i == 3 {
			a.Project = "no-such-project"
		}
		if i == 4 {
			a.Budget = append(a.Budget, lnet.BudgetLine{Category: lnet.BudgetOther, Cost: lnet.MustNOK("10.5"), Requested: lnet.MustNOK("10.25"), Description: "drift"},
				lnet.BudgetLine{Category: lnet.BudgetProjectManagement, Cost: lnet.MustNOK("0.5"), Requested: lnet.MustNOK("-0.75")})
		}
		if i == 5 {
			a.Submitted = nil
		}
		apps = append(apps, a)
	}
	cap := eligibility.WithRules(eligibility.CapPerApplication("HORDALAND-CAP", lnet.MustNOK("300000"), "utlysning"))
	for _, opts := range [][]eligibility.Option{
		{eligibility.WithDeadline(testDeadline(2019)), cap},
		{eligibility.WithDeadline(testDeadline(2019)), cap, eligibility.WithDate(day(2024, 3, 1)), eligibility.WithRegister(lnet.DefaultRegister())},
		{eligibility.WithEdition(eligibility.Edition2018)},
	} {
		sameBatch(t, apps, n, opts)
	}
}

func sameBatch(t *testing.T, apps []lnet.Application, n lnet.Network, opts []eligibility.Option) {
	t.Helper()
	batch, err := eligibility.EvaluateApplications(apps, n, opts...)
	require.NoError(t, err)
	for i, a := range apps {
		one, err := eligibility.EvaluateApplication(a, n, opts...)
		require.NoError(t, err)
		sameReport(t, one, batch[i])
		for _, lang := range lnet.Languages() {
			assert.Equal(t, one.Text(lang), batch[i].Text(lang))
			assert.Equal(t, one.Markdown(lang), batch[i].Markdown(lang))
		}
	}
}

func dateOffset(i int) date.Date { return date.Date(i % 3) }

func TestFindingZeroAndNew(t *testing.T) {
	var z eligibility.Finding
	assert.Empty(t, z.Rule())
	assert.Zero(t, z.Status())
	assert.Nil(t, z.Evidence())
	assert.False(t, z.Blocks())
	assert.Zero(t, z.EvidenceCount())

	info := eligibility.RuleInfo{ID: "X-1", Subject: eligibility.SubjectNetwork, Severity: eligibility.Requirement, Citation: "c",
		Title: eligibility.Msg("t", "t", "t")}
	facts := []eligibility.Evidence{{Path: "p", Value: "v", Note: eligibility.Msg("a", "b", "c")}}
	f := eligibility.NewFinding(info, "mål", eligibility.Failed, facts...)
	facts[0].Value = "changed"
	assert.Equal(t, "v", f.Evidence()[0].Value, "NewFinding keeps its own copy")
	assert.True(t, f.Blocks())
	assert.Equal(t, "mål", f.Target())
	assert.False(t, f.Equal(z))
	assert.True(t, f.Equal(eligibility.NewFinding(info, "mål", eligibility.Failed, eligibility.Evidence{Path: "p", Value: "v", Note: eligibility.Msg("a", "b", "c")})))
	assert.False(t, f.Equal(eligibility.NewFinding(info, "mål", eligibility.Failed)))
	b, err := f.MarshalJSON()
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(b), `"evidence":[{"path":"p","value":"v"`), string(b))
}
