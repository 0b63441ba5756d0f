package eligibility

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
)

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
