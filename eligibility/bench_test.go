package eligibility_test

import (
	"testing"

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
