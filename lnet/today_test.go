package lnet_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// The embedded register covers 2025 and 2026 with the 2024 structure and the population of
// each year; the national totals are SSB's (data/SOURCES.md).
func TestRegisterThrough2026(t *testing.T) {
	r := lnet.DefaultRegister()
	assert.Equal(t, regDate(2026, 12, 31), r.Coverage().End)
	for year, want := range map[int][2]int64{2025: {1108219, 5594340}, 2026: {1101380, 5627400}} {
		p, err := r.NationalPopulation(year)
		require.NoError(t, err)
		assert.Equal(t, lnet.Population{Year: year, Children: want[0], Total: want[1]}, p, year)
		ms, err := r.Municipalities(regDate(year, 6, 1))
		require.NoError(t, err)
		assert.Len(t, ms, 357, year)
		cs, err := r.Counties(regDate(year, 6, 1))
		require.NoError(t, err)
		assert.Len(t, cs, 15, year)
		os, err := r.Offices(regDate(year, 6, 1))
		require.NoError(t, err)
		assert.Len(t, os, 10, year)
	}
	n, err := r.Children(4622, 2026)
	require.NoError(t, err)
	assert.Positive(t, n)
}

// What each year rests on: the KLASS version in force on 1 January and the year's count.
func TestRegisterBasis(t *testing.T) {
	r := lnet.DefaultRegister()
	tests := []struct {
		year int
		want lnet.Basis
	}{
		{2017, lnet.Basis{Year: 2017, Classification: "Kommuneinndeling 2017", ClassificationFrom: regDate(2017, 1, 1), PopulationYear: 2017, Origin: lnet.OriginEmbedded}},
		{2021, lnet.Basis{Year: 2021, Classification: "Kommuneinndeling 2020", ClassificationFrom: regDate(2020, 1, 1), PopulationYear: 2021, Origin: lnet.OriginEmbedded}},
		{2025, lnet.Basis{Year: 2025, Classification: "Kommuneinndeling 2024", ClassificationFrom: regDate(2024, 1, 1), PopulationYear: 2025, Origin: lnet.OriginEmbedded}},
		{2026, lnet.Basis{Year: 2026, Classification: "Kommuneinndeling 2024", ClassificationFrom: regDate(2024, 1, 1), PopulationYear: 2026, Origin: lnet.OriginEmbedded}},
	}
	for _, tt := range tests {
		got, err := r.Basis(tt.year)
		require.NoError(t, err, tt.year)
		assert.Equal(t, tt.want, got, tt.year)
		assert.False(t, got.Assumed())
	}
	_, err := r.Basis(2027)
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	b, _ := r.Basis(2026)
	assert.Equal(t, "2026: Kommuneinndeling 2024 (KLASS 131, gjeldende fra 2024-01-01) og folketallet 1. januar 2026 (SSB tabell 07459), innebygde data.", b.In(lnet.Bokmal))
	assert.Equal(t, "2026: Kommuneinndeling 2024 (KLASS 131, in force from 2024-01-01) and the population on 1 January 2026 (SSB table 07459), embedded data.", b.In(lnet.English))
	assert.Equal(t, "", lnet.Basis{}.In(lnet.Bokmal))

	js, err := json.Marshal(b)
	require.NoError(t, err)
	assert.JSONEq(t, `{"year":2026,"classification":"Kommuneinndeling 2024","classification_from":"2024-01-01","population_year":2026,"origin":"embedded"}`, string(js))
	var back lnet.Basis
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, b, back)
}

// Past the data a lookup fails, and the error says how to go on.
func TestPastCoverageSaysHowToGoOn(t *testing.T) {
	r := lnet.DefaultRegister()
	_, err := r.OfficeForMunicipality(4622, regDate(2027, 3, 1))
	require.ErrorIs(t, err, lnet.ErrOutOfRange)
	assert.ErrorContains(t, err, "the register covers 2017-01-01/2026-12-31")
	assert.ErrorContains(t, err, "lnet.LoadRegister")
	assert.ErrorContains(t, err, "AssumeUnchangedThrough")
	_, err = r.Children(4622, 2027)
	require.ErrorIs(t, err, lnet.ErrOutOfRange)
	assert.ErrorContains(t, err, "AssumeUnchangedThrough")
	// Before the data there is nothing to load or assume.
	_, err = r.Children(4622, 2016)
	require.ErrorIs(t, err, lnet.ErrOutOfRange)
	assert.NotContains(t, err.Error(), "AssumeUnchangedThrough")
}

// The opt-in carries the last structure and population forward, and every value says so.
func TestAssumeUnchangedThrough(t *testing.T) {
	base := lnet.DefaultRegister()
	r, err := base.AssumeUnchangedThrough(regDate(2028, 12, 31))
	require.NoError(t, err)
	assert.NotSame(t, base, r)
	assert.Equal(t, regDate(2026, 12, 31), base.Coverage().End, "the default register is unchanged")
	assert.Equal(t, lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2028, 12, 31)}, r.Coverage())
	assert.Equal(t, base.Coverage(), r.DataCoverage())
	first, last := r.Years()
	assert.Equal(t, [2]int{2017, 2026}, [2]int{first, last})

	day := regDate(2027, 3, 1)
	m, err := r.MunicipalityOn(4622, day)
	require.NoError(t, err)
	assert.Equal(t, "4622 Kvam", m.String())
	assert.Equal(t, regDate(2026, 12, 31), m.AsOf)
	assert.True(t, m.Assumed())
	o, err := r.OfficeForMunicipality(4622, day)
	require.NoError(t, err)
	assert.Equal(t, "Statsforvalteren i Vestland", o.Title)
	assert.True(t, o.Assumed())
	c, err := r.CountyOn(46, day)
	require.NoError(t, err)
	assert.True(t, c.Assumed())
	ms, err := r.Municipalities(day)
	require.NoError(t, err)
	assert.Len(t, ms, 357)
	for _, m := range ms {
		require.True(t, m.Assumed(), m)
	}
	succ, err := r.Successors(1238, regDate(2019, 1, 1), day)
	require.NoError(t, err)
	require.Len(t, succ, 1)
	assert.Equal(t, lnet.MunicipalityCode(4622), succ[0].Code)
	assert.True(t, succ[0].Assumed())

	p, err := r.Population(4622, 2027)
	require.NoError(t, err)
	p26, err := base.Population(4622, 2026)
	require.NoError(t, err)
	assert.Equal(t, lnet.Population{Year: 2027, Children: p26.Children, Total: p26.Total, CountedYear: 2026}, p)
	assert.True(t, p.Assumed())
	js, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"counted_year":2026`)
	var back lnet.Population
	require.NoError(t, json.Unmarshal(js, &back))
	assert.Equal(t, p, back)
	js, err = json.Marshal(m)
	require.NoError(t, err)
	assert.Contains(t, string(js), `"as_of":"2026-12-31"`)
	var mb lnet.Municipality
	require.NoError(t, json.Unmarshal(js, &mb))
	assert.Equal(t, m, mb)

	pops, err := r.OfficesPopulation(2028)
	require.NoError(t, err)
	assert.Len(t, pops, 10)
	for id, p := range pops {
		assert.Equal(t, 2026, p.CountedYear, id)
		assert.Equal(t, 2028, p.Year, id)
	}
	nat, err := r.NationalPopulation(2028)
	require.NoError(t, err)
	assert.Equal(t, int64(1101380), nat.Children)

	b, err := r.Basis(2027)
	require.NoError(t, err)
	assert.Equal(t, lnet.Basis{Year: 2027, Classification: "Kommuneinndeling 2024", ClassificationFrom: regDate(2024, 1, 1),
		PopulationYear: 2026, Origin: lnet.OriginAssumed, StructureDate: regDate(2026, 12, 31)}, b)
	assert.True(t, b.Assumed())
	assert.Contains(t, b.In(lnet.Bokmal), "FORUTSATT UENDRET")
	assert.Contains(t, b.In(lnet.Bokmal), "folketallet 1. januar 2026")
	assert.Contains(t, b.In(lnet.English), "ASSUMED UNCHANGED")
	assert.Contains(t, b.String(), "2026-12-31")

	// Inside the data nothing is marked.
	m, err = r.MunicipalityOn(4622, regDate(2026, 12, 31))
	require.NoError(t, err)
	assert.False(t, m.Assumed())
	p, err = r.Population(4622, 2026)
	require.NoError(t, err)
	assert.Equal(t, p26, p)

	// Still bounded: the day after the assumption is out of range.
	_, err = r.MunicipalityOn(4622, regDate(2029, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
	_, err = r.Population(4622, 2029)
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)

	// A day inside the data needs no assumption.
	same, err := base.AssumeUnchangedThrough(regDate(2020, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, base.Coverage(), same.Coverage())
	var empty lnet.Register
	_, err = empty.AssumeUnchangedThrough(regDate(2027, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrOutOfRange)
}

// The office for a municipality on today's date, as a case-management system asks.
func TestOfficeToday(t *testing.T) {
	today := date.Today()
	r := lnet.DefaultRegister()
	if today > r.Coverage().End {
		var err error
		r, err = r.AssumeUnchangedThrough(today)
		require.NoError(t, err)
	}
	o, err := r.OfficeForMunicipality(4622, today)
	require.NoError(t, err)
	assert.Equal(t, lnet.OfficeID("vestland"), o.ID)
	assert.Equal(t, today > lnet.DefaultRegister().Coverage().End, o.Assumed())
}

// ssbFolder is a folder of test-made SSB files for 2027: the 2024 structure published again
// as "Kommuneinndeling 2027", and the population of 2026 plus one child per municipality.
func ssbFolder(t *testing.T) fstest.MapFS {
	t.Helper()
	raw, err := os.ReadFile("../data/ssb/klass131/kommuneinndeling_2024.json")
	require.NoError(t, err)
	var v map[string]any
	require.NoError(t, json.Unmarshal(raw, &v))
	v["name"], v["validFrom"], v["validTo"] = "Kommuneinndeling 2027", "2027-01-01", nil
	version, err := json.Marshal(v)
	require.NoError(t, err)

	var pop strings.Builder
	pop.WriteString("year,kommunenummer,kommunenavn_klass,fylkesnummer,personer_0_17,personer_totalt\n")
	ms, err := lnet.Municipalities(regDate(2026, 1, 1))
	require.NoError(t, err)
	for _, m := range ms {
		p, err := lnet.DefaultRegister().Population(m.Code, 2026)
		require.NoError(t, err)
		fmt.Fprintf(&pop, "2027,%s,%s,%s,%d,%d\n", m.Code, m.Name, m.County, p.Children+1, p.Total+1)
	}
	return fstest.MapFS{
		"klass131/kommuneinndeling_2027.json":      {Data: version},
		"population_0_17_by_municipality_2027.csv": {Data: []byte(pop.String())},
		"README.txt": {Data: []byte("ignored")},
		"klass131/notes/kommuneinndeling_old.json/x": {Data: []byte("a directory named like a file is not read")},
	}
}

func TestLoadRegisterAddsAYear(t *testing.T) {
	r, err := lnet.LoadRegister(ssbFolder(t))
	require.NoError(t, err)
	assert.Equal(t, lnet.Period{Start: regDate(2017, 1, 1), End: regDate(2027, 12, 31)}, r.Coverage())
	first, last := r.Years()
	assert.Equal(t, [2]int{2017, 2027}, [2]int{first, last})

	p26, err := lnet.DefaultRegister().Population(4622, 2026)
	require.NoError(t, err)
	p, err := r.Population(4622, 2027)
	require.NoError(t, err)
	assert.Equal(t, lnet.Population{Year: 2027, Children: p26.Children + 1, Total: p26.Total + 1}, p)
	nat26, _ := lnet.DefaultRegister().NationalPopulation(2026)
	nat, err := r.NationalPopulation(2027)
	require.NoError(t, err)
	assert.Equal(t, nat26.Children+357, nat.Children)
	o, err := r.OfficeForMunicipality(4622, regDate(2027, 3, 1))
	require.NoError(t, err)
	assert.Equal(t, "Statsforvalteren i Vestland", o.Title)
	assert.False(t, o.Assumed())

	b, err := r.Basis(2027)
	require.NoError(t, err)
	assert.Equal(t, lnet.Basis{Year: 2027, Classification: "Kommuneinndeling 2027", ClassificationFrom: regDate(2027, 1, 1), PopulationYear: 2027, Origin: lnet.OriginLoaded}, b)
	assert.Contains(t, b.In(lnet.Bokmal), "innleste data")
	b, err = r.Basis(2026)
	require.NoError(t, err)
	assert.Equal(t, lnet.OriginEmbedded, b.Origin, "2026 stays embedded")
	// Kvam keeps code and name through the 2024 and 2027 versions: one validity interval.
	m, err := r.MunicipalityOn(4622, regDate(2027, 1, 1))
	require.NoError(t, err)
	assert.Equal(t, lnet.Period{Start: regDate(2020, 1, 1), End: lnet.OpenEnd}, m.Valid)
	succ, err := r.Successors(1238, regDate(2019, 1, 1), regDate(2027, 6, 1))
	require.NoError(t, err)
	assert.Equal(t, lnet.MunicipalityCode(4622), succ[0].Code)
}

// A year in the folder replaces the embedded one.
func TestLoadRegisterReplacesAYear(t *testing.T) {
	pop := "year,kommunenummer,kommunenavn_klass,fylkesnummer,personer_0_17,personer_totalt\n"
	ms, err := lnet.Municipalities(regDate(2026, 1, 1))
	require.NoError(t, err)
	for _, m := range ms {
		pop += fmt.Sprintf("2026,%s,%s,%s,10,20\n", m.Code, m.Name, m.County)
	}
	r, err := lnet.LoadRegister(fstest.MapFS{"population_0_17_by_municipality_2026.csv": {Data: []byte(pop)}})
	require.NoError(t, err)
	assert.Equal(t, regDate(2026, 12, 31), r.Coverage().End)
	nat, err := r.NationalPopulation(2026)
	require.NoError(t, err)
	assert.Equal(t, lnet.Population{Year: 2026, Children: 3570, Total: 7140}, nat)
	b, _ := r.Basis(2026)
	assert.Equal(t, lnet.OriginLoaded, b.Origin)
	b, _ = r.Basis(2025)
	assert.Equal(t, lnet.OriginEmbedded, b.Origin)
	p, err := r.Population(4622, 2025)
	require.NoError(t, err)
	assert.Equal(t, lnet.Population{Year: 2025, Children: 1727, Total: 8495}.Year, p.Year)
}

func TestLoadRegisterErrors(t *testing.T) {
	good := ssbFolder(t)
	popName := "population_0_17_by_municipality_2027.csv"
	pop := string(good[popName].Data)
	tests := []struct {
		name string
		fsys fs.FS
		want []string
	}{
		{"nil folder", nil, []string{"nil folder"}},
		{"empty folder", fstest.MapFS{}, []string{"holds none of"}},
		{"bad population value", fstest.MapFS{popName: {Data: []byte(strings.Replace(pop, "2027,4622,Kvam,46,", "2027,4622,Kvam,46,x", 1))}},
			[]string{popName, "line"}},
		{"population for a year without a version", fstest.MapFS{"population_0_17_2028.csv": {Data: []byte(strings.ReplaceAll(pop, "\n2027,", "\n2028,"))}},
			[]string{"no population rows for 2027"}},
		{"version without population", fstest.MapFS{"klass131/kommuneinndeling_2027.json": good["klass131/kommuneinndeling_2027.json"]},
			[]string{"kommuneinndeling_2027.json", "add the population on 1 January 2027"}},
		{"missing municipality", fstest.MapFS{
			"klass131/kommuneinndeling_2027.json": good["klass131/kommuneinndeling_2027.json"],
			popName:                               {Data: []byte(strings.Replace(pop, "2027,4622,", "2027,4699,", 1))}},
			[]string{popName, "4622"}},
		{"broken version JSON", fstest.MapFS{"klass131/kommuneinndeling_2027.json": {Data: []byte(`{"name":"K","validFrom":"2027-01-01","classificationItems":[{"code":"12"}]}`)}},
			[]string{"kommuneinndeling_2027.json", "item 0"}},
		{"two files for one year", fstest.MapFS{popName: good[popName], "population_0_17_copy.csv": good[popName],
			"klass131/kommuneinndeling_2027.json": good["klass131/kommuneinndeling_2027.json"]},
			[]string{"also in"}},
		{"bad offices", fstest.MapFS{lnet.OfficesFile: {Data: []byte("id,name,valid_from,valid_to,counties\nVestland,Vestland,2019-01-01,,46\n")}},
			[]string{"offices.csv line 2", "office id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := lnet.LoadRegister(tt.fsys)
			require.Error(t, err)
			assert.Nil(t, r)
			assert.ErrorIs(t, err, lnet.ErrInvalidData)
			for _, w := range tt.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}

// An offices.csv replaces the embedded office table: the same table written out loads, and
// a changed title shows.
func TestLoadRegisterOffices(t *testing.T) {
	var b strings.Builder
	b.WriteString("\ufeffid,name,valid_from,valid_to,counties\n")
	// Today's ten offices only, from 2024: coverage from 2017 then leaves counties uncovered.
	os, err := lnet.Offices(regDate(2024, 1, 1))
	require.NoError(t, err)
	for _, o := range os {
		fmt.Fprintf(&b, "%s,%s,2017-01-01,,%s\n", o.ID, o.Name, joinCounties(o.Counties))
	}
	_, err = lnet.LoadRegister(fstest.MapFS{lnet.OfficesFile: {Data: []byte(b.String())}})
	require.ErrorIs(t, err, lnet.ErrInvalidData)
	assert.ErrorContains(t, err, "county 01 Østfold not covered on 2017-01-01")

	tests := []struct{ name, csv, want string }{
		{"header", "id,navn\n", "header"},
		{"no rows", "id,name,valid_from,valid_to,counties\n", "no offices"},
		{"bad date", "id,name,valid_from,valid_to,counties\nx,X,2019-02-30,,46\n", "line 2"},
		{"no counties", "id,name,valid_from,valid_to,counties\nx,X,2019-01-01,,\n", "no counties"},
		{"county twice", "id,name,valid_from,valid_to,counties\nx,X,2019-01-01,,46 46\n", "twice"},
		{"out of order", "id,name,valid_from,valid_to,counties\nx,X,2019-01-01,,46\nx,X,2018-01-01,,46\n", "not after"},
		{"apart", "id,name,valid_from,valid_to,counties\nx,X,2019-01-01,,46\ny,Y,2019-01-01,,11\nx,X,2020-01-01,,46\n", "not together"},
		{"after end", "id,name,valid_from,valid_to,counties\nx,X,2019-01-01,2019-12-31,46\nx,X,2020-01-01,,46\n", "after the one with valid_to"},
		{"end before start", "id,name,valid_from,valid_to,counties\nx,X,2019-01-01,2018-12-31,46\n", "before valid_from"},
		{"fields", "id,name,valid_from,valid_to,counties\nx,X\n", "offices.csv"},
	}
	for _, tt := range tests {
		_, err := lnet.LoadRegister(fstest.MapFS{lnet.OfficesFile: {Data: []byte(tt.csv)}})
		require.ErrorIs(t, err, lnet.ErrInvalidData, tt.name)
		assert.ErrorContains(t, err, tt.want, tt.name)
	}
}

// The embedded office table, written out as offices.csv with one title changed, loads.
func TestLoadRegisterOfficesRoundTrip(t *testing.T) {
	var b strings.Builder
	w := csv.NewWriter(&b)
	require.NoError(t, w.Write([]string{"id", "name", "valid_from", "valid_to", "counties"}))
	seen := map[lnet.OfficeID]bool{}
	var order []lnet.OfficeID
	spells := map[lnet.OfficeID][]string{}
	ends := map[lnet.OfficeID]date.Date{}
	for d := regDate(2017, 1, 1); d <= regDate(2026, 12, 31); d++ {
		os, err := lnet.Offices(d)
		require.NoError(t, err)
		for _, o := range os {
			if !seen[o.ID] {
				seen[o.ID] = true
				order = append(order, o.ID)
			}
			name := o.Name
			if o.ID == "vestland" && d >= regDate(2026, 1, 1) {
				name = "Vestland og Testland"
			}
			row := string(o.ID) + "\t" + name + "\t" + joinCounties(o.Counties)
			list := spells[o.ID]
			if n := len(list); n == 0 || !strings.HasPrefix(list[n-1], row+"@") {
				spells[o.ID] = append(list, row+"@"+d.String())
			}
			ends[o.ID] = d
		}
	}
	for _, id := range order {
		list := spells[id]
		for i, s := range list {
			row, from, _ := strings.Cut(s, "@")
			f := strings.Split(row, "\t")
			to := ""
			if i == len(list)-1 && ends[id] < regDate(2026, 12, 31) {
				to = ends[id].String()
			}
			require.NoError(t, w.Write([]string{f[0], f[1], from, to, f[2]}))
		}
	}
	w.Flush()
	r, err := lnet.LoadRegister(fstest.MapFS{lnet.OfficesFile: {Data: []byte(b.String())}})
	require.NoError(t, err, b.String())
	o, err := r.OfficeOn("vestland", regDate(2026, 6, 1))
	require.NoError(t, err)
	assert.Equal(t, "Statsforvalteren i Vestland og Testland", o.Title)
	o, err = r.OfficeOn("hordaland", regDate(2018, 6, 1))
	require.NoError(t, err)
	assert.Equal(t, "Fylkesmannen i Hordaland", o.Title)
	for d := regDate(2017, 1, 1); d <= regDate(2025, 12, 31); d += 97 {
		want, err := lnet.Offices(d)
		require.NoError(t, err)
		got, err := r.Offices(d)
		require.NoError(t, err)
		assert.Equal(t, want, got, d)
	}
}

func joinCounties(cs []lnet.CountyCode) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, " ")
}

// jsonStat07459 writes table 07459 for year as SSB's API returns it in JSON-stat 2.0: every
// municipality of the 2026 structure (with SSB's "K-" prefix and a year-range label), both
// sexes, ages 0–17 one by one and "018+" for the rest, and the whole country as region "0",
// which the loader skips. The counts are the 2026 ones plus one child aged 5.
func jsonStat07459(t *testing.T, year int) []byte {
	t.Helper()
	ms, err := lnet.Municipalities(regDate(2026, 1, 1))
	require.NoError(t, err)
	regions := []string{"0"}
	labels := map[string]string{"0": "Hele landet"}
	for _, m := range ms {
		code := "K-" + m.Code.String()
		regions = append(regions, code)
		labels[code] = m.Name + " (2024-)"
	}
	ages := []string{}
	for a := 0; a <= 17; a++ {
		ages = append(ages, fmt.Sprintf("%03d", a))
	}
	ages = append(ages, "018+")
	var values []int64
	for _, code := range regions {
		var p lnet.Population
		if code == "0" {
			p, err = lnet.DefaultRegister().NationalPopulation(2026)
		} else {
			p, err = lnet.DefaultRegister().Population(lnet.MustMunicipalityCode(code[2:]), 2026)
		}
		require.NoError(t, err)
		for sex := 1; sex <= 2; sex++ {
			for a := range ages {
				var v int64
				switch {
				case sex == 1 && a == 0:
					v = p.Children // all children at age 0, men ...
				case sex == 2 && a == 5:
					v = 1 // ... and one more girl aged 5
				case sex == 1 && a == len(ages)-1:
					v = p.Total - p.Children
				}
				values = append(values, v)
			}
		}
	}
	ds := map[string]any{
		"version": "2.0", "class": "dataset", "label": "07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år",
		"source": "Statistisk sentralbyrå", "updated": "2027-02-20T07:00:00Z",
		"id":   []string{"Region", "Kjonn", "Alder", "ContentsCode", "Tid"},
		"size": []int{len(regions), 2, len(ages), 1, 1},
		"dimension": map[string]any{
			"Region":       map[string]any{"label": "region", "category": map[string]any{"index": regions, "label": labels}},
			"Kjonn":        map[string]any{"label": "kjønn", "category": map[string]any{"index": []string{"1", "2"}, "label": map[string]string{"1": "Menn", "2": "Kvinner"}}},
			"Alder":        map[string]any{"label": "alder", "category": map[string]any{"index": ages}},
			"ContentsCode": map[string]any{"label": "statistikkvariabel", "category": map[string]any{"label": map[string]string{"Personer1": "Personer"}}},
			"Tid":          map[string]any{"label": "år", "category": map[string]any{"index": []string{fmt.Sprint(year)}}},
		},
		"value": values,
	}
	b, err := json.Marshal(ds)
	require.NoError(t, err)
	return b
}

// Table 07459 as an analyst's script fetches it from SSB's API loads like the CSV.
func TestLoadRegisterJSONStat(t *testing.T) {
	folder := ssbFolder(t)
	delete(folder, "population_0_17_by_municipality_2027.csv")
	folder["ssb_07459_2027.json"] = &fstest.MapFile{Data: jsonStat07459(t, 2027)}
	r, err := lnet.LoadRegister(folder)
	require.NoError(t, err)
	assert.Equal(t, regDate(2027, 12, 31), r.Coverage().End)
	p26, err := lnet.DefaultRegister().Population(4622, 2026)
	require.NoError(t, err)
	p, err := r.Population(4622, 2027)
	require.NoError(t, err)
	assert.Equal(t, lnet.Population{Year: 2027, Children: p26.Children + 1, Total: p26.Total + 1}, p)
	b, err := r.Basis(2027)
	require.NoError(t, err)
	assert.Equal(t, lnet.OriginLoaded, b.Origin)

	// A dataset that misses a municipality in force names it.
	broken := strings.ReplaceAll(string(jsonStat07459(t, 2027)), `"K-4622"`, `"K-4699"`)
	folder["ssb_07459_2027.json"] = &fstest.MapFile{Data: []byte(broken)}
	_, err = lnet.LoadRegister(folder)
	require.ErrorIs(t, err, lnet.ErrInvalidData)
	assert.ErrorContains(t, err, "ssb_07459_2027.json: population for 2027")
	assert.ErrorContains(t, err, "4622")
}

func TestOrigin(t *testing.T) {
	for _, o := range []lnet.Origin{lnet.OriginEmbedded, lnet.OriginLoaded, lnet.OriginAssumed} {
		got, err := lnet.ParseOrigin(string(o))
		require.NoError(t, err)
		assert.Equal(t, o, got)
		v, err := o.Value()
		require.NoError(t, err)
		var back lnet.Origin
		require.NoError(t, back.Scan(v))
		assert.Equal(t, o, back)
		require.NoError(t, back.Scan([]byte(string(o))))
		assert.Equal(t, o, back)
	}
	for _, bad := range []string{"", "Embedded", "guessed"} {
		_, err := lnet.ParseOrigin(bad)
		assert.ErrorIs(t, err, lnet.ErrInvalidValue, bad)
	}
	var o lnet.Origin
	assert.ErrorIs(t, o.Scan(42), lnet.ErrInvalidValue)
	_, err := lnet.Origin("x").Value()
	assert.ErrorIs(t, err, lnet.ErrInvalidValue)
	var b lnet.Basis
	assert.Error(t, json.Unmarshal([]byte(`{"year":2026,"origin":"guessed"}`), &b))
	_, err = json.Marshal(lnet.Basis{Year: 2026, Origin: "x"})
	assert.Error(t, err)
	js, err := json.Marshal(lnet.Basis{})
	require.NoError(t, err, "the zero basis marshals")
	require.NoError(t, json.Unmarshal(js, &b))
	assert.True(t, b.IsZero())
}

// Regression (issue "Fidelity"): RKBU is a knowledge centre (kunnskapssenter), and the 2019
// guidelines name the aim "rekruttering av fosterhjem i slekt og nettverk".
func TestRegressionTermsOfTheGuidelines(t *testing.T) {
	assert.Equal(t, "kunnskapssenter", lnet.PartnerKnowledgeCentre.Norwegian())
	assert.Equal(t, "rekruttering av fosterhjem i slekt og nettverk", lnet.AimKinRecruitment.Norwegian())
}
