package allocation_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// oddDenominator returns a pseudo-random odd number of exactly digits digits, seeded by k.
func oddDenominator(k, digits int) string {
	rng := rand.New(rand.NewPCG(uint64(k), 99))
	b := make([]byte, digits)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	b[0] = byte('1' + rng.IntN(9))
	b[digits-1] = byte("13579"[rng.IntN(5)])
	return string(b)
}

// TestMaxDenominatorBits: a common denominator of exactly MaxDenominatorBits bits is
// accepted and reconciles; one bit more is refused with an error naming the recipient and
// the field, wrapping ErrTooLarge.
func TestMaxDenominatorBits(t *testing.T) {
	pow2 := func(e uint) allocation.Weight {
		w, err := allocation.WeightFromRat(new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), e)))
		require.NoError(t, err)
		return w
	}
	pot := must(lnet.NewNOK(1_000_000))
	tests := []struct {
		name string
		exp  uint // D = 2^exp, exp+1 bits
		ok   bool
	}{
		{"just under", allocation.MaxDenominatorBits - 2, true},
		{"at the limit", allocation.MaxDenominatorBits - 1, true},
		{"just over", allocation.MaxDenominatorBits, false},
		{"far over", 4 * allocation.MaxDenominatorBits, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := []allocation.Recipient{
				{ID: "a", Weight: allocation.IntWeight(1)},
				{ID: "b", Weight: pow2(tt.exp)},
				{ID: "c", Weight: allocation.MustWeight("1/2")},
			}
			res, err := allocation.Allocate(pot, recs)
			if tt.ok {
				require.NoError(t, err)
				sum := must(res.Residue.Add(res.Unallocated))
				for _, s := range res.Shares() {
					sum = must(sum.Add(must(s.Amount())))
				}
				assert.Equal(t, 0, sum.Cmp(pot))
				_, err := json.Marshal(res)
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, allocation.ErrTooLarge)
			var re *allocation.RecipientError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, "weight", re.Field)
			assert.Equal(t, "b", re.ID)
			assert.Equal(t, 1, re.Index)
			assert.Contains(t, err.Error(), "weight")
			assert.Contains(t, err.Error(), fmt.Sprint(allocation.MaxDenominatorBits))
		})
	}
}

// TestHugeDenominatorsBounded is issue 12's request: 300 (and 1 000) recipients with weights
// "1/<250-digit odd number>" are refused in well under a second, naming the field, both in
// the library and through a JSON request. Two such weights are within the limit, and their
// result renders in bounded text.
func TestHugeDenominatorsBounded(t *testing.T) {
	for _, n := range []int{300, 1000} {
		recs := make([]allocation.Recipient, n)
		var doc strings.Builder
		doc.WriteString(`{"pot": "1000000", "recipients": [`)
		for i := range recs {
			w := "1/" + oddDenominator(i, 250)
			recs[i] = allocation.Recipient{ID: fmt.Sprintf("r%04d", i), Weight: allocation.MustWeight(w)}
			if i > 0 {
				doc.WriteString(",")
			}
			fmt.Fprintf(&doc, `{"id": %q, "weight": %q}`, recs[i].ID, w)
		}
		doc.WriteString("]}")

		start := time.Now()
		_, err := allocation.Allocate(must(lnet.NewNOK(1_000_000)), recs)
		elapsed := time.Since(start)
		assert.Less(t, elapsed, time.Second, "library, n=%d", n)
		var re *allocation.RecipientError
		require.ErrorAs(t, err, &re)
		assert.ErrorIs(t, err, allocation.ErrTooLarge)
		assert.Equal(t, "weight", re.Field)
		assert.Equal(t, "r0002", re.ID) // 2 × 830 bits fit, the third takes D over
		assert.Contains(t, err.Error(), `"r0002": weight:`)

		start = time.Now()
		req, err := allocation.DecodeRequest(strings.NewReader(doc.String()))
		if err == nil {
			_, err = req.Allocate()
		}
		elapsed = time.Since(start)
		assert.Less(t, elapsed, time.Second, "request, n=%d", n)
		assert.ErrorIs(t, err, allocation.ErrTooLarge)
		assert.Contains(t, err.Error(), "weight")
	}

	// Two of them, with the longest numerators the weight text allows, are accepted, and
	// every rendered fraction stays within the bound documented in limits.go.
	num := strings.Repeat("9", allocation.MaxWeightLen-2-250)
	recs := []allocation.Recipient{
		{ID: "a", Weight: allocation.MustWeight(num + "/" + oddDenominator(1, 250))},
		{ID: "b", Weight: allocation.MustWeight(num + "/" + oddDenominator(2, 250))},
		{ID: "c", Weight: allocation.MustWeight("0." + strings.Repeat("3", 100))},
	}
	res, err := allocation.Allocate(must(lnet.NOKFromOre(99_999_999_999_999)), recs, allocation.WithUnit(must(lnet.NOKFromOre(1))))
	require.NoError(t, err)
	longest := 0
	for _, s := range res.Shares() {
		longest = max(longest, len(s.Quota.String()), len(s.KeyShare.String()))
		assert.LessOrEqual(t, len(s.Quota.String()), 1900, s.ID)
		assert.LessOrEqual(t, len(s.KeyShare.String()), 1900, s.ID)
	}
	t.Logf("longest exact fraction: %d characters", longest)
	start := time.Now()
	_, err = json.Marshal(res)
	require.NoError(t, err)
	assert.Less(t, time.Since(start), time.Second)
}
