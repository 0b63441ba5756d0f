package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// roundTrip checks decode(encode(x)) == x, that encoding again gives the same bytes, and that
// x marshals the same held by value as through a pointer (value receivers).
func roundTrip[T any](t *testing.T, x T) {
	t.Helper()
	b, err := json.Marshal(x)
	require.NoError(t, err)
	viaPtr, err := json.Marshal(&x)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(viaPtr), "value and pointer marshal alike")
	var back T
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, x, back)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again))
}

func TestRoundTrips(t *testing.T) {
	t.Run("Grant", func(t *testing.T) {
		g := lnet.Grant{
			ID: "2018/4711-3", Application: "hordaland-2018-hoykonflikt", Office: "hordaland",
			Scheme: lnet.SchemeSelfInitiated, Year: 2018, Amount: lnet.MustNOK("180000"),
			Decided: fxDay(2018, 12, 10), SpendBy: lnet.SpendByFor(2018), ReportBy: fxDayPtr(2020, 3, 1),
		}
		require.NoError(t, g.Validate())
		roundTrip(t, g)
		g.ReportBy = nil
		roundTrip(t, g)
	})
	t.Run("Application", func(t *testing.T) {
		a := fxApplication()
		require.NoError(t, a.Validate())
		roundTrip(t, a)
	})
	t.Run("Network", func(t *testing.T) {
		n := fxHordaland()
		require.NoError(t, n.Validate())
		roundTrip(t, n)
	})
}
