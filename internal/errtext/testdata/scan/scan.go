package scan

import "fmt"

type E struct{ Reason, Type string }

func fail(path, reason string) error               { return nil }
func failf(path, format string, args ...any) error { return nil }
func idProblem(s string) string                    { return "by problem" }

func f(x string) {
	_ = E{Reason: "by field", Type: "kind"}
	_ = E{Reason: "a " + x + " b"}
	_ = fail("not this path", "by param")
	_ = failf("nor this", "by format %d", 1)
	bad := func(reason string) error { return nil }
	_ = bad("by closure")
	reason := "by variable"
	_ = reason
	_ = fmt.Sprint("not a reason")
}

func g(err error) error {
	_ = fmt.Errorf("not wrapped first: %w", err)
	return fmt.Errorf("%w: by wrap %q (%w)", err, "x", err)
}

type decoder struct{}

func h(d decoder) {
	_ = d.Fail(nil, "v", "by decoder")
}
