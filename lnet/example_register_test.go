package lnet_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// A municipality code is valid only over an interval: 1238 was Kvam until 2019; from 2020
// Kvam is 4622.
func ExampleMunicipalityOn() {
	m, err := lnet.MunicipalityOn(1238, date.New(2018, 6, 1))
	if err != nil {
		panic(err)
	}
	fmt.Println(m, "in county", m.County, "valid", m.Valid)

	_, err = lnet.MunicipalityOn(1238, date.New(2021, 6, 1))
	fmt.Println(errors.Is(err, lnet.ErrNotFound), err)
	// Output:
	// 1238 Kvam in county 12 valid 2017-01-01/2019-12-31
	// true lnet: municipality "1238" on 2021-06-01: no municipality had this code that day
}

// Successors maps a code of one day onto the municipalities of a later day, through
// mergers, renumberings and splits.
func ExampleSuccessors() {
	from, to := date.New(2018, 1, 1), date.New(2024, 1, 1)
	for _, code := range []lnet.MunicipalityCode{1246, 1534, 5012} {
		ms, err := lnet.Successors(code, from, to)
		if err != nil {
			panic(err)
		}
		fmt.Println(code, "→", ms)
	}
	// Output:
	// 1246 → [4626 Øygarden]
	// 1534 → [1580 Haram]
	// 5012 → [5055 Heim 5056 Hitra 5059 Orkland]
}

// The governor office of a municipality follows the offices' own history: the offices
// merged in 2019, a year before the counties, and were renamed in 2021.
func ExampleOfficeForMunicipality() {
	for _, d := range []date.Date{date.New(2018, 6, 1), date.New(2019, 6, 1), date.New(2021, 6, 1)} {
		m, err := lnet.Successors(1238, date.New(2018, 6, 1), d)
		if err != nil {
			panic(err)
		}
		o, err := lnet.OfficeForMunicipality(m[0].Code, d)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s → %s (%s), counties %v\n", d, m[0], o.Title, o.ID, o.Counties)
	}
	// Output:
	// 2018-06-01: 1238 Kvam → Fylkesmannen i Hordaland (hordaland), counties [12]
	// 2019-06-01: 1238 Kvam → Fylkesmannen i Vestland (vestland), counties [12 14]
	// 2021-06-01: 4622 Kvam → Statsforvalteren i Vestland (vestland), counties [46]
}

// Children counts the children aged 0–17 in a municipality on 1 January; the register also
// sums them per county, per office and for the country.
func ExampleChildren() {
	n, err := lnet.Children(4622, 2024)
	if err != nil {
		panic(err)
	}
	fmt.Println("Kvam, 1 January 2024:", n)

	r := lnet.DefaultRegister()
	office, err := r.OfficePopulation("vestland", 2024)
	if err != nil {
		panic(err)
	}
	national, err := r.NationalPopulation(2024)
	if err != nil {
		panic(err)
	}
	fmt.Println("Vestland, 1 January 2024:", office.Children, "of", national.Children)
	// Output:
	// Kvam, 1 January 2024: 1771
	// Vestland, 1 January 2024: 133552 of 1112853
}

// The governor offices on a day: ten from 2019, each covering one or more counties in the
// county codes of that day.
func ExampleOffices() {
	offices, err := lnet.Offices(date.New(2026, 12, 1))
	if err != nil {
		panic(err)
	}
	for _, o := range offices {
		fmt.Printf("%-21s %-55s %v\n", o.ID, o.Title, o.Counties)
	}
	// Output:
	// agder                 Statsforvalteren i Agder                                [42]
	// innlandet             Statsforvalteren i Innlandet                            [34]
	// more-og-romsdal       Statsforvalteren i Møre og Romsdal                      [15]
	// nordland              Statsforvalteren i Nordland                             [18]
	// oslo-og-viken         Statsforvalteren i Østfold, Buskerud, Oslo og Akershus  [03 31 32 33]
	// rogaland              Statsforvalteren i Rogaland                             [11]
	// troms-og-finnmark     Statsforvalteren i Troms og Finnmark                    [55 56]
	// trondelag             Statsforvalteren i Trøndelag                            [50]
	// vestfold-og-telemark  Statsforvalteren i Vestfold og Telemark                 [39 40]
	// vestland              Statsforvalteren i Vestland                             [46]
}

// Predecessors maps a municipality back onto the municipalities of an earlier day, e.g. to
// compare population figures across a merger.
func ExampleRegister_Predecessors() {
	r := lnet.DefaultRegister()
	ms, err := r.Predecessors(4626, date.New(2024, 1, 1), date.New(2019, 1, 1))
	if err != nil {
		panic(err)
	}
	var children int64
	for _, m := range ms {
		n, err := r.Children(m.Code, 2019)
		if err != nil {
			panic(err)
		}
		children += n
	}
	fmt.Println(ms, children)
	// Output:
	// [1245 Sund 1246 Fjell 1259 Øygarden] 9470
}

// Which data a year rests on: the KLASS version in force on 1 January and the population
// count. For 2025 and 2026 the 2024 classification stands (no municipality changed).
func ExampleRegister_Basis() {
	r := lnet.DefaultRegister()
	for _, year := range []int{2021, 2026} {
		b, err := r.Basis(year)
		if err != nil {
			panic(err)
		}
		fmt.Println(b.In(lnet.English))
	}
	// Output:
	// 2021: Kommuneinndeling 2020 (KLASS 131, in force from 2020-01-01) and the population on 1 January 2021 (SSB table 07459), embedded data.
	// 2026: Kommuneinndeling 2024 (KLASS 131, in force from 2024-01-01) and the population on 1 January 2026 (SSB table 07459), embedded data.
}

// Past the data a lookup is an error that says how to go on. A system that must run next
// year's round before SSB publishes the figures opts in to carrying the last known data
// forward; every value then says what it rests on.
func ExampleRegister_AssumeUnchangedThrough() {
	day := date.New(2027, 2, 1)
	_, err := lnet.OfficeForMunicipality(4622, day)
	fmt.Println(errors.Is(err, lnet.ErrOutOfRange))

	r, err := lnet.DefaultRegister().AssumeUnchangedThrough(date.New(2027, 12, 31))
	if err != nil {
		panic(err)
	}
	o, err := r.OfficeForMunicipality(4622, day)
	if err != nil {
		panic(err)
	}
	fmt.Println(o.Title, "as of", o.AsOf)
	p, err := r.Population(4622, 2027)
	if err != nil {
		panic(err)
	}
	fmt.Println("children 0–17 for 2027:", p.Children, "counted", p.CountedYear)
	b, _ := r.Basis(2027)
	fmt.Println(b.In(lnet.Bokmal))
	// Output:
	// true
	// Statsforvalteren i Vestland as of 2026-12-31
	// children 0–17 for 2027: 1749 counted 2026
	// 2027: FORUTSATT UENDRET, ingen data for året. Kommuneinndelingen per 2026-12-31 (Kommuneinndeling 2024, KLASS 131) og folketallet 1. januar 2026 (SSB tabell 07459) er ført videre.
}

// Newer SSB files without a new release: a folder laid out like data/ssb (here, the
// population on 1 January 2027 as table 07459 in JSON-stat from SSB's API, next to the
// classification version for 2027) extends the embedded register.
func ExampleLoadRegister() {
	r, err := lnet.LoadRegister(os.DirFS("testdata/ssb2027"))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Coverage())
	b, _ := r.Basis(2027)
	fmt.Println(b.In(lnet.English))
	// Output:
	// 2017-01-01/2027-12-31
	// 2027: Kommuneinndeling 2027 (KLASS 131, in force from 2027-01-01) and the population on 1 January 2027 (SSB table 07459), loaded data.
}
