package geogen

import "fmt"

// PopulationRow is one row of population_0_17_by_municipality_2017_2024.csv: the persons
// living in a municipality on 1 January of Year.
type PopulationRow struct {
	// Year is the year on whose 1 January the persons were counted.
	Year int
	// Code is the municipality code valid on 1 January of Year.
	Code string
	// Name is the municipality name as in the KLASS version of that day.
	Name string
	// County is the two-digit county code.
	County string
	// Children is the number of persons aged 0–17.
	Children int64
	// Total is the number of persons in total.
	Total int64
}

var populationHeader = []string{"year", "kommunenummer", "kommunenavn_klass", "fylkesnummer", "personer_0_17", "personer_totalt"}

// ParsePopulation parses population_0_17_by_municipality_2017_2024.csv (year,
// kommunenummer, kommunenavn_klass, fylkesnummer, personer_0_17, personer_totalt). It rejects
// malformed values, a county that is not the first two digits of the code, more children than
// persons, and a municipality listed twice in one year.
func ParsePopulation(b []byte) ([]PopulationRow, error) {
	rows, err := readCSV("population", b, populationHeader)
	if err != nil {
		return nil, err
	}
	out := make([]PopulationRow, 0, len(rows))
	seen := map[[2]any]bool{}
	for i, row := range rows {
		line := i + 2
		y, err := parseYear(row[0])
		if err != nil {
			return nil, fmt.Errorf("%w: population line %d: %v", ErrInput, line, err)
		}
		p := PopulationRow{Year: y, Code: row[1], Name: row[2], County: row[3]}
		if !isCode(p.Code, 4) || p.Code == "0000" || p.Code == unknownCode {
			return nil, fmt.Errorf("%w: population line %d: municipality code %q is not a municipality", ErrInput, line, p.Code)
		}
		if p.County != p.Code[:2] {
			return nil, fmt.Errorf("%w: population line %d: county %q is not the first two digits of %s", ErrInput, line, p.County, p.Code)
		}
		if p.Children, err = parseCount(row[4]); err != nil {
			return nil, fmt.Errorf("%w: population line %d (%s): %v", ErrInput, line, p.Code, err)
		}
		if p.Total, err = parseCount(row[5]); err != nil {
			return nil, fmt.Errorf("%w: population line %d (%s): %v", ErrInput, line, p.Code, err)
		}
		if p.Children > p.Total {
			return nil, fmt.Errorf("%w: population line %d (%s): %d children aged 0–17 but %d persons in total", ErrInput, line, p.Code, p.Children, p.Total)
		}
		key := [2]any{y, p.Code}
		if seen[key] {
			return nil, fmt.Errorf("%w: population line %d: %s listed twice for %d", ErrInput, line, p.Code, y)
		}
		seen[key] = true
		out = append(out, p)
	}
	return out, nil
}
