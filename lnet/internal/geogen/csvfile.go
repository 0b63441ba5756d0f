package geogen

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// readCSV reads a comma-separated file whose first row must equal header exactly; it returns
// the data rows, each with len(header) fields.
func readCSV(what string, b []byte, header []string) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = len(header)
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInput, what, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%w: %s: empty file", ErrInput, what)
	}
	if got := rows[0]; !slices.Equal(trimAll(got), header) {
		return nil, fmt.Errorf("%w: %s: header %q, want %q", ErrInput, what, strings.Join(got, ","), strings.Join(header, ","))
	}
	for _, row := range rows[1:] {
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
	}
	return rows[1:], nil
}

func trimAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.TrimSpace(strings.TrimPrefix(s, "\ufeff"))
	}
	return out
}

// parseYear parses a year of four digits in 1900–2999.
func parseYear(s string) (int, error) {
	if !isCode(s, 4) {
		return 0, fmt.Errorf("year %q is not four digits", s)
	}
	y, _ := strconv.Atoi(s)
	if y < 1900 || y > 2999 {
		return 0, fmt.Errorf("year %d out of range 1900–2999", y)
	}
	return y, nil
}

// parseCount parses a non-negative count of persons or municipalities.
func parseCount(s string) (int64, error) {
	if s == "" || len(s) > 12 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, fmt.Errorf("count %q is not a non-negative integer", s)
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("count %q: %v", s, err)
	}
	return n, nil
}
