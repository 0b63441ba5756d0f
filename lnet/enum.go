package lnet

// enumError returns the error constructor of an enumeration table: a [*ParseError] of the
// type typ wrapping sentinel.
func enumError(typ string, sentinel error) func(input, reason string) error {
	return func(input, reason string) error { return parseError(typ, input, reason, sentinel) }
}
