package sdk

import "github.com/laeringsnettverk/sdk/lnet"

// CheckLimits is checkLimits, for the tests of the limits just under and just over.
var CheckLimits = checkLimits

// Texts returns every text of the decision table and the outcomes, named, for the glossary
// test.
func Texts() map[string]lnet.Text {
	out := tableTexts()
	for o, t := range outcomeTexts() {
		out["outcome "+o.String()] = t
	}
	return out
}
