package lnet_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// regDate is a short form of date.New for the register tests.
func regDate(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func codesOf(ms []lnet.Municipality) []lnet.MunicipalityCode {
	out := make([]lnet.MunicipalityCode, len(ms))
	for i, m := range ms {
		out[i] = m.Code
	}
	return out
}

func TestMunicipalitiesCount(t *testing.T) {
	tests := []struct {
		on   date.Date
		want int
	}{
		{regDate(2017, 1, 1), 426},
		{regDate(2017, 12, 31), 426},
		{regDate(2018, 6, 1), 422},
		{regDate(2019, 12, 31), 422},
		{regDate(2020, 1, 1), 356},
		{regDate(2021, 6, 1), 356},
		{regDate(2023, 12, 31), 356},
		{regDate(2024, 6, 1), 357},
		{regDate(2024, 12, 31), 357},
	}
	for _, tt := range tests {
		ms, err := lnet.Municipalities(tt.on)
		require.NoError(t, err)
		assert.Len(t, ms, tt.want, tt.on)
		assert.IsIncreasing(t, codesOf(ms), "sorted by code, each code once")
		for _, m := range ms {
			assert.True(t, m.Valid.Contains(tt.on))
			assert.NotEqual(t, lnet.MunicipalityCode(9999), m.Code, "Uoppgitt is not a municipality")
			assert.Equal(t, m.Code.County(), m.County)
		}
	}
}

func TestMunicipalityOn(t *testing.T) {
	tests := []struct {
		code    lnet.MunicipalityCode
		on      date.Date
		want    lnet.Municipality
		wantErr error
	}{
		{1238, regDate(2019, 12, 31), lnet.Municipality{Code: 1238, Name: "Kvam", County: 12,
			Valid: lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2019, 12, 31)}}, nil},
		{4622, regDate(2020, 1, 1), lnet.Municipality{Code: 4622, Name: "Kvam", County: 46,
			Valid: lnet.Period{Start: regDate(2020, 1, 1), End: lnet.OpenEnd}}, nil},
		{1507, regDate(2023, 12, 31), lnet.Municipality{Code: 1507, Name: "Ålesund", County: 15,
			Valid: lnet.Period{Start: regDate(2020, 1, 1), End: regDate(2023, 12, 31)}}, nil},
		{1940, regDate(2017, 6, 1), lnet.Municipality{Code: 1940, Name: "Gáivuotna - Kåfjord", County: 19,
			Valid: lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2017, 12, 31)}}, nil},
		{1940, regDate(2018, 6, 1), lnet.Municipality{Code: 1940, Name: "Gáivuotna - Kåfjord - Kaivuono", County: 19,
			Valid: lnet.Period{Start: regDate(2018, 1, 1), End: regDate(2019, 12, 31)}}, nil},
		{5001, regDate(2022, 12, 31), lnet.Municipality{Code: 5001, Name: "Trondheim", County: 50,
			Valid: lnet.Period{Start: regDate(2018, 1, 1), End: regDate(2022, 12, 31)}}, nil},
		{1238, regDate(2020, 1, 1), lnet.Municipality{}, lnet.ErrNotFound},
		{4622, regDate(2019, 12, 31), lnet.Municipality{}, lnet.ErrNotFound},
		{9999, regDate(2020, 1, 1), lnet.Municipality{}, lnet.ErrNotFound},
		{0, regDate(2020, 1, 1), lnet.Municipality{}, lnet.ErrInvalidCode},
		{10000, regDate(2020, 1, 1), lnet.Municipality{}, lnet.ErrInvalidCode},
		{301, regDate(2016, 12, 31), lnet.Municipality{}, lnet.ErrOutOfRange},
		{301, regDate(2027, 1, 1), lnet.Municipality{}, lnet.ErrOutOfRange},
	}
	for _, tt := range tests {
		got, err := lnet.MunicipalityOn(tt.code, tt.on)
		if tt.wantErr != nil {
			assert.ErrorIs(t, err, tt.wantErr, "%s on %s", tt.code, tt.on)
			var le *lnet.LookupError
			assert.ErrorAs(t, err, &le)
			continue
		}
		require.NoError(t, err)
		assert.Equal(t, tt.want, got)
	}
}

func TestMunicipalityJSON(t *testing.T) {
	m, err := lnet.MunicipalityOn(4622, regDate(2024, 1, 1))
	require.NoError(t, err)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"code":"4622","name":"Kvam","county":"46","valid":{"start":"2020-01-01","end":"9999-12-31"}}`, string(b))
	var back lnet.Municipality
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)
}

func TestSuccessors(t *testing.T) {
	y2017, y2018, y2019, y2020, y2024 := regDate(2017, 1, 1), regDate(2018, 1, 1), regDate(2019, 1, 1), regDate(2020, 1, 1), regDate(2024, 1, 1)
	tests := []struct {
		name     string
		code     lnet.MunicipalityCode
		from, to date.Date
		want     []lnet.MunicipalityCode
	}{
		{"merger", 1246, y2018, y2024, []lnet.MunicipalityCode{4626}},
		{"merger into Alver", 1263, y2018, y2024, []lnet.MunicipalityCode{4631}},
		{"renumbering", 1238, y2018, y2024, []lnet.MunicipalityCode{4622}},
		{"split", 5012, y2018, y2024, []lnet.MunicipalityCode{5055, 5056, 5059}},
		{"renumbering then split", 1613, y2017, y2024, []lnet.MunicipalityCode{5055, 5056, 5059}},
		{"split of Tysfjord", 1850, y2019, y2020, []lnet.MunicipalityCode{1806, 1875}},
		{"Haram by territory", 1534, y2018, y2024, []lnet.MunicipalityCode{1580}},
		{"Haram before the reversal", 1534, y2018, regDate(2023, 12, 31), []lnet.MunicipalityCode{1507}},
		{"Ålesund by territory", 1504, y2019, y2024, []lnet.MunicipalityCode{1508}},
		{"Skodje by territory", 1529, y2018, y2024, []lnet.MunicipalityCode{1508}},
		{"Ørskog by territory", 1523, y2018, y2024, []lnet.MunicipalityCode{1508}},
		{"Sandøy by territory", 1546, y2018, y2024, []lnet.MunicipalityCode{1508}},
		{"the merged Ålesund splits", 1507, y2020, y2024, []lnet.MunicipalityCode{1508, 1580}},
		{"the merged Ålesund splits (2022)", 1507, regDate(2022, 6, 1), regDate(2024, 12, 31), []lnet.MunicipalityCode{1508, 1580}},
		{"moved county", 1567, y2018, y2019, []lnet.MunicipalityCode{5061}},
		{"2024 county split", 3026, y2020, y2024, []lnet.MunicipalityCode{3226}},
		{"unchanged", 301, y2017, regDate(2024, 12, 31), []lnet.MunicipalityCode{301}},
		{"renamed keeps its code", 5001, regDate(2022, 6, 1), y2024, []lnet.MunicipalityCode{5001}},
		{"same day", 1238, y2018, y2018, []lnet.MunicipalityCode{1238}},
		{"change on the from day is already done", 4626, y2020, y2024, []lnet.MunicipalityCode{4626}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := lnet.Successors(tt.code, tt.from, tt.to)
			require.NoError(t, err)
			assert.Equal(t, tt.want, codesOf(got))
			for _, m := range got {
				assert.True(t, m.Valid.Contains(tt.to))
			}
		})
	}
}

func TestSuccessorsErrors(t *testing.T) {
	r := lnet.DefaultRegister()
	_, err := r.Successors(4626, regDate(2019, 1, 1), regDate(2024, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrNotFound, "4626 was not in use in 2019")
	_, err = r.Successors(1246, regDate(2019, 1, 1), regDate(2018, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange, "to before from")
	_, err = r.Successors(1246, regDate(2019, 1, 1), regDate(2027, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
}

// Every municipality of one day reaches at least one of a later day, and every municipality
// of the later day is reached (no territory is lost or invented).
func TestSuccessorsCoverEveryMunicipality(t *testing.T) {
	r := lnet.DefaultRegister()
	pairs := [][2]date.Date{
		{regDate(2018, 1, 1), regDate(2024, 1, 1)},
		{regDate(2017, 1, 1), regDate(2024, 12, 31)},
		{regDate(2019, 6, 1), regDate(2020, 1, 1)},
		{regDate(2020, 1, 1), regDate(2024, 1, 1)},
	}
	for _, p := range pairs {
		from, to := p[0], p[1]
		before, err := r.Municipalities(from)
		require.NoError(t, err)
		after, err := r.Municipalities(to)
		require.NoError(t, err)
		reached := map[lnet.MunicipalityCode]bool{}
		for _, m := range before {
			got, err := r.Successors(m.Code, from, to)
			require.NoError(t, err)
			assert.NotEmpty(t, got, "%s from %s to %s", m, from, to)
			assert.IsIncreasing(t, codesOf(got))
			for _, s := range got {
				reached[s.Code] = true
			}
		}
		for _, m := range after {
			assert.True(t, reached[m.Code], "%s on %s has no predecessor on %s", m, to, from)
		}
		assert.Len(t, reached, len(after))
	}
}

func TestPredecessors(t *testing.T) {
	r := lnet.DefaultRegister()
	tests := []struct {
		code     lnet.MunicipalityCode
		on, from date.Date
		want     []lnet.MunicipalityCode
	}{
		{4626, regDate(2024, 1, 1), regDate(2019, 1, 1), []lnet.MunicipalityCode{1245, 1246, 1259}},
		{4631, regDate(2020, 1, 1), regDate(2019, 12, 31), []lnet.MunicipalityCode{1256, 1260, 1263}},
		{4624, regDate(2020, 1, 1), regDate(2018, 1, 1), []lnet.MunicipalityCode{1241, 1243}},
		{1580, regDate(2024, 1, 1), regDate(2018, 1, 1), []lnet.MunicipalityCode{1534}},
		{1508, regDate(2024, 1, 1), regDate(2018, 1, 1), []lnet.MunicipalityCode{1504, 1523, 1529, 1546}},
		{1580, regDate(2024, 1, 1), regDate(2021, 1, 1), []lnet.MunicipalityCode{1507}},
		{5056, regDate(2024, 1, 1), regDate(2019, 1, 1), []lnet.MunicipalityCode{5012, 5013}},
		{301, regDate(2024, 1, 1), regDate(2017, 1, 1), []lnet.MunicipalityCode{301}},
	}
	for _, tt := range tests {
		got, err := r.Predecessors(tt.code, tt.on, tt.from)
		require.NoError(t, err)
		assert.Equal(t, tt.want, codesOf(got), "%s on %s from %s", tt.code, tt.on, tt.from)
	}
	_, err := r.Predecessors(1238, regDate(2024, 1, 1), regDate(2019, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrNotFound)
	_, err = r.Predecessors(4622, regDate(2020, 1, 1), regDate(2021, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange, "from after on")
}

// Predecessors is the inverse of Successors.
func TestPredecessorsInvertSuccessors(t *testing.T) {
	r := lnet.DefaultRegister()
	from, on := regDate(2018, 1, 1), regDate(2024, 1, 1)
	after, err := r.Municipalities(on)
	require.NoError(t, err)
	for _, m := range after {
		preds, err := r.Predecessors(m.Code, on, from)
		require.NoError(t, err)
		require.NotEmpty(t, preds, m)
		for _, p := range preds {
			succ, err := r.Successors(p.Code, from, on)
			require.NoError(t, err)
			assert.Contains(t, codesOf(succ), m.Code)
		}
	}
}
