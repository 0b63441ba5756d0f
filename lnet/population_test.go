package lnet_test

import (
	"encoding/csv"
	"os"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// The embedded population equals the raw SSB file row by row (independently of the
// generator).
func TestPopulationMatchesRawFile(t *testing.T) {
	f, err := os.Open("../data/ssb/population_0_17_by_municipality_2017_2024.csv")
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	require.Greater(t, len(rows), 3000)
	r := lnet.DefaultRegister()
	sums := map[int]lnet.Population{}
	for _, row := range rows[1:] {
		year, _ := strconv.Atoi(row[0])
		code := lnet.MustMunicipalityCode(row[1])
		children, _ := strconv.ParseInt(row[4], 10, 64)
		total, _ := strconv.ParseInt(row[5], 10, 64)
		got, err := r.Population(code, year)
		require.NoError(t, err, row)
		assert.Equal(t, lnet.Population{Year: year, Children: children, Total: total}, got)
		n, err := lnet.Children(code, year)
		require.NoError(t, err)
		assert.Equal(t, children, n)
		s := sums[year]
		s.Year, s.Children, s.Total = year, s.Children+children, s.Total+total
		sums[year] = s
	}
	assert.Len(t, sums, 8)
	for year, want := range sums {
		got, err := r.NationalPopulation(year)
		require.NoError(t, err)
		assert.Equal(t, want, got, year)
	}
	national2018, err := r.NationalPopulation(2018)
	require.NoError(t, err)
	assert.Equal(t, int64(1129007), national2018.Children)
}

// Per county and per office the sums add up to the national total in every year, with the
// counties and offices as on 1 January.
func TestPopulationSumsAddUp(t *testing.T) {
	r := lnet.DefaultRegister()
	first, last := r.Years()
	for year := first; year <= last; year++ {
		national, err := r.NationalPopulation(year)
		require.NoError(t, err)
		jan1 := regDate(year, 1, 1)

		counties, err := r.Counties(jan1)
		require.NoError(t, err)
		var byCounty lnet.Population
		for _, c := range counties {
			p, err := r.CountyPopulation(c.Code, year)
			require.NoError(t, err)
			assert.Positive(t, p.Children)
			byCounty.Children += p.Children
			byCounty.Total += p.Total
		}
		assert.Equal(t, national.Children, byCounty.Children, "counties %d", year)
		assert.Equal(t, national.Total, byCounty.Total, "counties %d", year)

		byOffice, err := r.OfficesPopulation(year)
		require.NoError(t, err)
		offices, err := r.Offices(jan1)
		require.NoError(t, err)
		assert.Len(t, byOffice, len(offices))
		var sum lnet.Population
		for _, p := range byOffice {
			assert.Equal(t, year, p.Year)
			sum.Children += p.Children
			sum.Total += p.Total
		}
		assert.Equal(t, national.Children, sum.Children, "offices %d", year)
		assert.Equal(t, national.Total, sum.Total, "offices %d", year)

		ms, err := r.Municipalities(jan1)
		require.NoError(t, err)
		var byMunicipality int64
		for _, m := range ms {
			n, err := r.Children(m.Code, year)
			require.NoError(t, err)
			byMunicipality += n
		}
		assert.Equal(t, national.Children, byMunicipality, "municipalities %d", year)
	}
}

func TestPopulationErrors(t *testing.T) {
	r := lnet.DefaultRegister()
	tests := []struct {
		name    string
		call    func() error
		wantErr error
	}{
		{"year before", func() error { _, err := r.Children(301, 2016); return err }, lnet.ErrOutOfRange},
		{"year after", func() error { _, err := r.Children(301, 2027); return err }, lnet.ErrOutOfRange},
		{"retired code", func() error { _, err := r.Children(1238, 2020); return err }, lnet.ErrNotFound},
		{"code not yet in use", func() error { _, err := r.Children(4622, 2019); return err }, lnet.ErrNotFound},
		{"bad code", func() error { _, err := r.Children(0, 2020); return err }, lnet.ErrInvalidCode},
		{"county not in force", func() error { _, err := r.CountyPopulation(46, 2019); return err }, lnet.ErrNotFound},
		{"county year", func() error { _, err := r.CountyPopulation(46, 2030); return err }, lnet.ErrOutOfRange},
		{"office not in force", func() error { _, err := r.OfficePopulation("hordaland", 2019); return err }, lnet.ErrNotFound},
		{"office bad id", func() error { _, err := r.OfficePopulation("Hordaland", 2018); return err }, lnet.ErrInvalidCode},
		{"offices year", func() error { _, err := r.OfficesPopulation(2016); return err }, lnet.ErrOutOfRange},
	}
	for _, tt := range tests {
		err := tt.call()
		assert.ErrorIs(t, err, tt.wantErr, tt.name)
		var le *lnet.LookupError
		assert.ErrorAs(t, err, &le, tt.name)
	}
}

func TestOfficePopulation(t *testing.T) {
	r := lnet.DefaultRegister()
	// In 2019 the Vestland office covered the counties Hordaland and Sogn og Fjordane.
	v, err := r.OfficePopulation("vestland", 2019)
	require.NoError(t, err)
	h, err := r.CountyPopulation(12, 2019)
	require.NoError(t, err)
	s, err := r.CountyPopulation(14, 2019)
	require.NoError(t, err)
	assert.Equal(t, lnet.Population{Year: 2019, Children: h.Children + s.Children, Total: h.Total + s.Total}, v)
	// In 2024 it equals county 46 Vestland.
	v, err = r.OfficePopulation("vestland", 2024)
	require.NoError(t, err)
	c, err := r.CountyPopulation(46, 2024)
	require.NoError(t, err)
	assert.Equal(t, c, v)
	assert.Equal(t, int64(133552), v.Children)
}
