package geogen

import (
	"encoding/json"
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jstDim is a dimension of a test dataset.
type jstDim struct {
	id     string
	codes  []string
	labels map[string]string // nil: no "label"
	// noIndex omits "index" (allowed for one category named by its label).
	noIndex bool
}

// jstOmit, returned by a jstSet's value function, leaves the cell out of a sparse "value".
var jstOmit = &struct{}{}

// jstSet is a test dataset that marshals to JSON-stat 2.0.
type jstSet struct {
	dims []jstDim
	// value gives the cell with these codes (by dimension id): an int64, nil (null), a string,
	// a json.RawMessage, or jstOmit.
	value func(c map[string]string) any
	// sparse writes "value" as an object keyed by flat index.
	sparse bool
	// indexObject writes each "index" as an object code → position.
	indexObject bool
	// names are the expected municipality names by region code, when they differ from the
	// labels.
	names map[string]string
}

func jstAges(extra ...string) []string {
	var out []string
	for a := 0; a <= 17; a++ {
		out = append(out, fmt.Sprintf("%03d", a))
	}
	return append(out, extra...)
}

// jstBase is a small dataset like SSB's: a country total, two municipalities (one with SSB's
// "K-" prefix) and a county; both sexes; ages 0–18 and "105+"; two years.
func jstBase() jstSet {
	return jstSet{
		dims: []jstDim{
			{id: "Region", codes: []string{"0", "0301", "K-4601", "03"},
				labels: map[string]string{"0": "Hele landet", "0301": "Oslo", "K-4601": "Bergen", "03": "Oslo (fylke)"}},
			{id: "Kjonn", codes: []string{"1", "2"}, labels: map[string]string{"1": "Menn", "2": "Kvinner"}},
			{id: "Alder", codes: jstAges("018", "105+")},
			{id: "ContentsCode", codes: []string{"Personer1"}, labels: map[string]string{"Personer1": "Personer"}},
			{id: "Tid", codes: []string{"2026", "2027"}},
		},
		value: jstHash,
	}
}

// jstHash is a made-up count derived from the cell's codes; other contents codes get a value
// that is not a count.
func jstHash(c map[string]string) any {
	if c["ContentsCode"] != "Personer1" {
		return json.RawMessage("-1.5")
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range c {
			if !yield(k) {
				return
			}
		}
	})
	h := crc32.NewIEEE()
	for _, k := range keys {
		fmt.Fprintf(h, "%s=%s;", k, c[k])
	}
	return int64(h.Sum32() % 5000)
}

func (s jstSet) dim(id string) *jstDim {
	for i := range s.dims {
		if s.dims[i].id == id {
			return &s.dims[i]
		}
	}
	return nil
}

// cells calls f for each cell in row-major order with its flat index and codes.
func (s jstSet) cells(f func(k int, c map[string]string)) {
	n := 1
	for _, d := range s.dims {
		n *= len(d.codes)
	}
	for k := range n {
		c := map[string]string{}
		rest := k
		for i := len(s.dims) - 1; i >= 0; i-- {
			d := s.dims[i]
			c[d.id] = d.codes[rest%len(d.codes)]
			rest /= len(d.codes)
		}
		f(k, c)
	}
}

// doc returns the dataset as a generic JSON tree, for the tests to mutate.
func (s jstSet) doc() map[string]any {
	var ids []string
	var sizes []int
	dims := map[string]any{}
	for _, d := range s.dims {
		ids = append(ids, d.id)
		sizes = append(sizes, len(d.codes))
		cat := map[string]any{}
		if !d.noIndex {
			if s.indexObject {
				idx := map[string]int{}
				for i, c := range d.codes {
					idx[c] = i
				}
				cat["index"] = idx
			} else {
				cat["index"] = d.codes
			}
		}
		if d.labels != nil {
			cat["label"] = d.labels
		}
		dims[d.id] = map[string]any{"label": strings.ToLower(d.id), "category": cat}
	}
	m := map[string]any{
		"class": "dataset", "version": "2.0", "label": "07459: Befolkning", "source": "Statistisk sentralbyrå",
		"id": ids, "size": sizes, "dimension": dims,
	}
	if s.sparse {
		vals := map[string]any{}
		s.cells(func(k int, c map[string]string) {
			if v := s.value(c); v != jstOmit {
				vals[strconv.Itoa(k)] = v
			}
		})
		m["value"] = vals
	} else {
		var vals []any
		s.cells(func(_ int, c map[string]string) {
			v := s.value(c)
			if v == jstOmit {
				v = nil
			}
			vals = append(vals, v)
		})
		m["value"] = vals
	}
	return m
}

func jstMarshal(t testing.TB, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m)
	require.NoError(t, err)
	return b
}

func (s jstSet) json(t testing.TB) []byte {
	t.Helper()
	return jstMarshal(t, s.doc())
}

// want computes the rows directly from the dataset's codes and value function, without flat
// indexes.
func (s jstSet) want(t testing.TB) []PopulationRow {
	t.Helper()
	region, sex, age, tid := s.dim("Region"), s.dim("Kjonn"), s.dim("Alder"), s.dim("Tid")
	sexes := sex.codes
	for _, both := range []string{"0", "3"} {
		if slices.Contains(sex.codes, both) {
			sexes = []string{both}
		}
	}
	fixed := map[string]string{"ContentsCode": "Personer1"}
	for _, d := range s.dims {
		if !slices.Contains(jstatDimIDs[:], d.id) {
			fixed[d.id] = d.codes[0]
		}
	}
	out := []PopulationRow{}
	for _, rc := range region.codes {
		code := strings.TrimPrefix(rc, "K-")
		if _, err := strconv.Atoi(code); err != nil || len(code) != 4 || code == "0000" || code == "9999" {
			continue
		}
		name := region.labels[rc]
		if n, ok := s.names[rc]; ok {
			name = n
		}
		for _, y := range tid.codes {
			year, err := strconv.Atoi(y)
			require.NoError(t, err)
			row := PopulationRow{Year: year, Code: code, Name: name, County: code[:2]}
			for _, sx := range sexes {
				for _, a := range age.codes {
					n, err := strconv.Atoi(strings.TrimSuffix(a, "+"))
					require.NoError(t, err)
					c := map[string]string{"Region": rc, "Kjonn": sx, "Alder": a, "Tid": y}
					for k, v := range fixed {
						c[k] = v
					}
					v, ok := s.value(c).(int64)
					require.True(t, ok, "cell %v", c)
					row.Total += v
					if n <= 17 {
						row.Children += v
					}
				}
			}
			out = append(out, row)
		}
	}
	slices.SortFunc(out, func(a, b PopulationRow) int {
		if a.Year != b.Year {
			return a.Year - b.Year
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out
}

func TestParsePopulationJSONStatFixture(t *testing.T) {
	b, err := os.ReadFile("testdata/07459_sample.json")
	require.NoError(t, err)
	rows, err := ParsePopulationJSONStat(b)
	require.NoError(t, err)
	assert.Equal(t, []PopulationRow{
		{Year: 2027, Code: "0301", Name: "Oslo", County: "03", Children: 166613, Total: 720048},
		{Year: 2027, Code: "1508", Name: "Ålesund", County: "15", Children: 15744, Total: 68005},
		{Year: 2027, Code: "1875", Name: "Hábmer - Hamarøy", County: "18", Children: 626, Total: 2708},
		{Year: 2027, Code: "4601", Name: "Bergen", County: "46", Children: 68216, Total: 294996},
	}, rows)

	// The same data in the sparse form of "value" gives the same rows.
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	sparse := map[string]any{}
	for i, v := range m["value"].([]any) {
		sparse[strconv.Itoa(i)] = v
	}
	m["value"] = sparse
	got, err := ParsePopulationJSONStat(jstMarshal(t, m))
	require.NoError(t, err)
	assert.Equal(t, rows, got)
}

func TestParsePopulationJSONStatValid(t *testing.T) {
	tests := []struct {
		name string
		set  func(s *jstSet)
		doc  func(m map[string]any)
	}{
		{name: "base"},
		{name: "sparse value", set: func(s *jstSet) { s.sparse = true }},
		{name: "sparse value without the cells not read", set: func(s *jstSet) {
			s.sparse = true
			s.value = func(c map[string]string) any {
				if c["Region"] == "0" || c["Region"] == "03" {
					return jstOmit
				}
				return jstHash(c)
			}
		}},
		{name: "index as object", set: func(s *jstSet) { s.indexObject = true }},
		{name: "index as object, sparse", set: func(s *jstSet) { s.indexObject, s.sparse = true, true }},
		{name: "single categories by label only", set: func(s *jstSet) {
			s.indexObject = true
			s.dim("ContentsCode").noIndex = true
			*s.dim("Tid") = jstDim{id: "Tid", codes: []string{"2027"}, labels: map[string]string{"2027": "2027"}, noIndex: true}
		}},
		{name: "no version", doc: func(m map[string]any) { delete(m, "version") }},
		{name: "extra top-level keys", doc: func(m map[string]any) {
			m["status"] = map[string]string{"3": "."}
			m["updated"] = "2027-02-20T07:00:00Z"
			m["extension"] = map[string]any{"px": map[string]any{"tableid": "07459"}}
			m["note"] = []string{"Fiktive tall"}
			m["role"] = map[string][]string{"time": {"Tid"}, "geo": {"Region"}, "metric": {"ContentsCode"}}
			m["href"], m["link"], m["error"] = "https://data.ssb.no/api/v0/no/table/07459", map[string]any{}, []any{}
		}},
		{name: "dimensions in another order", set: func(s *jstSet) {
			s.dims = []jstDim{s.dims[4], s.dims[2], s.dims[0], s.dims[3], s.dims[1]}
		}},
		{name: "categories in another order", set: func(s *jstSet) {
			for i := range s.dims {
				slices.Reverse(s.dims[i].codes)
			}
		}},
		{name: "extra single-category dimension", set: func(s *jstSet) {
			s.dims = slices.Insert(s.dims, 2, jstDim{id: "Statsborgerskap", codes: []string{"00"}})
		}},
		{name: "other contents codes ignored", set: func(s *jstSet) {
			s.dim("ContentsCode").codes = []string{"Endringer", "Personer1", "Andel"}
			s.dim("ContentsCode").labels = nil
		}},
		{name: "null and strings in cells not read", set: func(s *jstSet) {
			s.value = func(c map[string]string) any {
				switch c["Region"] {
				case "0":
					return nil
				case "03":
					return ".."
				}
				return jstHash(c)
			}
		}},
		{name: "both sexes 0 only", set: func(s *jstSet) { s.dim("Kjonn").codes = []string{"1", "0", "2"} }},
		{name: "both sexes 3 only", set: func(s *jstSet) { s.dim("Kjonn").codes = []string{"1", "2", "3"} }},
		{name: "one sex", set: func(s *jstSet) {
			s.dim("Kjonn").codes, s.dim("Kjonn").labels = []string{"2"}, map[string]string{"2": "Kvinner"}
		}},
		{name: "ages without leading zeros", set: func(s *jstSet) {
			var ages []string
			for a := 17; a >= 0; a-- {
				ages = append(ages, strconv.Itoa(a))
			}
			s.dim("Alder").codes = append(ages, "99+")
		}},
		{name: "ages 0-17 only", set: func(s *jstSet) { s.dim("Alder").codes = jstAges() }},
		{name: "region codes", set: func(s *jstSet) {
			r := s.dim("Region")
			r.codes = []string{"K-3101", "0000", "9999", "K-9999", "F-03", "K-03", "EAK", "3401", "1508", "1875", "1940", "3415", "K-K-1234"}
			r.labels = map[string]string{
				"K-3101": "Halden", "0000": "Hele landet", "9999": "Uoppgitt", "K-9999": "Uoppgitt",
				"3401": "Kongsvinger (2024-)", "1508": "Ålesund (2020-2023)", "1875": "Hábmer - Hamarøy",
				"1940": "Gáivuotna - Kåfjord - Kaivuono (-2019)", "3415": "Våler (Innlandet)",
			}
			s.names = map[string]string{
				"3401": "Kongsvinger", "1508": "Ålesund", "1940": "Gáivuotna - Kåfjord - Kaivuono",
			}
		}},
		{name: "no municipality", set: func(s *jstSet) {
			s.dim("Region").codes, s.dim("Region").labels = []string{"0", "03"}, nil
		}},
		{name: "largest count", set: func(s *jstSet) {
			s.value = func(c map[string]string) any {
				if c["Region"] == "0301" && c["Alder"] == "105+" && c["Kjonn"] == "1" {
					return int64(jstatMaxCount)
				}
				if c["Region"] == "0301" {
					return int64(0)
				}
				return jstHash(c)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := jstBase()
			if tt.set != nil {
				tt.set(&s)
			}
			m := s.doc()
			if tt.doc != nil {
				tt.doc(m)
			}
			rows, err := ParsePopulationJSONStat(jstMarshal(t, m))
			require.NoError(t, err)
			assert.Equal(t, s.want(t), rows)
		})
	}
}

func TestParsePopulationJSONStatValues(t *testing.T) {
	rows, err := ParsePopulationJSONStat(jstBase().json(t))
	require.NoError(t, err)
	require.Len(t, rows, 4)
	assert.Equal(t, []string{"2026 0301 Oslo 03", "2026 4601 Bergen 46", "2027 0301 Oslo 03", "2027 4601 Bergen 46"},
		[]string{
			fmt.Sprint(rows[0].Year, " ", rows[0].Code, " ", rows[0].Name, " ", rows[0].County),
			fmt.Sprint(rows[1].Year, " ", rows[1].Code, " ", rows[1].Name, " ", rows[1].County),
			fmt.Sprint(rows[2].Year, " ", rows[2].Code, " ", rows[2].Name, " ", rows[2].County),
			fmt.Sprint(rows[3].Year, " ", rows[3].Code, " ", rows[3].Name, " ", rows[3].County),
		})

	// Constant counts make the sums easy to check by hand: 2 sexes × 18 ages 0–17 and
	// 2 × 20 ages in all.
	s := jstBase()
	s.value = func(map[string]string) any { return int64(3) }
	rows, err = ParsePopulationJSONStat(s.json(t))
	require.NoError(t, err)
	for _, r := range rows {
		assert.Equal(t, int64(2*18*3), r.Children)
		assert.Equal(t, int64(2*20*3), r.Total)
	}
}

// jstCell returns a value function that gives v for the cell of Oslo, 2027, women, age 005
// and jstHash elsewhere.
func jstCell(v any) func(c map[string]string) any {
	return func(c map[string]string) any {
		if c["Region"] == "0301" && c["Tid"] == "2027" && c["Kjonn"] == "2" && c["Alder"] == "005" && c["ContentsCode"] == "Personer1" {
			return v
		}
		return jstHash(c)
	}
}

func TestParsePopulationJSONStatErrors(t *testing.T) {
	dims := func(m map[string]any) map[string]any { return m["dimension"].(map[string]any) }
	cat := func(m map[string]any, id string) map[string]any {
		return dims(m)[id].(map[string]any)["category"].(map[string]any)
	}
	tests := []struct {
		name string
		set  func(s *jstSet)
		doc  func(m map[string]any)
		raw  func(b []byte) []byte
		want string
	}{
		// Top level.
		{name: "not JSON", raw: func([]byte) []byte { return []byte("class=dataset") }, want: "invalid character"},
		{name: "not an object", raw: func([]byte) []byte { return []byte(`[{"class":"dataset"}]`) }, want: "not a JSON object"},
		{name: "trailing data", raw: func(b []byte) []byte { return append(b, "{}"...) }, want: "data after the JSON object"},
		{name: "repeated top-level key", raw: func(b []byte) []byte {
			return append([]byte(`{"class":"dataset",`), b[1:]...)
		}, want: `key "class" appears twice`},
		{name: "no class", doc: func(m map[string]any) { delete(m, "class") }, want: `no "class"`},
		{name: "class in other case", doc: func(m map[string]any) { delete(m, "class"); m["Class"] = "dataset" }, want: `no "class"`},
		{name: "wrong class", doc: func(m map[string]any) { m["class"] = "collection" }, want: `class "collection"`},
		{name: "class not a string", doc: func(m map[string]any) { m["class"] = 1 }, want: `"class": json: cannot unmarshal`},
		{name: "wrong version", doc: func(m map[string]any) { m["version"] = "1.0" }, want: `version "1.0"`},
		{name: "version not a string", doc: func(m map[string]any) { m["version"] = 2.0 }, want: `"version": json: cannot unmarshal`},
		{name: "no id", doc: func(m map[string]any) { delete(m, "id") }, want: `no "id"`},
		{name: "empty id", doc: func(m map[string]any) { m["id"], m["size"] = []string{}, []int{} }, want: `"id" is empty`},
		{name: "no size", doc: func(m map[string]any) { delete(m, "size") }, want: `no "size"`},
		{name: "size shorter than id", doc: func(m map[string]any) { m["size"] = []int{4, 2, 20, 1} }, want: `"size" has 4 elements, "id" 5`},
		{name: "size fraction", doc: func(m map[string]any) { m["size"] = []any{4, 2, 20, 1, 2.5} }, want: `"size": json: cannot unmarshal`},
		{name: "size zero", doc: func(m map[string]any) { m["size"] = []int{4, 2, 20, 0, 2} }, want: `dimension "ContentsCode": size 0`},
		{name: "size negative", doc: func(m map[string]any) { m["size"] = []int{4, 2, 20, -1, -2} }, want: `dimension "ContentsCode": size -1`},
		{name: "too many cells", doc: func(m map[string]any) { m["size"] = []int{4000, 2, 20, 1, 400} }, want: "more than 50000000 cells"},
		// 2^62 × 4 wraps to 0 in int64: a product computed naively would pass.
		{name: "cell count overflow", doc: func(m map[string]any) { m["size"] = []int64{1 << 62, 4, 1, 1, 1} }, want: "more than 50000000 cells"},
		{name: "repeated id", doc: func(m map[string]any) { m["id"] = []string{"Region", "Kjonn", "Alder", "Kjonn", "Tid"} }, want: `dimension "Kjonn" is listed twice`},
		{name: "no dimension", doc: func(m map[string]any) { delete(m, "dimension") }, want: `no "dimension"`},
		{name: "dimension not an object", doc: func(m map[string]any) { m["dimension"] = []any{} }, want: `"dimension": not a JSON object`},
		{name: "dimension missing", doc: func(m map[string]any) { delete(dims(m), "Tid") }, want: `dimension "Tid" of "id" is missing`},
		{name: "dimension not in id", doc: func(m map[string]any) {
			dims(m)["Statsborgerskap"] = map[string]any{"category": map[string]any{"index": []string{"00"}}}
		}, want: `dimension "Statsborgerskap" is not in "id"`},
		{name: "no Tid dimension", set: func(s *jstSet) { s.dim("Tid").id = "År" }, want: `no dimension "Tid"`},
		{name: "dimension id in other case", set: func(s *jstSet) { s.dim("Region").id = "region" }, want: `no dimension "Region"`},
		{name: "extra dimension of two categories", set: func(s *jstSet) {
			s.dims = append(s.dims, jstDim{id: "Statsborgerskap", codes: []string{"1", "2"}})
		}, want: `dimension "Statsborgerskap" has 2 categories`},

		// Categories.
		{name: "dimension not an object", doc: func(m map[string]any) { dims(m)["Kjonn"] = "kjønn" }, want: `dimension "Kjonn": not a JSON object`},
		{name: "index array of numbers", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = []any{"1", 2} }, want: `dimension "Kjonn": category "index": json: cannot unmarshal`},
		{name: "no category", doc: func(m map[string]any) { delete(dims(m)["Kjonn"].(map[string]any), "category") }, want: `dimension "Kjonn": no "category"`},
		{name: "category not an object", doc: func(m map[string]any) { dims(m)["Kjonn"].(map[string]any)["category"] = "1" }, want: `dimension "Kjonn": "category": not a JSON object`},
		{name: "index shorter than size", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = []string{"1"} }, want: `dimension "Kjonn": category "index" has 1 codes, "size" says 2`},
		{name: "index repeats a code", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = []string{"1", "1"} }, want: `category "1" appears twice in "index"`},
		{name: "index object shorter than size", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = map[string]int{"1": 0} }, want: `category "index" has 1 codes, "size" says 2`},
		{name: "index position out of range", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = map[string]int{"1": 0, "2": 2} }, want: `category "2": position 2 outside 0..1`},
		{name: "index position negative", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = map[string]int{"1": -1, "2": 0} }, want: `category "1": position -1 outside 0..1`},
		{name: "index position repeated", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = map[string]int{"1": 1, "2": 1} }, want: `position 1 is taken by "1" too`},
		{name: "index position fraction", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = map[string]any{"1": 0, "2": 0.5} }, want: `category "2": position 0.5 is not an integer`},
		{name: "index object repeated key", raw: func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"index":["1","2"]`, `"index":{"1":0,"1":1}`, 1))
		}, want: `key "1" appears twice`},
		{name: "index a string", doc: func(m map[string]any) { cat(m, "Kjonn")["index"] = "1,2" }, want: `category "index" is neither an array nor an object`},
		{name: "no index for two categories", doc: func(m map[string]any) { delete(cat(m, "Kjonn"), "index") }, want: `dimension "Kjonn": no category "index"`},
		{name: "no index, no label", doc: func(m map[string]any) {
			delete(cat(m, "ContentsCode"), "index")
			delete(cat(m, "ContentsCode"), "label")
		}, want: `dimension "ContentsCode": no category "index"`},
		{name: "label of a code not in index", doc: func(m map[string]any) {
			cat(m, "Kjonn")["label"] = map[string]string{"1": "Menn", "2": "Kvinner", "0": "Begge kjønn"}
		}, want: `dimension "Kjonn": category "0" has a label but is not in "index"`},
		{name: "label not a string", doc: func(m map[string]any) { cat(m, "Kjonn")["label"] = map[string]any{"1": 1} }, want: `dimension "Kjonn": category "1": label: json: cannot unmarshal`},
		{name: "label not an object", doc: func(m map[string]any) { cat(m, "Kjonn")["label"] = []string{"Menn"} }, want: `dimension "Kjonn": category "label": not a JSON object`},

		// ContentsCode.
		{name: "no Personer1", set: func(s *jstSet) {
			s.dim("ContentsCode").codes = []string{"Personer"}
			s.dim("ContentsCode").labels = nil
		}, want: `dimension "ContentsCode" has no category "Personer1"`},

		// Region.
		{name: "municipality twice", set: func(s *jstSet) {
			s.dim("Region").codes = []string{"0301", "0", "K-0301"}
			s.dim("Region").labels = map[string]string{"0301": "Oslo", "K-0301": "Oslo"}
		}, want: `dimension "Region": category "K-0301" is municipality 0301 like category "0301"`},
		{name: "municipality without label", set: func(s *jstSet) { delete(s.dim("Region").labels, "K-4601") }, want: `dimension "Region": category "K-4601" has no label`},
		{name: "municipality with an empty name", set: func(s *jstSet) { s.dim("Region").labels["K-4601"] = " (2020-)" }, want: `dimension "Region": category "K-4601" has the empty name`},

		// Kjonn.
		{name: "both 0 and 3", set: func(s *jstSet) { s.dim("Kjonn").codes = []string{"0", "1", "2", "3"}; s.dim("Kjonn").labels = nil }, want: `dimension "Kjonn" has both "0" and "3"`},

		// Alder.
		{name: "age range", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "000-017") }, want: `dimension "Alder": category "000-017" is not an age`},
		{name: "age total class", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "F000-017") }, want: `category "F000-017" is not an age`},
		{name: "age of four digits", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "1000") }, want: `category "1000" is not an age`},
		{name: "age plus alone", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "+") }, want: `category "+" is not an age`},
		{name: "age with sign", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "-1") }, want: `category "-1" is not an age`},
		{name: "age empty", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "") }, want: `category "" is not an age`},
		{name: "age twice", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "17") }, want: `category "17" is age 17 like category "017"`},
		{name: "age twice with plus", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges("018"), "18+") }, want: `category "18+" is age 18 like category "018"`},
		{name: "age missing", set: func(s *jstSet) { s.dim("Alder").codes = slices.Delete(jstAges("018"), 5, 6) }, want: `dimension "Alder" has no category for age 5`},
		{name: "two open classes", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "18+", "19+") }, want: `category "19+" is a second open class besides "18+"`},
		{name: "open class of children", set: func(s *jstSet) {
			s.dim("Alder").codes = append(jstAges()[:17], "17+")
		}, want: `category "17+" is an open class that includes both children and adults`},
		{name: "open class not the highest", set: func(s *jstSet) { s.dim("Alder").codes = append(jstAges(), "18+", "019") }, want: `category "18+" is an open class below age 19`},

		// Tid.
		{name: "year of two digits", set: func(s *jstSet) { s.dim("Tid").codes = []string{"2026", "27"} }, want: `dimension "Tid": category "27" is not a year`},
		{name: "year out of range", set: func(s *jstSet) { s.dim("Tid").codes = []string{"1899", "2027"} }, want: `category "1899" is not a year: year 1899 out of range`},
		{name: "year with month", set: func(s *jstSet) { s.dim("Tid").codes = []string{"2027M01"} }, want: `category "2027M01" is not a year`},

		// Values.
		{name: "no value", doc: func(m map[string]any) { delete(m, "value") }, want: `no "value"`},
		{name: "value a string", doc: func(m map[string]any) { m["value"] = "1,2,3" }, want: `"value" is neither an array nor an object`},
		{name: "value short", doc: func(m map[string]any) { v := m["value"].([]any); m["value"] = v[:len(v)-1] }, want: `"value" has 319 cells, "size" gives 320`},
		{name: "value long", doc: func(m map[string]any) { m["value"] = append(m["value"].([]any), 1) }, want: `"value" has more than the 320 cells`},
		{name: "value empty", doc: func(m map[string]any) { m["value"] = []any{} }, want: `"value" has 0 cells, "size" gives 320`},
		{name: "null cell read", set: func(s *jstSet) { s.value = jstCell(nil) },
			want: `cell 131 (Region "0301", Kjonn "2", Alder "005", ContentsCode "Personer1", Tid "2027") is missing (null)`},
		{name: "string cell read", set: func(s *jstSet) { s.value = jstCell("..") }, want: `Alder "005", ContentsCode "Personer1", Tid "2027") is the string ".."`},
		{name: "fraction", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("1.5")) }, want: `is 1.5, not a non-negative integer without fraction or exponent`},
		{name: "zero fraction", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("1.0")) }, want: `is 1.0, not a non-negative integer`},
		{name: "negative", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("-3")) }, want: `is -3, not a non-negative integer`},
		{name: "negative zero", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("-0")) }, want: `is -0, not a non-negative integer`},
		{name: "exponent", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("1e3")) }, want: `is 1e3, not a non-negative integer`},
		{name: "exponent upper case", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("1E3")) }, want: `is 1E3, not a non-negative integer`},
		{name: "count above 10^12", set: func(s *jstSet) { s.value = jstCell(int64(jstatMaxCount + 1)) }, want: `is 1000000000001, more than 1000000000000`},
		{name: "count beyond int64", set: func(s *jstSet) { s.value = jstCell(json.RawMessage("99999999999999999999")) }, want: `is 99999999999999999999, not a non-negative integer`},
		{name: "nested array cell", set: func(s *jstSet) { s.value = jstCell([]int{1}) }, want: `is not a number, string or null`},
		{name: "nested array cell not read", doc: func(m map[string]any) { m["value"].([]any)[0] = []int{1} }, want: `cell 0 (Region "0", Kjonn "1", Alder "000", ContentsCode "Personer1", Tid "2026") is not a number, string or null`},
		{name: "bool cell", set: func(s *jstSet) { s.value = jstCell(true) }, want: `is not a number, string or null`},
		{name: "sum above 10^12", set: func(s *jstSet) {
			s.value = func(c map[string]string) any {
				if c["Region"] == "K-4601" {
					return int64(jstatMaxCount / 10)
				}
				return jstHash(c)
			}
		}, want: `the total of 4601 Bergen in 2026 exceeds 1000000000000`},

		// Sparse values.
		{name: "sparse cell missing", set: func(s *jstSet) { s.sparse, s.value = true, jstCell(jstOmit) },
			want: `cell 131 (Region "0301", Kjonn "2", Alder "005", ContentsCode "Personer1", Tid "2027") is missing`},
		{name: "sparse empty", set: func(s *jstSet) { s.sparse = true }, doc: func(m map[string]any) { m["value"] = map[string]any{} },
			want: `cell 80 (Region "0301", Kjonn "1", Alder "000", ContentsCode "Personer1", Tid "2026") is missing`},
		{name: "sparse null read", set: func(s *jstSet) { s.sparse, s.value = true, jstCell(nil) }, want: `cell 131 (Region "0301", Kjonn "2", Alder "005", ContentsCode "Personer1", Tid "2027") is missing (null)`},
		{name: "sparse fraction", set: func(s *jstSet) { s.sparse, s.value = true, jstCell(json.RawMessage("2.5")) }, want: `is 2.5, not a non-negative integer`},
		{name: "sparse key with leading zero", set: func(s *jstSet) { s.sparse = true }, doc: func(m map[string]any) { m["value"].(map[string]any)["01"] = 1 },
			want: `"value": key "01" is not a cell index`},
		{name: "sparse key negative", set: func(s *jstSet) { s.sparse = true }, doc: func(m map[string]any) { m["value"].(map[string]any)["-1"] = 1 },
			want: `"value": key "-1" is not a cell index`},
		{name: "sparse key not a number", set: func(s *jstSet) { s.sparse = true }, doc: func(m map[string]any) { m["value"].(map[string]any)["Oslo"] = 1 },
			want: `"value": key "Oslo" is not a cell index`},
		{name: "sparse key beyond the cells", set: func(s *jstSet) { s.sparse = true }, doc: func(m map[string]any) { m["value"].(map[string]any)["320"] = 1 },
			want: `"value": key "320" is beyond the 320 cells`},
		{name: "sparse key repeated", set: func(s *jstSet) { s.sparse = true }, raw: func(b []byte) []byte {
			return []byte(strings.Replace(string(b), `"value":{`, `"value":{"5":1,`, 1))
		}, want: `"value": key "5" appears twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := jstBase()
			if tt.set != nil {
				tt.set(&s)
			}
			m := s.doc()
			if tt.doc != nil {
				tt.doc(m)
			}
			b := jstMarshal(t, m)
			if tt.raw != nil {
				b = tt.raw(b)
			}
			rows, err := ParsePopulationJSONStat(b)
			require.ErrorIs(t, err, ErrInput)
			assert.Nil(t, rows)
			assert.Contains(t, err.Error(), "07459 JSON-stat: ")
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestParsePopulationJSONStatTooLong(t *testing.T) {
	b := jstBase().json(t)
	_, err := ParsePopulationJSONStat(b)
	require.NoError(t, err)
	// Valid JSON padded with spaces past the limit is refused, unread.
	long := append(b, make([]byte, MaxJSONStatBytes+1-len(b))...)
	for i := len(b); i < len(long); i++ {
		long[i] = ' '
	}
	_, err = ParsePopulationJSONStat(long)
	require.ErrorIs(t, err, ErrInput)
	assert.Contains(t, err.Error(), "longer than the limit of 67108864 bytes")
	_, err = ParsePopulationJSONStat(long[:MaxJSONStatBytes])
	assert.NoError(t, err)
}

// TestParsePopulationJSONStatRandom builds random small datasets, writes them as JSON-stat in
// its different forms, and checks the parsed rows against sums computed directly.
func TestParsePopulationJSONStatRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7459, 2027))
	pick := func(pool []string, n int) []string {
		p := slices.Clone(pool)
		rng.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		return p[:n]
	}
	regionPool := []string{"0", "03", "46", "F-46", "0000", "9999", "0301", "K-4601", "1508", "K-1875", "5001", "3101", "K-3401", "1103"}
	decorations := []string{"", "", " (2024-)", " (-2019)", " (2020-2023)", " (Innlandet)"}
	for i := range 300 {
		var s jstSet
		s.names = map[string]string{}
		region := jstDim{id: "Region", labels: map[string]string{}}
		seen := map[string]bool{}
		for _, c := range pick(regionPool, 1+rng.IntN(5)) {
			if seen[strings.TrimPrefix(c, "K-")] {
				continue
			}
			seen[strings.TrimPrefix(c, "K-")] = true
			region.codes = append(region.codes, c)
			name := "Kommune " + c
			dec := decorations[rng.IntN(len(decorations))]
			region.labels[c] = name + dec
			if dec != " (Innlandet)" {
				s.names[c] = name
			} else {
				s.names[c] = name + dec
			}
		}
		sex := jstDim{id: "Kjonn", codes: pick([]string{"1", "2"}, 1+rng.IntN(2))}
		if rng.IntN(4) == 0 {
			sex.codes = append(sex.codes, []string{"0", "3"}[rng.IntN(2)])
		}
		var ages []string
		for a := range 18 + rng.IntN(6) {
			if rng.IntN(2) == 0 {
				ages = append(ages, strconv.Itoa(a))
			} else {
				ages = append(ages, fmt.Sprintf("%03d", a))
			}
		}
		if rng.IntN(2) == 0 {
			ages = append(ages, "105+")
		}
		age := jstDim{id: "Alder", codes: pick(ages, len(ages))}
		contents := jstDim{id: "ContentsCode", codes: pick([]string{"Personer1", "Endringer", "Andel"}, 1+rng.IntN(3))}
		if !slices.Contains(contents.codes, "Personer1") {
			contents.codes = append(contents.codes, "Personer1")
		}
		years := jstDim{id: "Tid", codes: pick([]string{"2017", "2020", "2024", "2026", "2027"}, 1+rng.IntN(3))}
		s.dims = []jstDim{region, sex, age, contents, years}
		if rng.IntN(3) == 0 {
			s.dims = append(s.dims, jstDim{id: "Statsborgerskap", codes: []string{"00"}, labels: map[string]string{"00": "I alt"}, noIndex: rng.IntN(2) == 0})
		}
		rng.Shuffle(len(s.dims), func(i, j int) { s.dims[i], s.dims[j] = s.dims[j], s.dims[i] })
		if d := s.dim("ContentsCode"); len(d.codes) == 1 && rng.IntN(2) == 0 {
			d.labels, d.noIndex = map[string]string{"Personer1": "Personer"}, true
		}
		s.sparse, s.indexObject = rng.IntN(2) == 0, rng.IntN(2) == 0

		counts := map[string]any{}
		key := func(c map[string]string) string {
			return fmt.Sprint(c["Region"], "|", c["Kjonn"], "|", c["Alder"], "|", c["ContentsCode"], "|", c["Tid"])
		}
		s.cells(func(_ int, c map[string]string) {
			var v any = int64(rng.IntN(100000))
			if c["ContentsCode"] != "Personer1" {
				v = []any{nil, "..", json.RawMessage("-2.5"), jstOmit}[rng.IntN(4)]
			} else if code := strings.TrimPrefix(c["Region"], "K-"); len(code) != 4 || code == "0000" || code == "9999" {
				v = []any{nil, int64(5), jstOmit}[rng.IntN(3)]
			}
			counts[key(c)] = v
		})
		s.value = func(c map[string]string) any { return counts[key(c)] }

		b := s.json(t)
		rows, err := ParsePopulationJSONStat(b)
		require.NoError(t, err, "dataset %d: %s", i, b)
		assert.Equal(t, s.want(t), rows, "dataset %d: %s", i, b)
	}
}
