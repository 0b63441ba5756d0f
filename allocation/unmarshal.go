package allocation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/modeljson"
	"github.com/laeringsnettverk/sdk/internal/strictjson"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Every type of this package that marshals to JSON also unmarshals from it, and decoding
// what was encoded gives the value back: a [Result], [Share], [Fraction], [Weight],
// [Response] or [Request] read back is the one written. Decoding is strict: unknown fields,
// values of the wrong type, trailing data and derived values that disagree with the exact
// ones (a share's "amount", the rounded "quota") are errors, each a [*FieldError] naming the
// field by its JSON path ("shares[3].amount") and wrapping [ErrInvalidRequest].

// decodeError wraps err as a FieldError at path, prefixing the path of a nested FieldError.
func decodeError(path string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		out := *fe
		out.Path = joinPath(path, fe.Path)
		if !errors.Is(out.Err, ErrInvalidRequest) {
			out.Err = errors.Join(ErrInvalidRequest, out.Err)
		}
		return &out
	}
	var pe *lnet.ParseError
	if errors.As(err, &pe) {
		return requestError(path, pe.Input, pe.Reason, err)
	}
	var lfe *lnet.FieldError
	if errors.As(err, &lfe) {
		return requestError(joinPath(path, lfe.Path), lfe.Value, lfe.Reason, err)
	}
	je := jsonError(err)
	if errors.As(je, &fe) {
		if fe.Path == "request" {
			fe.Path = path
		} else {
			fe.Path = joinPath(path, fe.Path)
		}
	}
	return je
}

// joinPath joins a JSON path and a path inside it: "shares[1]" and "amount" give
// "shares[1].amount", "results" and "[0]" give "results[0]".
func joinPath(path, sub string) string {
	switch {
	case path == "" || path == "request":
		return sub
	case sub == "" || sub == "request":
		return path
	case strings.HasPrefix(sub, "["):
		return path + sub
	}
	return path + "." + sub
}

// decodeStrict decodes the JSON value b into the wire struct v through the strict decoding
// layer (internal/strictjson): exact field names, no repeats, I-JSON strings, unknown fields
// refused unless c allows them, trailing data refused. The wire structs mark every field
// omitempty, so presence is checked by the decoders, which name what is missing; errors are
// FieldErrors under path.
func decodeStrict(c decodeConfig, path string, b []byte, v any) error {
	err := strictjson.Unmarshal(b, v, strictjson.Options{AllowUnknown: c.allowUnknown, MaxDepth: MaxRequestDepth})
	var se *strictjson.Error
	if errors.As(err, &se) {
		return requestError(joinPath(path, se.Path), se.Value, se.Reason, se.Err)
	}
	return err
}

// jsonString decodes a JSON string, refusing any other JSON value.
func jsonString(path string, b []byte) (string, error) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 || b[0] != '"' {
		return "", requestError(path, string(b), "want a string", nil)
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return "", requestError(path, string(b), "malformed JSON string", err)
	}
	return s, nil
}

// parseFraction reads the exact form written by [Fraction.String]: "86640", "86640.5" or
// "2599201/30".
func parseFraction(s string) (*big.Rat, error) {
	bad := func(reason string) error {
		return &FieldError{Value: s, Reason: reason, Err: ErrInvalidRequest}
	}
	if len(s) > MaxWeightLen {
		return nil, bad(fmt.Sprintf("longer than %d bytes", MaxWeightLen))
	}
	if num, den, ok := strings.Cut(s, "/"); ok {
		if num == "" || den == "" || !allDigits(num) || !allDigits(den) {
			return nil, bad("want an exact fraction such as 86640.5 or 2599201/30")
		}
		n, _ := new(big.Int).SetString(num, 10)
		d, _ := new(big.Int).SetString(den, 10)
		if d.Sign() == 0 {
			return nil, bad("zero denominator")
		}
		return new(big.Rat).SetFrac(n, d), nil
	}
	intPart, frac, dot := strings.Cut(s, ".")
	if intPart == "" || !allDigits(intPart) || !allDigits(frac) || dot && frac == "" {
		return nil, bad("want an exact fraction such as 86640.5 or 2599201/30")
	}
	r, _ := new(big.Rat).SetString(s)
	return r, nil
}

// fractionOf returns a Fraction of value r (≥ 0). With ore ≠ 0 the fraction is a quota of a
// share of units units of ore øre each.
func fractionOf(r *big.Rat, ore int64, units uint64) Fraction {
	if r.Sign() == 0 && ore == 0 {
		return Fraction{}
	}
	v := new(big.Rat).Set(r)
	if ore != 0 {
		v.Mul(v, big.NewRat(100, ore))
	}
	c := &fracCtx{big: &bigFrac{rem: []*big.Int{new(big.Int).Set(v.Num())}, den: new(big.Int).Set(v.Denom())}, ore: ore}
	if ore != 0 {
		c.big.units = units
	}
	return Fraction{ctx: c}
}

// Equal reports whether f and g are the same number.
func (f Fraction) Equal(g Fraction) bool { return f.Rat().Cmp(g.Rat()) == 0 }

// UnmarshalText implements [encoding.TextUnmarshaler], reading the exact form written by
// [Fraction.MarshalText]: "86640", "86640.5" or "2599201/30".
func (f *Fraction) UnmarshalText(b []byte) error {
	r, err := parseFraction(string(b))
	if err != nil {
		return err
	}
	*f = fractionOf(r, 0, 0)
	return nil
}

// MarshalJSON writes the exact [Fraction.String] as a JSON string.
func (f Fraction) MarshalJSON() ([]byte, error) { return json.Marshal(f.String()) }

// UnmarshalJSON reads a JSON string in the exact form of [Fraction.UnmarshalText]; other JSON
// values are errors.
func (f *Fraction) UnmarshalJSON(b []byte) error {
	s, err := jsonString("", b)
	if err != nil {
		return err
	}
	return f.UnmarshalText([]byte(s))
}

// decodedShare is a share read from JSON before its quota is tied to a unit.
type decodedShare struct {
	s      Share
	quota  *big.Rat
	amount lnet.NOK
}

type shareWire struct {
	ID            *string         `json:"id,omitempty"`
	Weight        json.RawMessage `json:"weight,omitempty"`
	KeyShare      *string         `json:"key_share,omitempty"`
	KeyShareExact *string         `json:"key_share_exact,omitempty"`
	Quota         *string         `json:"quota,omitempty"`
	QuotaExact    *string         `json:"quota_exact,omitempty"`
	Floor         json.RawMessage `json:"floor,omitempty"`
	Cap           json.RawMessage `json:"cap,omitempty"`
	Amount        json.RawMessage `json:"amount,omitempty"`
	Floored       *bool           `json:"floored,omitempty"`
	Capped        *bool           `json:"capped,omitempty"`
	RemainderUnit *bool           `json:"remainder_unit,omitempty"`
	RemainderRank int             `json:"remainder_rank,omitempty"`
}

func decodeShare(c decodeConfig, path string, b []byte) (*decodedShare, error) {
	var w shareWire
	if err := decodeStrict(c, path, b, &w); err != nil {
		return nil, err
	}
	at := func(f string) string { return joinPath(path, f) }
	if w.ID == nil {
		return nil, requestError(at("id"), "", "missing id", ErrInvalidRecipient)
	}
	for _, f := range []struct {
		name string
		v    *bool
	}{{"floored", w.Floored}, {"capped", w.Capped}, {"remainder_unit", w.RemainderUnit}} {
		if f.v == nil {
			return nil, requestError(at(f.name), "", "missing", nil)
		}
	}
	d := &decodedShare{s: Share{ID: *w.ID, Floored: *w.Floored, Capped: *w.Capped, RemainderUnit: *w.RemainderUnit, RemainderRank: w.RemainderRank}}
	if w.RemainderRank < 0 {
		return nil, requestError(at("remainder_rank"), fmt.Sprint(w.RemainderRank), "negative rank", nil)
	}
	if isNull(w.Weight) {
		return nil, requestError(at("weight"), "", "missing weight", ErrInvalidWeight)
	}
	var err error
	if w.Weight[0] != '"' {
		return nil, requestError(at("weight"), string(w.Weight), `want a weight as a string such as "0.0912" or "3/7"`, ErrInvalidWeight)
	}
	if d.s.Weight, err = parseWeightJSON(at("weight"), w.Weight); err != nil {
		return nil, err
	}
	exact := func(field string, rounded, ex *string) (*big.Rat, error) {
		if ex == nil {
			return nil, requestError(at(field+"_exact"), "", "missing", nil)
		}
		r, err := parseFraction(*ex)
		if err != nil {
			return nil, decodeError(at(field+"_exact"), err)
		}
		if rounded == nil {
			return nil, requestError(at(field), "", "missing", nil)
		}
		if want := decimalString(r, QuotaPlaces); *rounded != want {
			return nil, requestError(at(field), *rounded, fmt.Sprintf("not %s_exact rounded to %d decimals (%s)", field, QuotaPlaces, want), nil)
		}
		return r, nil
	}
	ks, err := exact("key_share", w.KeyShare, w.KeyShareExact)
	if err != nil {
		return nil, err
	}
	d.s.KeyShare = fractionOf(ks, 0, 0)
	if d.quota, err = exact("quota", w.Quota, w.QuotaExact); err != nil {
		return nil, err
	}
	if string(w.Floor) == "null" {
		return nil, requestError(at("floor"), "", "want "+strictjson.WantAmount+", not null", lnet.ErrInvalidAmount)
	}
	if !isNull(w.Floor) {
		if d.s.Floor, err = parseAmount(at("floor"), w.Floor); err != nil {
			return nil, err
		}
	}
	if !isNull(w.Cap) {
		c, err := parseAmount(at("cap"), w.Cap)
		if err != nil {
			return nil, err
		}
		d.s.Cap = &c
	}
	if isNull(w.Amount) {
		return nil, requestError(at("amount"), "", "missing amount", nil)
	}
	if d.amount, err = parseAmount(at("amount"), w.Amount); err != nil {
		return nil, err
	}
	return d, nil
}

// withUnit returns the share with its quota in units of unit, checking that the
// amount is a whole number of units.
func (d *decodedShare) withUnit(path string, unit lnet.NOK) (Share, error) {
	unitOre := oreOf(unit)
	a := oreOf(d.amount)
	if a%unitOre != 0 {
		return Share{}, requestError(joinPath(path, "amount"), d.amount.String(),
			"not units × unit: not a multiple of the unit "+unit.String(), nil)
	}
	s := d.s
	s.Quota = fractionOf(d.quota, unitOre, uint64(a/unitOre))
	return s, nil
}

// UnmarshalJSON reads a share written by [Share.MarshalJSON], strictly. The "amount" is data:
// it must be a whole number of units, and "quota" and "key_share" must be the exact values
// rounded. A share read on its own knows no unit, so its amount counts in units of kr 0,01
// ([Share.Units]); inside a [Result] it counts in the result's unit.
func (s *Share) UnmarshalJSON(b []byte) error {
	d, err := decodeShare(decodeConfig{}, "", b)
	if err != nil {
		return err
	}
	oneOre, err := lnet.NOKFromOre(1)
	if err != nil {
		return err
	}
	v, err := d.withUnit("", oneOre)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

type resultWire struct {
	Pot         json.RawMessage   `json:"pot,omitempty"`
	Unit        json.RawMessage   `json:"unit,omitempty"`
	Method      *string           `json:"method,omitempty"`
	Allocated   json.RawMessage   `json:"allocated,omitempty"`
	Residue     json.RawMessage   `json:"residue,omitempty"`
	Unallocated json.RawMessage   `json:"unallocated,omitempty"`
	Remaining   uint64            `json:"remaining,omitempty"`
	Shares      []json.RawMessage `json:"shares,omitempty"`
	Refused     []json.RawMessage `json:"refused,omitempty"`
	Basis       json.RawMessage   `json:"basis,omitempty"`
}

type refusalWire struct {
	ID        *string         `json:"id,omitempty"`
	Requested json.RawMessage `json:"requested,omitempty"`
	Reason    string          `json:"reason,omitempty"`
	Amount    json.RawMessage `json:"amount,omitempty"`
}

// UnmarshalJSON reads a result written by [Result.MarshalJSON], strictly: unknown fields are
// errors, every share's amount must be a whole number of units, and the amounts must add up
// (Σ amounts = allocated, allocated + residue + unallocated = pot).
func (r *Result) UnmarshalJSON(b []byte) error {
	v, err := decodeResult(decodeConfig{}, "", b)
	if err != nil {
		return err
	}
	*r = *v
	return nil
}

func decodeResult(c decodeConfig, path string, b []byte) (*Result, error) {
	var w resultWire
	if err := decodeStrict(c, path, b, &w); err != nil {
		return nil, err
	}
	at := func(f string) string { return joinPath(path, f) }
	res := &Result{Remaining: w.Remaining}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  *lnet.NOK
	}{{"pot", w.Pot, &res.Pot}, {"unit", w.Unit, &res.Unit}, {"allocated", w.Allocated, &res.Allocated},
		{"residue", w.Residue, &res.Residue}, {"unallocated", w.Unallocated, &res.Unallocated}} {
		if isNull(f.raw) {
			return nil, requestError(at(f.name), "", "missing amount", nil)
		}
		n, err := parseAmount(at(f.name), f.raw)
		if err != nil {
			return nil, err
		}
		*f.dst = n
	}
	if res.Unit.IsZero() {
		return nil, requestError(at("unit"), "0", "unit must be positive", ErrInvalidUnit)
	}
	if w.Method == nil {
		return nil, requestError(at("method"), "", "missing method", ErrInvalidMethod)
	}
	m, err := ParseMethod(*w.Method)
	if err != nil {
		return nil, requestError(at("method"), *w.Method, `want "largest_remainder", "sainte_lague" or "dhondt"`, ErrInvalidMethod)
	}
	res.Method = m
	if w.Shares == nil {
		return nil, requestError(at("shares"), "", "missing shares", nil)
	}
	list := make([]Share, 0, len(w.Shares))
	var sum lnet.NOK
	for i, raw := range w.Shares {
		p := at(fmt.Sprintf("shares[%d]", i))
		d, err := decodeShare(c, p, raw)
		if err != nil {
			return nil, err
		}
		s, err := d.withUnit(p, res.Unit)
		if err != nil {
			return nil, err
		}
		if i > 0 && list[i-1].ID >= s.ID {
			return nil, requestError(p+".id", s.ID, "shares not in id order or duplicate id", ErrInvalidRecipient)
		}
		if sum, err = sum.Add(d.amount); err != nil {
			return nil, requestError(p+".amount", d.amount.String(), "the shares' amounts add up beyond the maximum amount", nil)
		}
		list = append(list, s)
	}
	res.shares = shareTable{list: list}
	for i, raw := range w.Refused {
		p := at(fmt.Sprintf("refused[%d]", i))
		var rw refusalWire
		if err := decodeStrict(c, p, raw, &rw); err != nil {
			return nil, err
		}
		if rw.ID == nil {
			return nil, requestError(p+".id", "", "missing id", ErrInvalidRecipient)
		}
		f := Refusal{ID: *rw.ID, Reason: rw.Reason}
		if isNull(rw.Requested) {
			return nil, requestError(p+".requested", "", "missing amount requested", nil)
		}
		if f.Requested, err = parseAmount(p+".requested", rw.Requested); err != nil {
			return nil, err
		}
		if !isNull(rw.Amount) {
			if f.Amount, err = parseAmount(p+".amount", rw.Amount); err != nil {
				return nil, err
			}
			if !f.Amount.IsZero() {
				return nil, requestError(p+".amount", f.Amount.String(), "a refused application gets 0", nil)
			}
		}
		res.Refused = append(res.Refused, f)
	}
	if w.Basis != nil {
		err := strictjson.Unmarshal(w.Basis, &res.Basis, modeljson.Options(c.allowUnknown, MaxRequestDepth))
		var se *strictjson.Error
		if errors.As(err, &se) {
			return nil, requestError(joinPath(at("basis"), se.Path), se.Value, se.Reason, se.Err)
		}
	}
	if sum.Cmp(res.Allocated) != 0 {
		return nil, requestError(at("allocated"), res.Allocated.String(), "not the sum of the shares' amounts ("+sum.String()+")", nil)
	}
	t, err := lnet.Sum(res.Allocated, res.Residue, res.Unallocated)
	if err != nil {
		return nil, requestError(at("pot"), res.Pot.String(), "allocated + residue + unallocated lies beyond the maximum amount", nil)
	}
	if t != res.Pot {
		return nil, requestError(at("pot"), res.Pot.String(), "not allocated + residue + unallocated ("+t.String()+")", nil)
	}
	return res, nil
}

// UnmarshalJSON reads a response written by [Response.MarshalJSON], strictly: "results" per
// scheme or one "result".
func (resp *Response) UnmarshalJSON(b []byte) error {
	out, err := decodeResponse(decodeConfig{}, b)
	if err != nil {
		return err
	}
	*resp = *out
	return nil
}

// DecodeResponse reads a response (fordelingssvar) written by [Response.MarshalJSON] from r,
// strictly, as [Response.UnmarshalJSON] does; with [AllowUnknownFields] it skips fields it
// does not know. More than [MaxRequestBytes] bytes are refused.
func DecodeResponse(r io.Reader, opts ...DecodeOption) (*Response, error) {
	data, err := readLimited(r)
	if err != nil {
		return nil, err
	}
	return decodeResponse(decodeConfigOf(opts), data)
}

// DecodeResult reads a result (fordelingsresultat) written by [Result.MarshalJSON] from r,
// strictly, as [Result.UnmarshalJSON] does; with [AllowUnknownFields] it skips fields it
// does not know. More than [MaxRequestBytes] bytes are refused.
func DecodeResult(r io.Reader, opts ...DecodeOption) (*Result, error) {
	data, err := readLimited(r)
	if err != nil {
		return nil, err
	}
	return decodeResult(decodeConfigOf(opts), "", data)
}

func decodeResponse(c decodeConfig, b []byte) (*Response, error) {
	var w struct {
		Results map[string]json.RawMessage `json:"results,omitempty"`
		Result  json.RawMessage            `json:"result,omitempty"`
	}
	if err := decodeStrict(c, "", b, &w); err != nil {
		return nil, err
	}
	if (w.Results == nil) == (w.Result == nil) || string(w.Result) == "null" {
		return nil, requestError("result", "", `want either "results" per scheme or one "result"`, nil)
	}
	var out Response
	if w.Results != nil {
		out.Results = make(map[lnet.Scheme]*Result, len(w.Results))
		for _, name := range sortedKeys(w.Results) {
			s, err := lnet.ParseScheme(name)
			if err != nil || s.String() != name {
				return nil, requestError("results."+name, name, `unknown scheme; want "self_initiated" or "foster_home"`, err)
			}
			if isNull(w.Results[name]) {
				return nil, requestError("results."+name, "", "missing result", nil)
			}
			if out.Results[s], err = decodeResult(c, "results."+name, w.Results[name]); err != nil {
				return nil, err
			}
		}
	}
	if !isNull(w.Result) {
		r, err := decodeResult(c, "result", w.Result)
		if err != nil {
			return nil, err
		}
		out.Result = r
	}
	return &out, nil
}

// MarshalJSON writes the response: {"results": {scheme: result, …}} or {"result": result}.
func (resp Response) MarshalJSON() ([]byte, error) {
	type plain Response
	return json.Marshal(plain(resp))
}

type requestWireOut struct {
	Pots         map[lnet.Scheme]lnet.NOK `json:"pots,omitempty"`
	Pot          *lnet.NOK                `json:"pot,omitempty"`
	Unit         lnet.NOK                 `json:"unit"`
	Method       Method                   `json:"method"`
	Recipients   []recipientWireOut       `json:"recipients,omitzero"`
	Key          *KeySpec                 `json:"key,omitempty"`
	Applications []applicationWireOut     `json:"applications,omitzero"`
}

type recipientWireOut struct {
	ID     string    `json:"id"`
	Weight *Weight   `json:"weight,omitempty"`
	Floor  lnet.NOK  `json:"floor"`
	Cap    *lnet.NOK `json:"cap,omitempty"`
}

type applicationWireOut struct {
	ID        string   `json:"id"`
	Requested lnet.NOK `json:"requested"`
	Weight    Weight   `json:"weight"`
	Refused   string   `json:"refused,omitempty"`
}

// MarshalJSON writes the request in the form [DecodeRequest] reads. A zero Unit is written
// as "1", the unit it means. A request that form cannot carry is an error: both or neither
// of Pots and Pot, applications beside recipients or a key, or a recipient with a weight
// beside a key (the key gives the weights).
func (req Request) MarshalJSON() ([]byte, error) {
	bad := func(path, reason string) ([]byte, error) {
		return nil, &FieldError{Path: path, Reason: reason, Err: ErrInvalidRequest}
	}
	switch {
	case req.Pots != nil && req.Pot != nil:
		return bad("pot", `give either Pots or Pot, not both`)
	case req.Pots == nil && req.Pot == nil:
		return bad("pots", "missing: give Pots per scheme or one Pot")
	case req.Applications != nil && (req.Recipients != nil || req.Key != nil):
		return bad("applications", "give Applications without Recipients and Key")
	case req.Applications != nil && req.Pot == nil:
		return bad("applications", "applications need one Pot, not Pots")
	case req.Applications == nil && req.Recipients == nil && req.Key == nil:
		return bad("recipients", "missing: give Recipients, Key or Applications")
	}
	w := requestWireOut{Pots: req.Pots, Pot: req.Pot, Unit: req.Unit, Method: req.Method, Key: req.Key}
	if w.Unit.IsZero() {
		w.Unit = lnet.MustNOK("1")
	}
	if req.Pots != nil && len(req.Pots) == 0 {
		return bad("pots", "no pots")
	}
	if req.Recipients != nil {
		w.Recipients = make([]recipientWireOut, 0, len(req.Recipients))
	}
	if req.Applications != nil {
		w.Applications = make([]applicationWireOut, 0, len(req.Applications))
	}
	for i, r := range req.Recipients {
		o := recipientWireOut{ID: r.ID, Floor: r.Floor, Cap: r.Cap}
		if req.Key == nil {
			o.Weight = &req.Recipients[i].Weight
		} else if !r.Weight.IsZero() {
			return bad(fmt.Sprintf("recipients[%d].weight", i), "a weight beside Key: the key gives the weights")
		}
		w.Recipients = append(w.Recipients, o)
	}
	for _, a := range req.Applications {
		w.Applications = append(w.Applications, applicationWireOut(a))
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads a request exactly as [DecodeRequest] does.
func (req *Request) UnmarshalJSON(b []byte) error {
	v, err := DecodeRequest(bytes.NewReader(b))
	if err != nil {
		return err
	}
	*req = *v
	return nil
}
