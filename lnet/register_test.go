package lnet

import (
	"errors"
	"io/fs"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet/geodata"
)

// readFS reads generated files from fsys.
func readFS(fsys fs.FS) readFunc {
	return func(name string) ([]byte, error) { return fs.ReadFile(fsys, name) }
}

// geoDay is a short form of date.New for tests.
func geoDay(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func TestOpenEnd(t *testing.T) {
	assert.Equal(t, date.New(9999, time.December, 31), OpenEnd)
	assert.Equal(t, "9999-12-31", OpenEnd.String())
}

func TestDefaultRegisterLoads(t *testing.T) {
	r, err := loadRegister(readFS(geodata.FS()), officeTable, nil)
	require.NoError(t, err)
	assert.Equal(t, Period{Start: geoDay(2017, 1, 1), End: geoDay(2026, 12, 31)}, r.Coverage())
	assert.Equal(t, r.Coverage(), r.DataCoverage())
	first, last := r.Years()
	assert.Equal(t, 2017, first)
	assert.Equal(t, 2026, last)
	assert.Same(t, DefaultRegister(), DefaultRegister(), "parsed once")
	assert.Equal(t, r.Coverage(), DefaultRegister().Coverage())
}

func TestLookupErrorMessage(t *testing.T) {
	tests := []struct {
		err  *LookupError
		want string
	}{
		{&LookupError{What: "municipality", Key: "1238", Date: geoDay(2021, 6, 1), Reason: "no municipality had this code that day", Err: ErrNotFound},
			`lnet: municipality "1238" on 2021-06-01: no municipality had this code that day`},
		{&LookupError{What: "population", Reason: "year 0 out of range", Err: ErrOutOfRange},
			`lnet: population: year 0 out of range`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.err.Error())
		assert.ErrorIs(t, tt.err, tt.err.Err)
	}
}

func TestRegisterOutOfRange(t *testing.T) {
	r := DefaultRegister()
	for _, d := range []date.Date{geoDay(2016, 12, 31), geoDay(2027, 1, 1), 0} {
		_, err := r.MunicipalityOn(301, d)
		assert.ErrorIs(t, err, ErrOutOfRange, d)
		var le *LookupError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, d, le.Date)
		_, err = r.Municipalities(d)
		assert.ErrorIs(t, err, ErrOutOfRange)
		_, err = r.Counties(d)
		assert.ErrorIs(t, err, ErrOutOfRange)
		_, err = r.Offices(d)
		assert.ErrorIs(t, err, ErrOutOfRange)
		_, err = r.OfficeOn("vestland", d)
		assert.ErrorIs(t, err, ErrOutOfRange)
	}
	for _, y := range []int{2016, 2027, 0, -1, 1 << 40} {
		_, err := r.Children(301, y)
		assert.ErrorIs(t, err, ErrOutOfRange, y)
		_, err = r.NationalPopulation(y)
		assert.ErrorIs(t, err, ErrOutOfRange, y)
	}
}

func TestZeroRegisterIsEmpty(t *testing.T) {
	var r Register
	_, err := r.MunicipalityOn(301, geoDay(2020, 1, 1))
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = r.MunicipalityOn(301, 0)
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = r.Offices(geoDay(2020, 1, 1))
	assert.ErrorIs(t, err, ErrOutOfRange)
	_, err = r.Children(301, 2020)
	assert.ErrorIs(t, err, ErrOutOfRange)
	var nilRegister *Register
	_, err = nilRegister.Counties(geoDay(2020, 1, 1))
	assert.ErrorIs(t, err, ErrOutOfRange)
}

// copyFS copies the embedded files into a MapFS that a test may change.
func copyFS(t testing.TB) fstest.MapFS {
	m := fstest.MapFS{}
	require.NoError(t, fs.WalkDir(geodata.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(geodata.FS(), p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	}))
	return m
}

func TestLoadRegisterRejectsBadData(t *testing.T) {
	tests := []struct {
		name, file, data string
	}{
		{"missing file", "counties.csv", ""},
		{"bad header", "municipalities.csv", "kode,navn,fra,til\n0301,Oslo,2017-01-01,\n"},
		{"bad code", "municipalities.csv", "code,name,valid_from,valid_to\n301,Oslo,2017-01-01,\n"},
		{"bad date", "municipalities.csv", "code,name,valid_from,valid_to\n0301,Oslo,2017-02-30,\n"},
		{"end before start", "municipalities.csv", "code,name,valid_from,valid_to\n0301,Oslo,2017-01-01,2016-01-01\n"},
		{"overlap", "municipalities.csv", "code,name,valid_from,valid_to\n0301,Oslo,2017-01-01,\n0301,Oslo,2018-01-01,\n"},
		{"empty name", "counties.csv", "code,name,valid_from,valid_to\n03,,2017-01-01,\n"},
		{"succession to unknown code", "successions.csv", "date,old_code,new_code,part_of\n2020-01-01,1238,4699,\n"},
		{"code ends without a successor", "successions.csv", "date,old_code,new_code,part_of\n"},
		{"succession to itself", "successions.csv", "date,old_code,new_code,part_of\n2020-01-01,1238,1238,\n"},
		{"negative count", "population.csv", "year,code,children_0_17,total\n2017,0301,-1,5\n"},
		{"children above total", "population.csv", "year,code,children_0_17,total\n2017,0301,6,5\n"},
		{"missing population rows", "population.csv", "year,code,children_0_17,total\n2017,0301,1,5\n"},
		{"no county for the offices", "counties.csv", "code,name,valid_from,valid_to\n03,Oslo,2017-01-01,\n"},
		{"missing years", "years.csv", ""},
		{"year without population", "years.csv", "year,classification,classification_from,population_source\n2016,K,2016-01-01,p\n"},
		{"year not listed", "years.csv", "year,classification,classification_from,population_source\n2017,K,2017-01-01,p\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := copyFS(t)
			if tt.data == "" {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			r, err := loadRegister(readFS(fsys), officeTable, nil)
			assert.Error(t, err)
			assert.Nil(t, r)
		})
	}
}

func TestLoadRegisterRejectsBadOffices(t *testing.T) {
	// Drop the Vestland office: counties 12 and 14 (2019) and 46 are then uncovered.
	var offices []officeDef
	for _, o := range officeTable {
		if o.id != "vestland" {
			offices = append(offices, o)
		}
	}
	_, err := loadRegister(readFS(geodata.FS()), offices, nil)
	assert.ErrorContains(t, err, "not covered")

	// Let Hordaland live on into 2019: county 12 is then covered twice.
	offices = append([]officeDef(nil), officeTable...)
	for i := range offices {
		if offices[i].id == "hordaland" {
			offices[i].end = geoDay(2019, 12, 31)
		}
	}
	_, err = loadRegister(readFS(geodata.FS()), offices, nil)
	assert.ErrorContains(t, err, "covered by both")
}

// The register is immutable: many goroutines may look things up at once (run with -race).
func TestRegisterConcurrentUse(t *testing.T) {
	r := DefaultRegister()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := geoDay(2018+i%7, 3, 1)
			ms, err := r.Municipalities(d)
			if !assert.NoError(t, err) {
				return
			}
			for _, m := range ms[:20] {
				_, err := r.Successors(m.Code, d, geoDay(2024, 12, 31))
				assert.NoError(t, err)
				_, err = r.OfficeForMunicipality(m.Code, d)
				assert.NoError(t, err)
			}
		}()
	}
	wg.Wait()
}

// Lookups return copies: changing a result does not change the register.
func TestRegisterResultsAreCopies(t *testing.T) {
	r := DefaultRegister()
	o, err := r.OfficeOn("oslo-og-viken", geoDay(2024, 6, 1))
	require.NoError(t, err)
	o.Counties[0] = 99
	o2, err := r.OfficeOn("oslo-og-viken", geoDay(2024, 6, 1))
	require.NoError(t, err)
	assert.Equal(t, []CountyCode{3, 31, 32, 33}, o2.Counties)
}

// fuzzBase is a small consistent register for FuzzLoadRegister: fast to load, so the fuzzer
// spends its time on the replaced file.
var fuzzBase = map[string]string{
	"municipalities.csv": "# test\ncode,name,valid_from,valid_to\n0301,Oslo,2019-01-01,\n1238,Kvam,2019-01-01,2019-12-31\n4622,Kvam,2020-01-01,\n",
	"counties.csv":       "code,name,valid_from,valid_to\n03,Oslo,2019-01-01,\n12,Hordaland,2019-01-01,2019-12-31\n46,Vestland,2020-01-01,\n",
	"successions.csv":    "date,old_code,new_code,part_of\n2020-01-01,1238,4622,1238\n",
	"population.csv":     "year,code,children_0_17,total\n2019,0301,10,50\n2019,1238,2,9\n2020,0301,11,51\n2020,4622,2,9\n",
	"years.csv":          "year,classification,classification_from,population_source\n2019,K 2019,2019-01-01,p.csv\n2020,K 2020,2020-01-01,p.csv\n",
}

var fuzzOffices = []officeDef{
	{id: "oslo", end: OpenEnd, spells: []officeSpell{{start: geoDay(2019, 1, 1), counties: []CountyCode{3}}}},
	{id: "vest", end: OpenEnd, spells: []officeSpell{
		{start: geoDay(2019, 1, 1), counties: []CountyCode{12}},
		{start: geoDay(2020, 1, 1), counties: []CountyCode{46}},
	}},
}

// FuzzLoadRegister replaces one file of a small register by arbitrary bytes: loading must
// never panic, and a register that loads must answer lookups over its whole coverage.
func FuzzLoadRegister(f *testing.F) {
	files := []string{"municipalities.csv", "counties.csv", "successions.csv", "population.csv", "years.csv"}
	base := fstest.MapFS{}
	for name, data := range fuzzBase {
		base[name] = &fstest.MapFile{Data: []byte(data)}
	}
	if _, err := loadRegister(readFS(base), fuzzOffices, nil); err != nil {
		f.Fatalf("fuzz base does not load: %v", err)
	}
	for i, name := range files {
		f.Add(uint8(i), []byte(fuzzBase[name]))
	}
	f.Add(uint8(0), []byte("code,name,valid_from,valid_to\n0301,Oslo,2019-01-01,\n1238,Kvam,2019-01-01,2019-12-31\n4622,Kvam,2020-01-01,2019-01-01\n"))
	f.Add(uint8(2), []byte("date,old_code,new_code,part_of\n2020-01-01,1238,4622,1238 x\n"))
	f.Add(uint8(3), []byte("year,code,children_0_17,total\n99999999999999999999,0301,1,1\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys[files[int(which)%len(files)]] = &fstest.MapFile{Data: data}
		r, err := loadRegister(readFS(fsys), fuzzOffices, nil)
		if err != nil {
			if r != nil {
				t.Fatalf("register and error %v", err)
			}
			return
		}
		cov := r.Coverage()
		if cov.Validate() != nil {
			t.Fatalf("bad coverage %s", cov)
		}
		for _, d := range []date.Date{cov.Start, cov.End} {
			ms, err := r.Municipalities(d)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range ms {
				got, err := r.Successors(m.Code, d, cov.End)
				if err != nil {
					t.Fatal(err)
				}
				if len(got) == 0 {
					t.Fatalf("%s on %s has no successors", m, d)
				}
				if _, err := r.OfficeForMunicipality(m.Code, d); err != nil && !errors.Is(err, ErrNotFound) {
					t.Fatal(err)
				}
			}
		}
		first, last := r.Years()
		for y := first; y <= last; y++ {
			if _, err := r.OfficesPopulation(y); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkLoadRegister(b *testing.B) {
	for b.Loop() {
		if _, err := loadRegister(readFS(geodata.FS()), officeTable, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMunicipalityOn(b *testing.B) {
	r := DefaultRegister()
	d := geoDay(2021, 6, 1)
	for b.Loop() {
		if _, err := r.MunicipalityOn(4622, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSuccessors(b *testing.B) {
	r := DefaultRegister()
	from, to := geoDay(2018, 1, 1), geoDay(2024, 1, 1)
	for b.Loop() {
		if _, err := r.Successors(1534, from, to); err != nil {
			b.Fatal(err)
		}
	}
}
