package allocation

import (
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/require"
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
