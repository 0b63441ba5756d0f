package errtext_test

import (
	"testing"

	"github.com/laeringsnettverk/sdk/internal/errtext"
)

// FuzzLookup: any reason is looked up without panicking; an unknown one comes back
// unchanged; a known one gives two non-empty translations.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"missing", "unknown scheme", "longer than 64 bytes", "want one of nb, en",
		"date out of range: the register covers 2017-01-01/2026-12-31; load newer SSB files with lnet.LoadRegister, or carry the last known data forward on purpose with Register.AssumeUnchangedThrough",
		"unknown unknown unknown %s", "%s", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, reason string) {
		nb, nn, ok := errtext.Lookup(reason)
		if !ok && (nb != reason || nn != reason) {
			t.Fatalf("unknown %q changed to %q / %q", reason, nb, nn)
		}
		if ok && (nb == "" || nn == "") {
			t.Fatalf("known %q has an empty translation", reason)
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	for _, bc := range []struct{ name, reason string }{
		{"exact", "negative floor"},
		{"format", "criterion \"children\" has no value for the recipient"},
		{"nested", "date out of range: the register covers 2017-01-01/2026-12-31"},
		{"miss", "a reason the catalogue does not hold, of a moderate length"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				errtext.Lookup(bc.reason)
			}
		})
	}
}
