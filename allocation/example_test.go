package allocation_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// A plain key: three offices with weights, a pot of kr 1 000 000 in whole kroner.
func ExampleAllocate() {
	key, err := allocation.NewKey(
		allocation.Entry{ID: "nordland", Weight: allocation.MustWeight("1")},
		allocation.Entry{ID: "innlandet", Weight: allocation.MustWeight("1")},
		allocation.Entry{ID: "vestland", Weight: allocation.MustWeight("1")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := allocation.Allocate(lnet.MustNOK("1000000"), key.Recipients())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Shares() {
		amount, err := s.Amount()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.ID, amount.Norwegian(), "quota", s.Quota, "remainder unit", s.RemainderUnit)
	}
	// Output:
	// innlandet kr 333 334 quota 1000000/3 remainder unit true
	// nordland kr 333 333 quota 1000000/3 remainder unit false
	// vestland kr 333 333 quota 1000000/3 remainder unit false
}

// A key from criteria: 20 % divided equally, 80 % by children 0–17.
func ExampleKeyFromCriteria() {
	children := allocation.Criterion{
		Name:  "children_0_17",
		Share: allocation.MustWeight("0.8"),
		Values: map[string]allocation.Weight{
			"a": allocation.IntWeight(30_000),
			"b": allocation.IntWeight(10_000),
		},
	}
	key, err := allocation.KeyFromCriteria([]string{"a", "b"}, allocation.EqualCriterion(allocation.MustWeight("0.2")), children)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range key.Entries() {
		fmt.Println(e.ID, e.Weight)
	}
	// Output:
	// a 0.7
	// b 0.3
}

// Both schemes with one key, in units of kr 50 000, as the Nordland pots of 2019.
func ExampleAllocateSchemes() {
	recipients := []allocation.Recipient{
		{ID: "nordland", Weight: allocation.MustWeight("0.0912")},
		{ID: "troms-og-finnmark", Weight: allocation.MustWeight("0.0881")},
	}
	pots := map[lnet.Scheme]lnet.NOK{
		lnet.SchemeSelfInitiated: lnet.MustNOK("950000"),
		lnet.SchemeFosterHome:    lnet.MustNOK("2100000"),
	}
	results, err := allocation.AllocateSchemes(pots, recipients, allocation.WithUnit(lnet.MustNOK("50000")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, scheme := range lnet.Schemes() {
		r := results[scheme]
		fmt.Printf("%s: ", scheme)
		for _, s := range r.Shares() {
			amount, err := s.Amount()
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Printf("%s %s; ", s.ID, amount)
		}
		fmt.Println("residue", r.Residue)
	}
	// Output:
	// self_initiated: nordland 500000; troms-og-finnmark 450000; residue 0
	// foster_home: nordland 1050000; troms-og-finnmark 1050000; residue 0
}

// Floors and caps: the capped recipient's surplus goes to the others by weight.
func ExampleAllocate_caps() {
	limit := lnet.MustNOK("100000")
	res, err := allocation.Allocate(lnet.MustNOK("650500"), []allocation.Recipient{
		{ID: "a", Weight: allocation.IntWeight(5), Cap: &limit},
		{ID: "b", Weight: allocation.IntWeight(3)},
		{ID: "c", Weight: allocation.IntWeight(1), Floor: lnet.MustNOK("150000")},
		{ID: "d", Weight: allocation.IntWeight(2)},
		{ID: "e", Weight: allocation.IntWeight(2)},
	}, allocation.WithUnit(lnet.MustNOK("1000")))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := res.WriteMarkdown(os.Stdout, lnet.Bokmal); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | Mottaker | Vekt | Andel av nøkkelen | Kvote (kr) | Tildelt | Gulv/tak | Restenhet (rang) |
	// |---|---:|---:|---:|---:|---|---|
	// | a | 5 | 0,384615 | 100 000,000000 | kr 100 000 | tak kr 100 000 |  |
	// | b | 3 | 0,230769 | 171 428,571429 | kr 172 000 |  | ja (1) |
	// | c | 1 | 0,076923 | 150 000,000000 | kr 150 000 | gulv kr 150 000 |  |
	// | d | 2 | 0,153846 | 114 285,714286 | kr 114 000 |  | nei (2) |
	// | e | 2 | 0,153846 | 114 285,714286 | kr 114 000 |  | nei (3) |
	//
	// - Pott: kr 650 500
	// - Enhet: kr 1 000
	// - Metode: største brøks metode
	// - Fordelt: kr 650 000
	// - Rest under én enhet: kr 500
	// - Ikke fordelt (alle har nådd taket): kr 0
}

// The second level: an office's pot over applications, capped at the amount requested and
// weighted by the amount requested; one application is refused by eligibility.
func ExampleAllocateApplications() {
	weight := func(requested int64) allocation.Weight {
		w, _ := allocation.WeightFromNOK(lnet.MustNOK(strconv.FormatInt(requested, 10)))
		return w
	}
	res, err := allocation.AllocateApplications(lnet.MustNOK("650000"), []allocation.Application{
		{ID: "hoykonflikt", Requested: lnet.MustNOK("300000"), Weight: weight(300_000)},
		{ID: "barnesamtaler", Requested: lnet.MustNOK("500000"), Weight: weight(500_000)},
		{ID: "basisopplaering", Requested: lnet.MustNOK("200000"), Refused: "no competence environment (section 4)"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Shares() {
		amount, err := s.Amount()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(s.ID, amount, "capped:", s.Capped)
	}
	for _, r := range res.Refused {
		fmt.Println(r.ID, r.Amount, "refused:", r.Reason)
	}
	// Output:
	// barnesamtaler 406250 capped: false
	// hoykonflikt 243750 capped: false
	// basisopplaering 0 refused: no competence environment (section 4)
}

// The JSON request format of examples/allocate and of the conformance vectors.
func ExampleDecodeRequest() {
	req, err := allocation.DecodeRequest(strings.NewReader(`{
		"pots": {"self_initiated": "950000", "foster_home": "2100000"},
		"unit": "50000",
		"key": {"criteria": [
			{"name": "equal", "share": "0.2", "equal": true},
			{"name": "children_0_17", "share": "0.8", "values": {"18": "52000", "54": "50000"}}
		]}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	resp, err := req.Allocate()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, scheme := range lnet.Schemes() {
		for _, s := range resp.Results[scheme].Shares() {
			amount, err := s.Amount()
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Println(scheme, s.ID, s.Weight, amount)
		}
	}
	// Output:
	// self_initiated 18 259/510 500000
	// self_initiated 54 251/510 450000
	// foster_home 18 259/510 1050000
	// foster_home 54 251/510 1050000
}

// A result keeps its shares column by column and builds each one when asked: count them
// with Len, read one with At or by id with Share, walk them with Shares.
func ExampleResult_Shares() {
	res, err := allocation.Allocate(lnet.MustNOK("100"), []allocation.Recipient{
		{ID: "b", Weight: allocation.IntWeight(2)},
		{ID: "a", Weight: allocation.IntWeight(1)},
		{ID: "c", Weight: allocation.MustWeight("0.5"), Cap: ptr(lnet.MustNOK("10"))},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Len(), "shares; the first is", res.At(0).ID)
	for i, s := range res.Shares() {
		amount, err := s.Amount()
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(i, s.ID, s.Weight, amount.Norwegian(), "quota", s.Quota, "capped", s.Capped)
	}
	if s, ok := res.Share("c"); ok {
		fmt.Println("c's cap:", s.Cap.Norwegian())
	}
	// Output:
	// 3 shares; the first is a
	// 0 a 1 kr 30 quota 30 capped false
	// 1 b 2 kr 60 quota 60 capped false
	// 2 c 0.5 kr 10 quota 10 capped true
	// c's cap: kr 10
}

func ptr[T any](v T) *T { return &v }
