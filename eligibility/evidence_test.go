package eligibility

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// kroner's fast path formats exactly as lnet.NOK.Norwegian, for English with "NOK" and a
// decimal point.
func TestKroner(t *testing.T) {
	check := func(n lnet.NOK) {
		t.Helper()
		nb, en := kroner(n)
		assert.Equal(t, n.Norwegian(), nb, n.String())
		assert.Equal(t, "NOK "+strings.Replace(strings.TrimPrefix(n.Norwegian(), "kr "), ",", ".", 1), en, n.String())
	}
	for _, s := range []string{"0", "1", "-1", "999", "1000", "-250", "650000", "1100000", "950000.50", "950000.5", "0.05", "-0.05",
		"12.30", "100.00", "2300000", "123456789012345.67", "9999999999999999", "12345678901234567890", "1e3", "0.001"} {
		if n, err := lnet.ParseNOK(s); err == nil {
			check(n)
		}
		if n, err := lnet.NOKFromDecimal(decimal.RequireFromString(s)); err == nil {
			check(n) // keeps the decimal's own exponent, e.g. 1e3
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		check(lnet.NOKFromOre(rng.Int64N(1e12) - 5e11))
		check(lnet.NewNOK(rng.Int64N(1e9)))
	}
}

func TestIsoDate(t *testing.T) {
	for _, d := range []date.Date{date.New(2018, time.September, 13), date.New(1, time.January, 1), date.New(9999, time.December, 31),
		date.New(-5, time.March, 3), date.New(12345, time.June, 7), 0} {
		assert.Equal(t, d.String(), isoDate(d))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		d := date.Date(rng.Int64N(4_000_000) - 1_000_000)
		assert.Equal(t, d.String(), isoDate(d))
	}
}
