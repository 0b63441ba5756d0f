package calendar

import (
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Years is an inclusive range of calendar years (årstall), such as 2017–2030.
type Years struct {
	// First is the first year of the range.
	First int `json:"first"`
	// Last is the last year of the range, included.
	Last int `json:"last"`
}

// ParseYears parses a year or an inclusive range of years: "2019" or "2017-2030" (an en dash
// "2017–2030" is accepted too). Both years must lie in [MinYear]–[MaxYear] and Last must not
// be before First. The error is an [*lnet.ParseError] wrapping [lnet.ErrOutOfRange] for years
// outside the calendar, [lnet.ErrInvalidValue] otherwise.
func ParseYears(text string) (Years, error) {
	s := strings.TrimSpace(text)
	first, last, isRange := strings.Cut(s, "-")
	if !isRange {
		first, last, isRange = strings.Cut(s, "–")
	}
	if !isRange {
		last = first
	}
	a, err := parseYear(text, first)
	if err != nil {
		return Years{}, err
	}
	b, err := parseYear(text, last)
	if err != nil {
		return Years{}, err
	}
	if b < a {
		return Years{}, parseError("year range", text, "last year before first", lnet.ErrInvalidValue)
	}
	return Years{First: a, Last: b}, nil
}

func parseYear(input, s string) (int, error) {
	s = strings.TrimSpace(s)
	if len(s) == 0 || len(s) > 4 {
		return 0, parseError("year range", input, "want a year of 1 to 4 digits, or two joined by '-'", lnet.ErrInvalidValue)
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, parseError("year range", input, "want a year of 1 to 4 digits, or two joined by '-'", lnet.ErrInvalidValue)
		}
	}
	y, _ := strconv.Atoi(s)
	if y < MinYear || y > MaxYear {
		return 0, parseError("year range", input, "year outside 1–9999", lnet.ErrOutOfRange)
	}
	return y, nil
}

// String returns "2017-2030", or "2019" for a single year; ParseYears reads it back.
func (y Years) String() string {
	if y.First == y.Last {
		return strconv.Itoa(y.First)
	}
	return strconv.Itoa(y.First) + "-" + strconv.Itoa(y.Last)
}

// Contains reports whether year lies in the range.
func (y Years) Contains(year int) bool { return year >= y.First && year <= y.Last }

// Holidays returns the public holidays of every year in the range, sorted by date. The error
// wraps [lnet.ErrOutOfRange] if the range reaches outside [MinYear]–[MaxYear].
func (y Years) Holidays() ([]Holiday, error) {
	var out []Holiday
	for year := y.First; year <= y.Last; year++ {
		hs, err := Holidays(year)
		if err != nil {
			return nil, err
		}
		out = append(out, hs...)
	}
	return out, nil
}
