package lnet_test

import (
	"errors"
	"fmt"

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
	offices, err := lnet.Offices(date.New(2024, 6, 1))
	if err != nil {
		panic(err)
	}
	for _, o := range offices {
		fmt.Printf("%-21s %-40s %v\n", o.ID, o.Title, o.Counties)
	}
	// Output:
	// agder                 Statsforvalteren i Agder                 [42]
	// innlandet             Statsforvalteren i Innlandet             [34]
	// more-og-romsdal       Statsforvalteren i Møre og Romsdal       [15]
	// nordland              Statsforvalteren i Nordland              [18]
	// oslo-og-viken         Statsforvalteren i Oslo og Viken         [03 31 32 33]
	// rogaland              Statsforvalteren i Rogaland              [11]
	// troms-og-finnmark     Statsforvalteren i Troms og Finnmark     [55 56]
	// trondelag             Statsforvalteren i Trøndelag             [50]
	// vestfold-og-telemark  Statsforvalteren i Vestfold og Telemark  [39 40]
	// vestland              Statsforvalteren i Vestland              [46]
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
