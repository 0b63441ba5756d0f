package schema

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The patterns of the schemas, checked against the SDK's own parsers and formatters: what
// the SDK writes matches, and what matches the SDK reads back to the same value.

var (
	amountRE       = regexp.MustCompile(amountPattern)
	inputAmountRE  = regexp.MustCompile(inputAmountPattern)
	ratioRE        = regexp.MustCompile(ratioPattern)
	dateRE         = regexp.MustCompile(datePattern)
	municipalityRE = regexp.MustCompile(municipalityPattern)
	countyRE       = regexp.MustCompile(countyPattern)
	officeRE       = regexp.MustCompile(officePattern)
	idRE           = regexp.MustCompile(idPattern)
	networkRE      = regexp.MustCompile(networkPattern)
	clockRE        = regexp.MustCompile(clockPattern)
)

// checkAmount checks one string against the amount patterns and ParseNOK.
func checkAmount(t *testing.T, s string) {
	n, err := lnet.ParseNOK(s)
	if amountRE.MatchString(s) {
		require.NoError(t, err, "%q matches the amount pattern", s)
		require.False(t, n.IsNegative())
		require.True(t, n.String() == s || n.String()+".00" == s, "%q reads as %s", s, n)
	}
	if err == nil && n.String() == s && !n.IsNegative() {
		require.True(t, amountRE.MatchString(s), "the SDK writes %q", s)
	}
	if inputAmountRE.MatchString(s) {
		require.NoError(t, err, "%q matches the request amount pattern", s)
		require.False(t, n.IsNegative())
	}
}

func TestAmountPattern(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range []string{"0", "1", "0.50", "950000.50", "999999999999999", "999999999999999.99", "2.5", "007", "1e9", "-5", "1.000", ".5", "1,50"} {
		checkAmount(t, s)
	}
	for range 20000 {
		ore := rng.Int64N(lnet.MaxNOK*100 + 1)
		if rng.IntN(2) == 0 {
			ore = rng.Int64N(1_000_000)
		}
		s := must(lnet.NOKFromOre(ore)).String()
		require.True(t, amountRE.MatchString(s), "the SDK writes %q", s)
		require.True(t, inputAmountRE.MatchString(s), "the SDK writes %q", s)
		checkAmount(t, s)
	}
	require.False(t, amountRE.MatchString(lnet.MustNOK("-250").String()), "no amount in the formats is negative")
}

func FuzzAmountPattern(f *testing.F) {
	for _, s := range []string{"0", "950000.50", "2.5", "007", "1e9", "-5", "1 100 000", "0.00", "9999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAmount(t, s) })
}

// checkRatio checks one string against the ratio pattern and ParseWeight.
func checkRatio(t *testing.T, s string) {
	w, err := allocation.ParseWeight(s)
	if ratioRE.MatchString(s) && len(s) <= allocation.MaxWeightLen {
		require.NoError(t, err, "%q matches the weight pattern", s)
	}
	if err == nil {
		require.True(t, ratioRE.MatchString(w.String()), "the SDK writes %q", w.String())
		back, err := allocation.ParseWeight(w.String())
		require.NoError(t, err)
		require.Equal(t, 0, back.Rat().Cmp(w.Rat()))
	}
}

func TestRatioPattern(t *testing.T) {
	for _, s := range []string{"0", "1", "0.0912", "3/7", "6/14", "1/3", "10/4", "0/5", "1e3", "9.12e-2", "3/0", "-1", "0,5", ".5", "1/"} {
		checkRatio(t, s)
	}
	require.False(t, ratioRE.MatchString("3/0"))
	require.False(t, ratioRE.MatchString("3/00"))
	require.False(t, ratioRE.MatchString("-1"))
}

func FuzzRatioPattern(f *testing.F) {
	for _, s := range []string{"0.0912", "3/7", "1e3", "3/0", "12345678901234567890/3", "0.000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkRatio(t, s) })
}

func TestDatePattern(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	first, last := date.New(1, time.January, 1), date.New(9999, time.December, 31)
	for _, d := range []date.Date{first, last, date.New(2024, time.February, 29)} {
		require.True(t, dateRE.MatchString(d.String()), d.String())
	}
	for range 20000 {
		d := first + date.Date(rng.Int64N(int64(last-first)+1))
		s := d.String()
		require.True(t, dateRE.MatchString(s), "the SDK writes %q", s)
		back, err := date.ParseISO(s)
		require.NoError(t, err)
		require.Equal(t, d, back)
	}
	for _, s := range []string{"2018-6-7", "18-06-07", "2018-00-07", "2018-06-32", "+10000-01-01", "2018-06-07T00:00"} {
		require.False(t, dateRE.MatchString(s), s)
	}
}

func TestMunicipalityPattern(t *testing.T) {
	for n := range 10000 {
		c := lnet.MunicipalityCode(n)
		b, err := c.MarshalText()
		require.NoError(t, err)
		s := string(b)
		if n == 0 {
			require.Empty(t, s, "the zero code is never written: the field is left out")
			continue
		}
		require.True(t, municipalityRE.MatchString(s), s)
		back, err := lnet.ParseMunicipalityCode(s)
		require.NoError(t, err)
		require.Equal(t, c, back)
	}
	_, err := lnet.ParseMunicipalityCode("0000")
	require.Error(t, err, "the schema refuses 0000 with not/enum")
	for _, s := range []string{"301", "12345", "03O1", " 301"} {
		require.False(t, municipalityRE.MatchString(s), s)
		_, err := lnet.ParseMunicipalityCode(s)
		require.Error(t, err, s)
	}
}

func TestCountyPattern(t *testing.T) {
	for n := range 100 {
		c := lnet.CountyCode(n)
		b, err := c.MarshalText()
		require.NoError(t, err)
		s := string(b)
		if n == 0 {
			require.Empty(t, s, "the zero county is never written")
			continue
		}
		require.True(t, countyRE.MatchString(s), s)
		back, err := lnet.ParseCountyCode(s)
		require.NoError(t, err)
		require.Equal(t, c, back)
	}
	_, err := lnet.ParseCountyCode("00")
	require.Error(t, err, "the schema refuses 00 with not/enum")
	for _, s := range []string{"1", "123", "1O", " 12"} {
		require.False(t, countyRE.MatchString(s), s)
		_, err := lnet.ParseCountyCode(s)
		require.Error(t, err, s)
	}
}

func TestClockPattern(t *testing.T) {
	for m := range 24 * 60 {
		b, err := calendar.Clock(m).MarshalText()
		require.NoError(t, err)
		require.True(t, clockRE.MatchString(string(b)), string(b))
	}
	for _, s := range []string{"24:00", "9:00", "09:60", "0900"} {
		require.False(t, clockRE.MatchString(s), s)
	}
}

// checkIDs compares the id patterns with the SDK's checks: exactly for an office id and a
// schedule's network id, and for ASCII for the ids the caller chooses.
func checkIDs(t *testing.T, s string) {
	require.Equal(t, lnet.OfficeID(s).Valid(), officeRE.MatchString(s), "office id %q", s)
	err := calendar.Schedule{Network: s}.Validate()
	require.Equal(t, err == nil, networkRE.MatchString(s), "network %q: %v", s, err)
	if isASCII(s) {
		want := lnet.NetworkID(s).Valid()
		require.Equal(t, want, idRE.MatchString(s) && len(s) <= maxIDBytes, "id %q", s)
	} else if lnet.NetworkID(s).Valid() {
		// Beyond ASCII the schema may be looser than the SDK, never stricter.
		require.True(t, idRE.MatchString(s) && utf8.RuneCountInString(s) <= maxIDBytes, "id %q", s)
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestIDPatterns(t *testing.T) {
	for _, s := range []string{"hordaland", "troms-og-finnmark", "-x", "x-", "", "Hordaland", "a b", " a", "a\tb", "a\x7f",
		strings.Repeat("a", 40), strings.Repeat("a", 41), strings.Repeat("a", 64), strings.Repeat("a", 65), "2018/4711-3"} {
		checkIDs(t, s)
	}
}

func FuzzIDPatterns(f *testing.F) {
	for _, s := range []string{"hordaland", "-x", "a b", "Ørland", strings.Repeat("z", 65), "a\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkIDs(t, s) })
}
