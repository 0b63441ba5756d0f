package geogen

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// MaxJSONStatBytes is the largest input, in bytes, that [ParsePopulationJSONStat] accepts
// (64 MiB; største tillatte JSON-stat-fil). One year of SSB's table 07459 for every
// municipality, both sexes and all 106 age classes is some 76 000 cells, well under a MiB, so
// the limit leaves room for many years while bounding the memory a malformed or hostile file
// can claim.
const MaxJSONStatBytes = 64 << 20

// Further bounds of ParsePopulationJSONStat.
const (
	// jstatMaxCells is the largest product of "size" (antall celler) accepted.
	jstatMaxCells = 50_000_000
	// jstatMaxCount is the largest count (antall personer), and the largest sum of counts,
	// accepted: 10^12.
	jstatMaxCount = 1_000_000_000_000
	// jstatPersons is the ContentsCode (statistikkvariabel) of 07459's persons (personer).
	jstatPersons = "Personer1"
	// jstatChildMaxAge is the highest age (alder) counted as a child (barn).
	jstatChildMaxAge = 17
)

// The dimensions of table 07459, in the order of jstatDimIDs.
const (
	jstatDimRegion = iota
	jstatDimSex
	jstatDimAge
	jstatDimContents
	jstatDimTime
)

// jstatDimIDs are the ids of the dimensions ParsePopulationJSONStat reads: region, kjønn
// (sex), alder (age), statistikkvariabel (contents) and tid (year).
var jstatDimIDs = [...]string{"Region", "Kjonn", "Alder", "ContentsCode", "Tid"}

// jstatYearRange matches SSB's decoration of a region label with the years the region code
// was valid: " (2020-2023)", " (-2019)" or " (2024-)".
var jstatYearRange = regexp.MustCompile(`^(.*) \((?:[0-9]{4}-[0-9]{4}|-[0-9]{4}|[0-9]{4}-)\)$`)

// ParsePopulationJSONStat parses a JSON-stat 2.0 dataset of SSB table 07459 ("Befolkning,
// etter region, kjønn, alder, statistikkvariabel og år"; population by region, sex, age,
// contents and year) as SSB's PxWebApi returns it, and returns one PopulationRow per
// municipality (kommune) and year (år): the persons (personer, folkemengde) living there on 1
// January of the year, aged 0–17 (Children, barn) and in total (Total, i alt). The rows are
// sorted by year, then by municipality code.
//
// The document must be a JSON object with
//   - "class": "dataset", and "version": "2.0" when a version is given;
//   - "id": the dimension ids, distinct, and "size": the number of categories of each, in
//     the same order, every size at least 1;
//   - "dimension": an object with exactly one member per id, each with a "category" that has
//     an "index" (an array of codes, or an object mapping each code to its position, the
//     positions being 0..size-1 each once) and an optional "label" (an object mapping codes of
//     the index to strings). Following JSON-stat, a dimension of one category may omit
//     "index"; its "label" then names exactly that one code;
//   - "value": the cells in row-major order (the last dimension of "id" varies fastest),
//     either as an array with exactly one element per cell (product of "size") or in the
//     sparse form: an object mapping the flat cell index, written in decimal without leading
//     zeros, to the value; a cell absent from the object is missing (null).
//
// Keys are matched exactly (case-sensitively), and an object read with a repeated key is
// rejected.
// Other top-level members ("label", "source", "updated", "status", "extension", "note",
// "role", "href", "link", "error", ...) and other members of a dimension or category (its
// "label", "unit", "child", ...) are ignored.
//
// It reads these dimensions, matched by id exactly; a further dimension is an error unless it
// has a single category, and is then ignored:
//   - "ContentsCode" (statistikkvariabel) must have the category "Personer1" (persons,
//     personer); only that category is read, other contents codes are ignored.
//   - "Region": a code of four digits, optionally prefixed "K-" as in SSB's aggregated value
//     sets ("K-3101" is 3101), is a municipality (kommune); the prefix is removed. Any other
//     code ("0" Hele landet, two-digit counties, "F-03", ...) is skipped, and so are "0000"
//     and "9999" (Uoppgitt, unknown), which are not municipalities. A municipality given twice
//     (e.g. "3101" and "K-3101") is an error. Name is the category's label without SSB's
//     trailing year-range decoration (" (2024-)", " (-2019)", " (2020-2023)"), otherwise as
//     is (e.g. "Hábmer - Hamarøy"); a municipality without a label is an error. County
//     (fylke) is the first two digits of the code.
//   - "Kjonn" (kjønn, sex): the categories are summed (SSB gives "1" menn, men, and "2"
//     kvinner, women). If a category "0" or "3" (begge kjønn, both sexes) is present, only that
//     category is read instead; both "0" and "3" is an error.
//   - "Alder" (alder, age): every code is one to three digits, optionally followed by "+"
//     for an open top class ("000".."104", "105+"), read as the age in years. Any other code
//     (a range like "000-017", "F000-017", a total like "999999") is an error, as are two
//     codes of the same age ("17" and "017"), more than one open class, an open class that
//     is not the highest age or starts at 17 or below, and a missing age 0..17. Children is
//     the sum over ages 0–17 inclusive, Total the sum over all ages.
//   - "Tid" (tid, year): every code is a year of four digits (1900–2999); the counts are for
//     1 January of that year.
//
// Every cell read (a municipality, a year, a sex read, any age, Personer1) must be a
// non-negative integer: a JSON number without sign, fraction or exponent (1.5, -3 and 1e3 are
// errors), at most 10^12. A null or absent cell read is an error naming the municipality, year,
// sex and age. Cells not read may be any number, string or null. Sums are kept in int64 and a
// Total above 10^12 is an error; as counts are non-negative, 0 ≤ Children ≤ Total.
//
// Cost is bounded: an input longer than [MaxJSONStatBytes] is refused before decoding, and a
// product of "size" above 50 000 000 cells is refused before anything proportional to it is
// allocated, as is an array "value" whose length differs from that product. A dataset
// without a municipality gives no rows and no error.
//
// Every error wraps [ErrInput] and says where the problem is, e.g. `dimension "Alder":
// category "000-017" is not an age`.
func ParsePopulationJSONStat(b []byte) ([]PopulationRow, error) {
	if len(b) > MaxJSONStatBytes {
		return nil, jstatErr("input of %d bytes is longer than the limit of %d bytes", len(b), MaxJSONStatBytes)
	}
	top, err := jstatObject(b)
	if err != nil {
		return nil, jstatErr("%v", err)
	}
	var class string
	if err := jstatMember(top, "class", &class); err != nil {
		return nil, err
	}
	if class != "dataset" {
		return nil, jstatErr("class %q, want \"dataset\"", class)
	}
	if _, ok := top["version"]; ok {
		var version string
		if err := jstatMember(top, "version", &version); err != nil {
			return nil, err
		}
		if version != "2.0" {
			return nil, jstatErr("version %q, want \"2.0\"", version)
		}
	}
	var ids []string
	if err := jstatMember(top, "id", &ids); err != nil {
		return nil, err
	}
	var sizes []int64
	if err := jstatMember(top, "size", &sizes); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, jstatErr("\"id\" is empty")
	}
	if len(sizes) != len(ids) {
		return nil, jstatErr("\"size\" has %d elements, \"id\" %d", len(sizes), len(ids))
	}
	// The product of the sizes, checked step by step so that it cannot overflow.
	cells := int64(1)
	for i, s := range sizes {
		if s < 1 {
			return nil, jstatErr("dimension %q: size %d, want at least 1", ids[i], s)
		}
		if s > jstatMaxCells/cells {
			return nil, jstatErr("the dataset has more than %d cells (\"size\" %v)", jstatMaxCells, sizes)
		}
		cells *= s
	}
	pos := map[string]int{} // dimension id → position in ids
	for i, id := range ids {
		if _, dup := pos[id]; dup {
			return nil, jstatErr("dimension %q is listed twice in \"id\"", id)
		}
		pos[id] = i
	}
	dimRaw, ok := top["dimension"]
	if !ok {
		return nil, jstatErr("no \"dimension\"")
	}
	dimObj, err := jstatObject(dimRaw)
	if err != nil {
		return nil, jstatErr("\"dimension\": %v", err)
	}
	for _, id := range slices.Sorted(maps.Keys(dimObj)) {
		if _, ok := pos[id]; !ok {
			return nil, jstatErr("dimension %q is not in \"id\"", id)
		}
	}
	dims := make([]jstatDim, len(ids))
	for i, id := range ids {
		raw, ok := dimObj[id]
		if !ok {
			return nil, jstatErr("dimension %q of \"id\" is missing in \"dimension\"", id)
		}
		if dims[i], err = jstatParseDim(id, int(sizes[i]), raw); err != nil {
			return nil, err
		}
	}
	var at [len(jstatDimIDs)]int // position in ids of each dimension read
	for k, id := range jstatDimIDs {
		i, ok := pos[id]
		if !ok {
			return nil, jstatErr("no dimension %q", id)
		}
		at[k] = i
	}
	for i, id := range ids {
		if !slices.Contains(jstatDimIDs[:], id) && sizes[i] != 1 {
			return nil, jstatErr("dimension %q has %d categories; a dimension other than %s must have one", id, sizes[i], strings.Join(jstatDimIDs[:], ", "))
		}
	}

	t, err := newJStatTable(dims, at)
	if err != nil {
		return nil, err
	}
	if _, ok := top["value"]; !ok {
		return nil, jstatErr("no \"value\"")
	}
	if err := t.readValues(top["value"], cells); err != nil {
		return nil, err
	}
	return t.rows(), nil
}

// jstatErr returns an error wrapping ErrInput with the prefix of this file's errors.
func jstatErr(format string, args ...any) error {
	return fmt.Errorf("%w: 07459 JSON-stat: "+format, append([]any{ErrInput}, args...)...)
}

// jstatObject decodes a JSON object into its members, keyed exactly as written (unlike
// encoding/json's struct fields, which match case-insensitively). A repeated key, a value that
// is not an object and trailing data are errors.
func jstatObject(b []byte) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object")
	}
	out := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := tok.(string) // a key in an object is always a string
		if _, dup := out[key]; dup {
			return nil, fmt.Errorf("key %q appears twice", key)
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		out[key] = v
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON object")
	}
	return out, nil
}

// jstatMember decodes the member key of the top-level object into v; a missing member is an
// error.
func jstatMember(obj map[string]json.RawMessage, key string, v any) error {
	raw, ok := obj[key]
	if !ok {
		return jstatErr("no %q", key)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return jstatErr("%q: %v", key, err)
	}
	return nil
}

// jstatDim is a dimension's categories.
type jstatDim struct {
	id string
	// codes are the category codes by position.
	codes []string
	// labels are the category labels by code; a code may lack one.
	labels map[string]string
}

// jstatParseDim parses the dimension id of size categories.
func jstatParseDim(id string, size int, raw json.RawMessage) (jstatDim, error) {
	d := jstatDim{id: id, labels: map[string]string{}}
	errf := func(format string, args ...any) error {
		return jstatErr("dimension %q: "+format, append([]any{id}, args...)...)
	}
	obj, err := jstatObject(raw)
	if err != nil {
		return d, errf("%v", err)
	}
	catRaw, ok := obj["category"]
	if !ok {
		return d, errf("no \"category\"")
	}
	cat, err := jstatObject(catRaw)
	if err != nil {
		return d, errf("\"category\": %v", err)
	}
	if raw, ok := cat["label"]; ok {
		labels, err := jstatObject(raw)
		if err != nil {
			return d, errf("category \"label\": %v", err)
		}
		for _, code := range slices.Sorted(maps.Keys(labels)) {
			raw := labels[code]
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return d, errf("category %q: label: %v", code, err)
			}
			d.labels[code] = s
		}
	}
	indexRaw, ok := cat["index"]
	switch {
	case !ok:
		// JSON-stat: a dimension of one category may name it in "label" alone.
		if len(d.labels) != 1 || size != 1 {
			return d, errf("no category \"index\" (allowed only for one category named by \"label\"; size %d, %d labels)", size, len(d.labels))
		}
		for code := range d.labels {
			d.codes = []string{code}
		}
	case bytes.HasPrefix(bytes.TrimLeft(indexRaw, " \t\r\n"), []byte("[")):
		if err := json.Unmarshal(indexRaw, &d.codes); err != nil {
			return d, errf("category \"index\": %v", err)
		}
		if len(d.codes) != size {
			return d, errf("category \"index\" has %d codes, \"size\" says %d", len(d.codes), size)
		}
		seen := make(map[string]bool, len(d.codes))
		for _, c := range d.codes {
			if seen[c] {
				return d, errf("category %q appears twice in \"index\"", c)
			}
			seen[c] = true
		}
	case bytes.HasPrefix(bytes.TrimLeft(indexRaw, " \t\r\n"), []byte("{")):
		index, err := jstatObject(indexRaw)
		if err != nil {
			return d, errf("category \"index\": %v", err)
		}
		if len(index) != size {
			return d, errf("category \"index\" has %d codes, \"size\" says %d", len(index), size)
		}
		d.codes = make([]string, size)
		filled := make([]bool, size)
		for _, code := range slices.Sorted(maps.Keys(index)) {
			raw := index[code]
			var p int
			if err := json.Unmarshal(raw, &p); err != nil {
				return d, errf("category %q: position %s is not an integer", code, raw)
			}
			if p < 0 || p >= size {
				return d, errf("category %q: position %d outside 0..%d", code, p, size-1)
			}
			if filled[p] {
				return d, errf("category %q: position %d is taken by %q too", code, p, d.codes[p])
			}
			filled[p] = true
			d.codes[p] = code
		}
	default:
		return d, errf("category \"index\" is neither an array nor an object")
	}
	inIndex := make(map[string]bool, len(d.codes))
	for _, c := range d.codes {
		inIndex[c] = true
	}
	for _, code := range slices.Sorted(maps.Keys(d.labels)) {
		if !inIndex[code] {
			return d, errf("category %q has a label but is not in \"index\"", code)
		}
	}
	return d, nil
}

// jstatAge is a parsed category of Alder.
type jstatAge struct {
	age  int
	open bool // "105+": that age and older
}

// jstatParseAge parses an age code: one to three digits, optionally followed by "+".
func jstatParseAge(code string) (jstatAge, bool) {
	s, open := strings.CutSuffix(code, "+")
	if !isCode(s, len(s)) || len(s) < 1 || len(s) > 3 {
		return jstatAge{}, false
	}
	n, _ := strconv.Atoi(s)
	return jstatAge{age: n, open: open}, true
}

// jstatMunicipality is a Region category that is a municipality (kommune).
type jstatMunicipality struct {
	code, name string
	pos        int // position in Region
}

// jstatTable maps the cells of the dataset to the rows they add to.
type jstatTable struct {
	dims    []jstatDim
	at      [len(jstatDimIDs)]int // position in dims of Region, Kjonn, Alder, ContentsCode, Tid
	strides []int64               // flat-index stride of each dimension (row-major)

	regions  []jstatMunicipality // municipalities read, by slot
	regionOf []int               // slot of each Region position, or -1 when skipped
	sexRead  []bool              // whether each Kjonn position is read
	sexes    int                 // number of Kjonn positions read
	ages     []jstatAge          // age of each Alder position
	years    []int               // year of each Tid position
	persons  int                 // ContentsCode position of Personer1

	children, total []int64  // sums by slot*len(years)+year position
	got             int64    // cells read that had a value
	seen            []uint64 // sparse "value": bit set of the cell indexes given
}

// newJStatTable checks the categories of the dimensions read and prepares the sums.
func newJStatTable(dims []jstatDim, at [len(jstatDimIDs)]int) (*jstatTable, error) {
	t := &jstatTable{dims: dims, at: at, strides: make([]int64, len(dims))}
	stride := int64(1)
	for i := len(dims) - 1; i >= 0; i-- {
		t.strides[i] = stride
		stride *= int64(len(dims[i].codes))
	}
	catErr := func(dim int, code, format string, args ...any) error {
		return jstatErr("dimension %q: category %q "+format, append([]any{jstatDimIDs[dim], code}, args...)...)
	}

	contents := dims[at[jstatDimContents]]
	t.persons = slices.Index(contents.codes, jstatPersons)
	if t.persons < 0 {
		return nil, jstatErr("dimension %q has no category %q (persons)", jstatDimIDs[jstatDimContents], jstatPersons)
	}

	region := dims[at[jstatDimRegion]]
	t.regionOf = make([]int, len(region.codes))
	slotOf := map[string]string{} // municipality code → region code that gave it
	for p, code := range region.codes {
		t.regionOf[p] = -1
		c := strings.TrimPrefix(code, "K-")
		if !isCode(c, 4) || c == "0000" || c == unknownCode {
			continue
		}
		if prev, dup := slotOf[c]; dup {
			return nil, catErr(jstatDimRegion, code, "is municipality %s like category %q", c, prev)
		}
		slotOf[c] = code
		label, ok := region.labels[code]
		if !ok {
			return nil, catErr(jstatDimRegion, code, "has no label (municipality name)")
		}
		name := label
		if m := jstatYearRange.FindStringSubmatch(label); m != nil {
			name = m[1]
		}
		if strings.TrimSpace(name) == "" {
			return nil, catErr(jstatDimRegion, code, "has the empty name %q", label)
		}
		t.regionOf[p] = len(t.regions)
		t.regions = append(t.regions, jstatMunicipality{code: c, name: name, pos: p})
	}

	sex := dims[at[jstatDimSex]]
	t.sexRead = make([]bool, len(sex.codes))
	both0, both3 := slices.Index(sex.codes, "0"), slices.Index(sex.codes, "3")
	switch {
	case both0 >= 0 && both3 >= 0:
		return nil, jstatErr("dimension %q has both \"0\" and \"3\" (both sexes)", jstatDimIDs[jstatDimSex])
	case both0 >= 0:
		t.sexRead[both0] = true
	case both3 >= 0:
		t.sexRead[both3] = true
	default:
		for p := range t.sexRead {
			t.sexRead[p] = true
		}
	}
	for _, r := range t.sexRead {
		if r {
			t.sexes++
		}
	}

	age := dims[at[jstatDimAge]]
	t.ages = make([]jstatAge, len(age.codes))
	byAge := map[int]string{}
	open := -1 // position of the open class
	for p, code := range age.codes {
		a, ok := jstatParseAge(code)
		if !ok {
			return nil, catErr(jstatDimAge, code, "is not an age (one to three digits, optionally followed by \"+\")")
		}
		if prev, dup := byAge[a.age]; dup {
			return nil, catErr(jstatDimAge, code, "is age %d like category %q", a.age, prev)
		}
		byAge[a.age] = code
		if a.open {
			if open >= 0 {
				return nil, catErr(jstatDimAge, code, "is a second open class besides %q", age.codes[open])
			}
			if a.age <= jstatChildMaxAge {
				return nil, catErr(jstatDimAge, code, "is an open class that includes both children and adults")
			}
			open = p
		}
		t.ages[p] = a
	}
	if open >= 0 {
		for _, a := range t.ages {
			if a.age > t.ages[open].age {
				return nil, catErr(jstatDimAge, age.codes[open], "is an open class below age %d", a.age)
			}
		}
	}
	for a := 0; a <= jstatChildMaxAge; a++ {
		if _, ok := byAge[a]; !ok {
			return nil, jstatErr("dimension %q has no category for age %d", jstatDimIDs[jstatDimAge], a)
		}
	}

	tid := dims[at[jstatDimTime]]
	t.years = make([]int, len(tid.codes))
	for p, code := range tid.codes {
		y, err := parseYear(code)
		if err != nil {
			return nil, catErr(jstatDimTime, code, "is not a year: %v", err)
		}
		t.years[p] = y
	}

	n := len(t.regions) * len(t.years)
	t.children, t.total = make([]int64, n), make([]int64, n)
	return t, nil
}

// cell returns the sum slot (slot*len(years)+year position) and the Alder position of the cell
// at flat index k, and whether the cell is read at all.
func (t *jstatTable) cell(k int64) (sum, age int, read bool) {
	coord := func(dim int) int {
		i := t.at[dim]
		return int(k / t.strides[i] % int64(len(t.dims[i].codes)))
	}
	if coord(jstatDimContents) != t.persons || !t.sexRead[coord(jstatDimSex)] {
		return 0, 0, false
	}
	slot := t.regionOf[coord(jstatDimRegion)]
	if slot < 0 {
		return 0, 0, false
	}
	return slot*len(t.years) + coord(jstatDimTime), coord(jstatDimAge), true
}

// where describes the cell at flat index k for an error message.
func (t *jstatTable) where(k int64) string {
	var parts []string
	for i, d := range t.dims {
		parts = append(parts, fmt.Sprintf("%s %q", d.id, d.codes[k/t.strides[i]%int64(len(d.codes))]))
	}
	return fmt.Sprintf("cell %d (%s)", k, strings.Join(parts, ", "))
}

// add adds the value tok of the cell at flat index k to its sums, if the cell is read.
func (t *jstatTable) add(k int64, tok json.Token) error {
	switch tok.(type) {
	case json.Number, string, nil:
	default:
		return jstatErr("\"value\": %s is not a number, string or null", t.where(k))
	}
	sum, age, read := t.cell(k)
	if !read {
		return nil
	}
	if tok == nil {
		return jstatErr("\"value\": %s is missing (null)", t.where(k))
	}
	num, ok := tok.(json.Number)
	if !ok {
		return jstatErr("\"value\": %s is the string %q, not a count", t.where(k), tok)
	}
	s := string(num)
	if !isCode(s, len(s)) || len(s) > 13 {
		return jstatErr("\"value\": %s is %s, not a non-negative integer without fraction or exponent", t.where(k), s)
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil || v > jstatMaxCount {
		return jstatErr("\"value\": %s is %s, more than %d", t.where(k), s, int64(jstatMaxCount))
	}
	t.total[sum] += v
	if t.ages[age].age <= jstatChildMaxAge {
		t.children[sum] += v
	}
	if t.total[sum] > jstatMaxCount {
		r := t.regions[sum/len(t.years)]
		return jstatErr("the total of %s %s in %d exceeds %d", r.code, r.name, t.years[sum%len(t.years)], int64(jstatMaxCount))
	}
	t.got++
	return nil
}

// readValues reads "value", an array of cells cells long or an object keyed by flat index.
func (t *jstatTable) readValues(raw json.RawMessage, cells int64) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return jstatErr("\"value\": %v", err)
	}
	var k int64
	switch tok {
	case json.Delim('['):
		for ; dec.More(); k++ {
			if k >= cells {
				return jstatErr("\"value\" has more than the %d cells of \"size\"", cells)
			}
			tok, err := dec.Token()
			if err != nil {
				return jstatErr("\"value\": %v", err)
			}
			if err := t.add(k, tok); err != nil {
				return err
			}
		}
		if k != cells {
			return jstatErr("\"value\" has %d cells, \"size\" gives %d", k, cells)
		}
	case json.Delim('{'):
		t.seen = make([]uint64, (cells+63)/64)
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return jstatErr("\"value\": %v", err)
			}
			key, _ := tok.(string)
			k, err := strconv.ParseInt(key, 10, 64)
			if err != nil || k < 0 || strconv.FormatInt(k, 10) != key {
				return jstatErr("\"value\": key %q is not a cell index", key)
			}
			if k >= cells {
				return jstatErr("\"value\": key %q is beyond the %d cells of \"size\"", key, cells)
			}
			if t.seen[k/64]&(1<<(k%64)) != 0 {
				return jstatErr("\"value\": key %q appears twice", key)
			}
			t.seen[k/64] |= 1 << (k % 64)
			if tok, err = dec.Token(); err != nil {
				return jstatErr("\"value\": %v", err)
			}
			if err := t.add(k, tok); err != nil {
				return err
			}
		}
	default:
		return jstatErr("\"value\" is neither an array nor an object")
	}
	if want := int64(len(t.regions)*len(t.years)*t.sexes) * int64(len(t.ages)); t.got != want {
		// Only the sparse form can leave a cell out: name the first missing one.
		if k := t.firstMissing(); k >= 0 {
			return jstatErr("\"value\": %s is missing", t.where(k))
		}
		return jstatErr("\"value\": %d of the %d cells read are missing", want-t.got, want)
	}
	return nil
}

// firstMissing returns the flat index of the first cell read that the sparse "value" lacks,
// or -1 if there is none.
func (t *jstatTable) firstMissing() int64 {
	for slot := range t.regions {
		for y := range t.years {
			for s, read := range t.sexRead {
				if !read {
					continue
				}
				for a := range t.ages {
					k := int64(t.persons)*t.strides[t.at[jstatDimContents]] +
						int64(t.regions[slot].pos)*t.strides[t.at[jstatDimRegion]] +
						int64(y)*t.strides[t.at[jstatDimTime]] +
						int64(s)*t.strides[t.at[jstatDimSex]] +
						int64(a)*t.strides[t.at[jstatDimAge]]
					if t.seen == nil || t.seen[k/64]&(1<<(k%64)) == 0 {
						return k
					}
				}
			}
		}
	}
	return -1
}

// rows returns the sums as rows sorted by year and code.
func (t *jstatTable) rows() []PopulationRow {
	out := make([]PopulationRow, 0, len(t.children))
	for slot, r := range t.regions {
		for y, year := range t.years {
			i := slot*len(t.years) + y
			out = append(out, PopulationRow{
				Year: year, Code: r.code, Name: r.name, County: r.code[:2],
				Children: t.children[i], Total: t.total[i],
			})
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
