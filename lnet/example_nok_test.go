package lnet_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Amounts parse from the forms found in Norwegian letters and calls for applications, and
// format back both plain (for JSON, CSV and SQL) and Norwegian (for letters).
func ExampleParseNOK() {
	for _, s := range []string{"kr 1 100 000", "2.300.000,-", "950000.50"} {
		n, err := lnet.ParseNOK(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-14s → %-10s %s\n", s, n, n.Norwegian())
	}
	// Output:
	// kr 1 100 000   → 1100000    kr 1 100 000
	// 2.300.000,-    → 2300000    kr 2 300 000
	// 950000.50      → 950000.50  kr 950 000,50
}

// Malformed or ambiguous amounts are rejected with an error that says why; test its kind
// with errors.Is.
func ExampleParseNOK_errors() {
	for _, s := range []string{"1.100", "950000.505", "1e9999999"} {
		_, err := lnet.ParseNOK(s)
		fmt.Println(errors.Is(err, lnet.ErrInvalidAmount), err)
	}
	// Output:
	// true lnet: parsing NOK "1.100": ambiguous: "." may be a decimal point or a thousands separator; write "1,10" or "1 100"
	// true lnet: parsing NOK "950000.505": more than 2 decimals
	// true lnet: parsing NOK "1e9999999": unexpected character 'e'
}

// Arithmetic on NOK is exact: no float64 and no rounding. It reports a result beyond
// ±MaxNOK as an error instead of producing an amount that would not read back.
func ExampleNOK_Add() {
	selfInitiated := lnet.MustNOK("1 100 000")
	fosterHome := lnet.MustNOK("2 300 000")
	total, err := selfInitiated.Add(fosterHome)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(total.Norwegian())
	// Output: kr 3 400 000
}

// Past the bound of MaxNOK kroner and 99 øre, arithmetic fails with ErrOverflow in an
// *ArithmeticError that names the operation and its operands.
func ExampleNOK_Add_overflow() {
	most := lnet.MustNOK("999 999 999 999 999,99")
	_, err := most.Add(lnet.MustNOK("0,01"))
	var ae *lnet.ArithmeticError
	fmt.Println(errors.Is(err, lnet.ErrOverflow), errors.As(err, &ae) && ae.Op == "+")
	fmt.Println(err)
	// Output:
	// true true
	// lnet: NOK 999999999999999.99 + 0.01: result beyond ±999999999999999.99
}

// An amount is a small comparable value: kr 1 100 000 equals kr 1 100 000,00 under ==, and
// amounts work as map keys.
func ExampleNOK_comparable() {
	fmt.Println(lnet.MustNOK("1100000") == lnet.MustNOK("1100000.00"))
	byAmount := map[lnet.NOK][]string{}
	for id, s := range map[string]string{"agder": "kr 650 000", "nordland": "650000,-", "vestland": "1 100 000"} {
		n := lnet.MustNOK(s)
		byAmount[n] = append(byAmount[n], id)
	}
	fmt.Println(len(byAmount), len(byAmount[lnet.MustNOK("650000")]))
	// Output:
	// true
	// 2 2
}

// A rule such as "the own contribution (egenandel) must be at least 25 % of the total cost"
// reads as it is written; rounding up to the øre keeps it exact.
func ExampleNOK_Percent() {
	total := lnet.MustNOK("kr 400 000,01")
	least, err := total.Percent(25, lnet.RoundCeiling)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, own := range []lnet.NOK{lnet.MustNOK("100 000"), lnet.MustNOK("100 000,01")} {
		fmt.Println(own.Norwegian(), own.Cmp(least) >= 0)
	}
	// Output:
	// kr 100 000 false
	// kr 100 000,01 true
}

// MulRat rounds by the stated mode; ties (here 12,5 øre) show the difference.
func ExampleNOK_MulRat() {
	quarter := lnet.MustNOK("0,25")
	for _, mode := range []lnet.RoundingMode{lnet.RoundHalfEven, lnet.RoundHalfUp, lnet.RoundDown, lnet.RoundCeiling} {
		half, err := quarter.MulRat(1, 2, mode)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(mode, half)
	}
	// Output:
	// half-even 0.12
	// half-up 0.13
	// down 0.12
	// ceiling 0.13
}

// English text groups by commas with a decimal point; In picks the form for a language.
func ExampleNOK_English() {
	n := lnet.MustNOK("1 100 000,50")
	fmt.Println(n.English())
	for _, lang := range []lnet.Language{lnet.Bokmal, lnet.Nynorsk, lnet.English} {
		fmt.Println(lang, n.In(lang))
	}
	// Output:
	// NOK 1,100,000.50
	// nb kr 1 100 000,50
	// nn kr 1 100 000,50
	// en NOK 1,100,000.50
}

// Amounts marshal to JSON as decimal strings, and schemes work as map keys.
func ExampleNOK_MarshalJSON() {
	pots := map[lnet.Scheme]lnet.NOK{
		lnet.SchemeSelfInitiated: lnet.MustNOK("950000"),
		lnet.SchemeFosterHome:    lnet.MustNOK("2100000"),
	}
	out, _ := json.Marshal(pots)
	fmt.Println(string(out))
	// Output: {"foster_home":"2100000","self_initiated":"950000"}
}

func ExampleParseMunicipalityCode() {
	kvam, err := lnet.ParseMunicipalityCode("1238")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(kvam, "lies in county", kvam.County())
	// Output: 1238 lies in county 12
}

func ExampleScheme_Norwegian() {
	for _, s := range lnet.Schemes() {
		fmt.Printf("%s (%s, from %d): %s\n", s, s.Form(), s.FirstYear(), s.Norwegian())
	}
	// Output:
	// self_initiated (skjema 1, from 2018): egeninitierte utviklingsprosjekter
	// foster_home (skjema 2, from 2019): utviklingsprosjekter på fosterhjemsområdet
}
