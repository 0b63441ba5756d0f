package lnet_test

// must returns v, panicking on err: for amounts in tests whose arithmetic cannot leave the
// bound of lnet.NOK, where a panic fails the test.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
