// Package docs is a fixture for ParseDocs.
package docs

// Grant is an award (tilskudd).
// See [Network.ProjectFor].
//
// A second paragraph that is left out.
type Grant struct {
	// Amount is the amount granted,
	// more than [lnet.NOK] zero.
	Amount       string
	Undocumented int
}
