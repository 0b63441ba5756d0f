package allocation

import "github.com/laeringsnettverk/sdk/lnet"

// Option configures an allocation.
type Option func(*config)

type config struct {
	unit    lnet.NOK
	unitSet bool
	method  Method
	basis   lnet.Basis
}

// defaultUnit is kr 1, the default unit; a constant (not parsed per call).
var defaultUnit, _ = lnet.NOKFromOre(100)

func newConfig(opts []Option) config {
	if len(opts) == 0 {
		return config{unit: defaultUnit} // no options: nothing escapes, nothing allocated
	}
	c := &config{unit: defaultUnit}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return *c
}

// WithUnit sets the unit (enhet) amounts are multiples of: any positive amount with at most
// two decimals, e.g. kr 0,01, kr 1 (the default), kr 1 000 or kr 50 000. The part of the
// pot that is not a whole number of units is reported as the residue.
func WithUnit(u lnet.NOK) Option {
	return func(c *config) { c.unit, c.unitSet = u, true }
}

// WithMethod sets the rounding method; the default is [LargestRemainder].
func WithMethod(m Method) Option {
	return func(c *config) { c.method = m }
}

// WithBasis records what the key rests on (datagrunnlag), usually [Key.Basis] of a key built
// from the geography register: the result carries it ([Result.Basis]) and its JSON and
// Markdown forms state it, so a decision letter says which population count and which
// municipality structure the amounts come from, and whether they were carried forward past
// the data ([lnet.Register.AssumeUnchangedThrough]).
func WithBasis(b lnet.Basis) Option {
	return func(c *config) { c.basis = b }
}
