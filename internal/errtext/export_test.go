package errtext

// Complete reports whether the catalogue translates reason completely, with no English
// phrase left inside the Norwegian text; for the test of the catalogue.
func Complete(reason string) bool { return complete(load(), reason, maxDepth) }
