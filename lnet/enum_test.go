package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestScheme(t *testing.T) {
	assert.Equal(t, []lnet.Scheme{lnet.SchemeSelfInitiated, lnet.SchemeFosterHome}, lnet.Schemes())
	tests := []struct {
		s                lnet.Scheme
		id, nb, en, form string
		first            int
	}{
		{lnet.SchemeSelfInitiated, "self_initiated", "egeninitierte utviklingsprosjekter", "self-initiated development projects", "skjema 1", 2018},
		{lnet.SchemeFosterHome, "foster_home", "utviklingsprosjekter på fosterhjemsområdet", "development projects in the foster-home field", "skjema 2", 2019},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.id, tt.s.String())
		assert.Equal(t, tt.nb, tt.s.Norwegian())
		assert.Equal(t, tt.en, tt.s.English())
		assert.Equal(t, tt.form, tt.s.Form())
		assert.Equal(t, tt.first, tt.s.FirstYear())
		got, err := lnet.ParseScheme(tt.id)
		require.NoError(t, err)
		assert.Equal(t, tt.s, got)
	}
	_, err := lnet.ParseScheme("fosterhjem")
	assert.ErrorIs(t, err, lnet.ErrInvalidScheme)
	assert.EqualError(t, err, `lnet: parsing scheme "fosterhjem": want one of "self_initiated", "foster_home"`)

	var zero lnet.Scheme
	assert.False(t, zero.Valid())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Form())
	assert.Equal(t, 0, zero.FirstYear())
	assert.Equal(t, "scheme(9)", lnet.Scheme(9).String())
}

func TestEnumsJSONAndSQL(t *testing.T) {
	type doc struct {
		Pots map[lnet.Scheme]lnet.NOK `json:"pots"`
		Role lnet.Role                `json:"role"`
		Kind lnet.PartnerKind         `json:"kind"`
	}
	in := doc{
		Pots: map[lnet.Scheme]lnet.NOK{lnet.SchemeSelfInitiated: lnet.MustNOK("950000"), lnet.SchemeFosterHome: lnet.MustNOK("2100000")},
		Role: lnet.RoleManagement,
		Kind: lnet.PartnerKnowledgeCentre,
	}
	out, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"pots":{"self_initiated":"950000","foster_home":"2100000"},"role":"management","kind":"knowledge_centre"}`, string(out))
	var back doc
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, in.Role, back.Role)
	assert.Equal(t, in.Kind, back.Kind)
	assert.True(t, back.Pots[lnet.SchemeFosterHome].Equal(lnet.MustNOK("2100000")))

	for _, bad := range []string{`{"role":"boss"}`, `{"kind":"University"}`, `{"pots":{"x":"1"}}`} {
		var d doc
		assert.Error(t, json.Unmarshal([]byte(bad), &d), bad)
	}
	_, err = json.Marshal(doc{Role: 7})
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)

	var s lnet.Scheme
	require.NoError(t, s.Scan("foster_home"))
	assert.Equal(t, lnet.SchemeFosterHome, s)
	require.NoError(t, s.Scan([]byte("self_initiated")))
	assert.Equal(t, lnet.SchemeSelfInitiated, s)
	require.NoError(t, s.Scan(nil))
	assert.Equal(t, lnet.Scheme(0), s)
	assert.ErrorIs(t, s.Scan(int64(1)), lnet.ErrInvalidScheme)
	v, err := lnet.SchemeFosterHome.Value()
	require.NoError(t, err)
	assert.Equal(t, "foster_home", v)
	v, err = lnet.Scheme(0).Value()
	require.NoError(t, err)
	assert.Nil(t, v)

	var r lnet.Role
	require.NoError(t, r.Scan("staff"))
	assert.Equal(t, lnet.RoleStaff, r)
	var k lnet.PartnerKind
	require.NoError(t, k.Scan("bufetat"))
	assert.Equal(t, lnet.PartnerBufetat, k)
}

func TestRoleAndPartnerKindNames(t *testing.T) {
	assert.Equal(t, []lnet.Role{lnet.RoleManagement, lnet.RoleStaff}, lnet.Roles())
	assert.Equal(t, "ledelse", lnet.RoleManagement.Norwegian())
	assert.Equal(t, "fagperson", lnet.RoleStaff.Norwegian())
	assert.Len(t, lnet.PartnerKinds(), 6)
	competence := map[lnet.PartnerKind]bool{
		lnet.PartnerResearch: true, lnet.PartnerKnowledgeCentre: true, lnet.PartnerUniversity: true,
		lnet.PartnerBufetat: false, lnet.PartnerKS: false, lnet.PartnerOther: false,
	}
	for k, want := range competence {
		assert.Equal(t, want, k.IsCompetenceEnvironment(), k.String())
		got, err := lnet.ParsePartnerKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, got)
		assert.NotEmpty(t, k.Norwegian())
		assert.NotEmpty(t, k.English())
	}
}
