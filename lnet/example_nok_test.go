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

// Arithmetic on NOK is exact: no float64 and no rounding.
func ExampleNOK_Add() {
	selfInitiated := lnet.MustNOK("1 100 000")
	fosterHome := lnet.MustNOK("2 300 000")
	fmt.Println(must(selfInitiated.Add(fosterHome)).Norwegian())
	// Output: kr 3 400 000
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
