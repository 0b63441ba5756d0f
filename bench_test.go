package sdk_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// benchSubmissions returns n applications of the fixture network, spread over its three
// projects and both schemes, all in time.
func benchSubmissions(n int) []sdk.Submission {
	projects := []struct {
		id     lnet.ProjectID
		scheme lnet.Scheme
	}{{"barnesamtaler", lnet.SchemeSelfInitiated}, {"dialog", lnet.SchemeSelfInitiated}, {"fosterhjem", lnet.SchemeFosterHome}}
	out := make([]sdk.Submission, n)
	for i := range out {
		p := projects[i%len(projects)]
		app := application(2026, p.id, p.scheme, int64(100_000+1000*(i%97)), date.New(2026, time.February, 20))
		app.ID = lnet.ApplicationID(fmt.Sprintf("vestland-2026-%06d", i))
		w := allocation.IntWeight(uint64(1 + i%3))
		out[i] = sdk.Submission{Application: app, Weight: &w}
	}
	return out
}

// BenchmarkRun measures a whole round by the number of applications: the cost grows with
// the input.
func BenchmarkRun(b *testing.B) {
	nets := []lnet.Network{network(2026)}
	for _, n := range []int{3, 30, 300} {
		subs := benchSubmissions(n)
		b.Run(fmt.Sprintf("apps=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := sdk.Run(call(2026), nets, subs); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
