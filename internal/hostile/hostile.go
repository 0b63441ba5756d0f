// Package hostile holds the helpers of the hostile-input tests of the SDK's packages:
// measuring what a call allocates, and building large documents.
package hostile

import (
	"runtime"
	"strings"
)

// Allocated runs f and returns the bytes it allocated on the heap (cumulative, so an upper
// bound of its peak) and the panic it raised, if any.
func Allocated(f func()) (bytes uint64, panicked any) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	func() {
		defer func() { panicked = recover() }()
		f()
	}()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, panicked
}

// RepeatTo returns prefix, then elem repeated (comma-separated) to about size bytes, then
// suffix.
func RepeatTo(size int, prefix, elem, suffix string) string {
	n := (size - len(prefix) - len(suffix)) / (len(elem) + 1)
	if n < 1 {
		n = 1
	}
	return prefix + strings.Repeat(elem+",", n-1) + elem + suffix
}
