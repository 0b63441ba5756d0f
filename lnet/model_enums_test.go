package lnet_test

import (
	"database/sql/driver"
	"encoding"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// enumValue is what every enumeration of the models offers.
type enumValue interface {
	Valid() bool
	String() string
	Norwegian() string
	English() string
	encoding.TextMarshaler
	driver.Valuer
}

func TestModelEnums(t *testing.T) {
	type enumCase struct {
		name   string
		values []enumValue
		parse  func(string) (enumValue, error)
		ids    []string
		nb     []string
	}
	var cases []enumCase
	{
		var vs []enumValue
		for _, v := range lnet.SeatKinds() {
			vs = append(vs, v)
		}
		cases = append(cases, enumCase{"seat kind", vs,
			func(s string) (enumValue, error) { return lnet.ParseSeatKind(s) },
			[]string{"municipality", "partner", "office"}, []string{"kommunerepresentant", "kompetansemiljø", "embetet"}})
	}
	{
		var vs []enumValue
		for _, v := range lnet.AssessmentKinds() {
			vs = append(vs, v)
		}
		cases = append(cases, enumCase{"assessment kind", vs,
			func(s string) (enumValue, error) { return lnet.ParseAssessmentKind(s) },
			[]string{"risk", "status"}, []string{"risikovurdering", "tilstandsvurdering"}})
	}
	{
		var vs []enumValue
		for _, v := range lnet.Aims() {
			vs = append(vs, v)
		}
		cases = append(cases, enumCase{"aim", vs,
			func(s string) (enumValue, error) { return lnet.ParseAim(s) },
			[]string{"quality_development", "competence", "support_measures", "leadership", "cross_service",
				"foster_home_follow_up", "foster_home_guidance", "recruitment_methods", "kin_recruitment"}, nil})
	}
	{
		var vs []enumValue
		for _, v := range lnet.BudgetCategories() {
			vs = append(vs, v)
		}
		cases = append(cases, enumCase{"budget category", vs,
			func(s string) (enumValue, error) { return lnet.ParseBudgetCategory(s) },
			[]string{"project_management", "external_competence", "travel_and_gatherings", "other"},
			[]string{"prosjektledelse og stillinger", "ekstern kompetanse", "reiser og samlinger", "andre kostnader"}})
	}
	{
		var vs []enumValue
		for _, v := range lnet.GatheringKinds() {
			vs = append(vs, v)
		}
		cases = append(cases, enumCase{"gathering kind", vs,
			func(s string) (enumValue, error) { return lnet.ParseGatheringKind(s) },
			[]string{"gathering", "startup_seminar", "information_meeting", "steering_group_meeting"},
			[]string{"samling", "oppstartsseminar", "informasjonsmøte", "styringsgruppemøte"}})
	}
	{
		var vs []enumValue
		for _, v := range lnet.DecisionSubjects() {
			vs = append(vs, v)
		}
		cases = append(cases, enumCase{"decision subject", vs,
			func(s string) (enumValue, error) { return lnet.ParseDecisionSubject(s) },
			[]string{"leader", "steering_group", "project", "other"},
			[]string{"leder", "styringsgruppe", "utviklingsprosjekt", "annet"}})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Len(t, tc.values, len(tc.ids))
			for i, v := range tc.values {
				assert.True(t, v.Valid())
				assert.Equal(t, tc.ids[i], v.String())
				if tc.nb != nil {
					assert.Equal(t, tc.nb[i], v.Norwegian())
				}
				assert.NotEmpty(t, v.English())
				b, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, tc.ids[i], string(b))
				sv, err := v.Value()
				require.NoError(t, err)
				assert.Equal(t, tc.ids[i], sv)
				back, err := tc.parse(tc.ids[i])
				require.NoError(t, err)
				assert.Equal(t, v, back)
			}
			_, err := tc.parse("nonsense")
			assert.ErrorIs(t, err, lnet.ErrInvalidValue)
			var pe *lnet.ParseError
			assert.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.name, pe.Type)
		})
	}
}

func TestModelEnumsZeroAndScan(t *testing.T) {
	var k lnet.SeatKind
	assert.False(t, k.Valid())
	assert.Equal(t, "", k.String())
	v, err := k.Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	require.NoError(t, k.Scan("office"))
	assert.Equal(t, lnet.SeatOffice, k)
	require.NoError(t, k.Scan(nil))
	assert.Equal(t, lnet.SeatKind(0), k)
	assert.ErrorIs(t, k.Scan(3.5), lnet.ErrInvalidValue)

	_, err = lnet.Aim(99).MarshalText()
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	assert.Equal(t, "aim(99)", lnet.Aim(99).String())

	var a lnet.Aim
	require.NoError(t, a.UnmarshalText([]byte("kin_recruitment")))
	assert.Equal(t, lnet.AimKinRecruitment, a)
	var c lnet.BudgetCategory
	require.NoError(t, c.Scan([]byte("other")))
	assert.Equal(t, lnet.BudgetOther, c)
	var g lnet.GatheringKind
	require.NoError(t, g.Scan("startup_seminar"))
	assert.Equal(t, lnet.GatheringStartUp, g)
	var d lnet.DecisionSubject
	require.NoError(t, d.UnmarshalText([]byte("")))
	assert.Equal(t, lnet.DecisionSubject(0), d)
	var ak lnet.AssessmentKind
	require.NoError(t, ak.Scan("risk"))
	assert.Equal(t, lnet.AssessmentRisk, ak)
}
