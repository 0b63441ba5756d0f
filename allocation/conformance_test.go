package allocation

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/require"
)

var updateConformance = flag.Bool("update-conformance", false, "regenerate testdata/conformance from the reference implementation")

const conformanceDir = "testdata/conformance"

// conformanceCase is one vector: a request and either the expected response or the kind of
// error. See testdata/conformance/README.md.
type conformanceCase struct {
	Description string          `json:"description"`
	Request     json.RawMessage `json:"request"`
	Response    json.RawMessage `json:"response,omitempty"`
	Error       string          `json:"error,omitempty"`
}

var errorKinds = []struct {
	kind string
	err  error
}{
	{"infeasible_floors", ErrInfeasibleFloors},
	{"zero_weights", ErrZeroWeights},
	{"invalid_weight", ErrInvalidWeight},
	{"invalid_key", ErrInvalidKey},
	{"invalid_recipient", ErrInvalidRecipient},
	{"invalid_unit", ErrInvalidUnit},
	{"invalid_method", ErrInvalidMethod},
	{"invalid_pot", ErrInvalidPot},
	{"invalid_request", ErrInvalidRequest},
}

func TestConformance(t *testing.T) {
	if *updateConformance {
		generateConformance(t)
	}
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 40, "at least 40 conformance vectors")
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			var c conformanceCase
			require.NoError(t, json.Unmarshal(data, &c))
			req, err := DecodeRequest(bytes.NewReader(c.Request))
			var resp *Response
			if err == nil {
				resp, err = req.Allocate()
			}
			if c.Error != "" {
				require.Error(t, err)
				for _, k := range errorKinds {
					if k.kind == c.Error {
						require.ErrorIs(t, err, k.err, err.Error())
						return
					}
				}
				t.Fatalf("unknown error kind %q", c.Error)
			}
			require.NoError(t, err)
			got, err := json.Marshal(resp)
			require.NoError(t, err)
			var gotAny, wantAny any
			require.NoError(t, json.Unmarshal(got, &gotAny))
			require.NoError(t, json.Unmarshal(c.Response, &wantAny))
			requireSubset(t, "response", wantAny, gotAny)
		})
	}
}

// requireSubset checks that every field of want is in got with the same value; "quota_exact"
// compares as exact rationals.
func requireSubset(t *testing.T, path string, want, got any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		require.True(t, ok, "%s: want an object", path)
		for k, v := range w {
			gv, ok := g[k]
			require.True(t, ok, "%s.%s missing", path, k)
			if k == "quota_exact" {
				a, _ := new(big.Rat).SetString(v.(string))
				b, ok := new(big.Rat).SetString(gv.(string))
				require.True(t, ok && a.Cmp(b) == 0, "%s.%s: want %v, got %v", path, k, v, gv)
				continue
			}
			requireSubset(t, path+"."+k, v, gv)
		}
	case []any:
		g, ok := got.([]any)
		require.True(t, ok && len(g) == len(w), "%s: want an array of %d", path, len(w))
		for i := range w {
			requireSubset(t, fmt.Sprintf("%s[%d]", path, i), w[i], g[i])
		}
	default:
		require.Equal(t, want, got, path)
	}
}

// ---- generation from the reference implementation ----

type genRecipient struct {
	ID     string `json:"id"`
	Weight string `json:"weight,omitempty"`
	Floor  string `json:"floor,omitempty"`
	Cap    string `json:"cap,omitempty"`
}

type genCriterion struct {
	Name   string            `json:"name"`
	Share  string            `json:"share"`
	Equal  bool              `json:"equal,omitempty"`
	Values map[string]string `json:"values,omitempty"`
}

type genApplication struct {
	ID        string `json:"id"`
	Requested string `json:"requested"`
	Weight    string `json:"weight,omitempty"`
	Refused   string `json:"refused,omitempty"`
}

type genRequest struct {
	Pots       map[string]string `json:"pots,omitempty"`
	Pot        string            `json:"pot,omitempty"`
	Unit       string            `json:"unit,omitempty"`
	Method     string            `json:"method,omitempty"`
	Recipients []genRecipient    `json:"recipients,omitempty"`
	Key        *struct {
		IDs      []string       `json:"ids,omitempty"`
		Criteria []genCriterion `json:"criteria"`
	} `json:"key,omitempty"`
	Applications []genApplication `json:"applications,omitempty"`
}

type genCase struct {
	name, description string
	req               genRequest
	err               string // expected error kind, or "" to derive the response
}

func rec(id, weight string) genRecipient { return genRecipient{ID: id, Weight: weight} }

func generateConformance(t *testing.T) {
	cases := conformanceCases(t)
	require.NoError(t, os.MkdirAll(conformanceDir, 0o755))
	old, _ := filepath.Glob(filepath.Join(conformanceDir, "*.json"))
	for _, f := range old {
		require.NoError(t, os.Remove(f))
	}
	for i, c := range cases {
		reqJSON, err := json.MarshalIndent(c.req, "", "  ")
		require.NoError(t, err)
		out := conformanceCase{Description: c.description, Request: reqJSON, Error: c.err}
		if c.err == "" {
			resp := referenceResponse(t, c.req)
			out.Response, err = json.MarshalIndent(resp, "", "  ")
			require.NoError(t, err)
		}
		data, err := json.MarshalIndent(out, "", "  ")
		require.NoError(t, err)
		name := fmt.Sprintf("%03d-%s.json", i+1, c.name)
		require.NoError(t, os.WriteFile(filepath.Join(conformanceDir, name), append(data, '\n'), 0o644))
	}
}

// referenceResponse computes the expected response of a request with the reference
// implementation only: weights from criteria are computed here with big.Rat.
func referenceResponse(t *testing.T, gr genRequest) map[string]any {
	unit := lnet.MustNOK("1")
	if gr.Unit != "" {
		unit = lnet.MustNOK(gr.Unit)
	}
	method, err := ParseMethod(gr.Method)
	require.NoError(t, err)
	var recs []Recipient
	var refused []map[string]any
	for _, a := range gr.Applications {
		if a.Refused != "" {
			refused = append(refused, map[string]any{"id": a.ID, "requested": lnet.MustNOK(a.Requested).String(), "reason": a.Refused, "amount": "0"})
			continue
		}
		c := lnet.MustNOK(a.Requested)
		recs = append(recs, Recipient{ID: a.ID, Weight: MustWeight(a.Weight), Cap: &c})
	}
	slices.SortFunc(refused, func(a, b map[string]any) int { return strings.Compare(a["id"].(string), b["id"].(string)) })
	weights := map[string]*big.Rat{}
	if gr.Key != nil {
		ids := gr.Key.IDs
		for _, r := range gr.Recipients {
			ids = append(ids, r.ID)
		}
		for _, c := range gr.Key.Criteria {
			if len(ids) == 0 && !c.Equal {
				ids = sortedKeys(c.Values)
			}
		}
		for _, id := range ids {
			weights[id] = new(big.Rat)
		}
		for _, c := range gr.Key.Criteria {
			share, _ := new(big.Rat).SetString(c.Share)
			total := new(big.Rat)
			for _, id := range ids {
				v := big.NewRat(1, 1)
				if !c.Equal {
					v, _ = new(big.Rat).SetString(c.Values[id])
				}
				total.Add(total, v)
			}
			for _, id := range ids {
				v := big.NewRat(1, 1)
				if !c.Equal {
					v, _ = new(big.Rat).SetString(c.Values[id])
				}
				weights[id].Add(weights[id], new(big.Rat).Quo(new(big.Rat).Mul(share, v), total))
			}
		}
		if len(gr.Recipients) == 0 {
			for _, id := range ids {
				recs = append(recs, Recipient{ID: id})
			}
		}
	}
	for _, r := range gr.Recipients {
		x := Recipient{ID: r.ID}
		if r.Weight != "" {
			x.Weight = MustWeight(r.Weight)
		}
		if r.Floor != "" {
			x.Floor = lnet.MustNOK(r.Floor)
		}
		if r.Cap != "" {
			c := lnet.MustNOK(r.Cap)
			x.Cap = &c
		}
		recs = append(recs, x)
	}
	for i := range recs {
		if w, ok := weights[recs[i].ID]; ok {
			recs[i].Weight, _ = WeightFromRat(w)
		}
	}
	one := func(pot lnet.NOK) map[string]any {
		ref, err := refAllocate(pot, recs, unit, method)
		require.NoError(t, err)
		uOre := unit.Ore()
		var shares []map[string]any
		var allocated int64
		for _, s := range ref.shares {
			allocated += s.units
			q := new(big.Rat).Mul(s.quota, unit.Rat())
			shares = append(shares, map[string]any{
				"id": s.id, "amount": must(lnet.NOKFromOre(s.units * uOre)).String(), "quota_exact": q.RatString(),
				"floored": s.floored, "capped": s.capped, "remainder_unit": s.extra,
			})
		}
		res := map[string]any{
			"pot": pot.String(), "unit": unit.String(), "method": method.String(),
			"allocated":   must(lnet.NOKFromOre(allocated * uOre)).String(),
			"residue":     must(pot.Sub(must(lnet.NOKFromOre(ref.n * uOre)))).String(),
			"unallocated": must(lnet.NOKFromOre(ref.unallocated * uOre)).String(),
			"shares":      shares,
		}
		if refused != nil {
			res["refused"] = refused
		}
		return res
	}
	if gr.Pot != "" {
		return map[string]any{"result": one(lnet.MustNOK(gr.Pot))}
	}
	results := map[string]any{}
	for name, pot := range gr.Pots {
		results[name] = one(lnet.MustNOK(pot))
	}
	return map[string]any{"results": results}
}

// municipalities2023 reads children 0–17 of the 356 municipalities of 2023 from the repository's
// SSB file (only when regenerating the vectors).
func municipalities2023(t *testing.T) map[string]string {
	f, err := os.Open(filepath.Join("..", "data", "ssb", "population_0_17_by_municipality_2017_2024.csv"))
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	out := map[string]string{}
	for _, r := range rows[1:] {
		if r[0] == "2023" {
			out[r[1]] = r[4]
		}
	}
	require.Len(t, out, 356)
	return out
}

func conformanceCases(t *testing.T) []genCase {
	pot := func(p string, recs ...genRecipient) genRequest { return genRequest{Pot: p, Recipients: recs} }
	withUnit := func(r genRequest, u string) genRequest { r.Unit = u; return r }
	withMethod := func(r genRequest, m string) genRequest { r.Method = m; return r }
	abc := []genRecipient{rec("a", "1"), rec("b", "1"), rec("c", "1")}
	cs := []genCase{
		{"equal-thirds", "three equal weights: the one remainder unit goes to the smallest id", pot("100", abc...), ""},
		{"tie-larger-weight", "equal fractional parts: the larger weight wins the unit", pot("10", rec("a", "1"), rec("b", "3")), ""},
		{"tie-smaller-id", "equal fractions and weights: byte order of ids decides (\"B\" < \"a\")", pot("1", rec("a", "1"), rec("B", "1")), ""},
		{"zero-weight", "a zero weight gets nothing, never a remainder unit", pot("10", rec("a", "1"), rec("b", "0"), rec("c", "2")), ""},
		{"all-zero-weights-floors-exact", "all weights zero, floors use the pot exactly", pot("10", genRecipient{ID: "a", Weight: "0", Floor: "4"}, genRecipient{ID: "b", Weight: "0", Floor: "6"}), ""},
		{"decimal-weights", "decimal weights as in the issue", pot("950000", rec("18", "0.0912"), rec("46", "0.1874"), rec("34", "0.0711")), ""},
		{"fraction-weights", "exact fractions 1/3, 1/7, 1/11", pot("1000", rec("x", "1/3"), rec("y", "1/7"), rec("z", "1/11")), ""},
		{"floor-binds", "a floor raises a small recipient; the rest shares the remainder", pot("1000", rec("a", "10"), rec("b", "10"), genRecipient{ID: "c", Weight: "1", Floor: "200"}), ""},
		{"floor-not-binding", "a floor below the quota changes nothing", pot("1000", rec("a", "1"), genRecipient{ID: "b", Weight: "1", Floor: "100"}), ""},
		{"cap-binds", "a cap lowers a recipient; its surplus goes to the others by weight", pot("1000", genRecipient{ID: "a", Weight: "8", Cap: "300"}, rec("b", "1"), rec("c", "1")), ""},
		{"caps-cascade", "capping one recipient pushes another over its cap", pot("1000", genRecipient{ID: "a", Weight: "5", Cap: "200"}, genRecipient{ID: "b", Weight: "4", Cap: "350"}, rec("c", "1")), ""},
		{"floors-and-caps", "floors and caps together", pot("100000", genRecipient{ID: "a", Weight: "1", Floor: "20000"}, genRecipient{ID: "b", Weight: "6", Cap: "40000"}, genRecipient{ID: "c", Weight: "3", Floor: "5000", Cap: "45000"}, rec("d", "2")), ""},
		{"floor-equals-cap", "a recipient fixed by floor = cap", pot("1000", genRecipient{ID: "a", Weight: "1", Floor: "123", Cap: "123"}, rec("b", "1")), ""},
		{"unallocated", "every recipient with a weight is capped below the pot: the rest is unallocated", pot("1000", genRecipient{ID: "a", Weight: "1", Cap: "300"}, genRecipient{ID: "b", Weight: "2", Cap: "400"}), ""},
		{"unallocated-zero-weight-floor", "all capped; a zero-weight recipient keeps its floor", pot("1000", genRecipient{ID: "a", Weight: "1", Cap: "300"}, genRecipient{ID: "z", Weight: "0", Floor: "50"}), ""},
		{"cap-zero", "a zero cap with a positive weight", pot("100", genRecipient{ID: "a", Weight: "5", Cap: "0"}, rec("b", "1")), ""},
		{"unit-ore", "unit kr 0,01", withUnit(pot("100", abc...), "0.01"), ""},
		{"unit-100", "unit kr 100 with a residue", withUnit(pot("1050", abc...), "100"), ""},
		{"unit-1000", "unit kr 1 000", withUnit(pot("650000", rec("a", "3"), rec("b", "5"), rec("c", "7")), "1000"), ""},
		{"unit-50000", "unit kr 50 000 as the offices' pots", withUnit(pot("2100000", rec("a", "0.0912"), rec("b", "0.1874"), rec("c", "0.0711")), "50000"), ""},
		{"unit-odd", "an odd unit kr 2,50", withUnit(pot("101", abc...), "2.5"), ""},
		{"residue-below-unit", "pot smaller than one unit: all residue", withUnit(pot("999", abc...), "1000"), ""},
		{"floor-rounds-up", "floors round up to whole units, caps down", withUnit(pot("10000", genRecipient{ID: "a", Weight: "1", Floor: "1001"}, genRecipient{ID: "b", Weight: "3", Cap: "6999"}, rec("c", "1")), "1000"), ""},
		{"pot-zero", "a zero pot", pot("0", abc...), ""},
		{"single", "one recipient takes the pot", pot("950000.50", rec("a", "1")), ""},
		{"alabama-10", "weights 6, 6, 2 and 10 units", pot("10", rec("a", "6"), rec("b", "6"), rec("c", "2")), ""},
		{"alabama-11", "weights 6, 6, 2 and 11 units: c loses a unit (the Alabama paradox)", pot("11", rec("a", "6"), rec("b", "6"), rec("c", "2")), ""},
		{"sainte-lague-11", "Sainte-Laguë on the Alabama example", withMethod(pot("11", rec("a", "6"), rec("b", "6"), rec("c", "2")), "sainte_lague"), ""},
		{"dhondt-11", "D'Hondt on the Alabama example", withMethod(pot("11", rec("a", "6"), rec("b", "6"), rec("c", "2")), "dhondt"), ""},
		{"sainte-lague-bounded", "Sainte-Laguë with a floor and a cap", withMethod(pot("100", genRecipient{ID: "a", Weight: "50", Cap: "40"}, rec("b", "30"), genRecipient{ID: "c", Weight: "1", Floor: "10"}, rec("d", "19")), "sainte_lague"), ""},
		{"dhondt-bounded", "D'Hondt with a floor and a cap", withMethod(pot("100", genRecipient{ID: "a", Weight: "50", Cap: "40"}, rec("b", "30"), genRecipient{ID: "c", Weight: "1", Floor: "10"}, rec("d", "19")), "dhondt"), ""},
		{"both-schemes", "Nordland 2019 pots for both schemes with one key", genRequest{Pots: map[string]string{"self_initiated": "950000", "foster_home": "2100000"}, Unit: "1", Recipients: []genRecipient{rec("18", "0.0912"), rec("54", "0.0881"), {ID: "50", Weight: "0.0870", Floor: "0", Cap: "500000"}}}, ""},
		{"both-schemes-unit-50000", "both schemes in units of kr 50 000", genRequest{Pots: map[string]string{"self_initiated": "1100000", "foster_home": "2300000"}, Unit: "50000", Recipients: []genRecipient{rec("innlandet", "2"), rec("vestland", "3"), rec("agder", "1")}}, ""},
		{"applications", "an office's pot over applications capped at the amount requested; one refused", genRequest{Pot: "650000", Applications: []genApplication{{ID: "hoykonflikt", Requested: "300000", Weight: "300000"}, {ID: "barnesamtaler", Requested: "500000", Weight: "1000000"}, {ID: "basis", Requested: "200000", Refused: "no competence environment"}}}, ""},
		{"applications-all-capped", "applications asking less than the pot: all get what they asked, the rest unallocated", genRequest{Pot: "650000", Applications: []genApplication{{ID: "a", Requested: "100000", Weight: "1"}, {ID: "b", Requested: "200000", Weight: "2"}}}, ""},
		{"error-infeasible-floors", "floors above the pot", pot("100", genRecipient{ID: "a", Weight: "1", Floor: "60"}, genRecipient{ID: "b", Weight: "1", Floor: "41"}), "infeasible_floors"},
		{"error-zero-weights", "all weights zero and money left after the floors", pot("100", rec("a", "0"), rec("b", "0")), "zero_weights"},
		{"error-negative-weight", "a negative weight", pot("100", rec("a", "-1")), "invalid_weight"},
		{"error-duplicate-id", "two recipients with one id", pot("100", rec("a", "1"), rec("a", "2")), "invalid_recipient"},
		{"error-floor-above-cap", "a floor above the cap", pot("100", genRecipient{ID: "a", Weight: "1", Floor: "50", Cap: "40"}), "invalid_recipient"},
		{"error-floor-cap-units", "floor and cap in one unit interval: ⌈floor/u⌉ > ⌊cap/u⌋", withUnit(pot("10000", genRecipient{ID: "a", Weight: "1", Floor: "1500", Cap: "1900"}), "1000"), "invalid_recipient"},
		{"error-zero-unit", "a zero unit", withUnit(pot("100", abc...), "0"), "invalid_unit"},
		{"error-unknown-method", "an unknown method", withMethod(pot("100", abc...), "hamilton_jefferson"), "invalid_method"},
		{"error-three-decimals", "a pot with three decimals", pot("100.001", abc...), "invalid_request"},
	}
	// A key from criteria: 20 % equal, 80 % by children.
	crit := genRequest{Pots: map[string]string{"self_initiated": "1350000", "foster_home": "2900000"}, Unit: "1000"}
	crit.Key = &struct {
		IDs      []string       `json:"ids,omitempty"`
		Criteria []genCriterion `json:"criteria"`
	}{Criteria: []genCriterion{{Name: "equal", Share: "0.2", Equal: true}, {Name: "children_0_17", Share: "0.8", Values: map[string]string{"vestland": "140000", "nordland": "50000", "agder": "65000"}}}}
	cs = append(cs, genCase{"criteria-equal-and-children", "a key from criteria: 20 % equal, 80 % children 0–17, both schemes", crit, ""})
	bad := crit
	bad.Key = &struct {
		IDs      []string       `json:"ids,omitempty"`
		Criteria []genCriterion `json:"criteria"`
	}{Criteria: []genCriterion{{Name: "equal", Share: "0.3", Equal: true}, {Name: "children_0_17", Share: "0.8", Values: map[string]string{"a": "1"}}}}
	cs = append(cs, genCase{"error-shares-not-one", "criteria shares summing to 1.1", bad, "invalid_key"})

	// 356 municipalities of 2023 by children 0–17.
	kids := municipalities2023(t)
	var muni []genRecipient
	for _, code := range sortedKeys(kids) {
		muni = append(muni, rec(code, kids[code]))
	}
	cs = append(cs,
		genCase{"municipalities-356", "the 356 municipalities of 2023 by children 0–17 (SSB table 07459), kr 10 000 000", pot("10000000", muni...), ""},
		genCase{"municipalities-356-unit-1000-floors", "356 municipalities, unit kr 1 000, floor kr 10 000 each", withUnit(pot("10000000", withFloors(muni, "10000")...), "1000"), ""},
		genCase{"municipalities-356-sainte-lague", "356 municipalities by Sainte-Laguë in units of kr 1 000", withMethod(withUnit(pot("10000000", muni...), "1000"), "sainte_lague"), ""},
	)
	// Random cases with a fixed seed.
	rng := rand.New(rand.NewPCG(2024, 356))
	for i := 0; len(cs) < 64; i++ {
		c := randomAllocation(rng, 5000)
		if _, err := refAllocate(c.pot, c.recs, c.unit, c.method); err != nil {
			continue
		}
		if _, err := Allocate(c.pot, c.recs, WithUnit(c.unit), WithMethod(c.method)); err != nil {
			continue
		}
		r := genRequest{Pot: c.pot.String(), Unit: c.unit.String(), Method: c.method.String()}
		for _, x := range c.recs {
			g := genRecipient{ID: x.ID, Weight: x.Weight.String()}
			if !x.Floor.IsZero() {
				g.Floor = x.Floor.String()
			}
			if x.Cap != nil {
				g.Cap = x.Cap.String()
			}
			r.Recipients = append(r.Recipients, g)
		}
		if len(r.Recipients) == 0 {
			continue
		}
		cs = append(cs, genCase{"random-" + strconv.Itoa(i), "random case (seeded), floors, caps and units mixed", r, ""})
	}
	return cs
}

func withFloors(rs []genRecipient, floor string) []genRecipient {
	out := slices.Clone(rs)
	for i := range out {
		out[i].Floor = floor
	}
	return out
}
