package calendar

import (
	"fmt"
	"strconv"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Clock is a wall-clock time of day in Norway (klokkeslett), to the minute, counted in
// minutes after midnight: 0 is 00:00 and 1439 is 23:59. In JSON it is "HH:MM". Clock times
// of events are local times in Europe/Oslo.
type Clock uint16

// NewClock returns the time hour:minute. The error wraps [lnet.ErrInvalidValue] unless
// 0 ≤ hour ≤ 23 and 0 ≤ minute ≤ 59.
func NewClock(hour, minute int) (Clock, error) {
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return 0, parseError("clock", fmt.Sprintf("%d:%d", hour, minute), "hour must be 0–23 and minute 0–59", lnet.ErrInvalidValue)
	}
	return Clock(hour*60 + minute), nil
}

// MustClock is like [NewClock] but panics on an invalid time; for constants in programs and
// tests only.
func MustClock(hour, minute int) Clock {
	c, err := NewClock(hour, minute)
	if err != nil {
		panic(err)
	}
	return c
}

// ParseClock parses "HH:MM" (two digits each, 24-hour clock), e.g. "09:30". "H:MM" with one
// hour digit is accepted too. The error is an [*lnet.ParseError] wrapping
// [lnet.ErrInvalidValue].
func ParseClock(text string) (Clock, error) {
	bad := func(reason string) (Clock, error) {
		return 0, parseError("clock", text, reason, lnet.ErrInvalidValue)
	}
	if len(text) != 4 && len(text) != 5 {
		return bad(`want "HH:MM"`)
	}
	h, m := text[:len(text)-3], text[len(text)-2:]
	if text[len(text)-3] != ':' || !digits(h) || !digits(m) {
		return bad(`want "HH:MM"`)
	}
	hour, _ := strconv.Atoi(h)
	minute, _ := strconv.Atoi(m)
	if hour > 23 || minute > 59 {
		return bad("hour must be 00–23 and minute 00–59")
	}
	return Clock(hour*60 + minute), nil
}

func digits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Valid reports whether c is a time of day (below 24:00).
func (c Clock) Valid() bool { return c < 24*60 }

// Hour returns the hour, 0–23.
func (c Clock) Hour() int { return int(c) / 60 }

// Minute returns the minute, 0–59.
func (c Clock) Minute() int { return int(c) % 60 }

// String returns "HH:MM", e.g. "09:30".
func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.Hour(), c.Minute()) }

// MarshalText implements [encoding.TextMarshaler] as "HH:MM".
func (c Clock) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, parseError("clock", strconv.Itoa(int(c)), "minutes after midnight must be below 1440", lnet.ErrInvalidValue)
	}
	return []byte(c.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseClock].
func (c *Clock) UnmarshalText(b []byte) error {
	v, err := ParseClock(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Hours is the time span of an event on its day, local time in Europe/Oslo: from Start to
// End, End after Start.
type Hours struct {
	// Start is when the event begins.
	Start Clock `json:"start"`
	// End is when it ends, after Start on the same day.
	End Clock `json:"end"`
}

// String returns "09:00–15:30".
func (h Hours) String() string { return h.Start.String() + "–" + h.End.String() }

// Validate reports an error wrapping [lnet.ErrInvalidModel] unless both times are valid and
// End is after Start.
func (h Hours) Validate() error { return h.validate("") }

func (h Hours) validate(path string) error {
	switch {
	case !h.Start.Valid():
		return &lnet.FieldError{Path: path + "start", Value: strconv.Itoa(int(h.Start)), Reason: "not a time of day"}
	case !h.End.Valid():
		return &lnet.FieldError{Path: path + "end", Value: strconv.Itoa(int(h.End)), Reason: "not a time of day"}
	case h.End <= h.Start:
		return &lnet.FieldError{Path: path + "end", Value: h.End.String(), Reason: "not after start " + h.Start.String()}
	}
	return nil
}

func itoa(i int) string { return strconv.Itoa(i) }
