package geogen

import "fmt"

// CountyYear is one row of counties_2017_2024.csv: a county (fylke) as it was in one year.
type CountyYear struct {
	// Year is the year the row describes.
	Year int
	// Code is the two-digit county number (fylkesnummer).
	Code string
	// Name is the plain name, without Sami/Kven parallel forms.
	Name string
	// Municipalities is the number of municipalities, as the source counted them.
	Municipalities int64
}

var countiesHeader = []string{"year", "fylkesnummer", "fylkesnavn", "antall_kommuner", "klass131_version"}

// ParseCounties parses counties_2017_2024.csv (year, fylkesnummer, fylkesnavn,
// antall_kommuner, klass131_version). It rejects malformed values and a county listed twice
// in one year.
func ParseCounties(b []byte) ([]CountyYear, error) {
	rows, err := readCSV("counties", b, countiesHeader)
	if err != nil {
		return nil, err
	}
	out := make([]CountyYear, 0, len(rows))
	seen := map[[2]any]bool{}
	for i, row := range rows {
		line := i + 2
		y, err := parseYear(row[0])
		if err != nil {
			return nil, fmt.Errorf("%w: counties line %d: %v", ErrInput, line, err)
		}
		if !isCode(row[1], 2) || row[1] == "00" {
			return nil, fmt.Errorf("%w: counties line %d: county code %q is not two digits", ErrInput, line, row[1])
		}
		if row[2] == "" {
			return nil, fmt.Errorf("%w: counties line %d: empty name", ErrInput, line)
		}
		n, err := parseCount(row[3])
		if err != nil {
			return nil, fmt.Errorf("%w: counties line %d: %v", ErrInput, line, err)
		}
		key := [2]any{y, row[1]}
		if seen[key] {
			return nil, fmt.Errorf("%w: counties line %d: county %s listed twice for %d", ErrInput, line, row[1], y)
		}
		seen[key] = true
		out = append(out, CountyYear{Year: y, Code: row[1], Name: row[2], Municipalities: n})
	}
	return out, nil
}
