package lnet_test

import (
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
)

var benchSink lnet.NOK
var benchString string

func BenchmarkNOKAdd(b *testing.B) {
	x, y := lnet.MustNOK("950000.50"), lnet.MustNOK("1100000")
	for b.Loop() {
		benchSink = must(x.Add(y))
	}
}

func BenchmarkNOKString(b *testing.B) {
	for _, s := range []string{"1100000", "950000.50"} {
		n := lnet.MustNOK(s)
		b.Run(s, func(b *testing.B) {
			for b.Loop() {
				benchString = n.String()
			}
		})
	}
}
