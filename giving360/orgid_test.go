package giving360

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestBrregOrgID(t *testing.T) {
	tests := []struct {
		in, want string
		reason   string
	}{
		{in: "974760673", want: "NO-BRC-974760673"},
		{in: "958 935 420", want: "NO-BRC-958935420"},
		{in: "974760674", reason: "check digit"},
		{in: "97476067", reason: "nine digits"},
		{in: "9747606730", reason: "nine digits"},
		{in: "974 760673", reason: "nine digits"},
		{in: " 974760673", reason: "nine digits"},
		{in: "97476067x", reason: "nine digits"},
		{in: "", reason: "nine digits"},
		{in: "000000000", want: "NO-BRC-000000000"},
		{in: "123456785", want: "NO-BRC-123456785"},
		{in: "400000000", reason: "check digit"}, // 4·3 = 12, remainder 1: no check digit fits
		{in: "100000001", reason: "check digit"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := BrregOrgID(tt.in)
			if tt.reason == "" {
				require.NoError(t, err)
				assert.Equal(t, tt.want, got)
				assert.Regexp(t, orgIDPattern, got)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidOrgID)
			var pe *lnet.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, "organisation number", pe.Type)
			assert.Contains(t, pe.Reason, tt.reason)
		})
	}
}

func TestOrgIDPattern(t *testing.T) {
	for _, ok := range []string{"NO-BRC-974760673", "GB-CHC-1092948", "XI-GRID-grid.1234.5", "360G-eksempel-kommune-1238"} {
		assert.Regexp(t, orgIDPattern, ok)
	}
	for _, bad := range []string{"974760673", "NO-974760673", "no-brc-1", "NO-BRC-", "NO-BRC-1 2", "360G--x", ""} {
		assert.NotRegexp(t, orgIDPattern, bad)
	}
}
