package casework

import (
	"math/big"
	"strings"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Grouped writes a plain decimal number ("368918.92", "1050000") the Norwegian way, with
// spaces between groups of three digits and a decimal comma: "368 918,92", "1 050 000".
// Any other text, such as a fraction "3/7", is returned as it is.
func Grouped(s string) string {
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || strings.Trim(whole, "0123456789") != "" {
		return s
	}
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("," + frac)
	}
	return b.String()
}

// Quota writes an exact quota in kroner rounded to øre for display: "368 918,92". The
// allocation itself never rounds a quota; its result carries the exact fraction.
func Quota(q allocation.Fraction) string { return Grouped(q.Decimal(2)) }

// Percent writes a share of the key as a percentage with two decimals: "56,76 %".
func Percent(f allocation.Fraction) string {
	p := new(big.Rat).Mul(f.Rat(), big.NewRat(100, 1))
	return Grouped(p.FloatString(2)) + " %"
}

// Weight writes a weight with grouped digits when it is a whole number or a decimal.
func Weight(w allocation.Weight) string { return Grouped(w.String()) }

// Kroner writes an amount as "kr 950 000".
func Kroner(n lnet.NOK) string { return n.Norwegian() }

// KronerOf formats the result of a computation that may leave the bound of lnet.NOK
// (OwnContribution, Share.Amount): the amount, or a note that it lies beyond the bound.
func KronerOf(n lnet.NOK, err error) string {
	if err != nil {
		return "utenfor beløpsgrensen (out of range)"
	}
	return Kroner(n)
}
