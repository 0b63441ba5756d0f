package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestOfficesCount(t *testing.T) {
	tests := []struct {
		on   date.Date
		want int
	}{
		{regDate(2017, 6, 1), 17},
		{regDate(2017, 12, 31), 17},
		{regDate(2018, 1, 1), 16},
		{regDate(2018, 12, 31), 16},
		{regDate(2019, 1, 1), 10},
		{regDate(2020, 6, 1), 10},
		{regDate(2021, 6, 1), 10},
		{regDate(2024, 6, 1), 10},
	}
	for _, tt := range tests {
		os, err := lnet.Offices(tt.on)
		require.NoError(t, err)
		assert.Len(t, os, tt.want, tt.on)
		for i, o := range os {
			assert.True(t, o.ID.Valid(), o.ID)
			assert.NotEmpty(t, o.Counties)
			if i > 0 {
				assert.Less(t, os[i-1].ID, o.ID, "sorted by id")
			}
		}
	}
}

func TestOfficeOn(t *testing.T) {
	tests := []struct {
		id       lnet.OfficeID
		on       date.Date
		name     string
		title    string
		counties []lnet.CountyCode
		valid    lnet.Period
	}{
		{"hordaland", regDate(2018, 6, 1), "Hordaland", "Fylkesmannen i Hordaland", []lnet.CountyCode{12},
			lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2018, 12, 31)}},
		{"vestland", regDate(2019, 6, 1), "Vestland", "Fylkesmannen i Vestland", []lnet.CountyCode{12, 14},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"vestland", regDate(2020, 6, 1), "Vestland", "Fylkesmannen i Vestland", []lnet.CountyCode{46},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"vestland", regDate(2020, 12, 31), "Vestland", "Fylkesmannen i Vestland", []lnet.CountyCode{46},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"vestland", regDate(2021, 1, 1), "Vestland", "Statsforvalteren i Vestland", []lnet.CountyCode{46},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"agder", regDate(2018, 6, 1), "Aust- og Vest-Agder", "Fylkesmannen i Aust- og Vest-Agder", []lnet.CountyCode{9, 10},
			lnet.Period{Start: regDate(2017, 1, 1), End: lnet.OpenEnd}},
		{"agder", regDate(2019, 6, 1), "Agder", "Fylkesmannen i Agder", []lnet.CountyCode{9, 10},
			lnet.Period{Start: regDate(2017, 1, 1), End: lnet.OpenEnd}},
		{"agder", regDate(2022, 6, 1), "Agder", "Statsforvalteren i Agder", []lnet.CountyCode{42},
			lnet.Period{Start: regDate(2017, 1, 1), End: lnet.OpenEnd}},
		{"oslo-og-akershus", regDate(2018, 6, 1), "Oslo og Akershus", "Fylkesmannen i Oslo og Akershus", []lnet.CountyCode{2, 3},
			lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2018, 12, 31)}},
		{"oslo-og-viken", regDate(2019, 6, 1), "Oslo og Viken", "Fylkesmannen i Oslo og Viken", []lnet.CountyCode{1, 2, 3, 6},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"oslo-og-viken", regDate(2024, 6, 30), "Oslo og Viken", "Statsforvalteren i Oslo og Viken", []lnet.CountyCode{3, 31, 32, 33},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"oslo-og-viken", regDate(2024, 7, 1), "Østfold, Buskerud, Oslo og Akershus", "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus", []lnet.CountyCode{3, 31, 32, 33},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"oslo-og-viken", regDate(2026, 12, 1), "Østfold, Buskerud, Oslo og Akershus", "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus", []lnet.CountyCode{3, 31, 32, 33},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"vestland", regDate(2026, 12, 1), "Vestland", "Statsforvalteren i Vestland", []lnet.CountyCode{46},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"vestfold-og-telemark", regDate(2024, 6, 1), "Vestfold og Telemark", "Statsforvalteren i Vestfold og Telemark", []lnet.CountyCode{39, 40},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"troms-og-finnmark", regDate(2023, 6, 1), "Troms og Finnmark", "Statsforvalteren i Troms og Finnmark", []lnet.CountyCode{54},
			lnet.Period{Start: regDate(2019, 1, 1), End: lnet.OpenEnd}},
		{"trondelag", regDate(2018, 1, 1), "Trøndelag", "Fylkesmannen i Trøndelag", []lnet.CountyCode{50},
			lnet.Period{Start: regDate(2018, 1, 1), End: lnet.OpenEnd}},
		{"sor-trondelag", regDate(2017, 12, 31), "Sør-Trøndelag", "Fylkesmannen i Sør-Trøndelag", []lnet.CountyCode{16},
			lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2017, 12, 31)}},
		{"rogaland", regDate(2024, 12, 31), "Rogaland", "Statsforvalteren i Rogaland", []lnet.CountyCode{11},
			lnet.Period{Start: regDate(2017, 1, 1), End: lnet.OpenEnd}},
	}
	for _, tt := range tests {
		o, err := lnet.OfficeOn(tt.id, tt.on)
		require.NoError(t, err, "%s on %s", tt.id, tt.on)
		assert.Equal(t, lnet.Office{ID: tt.id, Name: tt.name, Title: tt.title, Counties: tt.counties, Valid: tt.valid}, o, "%s on %s", tt.id, tt.on)
		assert.Equal(t, tt.title, o.String())
	}
}

func TestOfficeOnErrors(t *testing.T) {
	tests := []struct {
		id      lnet.OfficeID
		on      date.Date
		wantErr error
	}{
		{"hordaland", regDate(2019, 1, 1), lnet.ErrNotFound},
		{"vestland", regDate(2018, 12, 31), lnet.ErrNotFound},
		{"trondelag", regDate(2017, 12, 31), lnet.ErrNotFound},
		{"nord-trondelag", regDate(2018, 1, 1), lnet.ErrNotFound},
		{"viken", regDate(2020, 1, 1), lnet.ErrNotFound},
		{"Vestland", regDate(2020, 1, 1), lnet.ErrInvalidCode},
		{"", regDate(2020, 1, 1), lnet.ErrInvalidCode},
		{"vestland", regDate(2027, 1, 1), lnet.ErrOutOfRange},
	}
	for _, tt := range tests {
		_, err := lnet.OfficeOn(tt.id, tt.on)
		assert.ErrorIs(t, err, tt.wantErr, "%q on %s", tt.id, tt.on)
	}
}

func TestOfficeForCountyAndMunicipality(t *testing.T) {
	r := lnet.DefaultRegister()
	counties := []struct {
		county lnet.CountyCode
		on     date.Date
		want   lnet.OfficeID
	}{
		{12, regDate(2018, 6, 1), "hordaland"},
		{12, regDate(2019, 6, 1), "vestland"},
		{46, regDate(2020, 6, 1), "vestland"},
		{2, regDate(2018, 6, 1), "oslo-og-akershus"},
		{3, regDate(2018, 6, 1), "oslo-og-akershus"},
		{1, regDate(2019, 6, 1), "oslo-og-viken"},
		{30, regDate(2021, 6, 1), "oslo-og-viken"},
		{33, regDate(2024, 6, 1), "oslo-og-viken"},
		{10, regDate(2017, 6, 1), "agder"},
		{17, regDate(2017, 6, 1), "nord-trondelag"},
		{50, regDate(2018, 6, 1), "trondelag"},
		{56, regDate(2024, 6, 1), "troms-og-finnmark"},
	}
	for _, tt := range counties {
		o, err := r.OfficeForCounty(tt.county, tt.on)
		require.NoError(t, err)
		assert.Equal(t, tt.want, o.ID, "county %s on %s", tt.county, tt.on)
		assert.True(t, o.Covers(tt.county))
	}
	_, err := r.OfficeForCounty(46, regDate(2019, 6, 1))
	assert.ErrorIs(t, err, lnet.ErrNotFound)

	munis := []struct {
		code lnet.MunicipalityCode
		on   date.Date
		want lnet.OfficeID
	}{
		{1238, regDate(2018, 6, 1), "hordaland"},
		{1238, regDate(2019, 6, 1), "vestland"},
		{4622, regDate(2021, 6, 1), "vestland"},
		{1601, regDate(2017, 6, 1), "sor-trondelag"},
		{5001, regDate(2018, 6, 1), "trondelag"},
		{301, regDate(2017, 6, 1), "oslo-og-akershus"},
		{301, regDate(2024, 6, 1), "oslo-og-viken"},
		{1567, regDate(2018, 6, 1), "more-og-romsdal"},
		{5061, regDate(2019, 6, 1), "trondelag"},
	}
	for _, tt := range munis {
		o, err := lnet.OfficeForMunicipality(tt.code, tt.on)
		require.NoError(t, err)
		assert.Equal(t, tt.want, o.ID, "%s on %s", tt.code, tt.on)
	}
	_, err = lnet.OfficeForMunicipality(1238, regDate(2020, 6, 1))
	assert.ErrorIs(t, err, lnet.ErrNotFound)
}

// On every day of the coverage the offices partition the counties in force: each county is
// covered by exactly one office, and every office covers only counties in force.
func TestOfficesPartitionCountiesEveryDay(t *testing.T) {
	r := lnet.DefaultRegister()
	cov := r.Coverage()
	for d := cov.Start; d <= cov.End; d++ {
		offices, err := r.Offices(d)
		require.NoError(t, err)
		counties, err := r.Counties(d)
		require.NoError(t, err)
		covered := map[lnet.CountyCode]int{}
		for _, o := range offices {
			for _, c := range o.Counties {
				covered[c]++
			}
		}
		require.Len(t, covered, len(counties), d)
		for _, c := range counties {
			require.Equal(t, 1, covered[c.Code], "county %s on %s", c, d)
		}
	}
}

func TestOfficeJSON(t *testing.T) {
	o, err := lnet.OfficeOn("vestland", regDate(2021, 1, 1))
	require.NoError(t, err)
	b, err := json.Marshal(o)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"vestland","name":"Vestland","title":"Statsforvalteren i Vestland","counties":["46"],"valid":{"start":"2019-01-01","end":"9999-12-31"}}`, string(b))
	var back lnet.Office
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, o, back)
}
