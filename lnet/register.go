package lnet

//go:generate go run ./internal/geogen/cmd/geogen -src ../data/ssb -out geodata

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet/geodata"
)

// OpenEnd is the End of a validity interval that is still open: a municipality, county or
// office that was still in force in the newest data the register holds (the 2024 KLASS
// version has no end date). It is 9999-12-31, so Period.Contains works unchanged; test for it
// with ==.
const OpenEnd date.Date = 3652058 // date.New(9999, 12, 31), checked by a test

// LookupError reports a lookup in the [Register] (oppslag i registeret) that failed: a code
// not in use on the date asked (wrapping [ErrNotFound]), a date or year the register does
// not cover (wrapping [ErrOutOfRange]) or a code that is not well formed (wrapping
// [ErrInvalidCode]).
type LookupError struct {
	// What names what was looked up: "municipality", "county", "office" or "population".
	What string
	// Key is the code or id asked for, as text ("1238", "46", "vestland"); "" for a national
	// lookup.
	Key string
	// Date is the day asked about; for a population lookup, 1 January of the year.
	Date date.Date
	// Reason says what was wrong.
	Reason string
	// Err is the sentinel the error wraps.
	Err error
}

// Error returns the message, naming what was looked up and for which date.
func (e *LookupError) Error() string {
	var b strings.Builder
	b.WriteString("lnet: ")
	b.WriteString(e.What)
	if e.Key != "" {
		b.WriteByte(' ')
		b.WriteString(strconv.Quote(e.Key))
	}
	if e.Date != 0 {
		b.WriteString(" on ")
		b.WriteString(e.Date.String())
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Unwrap returns the sentinel error, so errors.Is(err, ErrNotFound) and the like work.
func (e *LookupError) Unwrap() error { return e.Err }

// Register is the geography register (geografiregister): municipalities (kommuner), counties
// (fylker) and county governor offices (embeter) with their validity over time, the
// successions between municipality codes, and the population on 1 January of each year.
//
// The embedded register ([DefaultRegister]) covers every day from 2017-01-01 to 2026-12-31:
// the KLASS 131 versions 2017–2024 of Statistics Norway (Kilde: Statistisk sentralbyrå (SSB))
// and the population on 1 January 2017–2026. No KLASS version for 2025 or 2026 is among the
// sources and no municipality changed on either 1 January, so version 2024 stands through
// 2026; [Register.Basis] states, year by year, which version and which population count the
// answers rest on. Lookups outside the coverage report [ErrOutOfRange]; past the data the
// error says how to go on: load newer files from SSB with [LoadRegister], or carry the last
// known data forward on purpose with [Register.AssumeUnchangedThrough], which marks every
// value that rests on the assumption.
//
// A Register is immutable once loaded and safe for concurrent use; slices it returns are the
// caller's own. The zero Register is empty: every lookup reports ErrOutOfRange.
type Register struct {
	coverage     Period
	munis        []Municipality // sorted by code, then start
	byCode       map[MunicipalityCode][]Municipality
	counties     []County // sorted by code, then start
	countyByCode map[CountyCode][]County
	succ         map[MunicipalityCode][]succession // by old code, sorted by date
	changeDates  []date.Date                       // ascending, distinct
	pop          map[int]map[MunicipalityCode]Population
	countyPop    map[int]map[CountyCode]Population
	nationalPop  map[int]Population
	firstPopYear int
	lastPopYear  int
	offices      []officeDef
	years        map[int]yearInfo // what each year of data rests on
	dataEnd      date.Date        // last day of data (coverage.End without an assumption)
	assumed      bool             // coverage.End > dataEnd by AssumeUnchangedThrough
}

// yearInfo is what one year of data rests on (generated years.csv).
type yearInfo struct {
	classification string
	from           date.Date
	popSource      string
	origin         Origin
}

// succession is one change between municipality codes: old became (part of) new on date. If
// partOf is set, the change carries only the territory of those earlier codes (see
// [Register.Successors]).
type succession struct {
	date     date.Date
	old, new MunicipalityCode
	partOf   []MunicipalityCode
}

var defaultRegister = sync.OnceValue(func() *Register {
	r, err := loadRegister(func(name string) ([]byte, error) { return fs.ReadFile(geodata.FS(), name) }, officeTable, nil)
	if err != nil {
		// The embedded data is checked by the tests (TestDefaultRegisterLoads); this cannot
		// happen in a released build.
		panic(err)
	}
	return r
})

// DefaultRegister returns the register embedded in the package (package lnet/geodata),
// parsed once, on first use. It covers 2017-01-01 to 2026-12-31; [Register.Basis] says what
// each year rests on. For newer data use [LoadRegister]; to go past the data on purpose,
// [Register.AssumeUnchangedThrough].
func DefaultRegister() *Register { return defaultRegister() }

// Coverage returns the days the register answers for, both ends included; dates outside it
// report [ErrOutOfRange]. For the embedded register it is 2017-01-01/2026-12-31. After
// [Register.AssumeUnchangedThrough] it reaches the day given; [Register.DataCoverage] is
// then the part backed by data.
func (r *Register) Coverage() Period { return r.coverage }

// DataCoverage returns the days the register's data covers, both ends included: the same as
// [Register.Coverage] unless the register carries its data forward
// ([Register.AssumeUnchangedThrough]).
func (r *Register) DataCoverage() Period {
	if r == nil || r.munis == nil {
		return Period{}
	}
	return Period{Start: r.coverage.Start, End: r.dataEnd}
}

// Years returns the first and last year whose population on 1 January the register holds
// (2017 and 2026 for the embedded register). Years carried forward by
// [Register.AssumeUnchangedThrough] are not counted: see [Register.Basis].
func (r *Register) Years() (first, last int) { return r.firstPopYear, r.lastPopYear }

// howToGoOn is appended to out-of-range errors past the data.
const howToGoOn = "; load newer SSB files with lnet.LoadRegister, or carry the last known data forward on purpose with Register.AssumeUnchangedThrough"

// checkDate returns the day whose data answers a lookup for d: d itself inside the data, or
// the last day of data for a day the register carries forward. Outside the coverage it
// reports a LookupError wrapping ErrOutOfRange.
func (r *Register) checkDate(what, key string, d date.Date) (date.Date, error) {
	if r != nil && r.munis != nil && r.coverage.Contains(d) {
		return min(d, r.dataEnd), nil
	}
	return 0, r.outOfRange(what, key, d)
}

// outOfRange is the error of checkDate for a day outside the coverage.
func (r *Register) outOfRange(what, key string, d date.Date) error {
	cov := "the register is empty"
	if r != nil && r.munis != nil {
		cov = "the register covers " + r.coverage.String()
		if d > r.coverage.End {
			cov += howToGoOn
		}
	}
	return &LookupError{What: what, Key: key, Date: d, Reason: "date out of range: " + cov, Err: ErrOutOfRange}
}

// asOf returns the day a value for d was carried forward from, or 0 if d has data.
func (r *Register) asOf(d date.Date) date.Date {
	if d > r.dataEnd {
		return r.dataEnd
	}
	return 0
}

// checkYear returns 1 January of year and the year whose population answers for it: year
// itself, or the last year of data for a year the register carries forward. For a year
// without either it reports a LookupError wrapping ErrOutOfRange.
func (r *Register) checkYear(what, key string, year int) (date.Date, int, error) {
	var d date.Date
	if year >= 1 && year <= 9999 {
		d = date.New(year, time.January, 1)
	}
	if r == nil || r.pop == nil || year < r.firstPopYear || year > r.coverage.End.Year() {
		cov := "the register is empty"
		if r != nil && r.pop != nil {
			cov = fmt.Sprintf("the register has %d–%d", r.firstPopYear, r.coverage.End.Year())
			if year > r.lastPopYear {
				cov += howToGoOn
			}
		}
		return d, 0, &LookupError{What: what, Key: key, Date: d, Reason: fmt.Sprintf("year %d out of range: %s", year, cov), Err: ErrOutOfRange}
	}
	return d, min(year, r.lastPopYear), nil
}

// counted returns the CountedYear of a population for year: 0 when year has data.
func (r *Register) counted(year int) int {
	if year > r.lastPopYear {
		return r.lastPopYear
	}
	return 0
}

// Basis returns what the register's answers for year rest on: the KLASS version in force on
// 1 January, the year of the population count, and where the data came from. For a year
// carried forward by [Register.AssumeUnchangedThrough] the Origin is [OriginAssumed] and the
// basis names the last year and day of data. The error wraps [ErrOutOfRange] for a year the
// register does not answer for.
func (r *Register) Basis(year int) (Basis, error) {
	_, py, err := r.checkYear("basis", "", year)
	if err != nil {
		return Basis{}, err
	}
	in := r.years[py]
	b := Basis{Year: year, Classification: in.classification, ClassificationFrom: in.from, PopulationYear: py, Origin: in.origin}
	if year > r.lastPopYear {
		b.Origin, b.StructureDate = OriginAssumed, r.dataEnd
	}
	return b, nil
}

// AssumeUnchangedThrough returns a copy of the register that also answers for the days after
// its data up to and including through, by carrying the last known data forward: lookups on
// those days give the municipalities, counties and offices of the last day of data, with
// AsOf set to that day, and the population of those years is the last year's count, with
// CountedYear set to that year. [Register.Basis] reports such years as [OriginAssumed].
// Nothing is extrapolated: the figures are the last known ones, and every value says so.
//
// A county office that runs next year's round before Statistics Norway publishes the year's
// figures opts in with this; without it, a date past the data is an error wrapping
// [ErrOutOfRange] that says how to go on. If through is not after the data, the copy is the
// register unchanged. The error wraps [ErrOutOfRange] for a register without data.
func (r *Register) AssumeUnchangedThrough(through date.Date) (*Register, error) {
	if r == nil || r.munis == nil {
		return nil, &LookupError{What: "register", Date: through, Reason: "no data to carry forward", Err: ErrOutOfRange}
	}
	c := *r
	c.coverage.End = max(r.dataEnd, through)
	c.assumed = c.coverage.End > r.dataEnd
	return &c, nil
}

// readFunc reads one generated file by name.
type readFunc func(name string) ([]byte, error)

// loadRegister parses the generated files (see package geodata) and checks the office table
// against the counties. origins, if not nil, gives the origin of a year; the default is
// OriginEmbedded.
func loadRegister(read readFunc, offices []officeDef, origins map[int]Origin) (*Register, error) {
	r := &Register{
		byCode:       map[MunicipalityCode][]Municipality{},
		countyByCode: map[CountyCode][]County{},
		succ:         map[MunicipalityCode][]succession{},
		pop:          map[int]map[MunicipalityCode]Population{},
		countyPop:    map[int]map[CountyCode]Population{},
		nationalPop:  map[int]Population{},
	}
	if err := r.loadMunicipalities(read); err != nil {
		return nil, err
	}
	if err := r.loadCounties(read); err != nil {
		return nil, err
	}
	if err := r.loadSuccessions(read); err != nil {
		return nil, err
	}
	if err := r.loadPopulation(read); err != nil {
		return nil, err
	}
	if err := r.loadYears(read, origins); err != nil {
		return nil, err
	}
	r.dataEnd = date.New(r.lastPopYear, time.December, 31)
	r.coverage = Period{Start: r.munis[0].Valid.Start, End: r.dataEnd}
	for _, m := range r.munis {
		r.coverage.Start = min(r.coverage.Start, m.Valid.Start)
	}
	if r.firstPopYear != r.coverage.Start.Year() {
		return nil, fmt.Errorf("lnet: geodata: population starts in %d, municipalities in %d", r.firstPopYear, r.coverage.Start.Year())
	}
	if err := r.checkPopulation(); err != nil {
		return nil, err
	}
	if err := r.checkSuccessions(); err != nil {
		return nil, err
	}
	if err := r.checkOffices(offices); err != nil {
		return nil, err
	}
	r.offices = offices
	return r, nil
}

func (r *Register) loadMunicipalities(read readFunc) error {
	const name = "municipalities.csv"
	rows, err := readGeoTable(read, name, "code", "name", "valid_from", "valid_to")
	if err != nil {
		return err
	}
	for i, row := range rows {
		at := func(err error) error { return fmt.Errorf("lnet: geodata %s row %d: %w", name, i+1, err) }
		code, err := ParseMunicipalityCode(row[0])
		if err != nil {
			return at(err)
		}
		valid, err := parseValidity(row[2], row[3])
		if err != nil {
			return at(err)
		}
		if row[1] == "" {
			return at(errors.New("empty name"))
		}
		m := Municipality{Code: code, Name: row[1], County: code.County(), Valid: valid}
		if prev := r.byCode[code]; len(prev) > 0 && prev[len(prev)-1].Valid.End >= valid.Start {
			return at(fmt.Errorf("%s: validity %s overlaps %s or is out of order", code, valid, prev[len(prev)-1].Valid))
		}
		if len(r.munis) > 0 && r.munis[len(r.munis)-1].Code > code {
			return at(fmt.Errorf("%s: rows not sorted by code", code))
		}
		r.byCode[code] = append(r.byCode[code], m)
		r.munis = append(r.munis, m)
	}
	if len(r.munis) == 0 {
		return fmt.Errorf("lnet: geodata %s: no municipalities", name)
	}
	return nil
}

func (r *Register) loadCounties(read readFunc) error {
	const name = "counties.csv"
	rows, err := readGeoTable(read, name, "code", "name", "valid_from", "valid_to")
	if err != nil {
		return err
	}
	for i, row := range rows {
		at := func(err error) error { return fmt.Errorf("lnet: geodata %s row %d: %w", name, i+1, err) }
		code, err := ParseCountyCode(row[0])
		if err != nil {
			return at(err)
		}
		valid, err := parseValidity(row[2], row[3])
		if err != nil {
			return at(err)
		}
		if row[1] == "" {
			return at(errors.New("empty name"))
		}
		if prev := r.countyByCode[code]; len(prev) > 0 && prev[len(prev)-1].Valid.End >= valid.Start {
			return at(fmt.Errorf("%s: validity %s overlaps %s or is out of order", code, valid, prev[len(prev)-1].Valid))
		}
		c := County{Code: code, Name: row[1], Valid: valid}
		r.countyByCode[code] = append(r.countyByCode[code], c)
		r.counties = append(r.counties, c)
	}
	return nil
}

func (r *Register) loadSuccessions(read readFunc) error {
	const name = "successions.csv"
	rows, err := readGeoTable(read, name, "date", "old_code", "new_code", "part_of")
	if err != nil {
		return err
	}
	for i, row := range rows {
		at := func(err error) error { return fmt.Errorf("lnet: geodata %s row %d: %w", name, i+1, err) }
		d, err := parseGeoDate(row[0])
		if err != nil {
			return at(err)
		}
		s := succession{date: d}
		if s.old, err = ParseMunicipalityCode(row[1]); err != nil {
			return at(err)
		}
		if s.new, err = ParseMunicipalityCode(row[2]); err != nil {
			return at(err)
		}
		if s.old == s.new {
			return at(fmt.Errorf("%s: succession to itself", s.old))
		}
		if row[3] != "" {
			for _, f := range strings.Split(row[3], " ") {
				c, err := ParseMunicipalityCode(f)
				if err != nil {
					return at(err)
				}
				s.partOf = append(s.partOf, c)
			}
		}
		if !r.validOn(s.old, d-1) || !r.validOn(s.new, d) {
			return at(fmt.Errorf("%s → %s on %s: %s not valid the day before or %s not valid that day", s.old, s.new, d, s.old, s.new))
		}
		if n := len(r.changeDates); n > 0 && r.changeDates[n-1] > d {
			return at(fmt.Errorf("rows not sorted by date at %s", d))
		} else if n == 0 || r.changeDates[n-1] != d {
			r.changeDates = append(r.changeDates, d)
		}
		r.succ[s.old] = append(r.succ[s.old], s)
	}
	return nil
}

func (r *Register) loadPopulation(read readFunc) error {
	const name = "population.csv"
	rows, err := readGeoTable(read, name, "year", "code", "children_0_17", "total")
	if err != nil {
		return err
	}
	for i, row := range rows {
		at := func(err error) error { return fmt.Errorf("lnet: geodata %s row %d: %w", name, i+1, err) }
		year, err := strconv.Atoi(row[0])
		if err != nil || len(row[0]) != 4 || year < 1900 {
			return at(fmt.Errorf("year %q is not a four-digit year", row[0]))
		}
		code, err := ParseMunicipalityCode(row[1])
		if err != nil {
			return at(err)
		}
		p := Population{Year: year}
		if p.Children, err = parseGeoCount(row[2]); err != nil {
			return at(err)
		}
		if p.Total, err = parseGeoCount(row[3]); err != nil {
			return at(err)
		}
		if p.Children > p.Total {
			return at(fmt.Errorf("%s in %d: %d children but %d persons", code, year, p.Children, p.Total))
		}
		if !r.validOn(code, date.New(year, time.January, 1)) {
			return at(fmt.Errorf("%s was not a municipality on 1 January %d", code, year))
		}
		if r.pop[year] == nil {
			if len(r.pop) > 0 && year != r.lastPopYear+1 {
				return at(fmt.Errorf("year %d does not follow %d", year, r.lastPopYear))
			}
			if len(r.pop) == 0 {
				r.firstPopYear = year
			}
			r.lastPopYear = year
			r.pop[year] = map[MunicipalityCode]Population{}
			r.countyPop[year] = map[CountyCode]Population{}
		} else if year != r.lastPopYear {
			return at(fmt.Errorf("rows not sorted by year at %d", year))
		}
		if _, dup := r.pop[year][code]; dup {
			return at(fmt.Errorf("%s listed twice for %d", code, year))
		}
		r.pop[year][code] = p
		r.countyPop[year][code.County()] = r.countyPop[year][code.County()].add(p)
		r.nationalPop[year] = r.nationalPop[year].add(p)
	}
	if len(r.pop) == 0 {
		return fmt.Errorf("lnet: geodata %s: no rows", name)
	}
	return nil
}

func (r *Register) loadYears(read readFunc, origins map[int]Origin) error {
	const name = "years.csv"
	rows, err := readGeoTable(read, name, "year", "classification", "classification_from", "population_source")
	if err != nil {
		return err
	}
	r.years = make(map[int]yearInfo, len(rows))
	for i, row := range rows {
		at := func(err error) error { return fmt.Errorf("lnet: geodata %s row %d: %w", name, i+1, err) }
		year, err := strconv.Atoi(row[0])
		if err != nil || r.pop[year] == nil {
			return at(fmt.Errorf("year %q has no population", row[0]))
		}
		if _, dup := r.years[year]; dup || row[1] == "" {
			return at(fmt.Errorf("year %d listed twice or without a classification", year))
		}
		from, err := parseGeoDate(row[2])
		if err != nil {
			return at(err)
		}
		origin := OriginEmbedded
		if o, ok := origins[year]; ok {
			origin = o
		}
		r.years[year] = yearInfo{classification: row[1], from: from, popSource: row[3], origin: origin}
	}
	for y := r.firstPopYear; y <= r.lastPopYear; y++ {
		if _, ok := r.years[y]; !ok {
			return fmt.Errorf("lnet: geodata %s: no row for %d", name, y)
		}
	}
	return nil
}

// checkSuccessions checks that every code that ends inside the coverage continues (renamed)
// or has successions the next day, and every code that starts inside it continues or has
// predecessors, so Successors never loses or invents a municipality.
func (r *Register) checkSuccessions() error {
	incoming := map[MunicipalityCode]map[date.Date]bool{}
	for _, list := range r.succ {
		for _, s := range list {
			if incoming[s.new] == nil {
				incoming[s.new] = map[date.Date]bool{}
			}
			incoming[s.new][s.date] = true
		}
	}
	for _, m := range r.munis {
		if end := m.Valid.End; end < r.coverage.End && !r.validOn(m.Code, end+1) &&
			!slices.ContainsFunc(r.succ[m.Code], func(s succession) bool { return s.date == end+1 }) {
			return fmt.Errorf("lnet: geodata successions.csv: %s ends on %s without a successor", m, end)
		}
		if start := m.Valid.Start; start > r.coverage.Start && !r.validOn(m.Code, start-1) && !incoming[m.Code][start] {
			return fmt.Errorf("lnet: geodata successions.csv: %s starts on %s without a predecessor", m, start)
		}
	}
	for _, list := range r.succ {
		for _, s := range list {
			if !r.coverage.Contains(s.date) {
				return fmt.Errorf("lnet: geodata successions.csv: %s → %s on %s is outside the coverage %s", s.old, s.new, s.date, r.coverage)
			}
		}
	}
	return nil
}

// checkPopulation checks that every municipality valid on 1 January of a year has a row.
func (r *Register) checkPopulation() error {
	for year := r.firstPopYear; year <= r.lastPopYear; year++ {
		d := date.New(year, time.January, 1)
		for _, m := range r.munis {
			if m.Valid.Contains(d) {
				if _, ok := r.pop[year][m.Code]; !ok {
					return fmt.Errorf("lnet: geodata population.csv: no row for %s in %d", m.Code, year)
				}
			}
		}
	}
	return nil
}

func (r *Register) validOn(code MunicipalityCode, d date.Date) bool {
	for _, m := range r.byCode[code] {
		if m.Valid.Contains(d) {
			return true
		}
	}
	return false
}

// readGeoTable reads a generated CSV file: '#' comment lines, then the header, then rows of
// exactly len(header) fields.
func readGeoTable(read readFunc, name string, header ...string) ([][]string, error) {
	b, err := read(name)
	if err != nil {
		return nil, fmt.Errorf("lnet: geodata: %w", err)
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.Comment = '#'
	cr.FieldsPerRecord = len(header)
	cr.ReuseRecord = false
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("lnet: geodata %s: %w", name, err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(header, ",") {
		return nil, fmt.Errorf("lnet: geodata %s: want header %q", name, strings.Join(header, ","))
	}
	return rows[1:], nil
}

// parseGeoDate parses exactly YYYY-MM-DD, a day that exists.
func parseGeoDate(s string) (date.Date, error) {
	bad := parseError("date", s, "want a calendar date YYYY-MM-DD", ErrInvalidValue)
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, bad
	}
	y, err1 := parseDigits(s[:4], 4, "date")
	m, err2 := parseDigits(s[5:7], 2, "date")
	dd, err3 := parseDigits(s[8:], 2, "date")
	if err1 != nil || err2 != nil || err3 != nil || y == 0 {
		return 0, bad
	}
	d := date.New(y, time.Month(m), dd)
	if y2, m2, d2 := d.Date(); y2 != y || int(m2) != m || d2 != dd {
		return 0, bad
	}
	return d, nil
}

// parseValidity parses a validity interval; an empty end is open ([OpenEnd]).
func parseValidity(from, to string) (Period, error) {
	start, err := parseGeoDate(from)
	if err != nil {
		return Period{}, err
	}
	end := OpenEnd
	if to != "" {
		if end, err = parseGeoDate(to); err != nil {
			return Period{}, err
		}
	}
	return NewPeriod(start, end)
}

func parseGeoCount(s string) (int64, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, parseError("count", s, "want a non-negative integer", ErrInvalidValue)
	}
	return n, nil
}
