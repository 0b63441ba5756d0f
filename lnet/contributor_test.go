package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestContributorValidate(t *testing.T) {
	base := func() lnet.Contributor {
		return lnet.Contributor{ID: "ks", Name: "KS", Kind: lnet.ContributorKS}
	}
	runModelCases(t, base, []modelCase[lnet.Contributor]{
		{"user organisation", func(c *lnet.Contributor) {
			*c = lnet.Contributor{ID: "forandringsfabrikken", Name: "Forandringsfabrikken", Kind: lnet.ContributorUserOrganisation}
		}, nil},
		{"missing id", func(c *lnet.Contributor) { c.ID = "" }, []string{"id"}},
		{"id with white space", func(c *lnet.Contributor) { c.ID = " ks" }, []string{"id"}},
		{"missing name", func(c *lnet.Contributor) { c.Name = " " }, []string{"name"}},
		{"missing kind", func(c *lnet.Contributor) { c.Kind = 0 }, []string{"kind"}},
		{"unknown kind", func(c *lnet.Contributor) { c.Kind = 9 }, []string{"kind"}},
	})
}

func TestContributorJSON(t *testing.T) {
	c := lnet.Contributor{ID: "bufetat-vest", Name: "Bufetat, region vest", Kind: lnet.ContributorBufetat}
	out, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"bufetat-vest","name":"Bufetat, region vest","kind":"bufetat"}`, string(out))
	var back lnet.Contributor
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, c, back)

	for name, doc := range map[string]string{
		"unknown field": `{"id":"ks","name":"KS","kind":"ks","role":"x"}`,
		"unknown kind":  `{"id":"ks","name":"KS","kind":"union"}`,
		"partner kind":  `{"id":"hvl","name":"HVL","kind":"university"}`,
	} {
		t.Run(name, func(t *testing.T) {
			var c lnet.Contributor
			assert.Error(t, json.Unmarshal([]byte(doc), &c))
		})
	}
}

func TestContributorKind(t *testing.T) {
	tests := []struct {
		kind       lnet.ContributorKind
		id, nb, nn string
		english    string
	}{
		{lnet.ContributorKS, "ks", "KS", "KS", "KS (association of local authorities)"},
		{lnet.ContributorBufetat, "bufetat", "Bufetat", "Bufetat", "Bufetat (state child-welfare agency)"},
		{lnet.ContributorUserOrganisation, "user_organisation", "brukerorganisasjon", "brukarorganisasjon", "user organisation"},
		{lnet.ContributorOther, "other", "annen bidragsyter", "annan bidragsytar", "other contributor"},
	}
	require.Equal(t, len(tests), len(lnet.ContributorKinds()))
	for i, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			assert.Equal(t, lnet.ContributorKinds()[i], tt.kind)
			assert.Equal(t, tt.id, tt.kind.String())
			assert.Equal(t, tt.nb, tt.kind.Norwegian())
			assert.Equal(t, tt.nn, tt.kind.Nynorsk())
			assert.Equal(t, tt.english, tt.kind.English())
			assert.Equal(t, tt.nn, tt.kind.In(lnet.Nynorsk))
			back, err := lnet.ParseContributorKind(tt.id)
			require.NoError(t, err)
			assert.Equal(t, tt.kind, back)
			v, err := tt.kind.Value()
			require.NoError(t, err)
			assert.Equal(t, tt.id, v)
			var scanned lnet.ContributorKind
			require.NoError(t, scanned.Scan([]byte(tt.id)))
			assert.Equal(t, tt.kind, scanned)
		})
	}
	_, err := lnet.ParseContributorKind("research")
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	var pe *lnet.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "contributor kind", pe.Type)

	var k lnet.ContributorKind
	v, err := k.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the zero kind is NULL")
	require.NoError(t, k.Scan(nil))
	assert.Equal(t, lnet.ContributorKind(0), k)
	assert.ErrorIs(t, k.Scan(1), lnet.ErrInvalidValue)
}

func TestContributorIDSQL(t *testing.T) {
	v, err := lnet.ContributorID("ks").Value()
	require.NoError(t, err)
	assert.Equal(t, "ks", v)
	v, err = lnet.ContributorID("").Value()
	require.NoError(t, err)
	assert.Nil(t, v)
	var id lnet.ContributorID
	require.NoError(t, id.Scan("forandringsfabrikken"))
	assert.Equal(t, lnet.ContributorID("forandringsfabrikken"), id)
	assert.Error(t, id.Scan(" ks"))
	assert.True(t, lnet.ContributorID("ks").Valid())
	assert.False(t, lnet.ContributorID("").Valid())
}
