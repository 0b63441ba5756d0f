package allocation

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/require"
)

// propertyCases is the number of random cases per property run (≥ 10 000 as required).
const propertyCases = 10_000

var testUnits = []string{"0.01", "1", "1", "1", "100", "1000", "50000", "0.05", "7", "2.5"}

// randomWeight draws small integers, zeros, decimals, fractions and, now and then, a weight
// too wide for the 64-bit fast path.
func randomWeight(rng *rand.Rand) Weight {
	switch rng.IntN(10) {
	case 0:
		return Weight{}
	case 1, 2, 3:
		return IntWeight(uint64(rng.IntN(20)))
	case 4, 5:
		return MustWeight(fmt.Sprintf("0.%04d", rng.IntN(10000)))
	case 6, 7:
		w, _ := FracWeight(uint64(rng.IntN(50)), uint64(1+rng.IntN(30)))
		return w
	case 8:
		return IntWeight(uint64(rng.IntN(3)) * 1_000_003)
	default:
		num := new(big.Int).Lsh(big.NewInt(int64(1+rng.IntN(1000))), uint(50+rng.IntN(80)))
		den := new(big.Int).Lsh(big.NewInt(int64(1+2*rng.IntN(1000))), uint(rng.IntN(70)))
		w, _ := WeightFromRat(new(big.Rat).SetFrac(num, den))
		return w
	}
}

type randomCase struct {
	pot    lnet.NOK
	unit   lnet.NOK
	method Method
	recs   []Recipient
}

func (c randomCase) String() string {
	b, _ := json.Marshal(map[string]any{"pot": c.pot, "unit": c.unit, "method": c.method, "recipients": c.recs})
	return string(b)
}

func randomAllocation(rng *rand.Rand, maxUnits int64) randomCase {
	return randomAllocationOf(rng, maxUnits, 10, 100)
}

// randomAllocationOf draws a case of fewer than maxN recipients with ids drawn from idSpace
// values (a small space gives duplicate ids, a large one distinct ids).
func randomAllocationOf(rng *rand.Rand, maxUnits int64, maxN, idSpace int) randomCase {
	unit := lnet.MustNOK(testUnits[rng.IntN(len(testUnits))])
	c := randomCase{unit: unit, method: Method(rng.IntN(3))}
	if c.method != LargestRemainder {
		maxUnits = min(maxUnits, 300)
	}
	nUnits := rng.Int64N(maxUnits + 1)
	extraOre := rng.Int64N(unit.Ore())
	c.pot = must(lnet.NOKFromOre(nUnits*unit.Ore() + extraOre))
	n := rng.IntN(maxN)
	for i := 0; i < n; i++ {
		r := Recipient{ID: fmt.Sprintf("r%02d", rng.IntN(idSpace)), Weight: randomWeight(rng)}
		if rng.IntN(4) == 0 {
			r.Floor = must(lnet.NOKFromOre(rng.Int64N(max(1, c.pot.Ore()/int64(max(n, 1))) + 1)))
		}
		if rng.IntN(3) == 0 {
			capOre := r.Floor.Ore() + rng.Int64N(max(1, c.pot.Ore()/2)+1)
			cp := must(lnet.NOKFromOre(capOre))
			r.Cap = &cp
		}
		c.recs = append(c.recs, r)
	}
	return c
}

func TestPropertyAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	checkAgainstReference(t, propertyCases, func() randomCase { return randomAllocation(rng, 2000) })
}

// TestPropertyManyRecipientsAgainstReference is the regression guard for the bucket sort
// of remainders, which only runs from 64 candidates up: the cases above have fewer than 10
// recipients. Here 64–299 recipients with distinct ids share pots of up to 10⁹ units.
func TestPropertyManyRecipientsAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	cases := 50
	if testing.Short() {
		cases = 5
	}
	checkAgainstReference(t, cases, func() randomCase {
		for {
			if c := randomAllocationOf(rng, 1_000_000_000, 300, 1_000_000_000_000); len(c.recs) >= 64 {
				return c
			}
		}
	})
}

// checkAgainstReference compares Allocate with the reference implementation on cases drawn
// by next.
func checkAgainstReference(t *testing.T, cases int, next func() randomCase) {
	t.Helper()
	counts := map[string]int{}
	for k := 0; k < cases; k++ {
		c := next()
		res, err := Allocate(c.pot, c.recs, WithUnit(c.unit), WithMethod(c.method))
		ref, refErr := refAllocate(c.pot, c.recs, c.unit, c.method)
		var re *RecipientError
		switch {
		case errors.As(err, &re):
			counts["invalid recipient"]++
			continue // duplicate ids or floor > cap in units: the reference does not validate
		case errors.Is(refErr, errRefInfeasible):
			require.ErrorIs(t, err, ErrInfeasibleFloors, c.String())
			var ife *InfeasibleFloorsError
			require.ErrorAs(t, err, &ife)
			require.True(t, ife.SumFloors.Cmp(c.pot) > 0, c.String())
			counts["infeasible"]++
			continue
		case errors.Is(refErr, errRefZero):
			require.ErrorIs(t, err, ErrZeroWeights, c.String())
			counts["zero weights"]++
			continue
		}
		require.NoError(t, err, c.String())
		require.NoError(t, refErr, c.String())
		counts["ok"]++
		if !res.Unallocated.IsZero() {
			counts["unallocated"]++
		}
		unitOre := c.unit.Ore()
		require.Equal(t, ref.unallocated*unitOre, res.Unallocated.Ore(), c.String())
		checkGuarantees(t, c, res)
		for i, s := range res.Shares() {
			rs := ref.shares[i]
			require.Equal(t, rs.id, s.ID, c.String())
			require.Equal(t, rs.units*unitOre, must(s.Amount()).Ore(), "%s: %s", s.ID, c)
			wantQuota := new(big.Rat).Mul(rs.quota, c.unit.Rat())
			require.Equal(t, wantQuota.RatString(), s.Quota.Rat().RatString(), "%s: %s", s.ID, c)
			require.Equal(t, rs.floored, s.Floored, "floored %s: %s", s.ID, c)
			require.Equal(t, rs.capped, s.Capped, "capped %s: %s", s.ID, c)
			require.Equal(t, rs.extra, s.RemainderUnit, "extra %s: %s", s.ID, c)
			if c.method == LargestRemainder {
				require.Equal(t, rs.rank, s.RemainderRank, "rank %s: %s", s.ID, c)
			}
		}
	}
	t.Log(counts)
	require.Greater(t, counts["ok"], cases/2)
}

// checkGuarantees asserts the guarantees of the allocation semantics on one result.
func checkGuarantees(t *testing.T, c randomCase, res *Result) {
	t.Helper()
	sum := must(res.Residue.Add(res.Unallocated))
	for _, s := range res.Shares() {
		sum = must(sum.Add(must(s.Amount())))
		require.True(t, must(s.Amount()).Cmp(s.Floor) >= 0, "amount below floor: %s: %s", s.ID, c)
		if s.Cap != nil {
			require.True(t, must(s.Amount()).Cmp(*s.Cap) <= 0, "amount above cap: %s: %s", s.ID, c)
		}
		// amount is a multiple of the unit
		m := must(s.Amount()).Ore() % c.unit.Ore()
		require.Zero(t, m, c.String())
		if res.Method == LargestRemainder {
			diff := new(big.Rat).Sub(must(s.Amount()).Rat(), s.Quota.Rat())
			require.True(t, diff.Abs(diff).Cmp(c.unit.Rat()) < 0, "|amount − quota| ≥ unit: %s: %s", s.ID, c)
		}
	}
	require.True(t, sum.Equal(c.pot), "Σ amounts + residue + unallocated = %s ≠ pot: %s", sum, c)
	require.True(t, res.Residue.Cmp(c.unit) < 0 && res.Residue.Sign() >= 0, c.String())
}

func TestPropertyOrderIndependenceAndDeterminism(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for k := 0; k < propertyCases; k++ {
		c := randomAllocation(rng, 1_000_000)
		res, err := Allocate(c.pot, c.recs, WithUnit(c.unit), WithMethod(c.method))
		shuffled := append([]Recipient(nil), c.recs...)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		res2, err2 := Allocate(c.pot, shuffled, WithUnit(c.unit), WithMethod(c.method))
		res3, err3 := Allocate(c.pot, c.recs, WithUnit(c.unit), WithMethod(c.method))
		if err != nil {
			require.Error(t, err2, c.String())
			require.Equal(t, err.Error(), err3.Error())
			if !errors.As(err, new(*RecipientError)) { // the index in the message follows the input order
				require.Equal(t, err.Error(), err2.Error(), c.String())
			}
			continue
		}
		require.NoError(t, err2)
		require.NoError(t, err3)
		checkGuarantees(t, c, res)
		a, _ := json.Marshal(res)
		b, _ := json.Marshal(res2)
		d, _ := json.Marshal(res3)
		require.JSONEq(t, string(a), string(b), c.String())
		require.Equal(t, string(a), string(d))
	}
}

// TestPropertyDivisorMonotone checks that divisor methods have no Alabama paradox: one more
// unit in the pot never lowers anybody's amount.
func TestPropertyDivisorMonotone(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for k := 0; k < propertyCases; k++ {
		c := randomAllocation(rng, 5000)
		if c.method == LargestRemainder {
			c.method = SainteLague + Method(k%2)
		}
		res, err := Allocate(c.pot, c.recs, WithUnit(c.unit), WithMethod(c.method))
		if err != nil {
			continue
		}
		bigger := must(c.pot.Add(c.unit))
		res2, err := Allocate(bigger, c.recs, WithUnit(c.unit), WithMethod(c.method))
		if errors.Is(err, ErrZeroWeights) {
			continue // no weight to give the extra unit to
		}
		require.NoError(t, err, c.String())
		for i := range res.Len() {
			require.True(t, must(res2.At(i).Amount()).Cmp(must(res.At(i).Amount())) >= 0,
				"%s lost money when the pot grew: %s", res.At(i).ID, c)
		}
	}
}

// TestAlabamaParadox documents that largest remainder is not monotone in the pot, while the
// divisor methods are: weights 6, 6, 2 and pots 10 → 11.
func TestAlabamaParadox(t *testing.T) {
	recs := []Recipient{{ID: "a", Weight: IntWeight(6)}, {ID: "b", Weight: IntWeight(6)}, {ID: "c", Weight: IntWeight(2)}}
	amount := func(pot int64, m Method) string {
		res, err := Allocate(must(lnet.NewNOK(pot)), recs, WithMethod(m))
		require.NoError(t, err)
		return must(res.At(2).Amount()).String()
	}
	require.Equal(t, "2", amount(10, LargestRemainder))
	require.Equal(t, "1", amount(11, LargestRemainder), "the Alabama paradox: c loses a unit when the pot grows")
	for _, m := range []Method{SainteLague, DHondt} {
		require.LessOrEqual(t, amount(10, m), amount(11, m))
	}
}
