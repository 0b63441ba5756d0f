package eligibility_test

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

func benchApplications() (lnet.Network, []lnet.Application, []eligibility.Option) {
	n := freshNetwork(2019)
	apps := make([]lnet.Application, 10000)
	for i := range apps {
		scheme := lnet.SchemeSelfInitiated
		if i%2 == 1 {
			scheme = lnet.SchemeFosterHome
		}
		apps[i] = freshApplication(scheme, 2019)
		apps[i].Requested = must(lnet.NewNOK(int64(100000 + i)))
	}
	opts := []eligibility.Option{
		eligibility.WithDeadline(testDeadline(2019)),
		eligibility.WithRules(eligibility.CapPerApplication("HORDALAND-CAP", lnet.MustNOK("300000"), "utlysning")),
	}
	return n, apps, opts
}

// BenchmarkEvaluate10000Applications evaluates 10 000 applications (both schemes, with an
// office rule and a deadline) per iteration.
func BenchmarkEvaluate10000Applications(b *testing.B) {
	n, apps, opts := benchApplications()
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range apps {
			if _, err := eligibility.EvaluateApplication(a, n, opts...); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkEvaluateApplications10000 evaluates the same 10 000 applications in one batch.
func BenchmarkEvaluateApplications10000(b *testing.B) {
	n, apps, opts := benchApplications()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eligibility.EvaluateApplications(apps, n, opts...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateApplication evaluates one application per operation.
func BenchmarkEvaluateApplication(b *testing.B) {
	n, apps, opts := benchApplications()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := eligibility.EvaluateApplication(apps[i%len(apps)], n, opts...); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// batchApplications returns n applications of the fixture network, both schemes, with
// amounts that differ and submission days spread over the four weeks before the deadline,
// as a grant round has them.
func batchApplications(n int) (lnet.Network, []lnet.Application, []eligibility.Option) {
	network, apps, opts := benchApplications()
	out := make([]lnet.Application, n)
	for i := range out {
		a := apps[i%len(apps)]
		a.ID = lnet.ApplicationID("søknad-" + strconv.Itoa(i))
		a.Requested = must(lnet.NewNOK(int64(100000 + 37*i)))
		d := testDeadline(2019) - date.Date(i%28)
		a.Submitted = &d
		out[i] = a
	}
	return network, out, opts
}

// BenchmarkEvaluateBatch evaluates a grant round of 1 000 and of 10 000 applications with
// their network in one call of [eligibility.EvaluateApplications], and reports the cost per
// application: bytes (B/app) and allocations (allocs/app). Target (issue 12): at most 2 KB
// and 30 allocations per application.
func BenchmarkEvaluateBatch(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			network, apps, opts := batchApplications(n)
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for b.Loop() {
				if _, err := eligibility.EvaluateApplications(apps, network, opts...); err != nil {
					b.Fatal(err)
				}
			}
			runtime.ReadMemStats(&after)
			per := float64(b.N) * float64(n)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/per, "B/app")
			b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/app")
		})
	}
}
