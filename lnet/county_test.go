package lnet_test

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestCountiesCount(t *testing.T) {
	tests := []struct {
		on   date.Date
		want int
	}{
		{regDate(2017, 6, 1), 19},
		{regDate(2018, 1, 1), 18},
		{regDate(2019, 12, 31), 18},
		{regDate(2020, 1, 1), 11},
		{regDate(2023, 12, 31), 11},
		{regDate(2024, 1, 1), 15},
	}
	for _, tt := range tests {
		cs, err := lnet.Counties(tt.on)
		require.NoError(t, err)
		assert.Len(t, cs, tt.want, tt.on)
		for i := 1; i < len(cs); i++ {
			assert.Less(t, cs[i-1].Code, cs[i].Code, "sorted by code")
		}
	}
}

// Every municipality in force belongs to a county in force that day.
func TestCountiesMatchMunicipalities(t *testing.T) {
	for y := 2017; y <= 2024; y++ {
		d := regDate(y, 3, 1)
		ms, err := lnet.Municipalities(d)
		require.NoError(t, err)
		cs, err := lnet.Counties(d)
		require.NoError(t, err)
		have := map[lnet.CountyCode]bool{}
		for _, c := range cs {
			have[c.Code] = true
		}
		used := map[lnet.CountyCode]bool{}
		for _, m := range ms {
			assert.True(t, have[m.County], "%s on %s", m, d)
			used[m.County] = true
		}
		assert.Len(t, used, len(cs), "every county has municipalities on %s", d)
	}
}

func TestCountyOn(t *testing.T) {
	tests := []struct {
		code    lnet.CountyCode
		on      date.Date
		want    lnet.County
		wantErr error
	}{
		{46, regDate(2020, 1, 1), lnet.County{Code: 46, Name: "Vestland", Valid: lnet.Period{Start: regDate(2020, 1, 1), End: lnet.OpenEnd}}, nil},
		{12, regDate(2019, 12, 31), lnet.County{Code: 12, Name: "Hordaland", Valid: lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2019, 12, 31)}}, nil},
		{50, regDate(2018, 1, 1), lnet.County{Code: 50, Name: "Trøndelag", Valid: lnet.Period{Start: regDate(2018, 1, 1), End: lnet.OpenEnd}}, nil},
		{54, regDate(2023, 6, 1), lnet.County{Code: 54, Name: "Troms og Finnmark", Valid: lnet.Period{Start: regDate(2020, 1, 1), End: regDate(2023, 12, 31)}}, nil},
		{31, regDate(2024, 1, 1), lnet.County{Code: 31, Name: "Østfold", Valid: lnet.Period{Start: regDate(2024, 1, 1), End: lnet.OpenEnd}}, nil},
		{46, regDate(2019, 12, 31), lnet.County{}, lnet.ErrNotFound},
		{16, regDate(2018, 1, 1), lnet.County{}, lnet.ErrNotFound},
		{30, regDate(2024, 1, 1), lnet.County{}, lnet.ErrNotFound},
		{0, regDate(2020, 1, 1), lnet.County{}, lnet.ErrInvalidCode},
		{100, regDate(2020, 1, 1), lnet.County{}, lnet.ErrInvalidCode},
		{46, regDate(2027, 1, 1), lnet.County{}, lnet.ErrOutOfRange},
	}
	for _, tt := range tests {
		got, err := lnet.CountyOn(tt.code, tt.on)
		if tt.wantErr != nil {
			assert.ErrorIs(t, err, tt.wantErr, "%d on %s", tt.code, tt.on)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
		assert.Equal(t, tt.want.Code.String()+" "+tt.want.Name, got.String())
	}
}
