package eligibility_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomCase returns the fixtures with random parts removed or changed.
func randomCase(rng *rand.Rand) (lnet.Network, lnet.Application, eligibility.Edition) {
	e := eligibility.Editions()[rng.IntN(3)]
	schemes := e.Schemes()
	year := grantYear(e)
	n, a := freshNetwork(year), freshApplication(schemes[rng.IntN(len(schemes))], year)
	maybe := func() bool { return rng.IntN(4) == 0 }
	if maybe() {
		n.Members = n.Members[:rng.IntN(len(n.Members)+1)]
	}
	for i := range n.Members {
		if maybe() {
			n.Members[i].Representatives = n.Members[i].Representatives[rng.IntN(2):]
		}
	}
	if maybe() {
		n.Leader = nil
	}
	if maybe() {
		n.Plan = nil
	}
	for i := range n.Projects {
		p := &n.Projects[i]
		if maybe() {
			p.Anchoring = p.Anchoring[:rng.IntN(len(p.Anchoring)+1)]
		}
		if maybe() {
			p.Partners = nil
		}
		if maybe() {
			p.Aims = []lnet.Aim{lnet.Aim(rng.IntN(10))}
		}
	}
	if maybe() {
		a.Requested = must(lnet.NewNOK(rng.Int64N(1_000_000)))
		a.Budget = nil
	}
	if maybe() {
		a.Submitted = nil
	}
	return n, a, e
}

// Properties of every report: one finding per rule, in catalogue order; eligible exactly
// when no requirement failed; rules outside the edition not applicable; evaluation is
// deterministic; the order of members and partners does not change any status.
func TestReportProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(2018, 2024))
	catalogue := eligibility.Catalogue()
	for i := 0; i < 500; i++ {
		n, a, e := randomCase(rng)
		opts := []eligibility.Option{eligibility.WithEdition(e), eligibility.WithDeadline(testDeadline(a.Year))}
		r, err := eligibility.EvaluateApplication(a, n, opts...)
		require.NoError(t, err)
		require.Len(t, r.Findings, len(catalogue))
		failedReq := false
		for j, f := range r.Findings {
			assert.Equal(t, catalogue[j].ID, f.Rule())
			assert.True(t, f.Status().Valid())
			if !catalogue[j].InEdition(e) {
				assert.Equal(t, eligibility.NotApplicable, f.Status(), f.Rule())
			}
			if f.Status() == eligibility.Failed {
				assert.NotEmpty(t, f.Evidence(), "%s failed without evidence", f.Rule())
				failedReq = failedReq || f.Severity() == eligibility.Requirement
			}
		}
		assert.Equal(t, !failedReq, r.Eligible())

		again, err := eligibility.EvaluateApplication(a, n, opts...)
		require.NoError(t, err)
		assert.Equal(t, r, again, "deterministic")

		slices.Reverse(n.Members)
		slices.Reverse(n.Partners)
		shuffled, err := eligibility.EvaluateApplication(a, n, opts...)
		require.NoError(t, err)
		for j := range r.Findings {
			assert.Equal(t, r.Findings[j].Status(), shuffled.Findings[j].Status(), r.Findings[j].Rule())
		}
	}
}
