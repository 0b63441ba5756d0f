package allocation

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/require"
)

// equalShare reports whether two shares are the same: same inputs, exact quota and key
// share, amount and explanation.
func equalShare(a, b Share) bool {
	capEq := a.Cap == nil && b.Cap == nil || a.Cap != nil && b.Cap != nil && a.Cap.Equal(*b.Cap)
	return a.ID == b.ID && a.Weight.Equal(b.Weight) && a.KeyShare.Equal(b.KeyShare) && a.Quota.Equal(b.Quota) &&
		must(a.Amount()) == must(b.Amount()) && a.Floor.Equal(b.Floor) && capEq && a.Floored == b.Floored &&
		a.Capped == b.Capped && a.RemainderUnit == b.RemainderUnit && a.RemainderRank == b.RemainderRank
}

func requireEqualResult(t *testing.T, want, got *Result) {
	t.Helper()
	require.True(t, want.Pot.Equal(got.Pot), "pot")
	require.True(t, want.Unit.Equal(got.Unit), "unit")
	require.Equal(t, want.Method, got.Method)
	require.True(t, want.Allocated.Equal(got.Allocated), "allocated")
	require.True(t, want.Residue.Equal(got.Residue), "residue")
	require.True(t, want.Unallocated.Equal(got.Unallocated), "unallocated")
	require.Equal(t, want.Remaining, got.Remaining)
	require.Equal(t, want.Len(), got.Len())
	for i := range want.Len() {
		require.True(t, equalShare(want.At(i), got.At(i)), "shares[%d]: %+v vs %+v", i, want.At(i), got.At(i))
		require.Equal(t, want.At(i).Units(), got.At(i).Units(), "shares[%d] units", i)
	}
	require.Len(t, got.Refused, len(want.Refused))
	for i := range want.Refused {
		w, g := want.Refused[i], got.Refused[i]
		require.True(t, w.ID == g.ID && w.Reason == g.Reason && w.Requested.Equal(g.Requested) && w.Amount.Equal(g.Amount), "refused[%d]", i)
	}
	require.Equal(t, want.Basis, got.Basis)
}

// roundTrip encodes v, decodes it into out and checks that encoding out gives the same bytes.
func roundTrip[T any](t *testing.T, v T) T {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var out T
	require.NoError(t, json.Unmarshal(b, &out), "%s", b)
	b2, err := json.Marshal(out)
	require.NoError(t, err)
	require.JSONEq(t, string(b), string(b2))
	return out
}

func TestRoundTripResult(t *testing.T) {
	cp := lnet.MustNOK("300000")
	res, err := Allocate(lnet.MustNOK("1000000.50"), []Recipient{
		{ID: "a", Weight: MustWeight("1/3")},
		{ID: "b", Weight: MustWeight("0.5"), Cap: &cp},
		{ID: "c", Weight: IntWeight(2), Floor: lnet.MustNOK("1000")},
		{ID: "d"},
	}, WithUnit(lnet.MustNOK("1000")), WithBasis(lnet.Basis{Year: 2024, Classification: "Kommuneinndeling 2024", PopulationYear: 2024}))
	require.NoError(t, err)
	apps, err := AllocateApplications(lnet.MustNOK("500000"), []Application{
		{ID: "p1", Requested: lnet.MustNOK("300000"), Weight: IntWeight(3)},
		{ID: "p2", Requested: lnet.MustNOK("400000"), Weight: IntWeight(1)},
		{ID: "p3", Requested: lnet.MustNOK("100000"), Refused: "no steering group"},
	})
	require.NoError(t, err)
	none, err := AllocateApplications(lnet.MustNOK("100"), nil)
	require.NoError(t, err)
	for name, r := range map[string]*Result{"basis": res, "refused": apps, "none": none} {
		t.Run(name, func(t *testing.T) {
			got := roundTrip(t, *r) // by value: the value receiver writes the JSON form
			requireEqualResult(t, r, &got)
			gotp := roundTrip(t, r)
			requireEqualResult(t, r, gotp)
			b, _ := json.Marshal(*r)
			require.True(t, bytes.HasPrefix(b, []byte(`{"pot":`)), "%s", b)
		})
	}
	// A share alone: its amount is data and comes back.
	for _, s := range res.Shares() {
		got := roundTrip(t, s)
		require.True(t, equalShare(s, got), "%+v vs %+v", s, got)
	}
	b, _ := json.Marshal(res.At(0))
	require.Contains(t, string(b), `"amount":"`+must(res.At(0).Amount()).String()+`"`)
}

func requireEqualRequest(t *testing.T, want, got *Request) {
	t.Helper()
	eqNOK := func(a, b *lnet.NOK) bool { return a == nil && b == nil || a != nil && b != nil && a.Equal(*b) }
	require.Len(t, got.Pots, len(want.Pots))
	for s, n := range want.Pots {
		g, ok := got.Pots[s]
		require.True(t, ok && n.Equal(g), "pots.%s", s)
	}
	require.Equal(t, want.Pots == nil, got.Pots == nil)
	require.True(t, eqNOK(want.Pot, got.Pot), "pot")
	require.True(t, want.Unit.Equal(got.Unit), "unit")
	require.Equal(t, want.Method, got.Method)
	require.Equal(t, want.Recipients == nil, got.Recipients == nil)
	require.Len(t, got.Recipients, len(want.Recipients))
	for i, w := range want.Recipients {
		g := got.Recipients[i]
		require.True(t, w.ID == g.ID && w.Weight.Equal(g.Weight) && w.Floor.Equal(g.Floor) && eqNOK(w.Cap, g.Cap), "recipients[%d]", i)
	}
	require.Equal(t, want.Key == nil, got.Key == nil)
	if want.Key != nil {
		require.Equal(t, want.Key.IDs, got.Key.IDs)
		require.Len(t, got.Key.Criteria, len(want.Key.Criteria))
		for i, w := range want.Key.Criteria {
			g := got.Key.Criteria[i]
			require.True(t, w.Name == g.Name && w.Equal == g.Equal && w.Share.Equal(g.Share) && len(w.Values) == len(g.Values), "criteria[%d]", i)
			for id, v := range w.Values {
				require.True(t, v.Equal(g.Values[id]), "criteria[%d].values.%s", i, id)
			}
		}
	}
	require.Equal(t, want.Applications == nil, got.Applications == nil)
	require.Len(t, got.Applications, len(want.Applications))
	for i, w := range want.Applications {
		g := got.Applications[i]
		require.True(t, w.ID == g.ID && w.Weight.Equal(g.Weight) && w.Requested.Equal(g.Requested) && w.Refused == g.Refused, "applications[%d]", i)
	}
}

func TestRoundTripResponseAndRequest(t *testing.T) {
	for _, in := range []string{
		`{"pots": {"self_initiated": "950000", "foster_home": "2100000"}, "unit": "1000", "method": "sainte_lague",
		  "recipients": [{"id": "18", "weight": "0.0912", "floor": "1000", "cap": "500000"}, {"id": "03", "weight": "3/7"}]}`,
		`{"pot": "100000", "recipients": [{"id": "a", "weight": 1}, {"id": "b", "weight": "2"}]}`,
		`{"pot": "100000", "unit": "0.01", "key": {"criteria": [{"name": "children", "share": "0.8", "values": {"a": "5", "b": "7"}},
		  {"name": "equal", "share": "0.2", "equal": true}]}}`,
		`{"pot": "100000", "recipients": [{"id": "a", "floor": "10"}, {"id": "b", "cap": "5"}], "key": {"ids": ["a", "b"],
		  "criteria": [{"name": "equal", "share": "1", "equal": true}]}}`,
		`{"pot": "650000", "method": "dhondt", "applications": [{"id": "p1", "requested": "300000", "weight": "300000"},
		  {"id": "p2", "requested": "10", "refused": "late"}]}`,
	} {
		req, err := DecodeRequest(strings.NewReader(in))
		require.NoError(t, err, in)
		// By value, as the report had it.
		b, err := json.Marshal(*req)
		require.NoError(t, err)
		require.NotContains(t, string(b), `"Pot"`)
		again, err := DecodeRequest(bytes.NewReader(b))
		require.NoError(t, err, "%s", b)
		requireEqualRequest(t, req, again)
		got := roundTrip(t, *req)
		requireEqualRequest(t, req, &got)

		resp, err := req.Allocate()
		require.NoError(t, err)
		gotResp := roundTrip(t, *resp)
		if resp.Result != nil {
			requireEqualResult(t, resp.Result, gotResp.Result)
		}
		require.Len(t, gotResp.Results, len(resp.Results))
		for s, r := range resp.Results {
			requireEqualResult(t, r, gotResp.Results[s])
		}
	}
	// The example: a Request built in Go, marshalled by value, read by DecodeRequest.
	pot := lnet.MustNOK("650000")
	req := Request{Pot: &pot, Unit: lnet.MustNOK("1"), Recipients: []Recipient{{ID: "x", Weight: IntWeight(1)}}}
	b, err := json.Marshal(req)
	require.NoError(t, err)
	got, err := DecodeRequest(bytes.NewReader(b))
	require.NoError(t, err, "%s", b)
	requireEqualRequest(t, &req, got)
	// What the wire form cannot carry is an error, not a silent loss.
	for _, bad := range []Request{
		{},
		{Pot: &pot, Pots: map[lnet.Scheme]lnet.NOK{lnet.SchemeSelfInitiated: pot}, Recipients: []Recipient{}},
		{Pot: &pot, Key: &KeySpec{}, Recipients: []Recipient{{ID: "a", Weight: IntWeight(1)}}},
	} {
		_, err := json.Marshal(bad)
		require.ErrorIs(t, err, ErrInvalidRequest)
	}
}

func TestRoundTripFractionWeightKey(t *testing.T) {
	for _, s := range []string{"0", "86640", "86640.5", "2599201/30", "0.000001", "123456789012345678901234567891/7"} {
		var f Fraction
		require.NoError(t, f.UnmarshalText([]byte(s)), s)
		require.Equal(t, s, f.String())
		got := roundTrip(t, f)
		require.True(t, f.Equal(got))
		var q Quota
		require.NoError(t, json.Unmarshal([]byte(`"`+s+`"`), &q))
		require.True(t, q.Equal(f))
	}
	for _, s := range []string{"", "-1", "1/0", "1.", ".5", "1e3", "0,5", " 1", "1/-2", "x"} {
		var f Fraction
		require.Error(t, f.UnmarshalText([]byte(s)), s)
	}
	for _, s := range []string{`1`, `null`, `{}`, `"1/0"`} {
		var f Fraction
		require.Error(t, json.Unmarshal([]byte(s), &f), s)
	}
	for _, s := range []string{"0", "0.0912", "3/7", "12345678901234567890123"} {
		w := MustWeight(s)
		require.True(t, w.Equal(roundTrip(t, w)))
	}
	k, err := NewKey(Entry{"b", MustWeight("3/7")}, Entry{"a", IntWeight(2)})
	require.NoError(t, err)
	got := roundTrip(t, k)
	require.Equal(t, k.Entries(), got.Entries())
}

func TestUnmarshalStrict(t *testing.T) {
	res, err := Allocate(lnet.MustNOK("1000"), []Recipient{{ID: "a", Weight: IntWeight(1)}, {ID: "b", Weight: IntWeight(2)}},
		WithUnit(lnet.MustNOK("10")))
	require.NoError(t, err)
	good, err := json.Marshal(res)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(good, &m))
	mutate := func(f func(m map[string]any)) string {
		var c map[string]any
		require.NoError(t, json.Unmarshal(good, &c))
		f(c)
		b, _ := json.Marshal(c)
		return string(b)
	}
	share := func(c map[string]any, i int) map[string]any { return c["shares"].([]any)[i].(map[string]any) }
	for _, tc := range []struct{ in, path string }{
		{mutate(func(c map[string]any) { c["extra"] = 1 }), "extra"},
		{mutate(func(c map[string]any) { share(c, 1)["Amount"] = "1" }), "shares[1].Amount"},
		{mutate(func(c map[string]any) { share(c, 1)["amount"] = "667" }), "shares[1].amount"},
		{mutate(func(c map[string]any) { share(c, 1)["amount"] = "660" }), "allocated"},
		{mutate(func(c map[string]any) { share(c, 0)["quota"] = "1" }), "shares[0].quota"},
		{mutate(func(c map[string]any) { share(c, 0)["quota_exact"] = 1 }), "shares[0].quota_exact"},
		{mutate(func(c map[string]any) { share(c, 0)["key_share_exact"] = "1/0" }), "shares[0].key_share_exact"},
		{mutate(func(c map[string]any) { share(c, 0)["weight"] = "-1" }), "shares[0].weight"},
		{mutate(func(c map[string]any) { share(c, 0)["floored"] = "yes" }), "shares[0].floored"},
		{mutate(func(c map[string]any) { delete(share(c, 0), "amount") }), "shares[0].amount"},
		{mutate(func(c map[string]any) { c["remaining"] = -1 }), "remaining"},
		{mutate(func(c map[string]any) { c["method"] = "bogus" }), "method"},
		{mutate(func(c map[string]any) { c["unit"] = "0" }), "unit"},
		{mutate(func(c map[string]any) { c["pot"] = "2000" }), "pot"},
		{mutate(func(c map[string]any) { c["refused"] = []any{map[string]any{"id": "x", "requested": "1", "why": ""}} }), "refused[0].why"},
		{mutate(func(c map[string]any) { c["basis"] = map[string]any{"classification_from": "2018-02-30"} }), "basis.classification_from"},
		{string(good) + "x", ""},
	} {
		var r Result
		err := json.Unmarshal([]byte(tc.in), &r)
		if tc.path == "" {
			require.Error(t, err)
			continue
		}
		var fe *FieldError
		require.True(t, errors.As(err, &fe), "%s: %v", tc.path, err)
		require.Equal(t, tc.path, fe.Path, "%v", err)
		require.NotContains(t, err.Error(), "allocation.", "no Go type names")
		var resp Response
		err = json.Unmarshal([]byte(`{"result":`+tc.in+`}`), &resp)
		require.True(t, errors.As(err, &fe), "%v", err)
		require.Equal(t, joinPath("result", tc.path), fe.Path)
	}
	var resp Response
	err = json.Unmarshal([]byte(`{"results":{"bogus":`+string(good)+`}}`), &resp)
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	require.Equal(t, "results.bogus", fe.Path)
	require.Error(t, json.Unmarshal([]byte(`{"Result":null}`), &resp))
	var req Request
	require.Error(t, json.Unmarshal([]byte(`{"Pots":null,"Pot":"650000","Unit":"0"}`), &req))
}

// TestRoundTripRandom round-trips random results of Allocate and AllocateApplications.
func TestRoundTripRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 2))
	n := 0
	for n < 2000 {
		c := randomAllocation(rng, 100_000)
		opts := []Option{WithUnit(c.unit), WithMethod(c.method)}
		if rng.IntN(5) == 0 {
			opts = append(opts, WithBasis(lnet.Basis{Year: 2020 + rng.IntN(5), Classification: "K", PopulationYear: 2020}))
		}
		res, err := Allocate(c.pot, c.recs, opts...)
		if err != nil {
			continue
		}
		n++
		b, err := json.Marshal(*res)
		require.NoError(t, err)
		var got Result
		require.NoError(t, json.Unmarshal(b, &got), "%s\n%s", c, b)
		requireEqualResult(t, res, &got)
		b2, _ := json.Marshal(got)
		require.Equal(t, string(b), string(b2))
		var csv1, csv2 bytes.Buffer
		require.NoError(t, res.WriteCSV(&csv1))
		require.NoError(t, got.WriteCSV(&csv2))
		require.Equal(t, csv1.String(), csv2.String())
	}
	// Fractions too big for the fast path come back exactly.
	big1, _ := WeightFromRat(new(big.Rat).SetFrac(new(big.Int).Lsh(big.NewInt(1), 200), big.NewInt(3)))
	res, err := Allocate(lnet.MustNOK("1000000"), []Recipient{{ID: "a", Weight: big1}, {ID: "b", Weight: IntWeight(1)}})
	require.NoError(t, err)
	got := roundTrip(t, *res)
	requireEqualResult(t, res, &got)
}

func TestCSVHeaderIsACopy(t *testing.T) {
	res, err := Allocate(lnet.MustNOK("100"), []Recipient{{ID: "a", Weight: IntWeight(1)}})
	require.NoError(t, err)
	var before, after bytes.Buffer
	require.NoError(t, res.WriteCSV(&before))
	h := CSVHeader()
	h[0] = "HACKED"
	_ = append(h[:1], "more")
	require.NoError(t, res.WriteCSV(&after))
	require.Equal(t, before.String(), after.String())
	require.Equal(t, "id", CSVHeader()[0])
	require.True(t, strings.HasPrefix(before.String(), strings.Join(CSVHeader(), ",")+"\n"))
}
