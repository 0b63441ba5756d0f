package eligibility_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestEditionFor(t *testing.T) {
	for _, tc := range []struct {
		year int
		want eligibility.Edition
	}{
		{2018, eligibility.Edition2018},
		{2019, eligibility.Edition2019},
		{2020, eligibility.Edition2019},
		{2021, eligibility.Edition2019},
		{2022, eligibility.Edition2022},
		{2024, eligibility.Edition2022},
	} {
		got, err := eligibility.EditionFor(tc.year)
		require.NoError(t, err, tc.year)
		assert.Equal(t, tc.want, got, tc.year)
		first, last := got.GrantYears()
		assert.True(t, first <= tc.year && tc.year <= last)
		assert.True(t, got.Covers(tc.year), tc.year)
	}
	// After the latest edition's range: the latest known edition, which does not cover the
	// year.
	for _, year := range []int{2025, 2026, 2031, 9999} {
		got, err := eligibility.EditionFor(year)
		require.NoError(t, err, year)
		assert.Equal(t, eligibility.Latest(), got, year)
		assert.False(t, got.Covers(year), year)
	}
	for _, year := range []int{0, -1, 2017, 10000, 1 << 40} {
		_, err := eligibility.EditionFor(year)
		assert.ErrorIs(t, err, eligibility.ErrUnknownEdition, year)
	}
	_, err := eligibility.EditionFor(2017)
	assert.ErrorContains(t, err, "the first edition is for 2018")
	_, err = eligibility.EditionFor(12026)
	assert.ErrorContains(t, err, "not a year of four digits")
}

func TestLatestAndCovers(t *testing.T) {
	assert.Equal(t, eligibility.Edition2022, eligibility.Latest())
	first, last := eligibility.Latest().GrantYears()
	assert.Equal(t, [2]int{2022, 2024}, [2]int{first, last}, "the strategy period in the sources")
	assert.Equal(t, eligibility.Editions()[len(eligibility.Editions())-1], eligibility.Latest())
	assert.True(t, eligibility.Edition2019.Covers(2021))
	assert.False(t, eligibility.Edition2019.Covers(2022))
	assert.False(t, eligibility.Edition(0).Covers(0))
	assert.False(t, eligibility.Edition(9).Covers(2019))
}

func TestEditionValues(t *testing.T) {
	assert.Equal(t, "Retningslinjer 2021/2022", eligibility.Edition2022.In(lnet.Bokmal))
	assert.Equal(t, "Guidelines 2019", eligibility.Edition2019.In(lnet.English))
	assert.True(t, eligibility.Edition2019.HasScheme(lnet.SchemeFosterHome))
	assert.False(t, eligibility.Edition2018.HasScheme(lnet.SchemeFosterHome))
	assert.False(t, eligibility.Edition(0).HasScheme(lnet.SchemeSelfInitiated))
	assert.Nil(t, eligibility.Edition(0).Schemes())
	assert.True(t, eligibility.Edition(0).Basis().IsZero())
	first, last := eligibility.Edition(9).GrantYears()
	assert.Zero(t, first+last)
	for _, e := range eligibility.Editions() {
		assert.NotEmpty(t, e.Basis().NB)
		assert.NotEmpty(t, e.Basis().EN)
	}
	assert.Contains(t, eligibility.Edition2018.Basis().EN, "not among the sources")
	assert.Contains(t, eligibility.Edition2022.Basis().EN, "not among the sources")
}

// Every small enumeration round-trips through its text form, and rejects unknown text and
// undefined values.
func TestEnumsText(t *testing.T) {
	type textual interface {
		MarshalText() ([]byte, error)
		String() string
	}
	check := func(t *testing.T, values []textual, parse func(string) (textual, error), undefined textual) {
		for _, v := range values {
			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, v.String(), string(b))
			back, err := parse(string(b))
			require.NoError(t, err)
			assert.Equal(t, v, back)
		}
		_, err := parse("nonsense")
		assert.ErrorIs(t, err, eligibility.ErrInvalidValue)
		_, err = undefined.MarshalText()
		assert.ErrorIs(t, err, eligibility.ErrInvalidValue)
	}
	t.Run("edition", func(t *testing.T) {
		check(t, []textual{eligibility.Edition2018, eligibility.Edition2019, eligibility.Edition2022},
			func(s string) (textual, error) { return eligibility.ParseEdition(s) }, eligibility.Edition(4))
	})
	t.Run("severity", func(t *testing.T) {
		check(t, []textual{eligibility.Requirement, eligibility.Recommendation, eligibility.Information},
			func(s string) (textual, error) { return eligibility.ParseSeverity(s) }, eligibility.Severity(4))
	})
	t.Run("status", func(t *testing.T) {
		check(t, []textual{eligibility.Passed, eligibility.Failed, eligibility.NotApplicable, eligibility.Noted},
			func(s string) (textual, error) { return eligibility.ParseStatus(s) }, eligibility.Status(5))
	})
	t.Run("subject", func(t *testing.T) {
		check(t, []textual{eligibility.SubjectNetwork, eligibility.SubjectProject, eligibility.SubjectApplication},
			func(s string) (textual, error) { return eligibility.ParseSubject(s) }, eligibility.Subject(4))
	})
	assert.Equal(t, "krav", eligibility.Requirement.In(lnet.Bokmal))
	assert.Equal(t, "not applicable", eligibility.NotApplicable.In(lnet.English))
	assert.Equal(t, "søknad", eligibility.SubjectApplication.In(lnet.Bokmal))
	assert.Equal(t, "status(9)", eligibility.Status(9).String())
	assert.Equal(t, "", eligibility.Status(0).String())

	// The zero value means "unset" and marshals as "".
	b, err := json.Marshal(eligibility.Report{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"edition":"","subject":"","name":"","eligible":true,"findings":[]}`, string(b))
	var zero eligibility.Report
	require.NoError(t, json.Unmarshal(b, &zero))
	assert.Equal(t, eligibility.Report{Findings: []eligibility.Finding{}}, zero)

	var s eligibility.Severity
	err = json.Unmarshal([]byte(`"must"`), &s)
	assert.ErrorIs(t, err, eligibility.ErrInvalidValue)
	assert.Contains(t, err.Error(), `severity "must": want one of "requirement", "recommendation", "information"`)
}

func TestMessage(t *testing.T) {
	m := eligibility.Msg("ikke", "ikkje", "not")
	assert.Equal(t, "ikke", m.In(lnet.Bokmal))
	assert.Equal(t, "ikkje", m.In(lnet.Nynorsk))
	assert.Equal(t, "not", m.In(lnet.English))
	assert.Equal(t, "hei", eligibility.Msg("hei", "", "").In(lnet.English), "falls back to bokmål")
	assert.Equal(t, lnet.NewText("ikke", "ikkje", "not"), m, "a Message is an lnet.Text")
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"nb":"ikke","nn":"ikkje","en":"not"}`, string(b))
}
