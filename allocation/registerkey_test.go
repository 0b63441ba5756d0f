package allocation

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestOfficeKey(t *testing.T) {
	key, err := OfficeKey(nil, 2022, MustWeight("0.2"))
	require.NoError(t, err)
	require.Equal(t, 10, key.Len(), "10 offices from 2019")
	total := IntWeight(0)
	for _, e := range key.Entries() {
		total = total.Add(e.Weight)
		require.True(t, e.Weight.Cmp(MustWeight("0.02")) > 0, "every office gets at least its equal 2 %%: %s", e.ID)
	}
	require.Equal(t, "1", total.String(), "weights of a criteria key sum to 1 exactly")
	v, ok := key.Weight("vestland")
	require.True(t, ok)
	tf, _ := key.Weight("troms-og-finnmark")
	require.Equal(t, 1, v.Cmp(tf))

	k2018, err := OfficeKey(nil, 2018, Weight{})
	require.NoError(t, err)
	require.Equal(t, 16, k2018.Len())

	_, err = OfficeKey(nil, 1990, Weight{})
	require.ErrorIs(t, err, lnet.ErrOutOfRange)
	_, err = OfficeKey(nil, 2022, MustWeight("1.5"))
	require.ErrorIs(t, err, ErrInvalidKey)
}

func TestMunicipalityKey(t *testing.T) {
	key, err := MunicipalityKey(nil, "vestland", 2022, Weight{})
	require.NoError(t, err)
	require.Equal(t, 43, key.Len(), "Vestland had 43 municipalities in 2020–2023")
	_, ok := key.Weight("4622")
	require.True(t, ok, "4622 Kvam")
	_, err = MunicipalityKey(nil, "hordaland", 2022, Weight{})
	require.ErrorIs(t, err, lnet.ErrNotFound)
}

// A key from the register records what it rests on, and the result and its renderings say
// so; past the data only an explicit assumption gives a key, marked as assumed.
func TestRegisterKeyBasis(t *testing.T) {
	key, err := OfficeKey(nil, 2026, Weight{})
	require.NoError(t, err)
	b := key.Basis()
	require.Equal(t, 2026, b.PopulationYear)
	require.Equal(t, "Kommuneinndeling 2024", b.Classification)
	require.False(t, b.Assumed())
	mk, err := MunicipalityKey(nil, "vestland", 2025, Weight{})
	require.NoError(t, err)
	require.Equal(t, 2025, mk.Basis().PopulationYear)

	_, err = OfficeKey(nil, 2027, Weight{})
	require.ErrorIs(t, err, lnet.ErrOutOfRange)
	require.ErrorContains(t, err, "AssumeUnchangedThrough")

	reg, err := lnet.DefaultRegister().AssumeUnchangedThrough(date.New(2027, time.December, 31))
	require.NoError(t, err)
	key27, err := OfficeKey(reg, 2027, Weight{})
	require.NoError(t, err)
	b27 := key27.Basis()
	require.True(t, b27.Assumed())
	require.Equal(t, 2026, b27.PopulationYear)
	require.Equal(t, key.Entries(), key27.Entries(), "the 2026 count carried forward")

	res, err := Allocate(lnet.MustNOK("1000000"), key27.Recipients(), WithBasis(key27.Basis()))
	require.NoError(t, err)
	require.Equal(t, b27, res.Basis)
	js, err := json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(js), `"basis":{"year":2027,`)
	require.Contains(t, string(js), `"origin":"assumed"`)
	require.Contains(t, string(js), `"population_year":2026`)
	var md, en strings.Builder
	require.NoError(t, res.WriteMarkdown(&md, lnet.Bokmal))
	require.NoError(t, res.WriteMarkdown(&en, lnet.English))
	require.True(t, strings.HasPrefix(md.String(), "Datagrunnlag: 2027: FORUTSATT UENDRET"), md.String())
	require.True(t, strings.HasPrefix(en.String(), "Data basis: 2027: ASSUMED UNCHANGED"), en.String())

	// Without a basis nothing is added.
	plain, err := Allocate(lnet.MustNOK("1000000"), key.Recipients())
	require.NoError(t, err)
	js, err = json.Marshal(plain)
	require.NoError(t, err)
	require.NotContains(t, string(js), "basis")
}
