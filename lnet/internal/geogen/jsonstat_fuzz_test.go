package geogen

import "testing"

// FuzzParsePopulationJSONStat: never panics; parsed rows are municipalities with four-digit
// codes (not 0000 or 9999), a name and a year in 1900–2999, the county is the code's prefix,
// 0 ≤ children ≤ total ≤ 10^12, and the rows are sorted and unique by (year, code).
func FuzzParsePopulationJSONStat(f *testing.F) {
	// Small seeds only (the fixture and jstBase are tested in jsonstat_test.go): the fuzzer
	// minimises every new input it finds, which takes long for inputs of kilobytes.
	s := jstSet{
		dims: []jstDim{
			{id: "Tid", codes: []string{"2027"}},
			{id: "Region", codes: []string{"K-3101", "0"}, labels: map[string]string{"K-3101": "Halden (2024-)"}},
			{id: "Kjonn", codes: []string{"0"}},
			{id: "Alder", codes: jstAges()},
			{id: "ContentsCode", codes: []string{"Personer1"}, labels: map[string]string{"Personer1": "Personer"}, noIndex: true},
		},
		value: func(c map[string]string) any {
			if c["Region"] == "0" {
				return jstOmit
			}
			return jstHash(c)
		},
		sparse: true, indexObject: true,
	}
	f.Add(s.json(f))
	f.Fuzz(func(t *testing.T, b []byte) {
		rows, err := ParsePopulationJSONStat(b)
		if err != nil {
			if rows != nil {
				t.Fatalf("rows %v with error %v", rows, err)
			}
			return
		}
		for i, r := range rows {
			if !isCode(r.Code, 4) || r.Code == "0000" || r.Code == unknownCode || r.County != r.Code[:2] ||
				r.Name == "" || r.Year < 1900 || r.Year > 2999 ||
				r.Children < 0 || r.Children > r.Total || r.Total > jstatMaxCount {
				t.Fatalf("bad row %+v", r)
			}
			if i > 0 {
				p := rows[i-1]
				if p.Year > r.Year || p.Year == r.Year && p.Code >= r.Code {
					t.Fatalf("rows %+v and %+v out of order or repeated", p, r)
				}
			}
		}
	})
}
