package allocation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/jsonlimit"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Limits on decoded requests, so hostile input is refused with a clear error.
const (
	// MaxRequestBytes is the largest JSON or CSV request read, in bytes.
	MaxRequestBytes = 128 << 20
	// MaxRequestRecipients is the largest number of recipients (or applications) in a
	// decoded request, and of elements in any one array or object of a JSON request.
	MaxRequestRecipients = 1_000_000
	// MaxRequestValues is the largest number of JSON values (objects, arrays, strings,
	// numbers, literals; keys not counted) in a JSON request: room for MaxRequestRecipients
	// recipients with id, weight, floor and cap and a key of two criteria.
	MaxRequestValues = 8 * MaxRequestRecipients
	// MaxRequestDepth is the deepest nesting of arrays and objects in a JSON request; a
	// request needs 5 levels.
	MaxRequestDepth = 32
)

// Request is an allocation request as exchanged with scripts and other tools (JSON, see
// [DecodeRequest]): one or more pots, a unit, a method and the recipients, whose weights are
// given directly or by a key from criteria. Exactly one of Pots and Pot is set, and exactly
// one of Recipients and Applications.
type Request struct {
	// Pots holds one pot per scheme, allocated with the same key ([AllocateSchemes]).
	Pots map[lnet.Scheme]lnet.NOK
	// Pot is a single pot; the response then has one "result".
	Pot *lnet.NOK
	// Unit is the unit of amounts; zero means kr 1.
	Unit lnet.NOK
	// Method is the rounding method.
	Method Method
	// Recipients are the recipients with weights, floors and caps. With a Key their weights
	// come from the key.
	Recipients []Recipient
	// Key builds the weights from criteria instead ([KeyFromCriteria]).
	Key *KeySpec
	// Applications are the applications of an office's pot ([AllocateApplications]); only
	// with Pot.
	Applications []Application
}

// KeySpec is a key from criteria in a request: "key": {"criteria": [...]} with the ids taken
// from IDs, else from the recipients, else from the values of the criteria.
type KeySpec struct {
	// IDs are the recipients of the key, when the request has no recipients.
	IDs []string `json:"ids,omitempty"`
	// Criteria are the criteria of the key; their shares sum to 1.
	Criteria []Criterion `json:"criteria"`
}

// Response is the answer to a [Request]: "results" per scheme, or one "result".
type Response struct {
	// Results holds one result per scheme of Request.Pots.
	Results map[lnet.Scheme]*Result `json:"results,omitempty"`
	// Result is the result of Request.Pot.
	Result *Result `json:"result,omitempty"`
}

type wireRequest struct {
	Pots         map[string]json.RawMessage `json:"pots"`
	Pot          json.RawMessage            `json:"pot"`
	Unit         json.RawMessage            `json:"unit"`
	Method       *string                    `json:"method"`
	Recipients   []wireRecipient            `json:"recipients"`
	Key          *wireKey                   `json:"key"`
	Applications []wireApplication          `json:"applications"`
}

type wireRecipient struct {
	ID     *string         `json:"id"`
	Weight json.RawMessage `json:"weight"`
	Floor  json.RawMessage `json:"floor"`
	Cap    json.RawMessage `json:"cap"`
}

type wireApplication struct {
	ID        *string         `json:"id"`
	Requested json.RawMessage `json:"requested"`
	Weight    json.RawMessage `json:"weight"`
	Refused   string          `json:"refused"`
}

type wireKey struct {
	IDs      []string        `json:"ids"`
	Criteria []wireCriterion `json:"criteria"`
}

type wireCriterion struct {
	Name   string                     `json:"name"`
	Share  json.RawMessage            `json:"share"`
	Values map[string]json.RawMessage `json:"values"`
	Equal  bool                       `json:"equal"`
}

func requestError(path, value, reason string, err error) error {
	return &FieldError{Path: path, Value: value, Reason: reason, Err: errors.Join(ErrInvalidRequest, err)}
}

// rawText returns the text of a JSON value for an error message: a string without its quotes.
func rawText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}

func parseAmount(path string, raw json.RawMessage) (lnet.NOK, error) {
	var n lnet.NOK
	if err := n.UnmarshalJSON(raw); err != nil {
		reason := "not an amount"
		var pe *lnet.ParseError
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		return n, requestError(path, rawText(raw), reason, err)
	}
	if n.IsNegative() {
		return n, requestError(path, rawText(raw), "negative amount", lnet.ErrInvalidAmount)
	}
	return n, nil
}

func parseWeightJSON(path string, raw json.RawMessage) (Weight, error) {
	var w Weight
	if err := w.UnmarshalJSON(raw); err != nil {
		reason := "not a weight"
		var pe *lnet.ParseError
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		return w, requestError(path, rawText(raw), reason, err)
	}
	return w, nil
}

// DecodeRequest reads one JSON request:
//
//	{"pots": {"self_initiated": "950000", "foster_home": "2100000"}, "unit": "1",
//	 "method": "largest_remainder",
//	 "recipients": [{"id": "18", "weight": "0.0912", "floor": "0", "cap": "500000"}]}
//
// Weights are decimal strings ("0.0912"), exact fractions ("3/7") or JSON numbers, whose text
// is parsed exactly. Instead of weights the request may carry "key": {"criteria": [{"name":
// "children", "share": "0.8", "values": {"18": "52000", …}}, {"name": "equal", "share":
// "0.2", "equal": true}]}. Unknown fields, trailing data, more than [MaxRequestBytes] bytes
// or [MaxRequestRecipients] recipients are errors. The document's shape is checked before it
// is decoded, so memory stays bounded by the limits whatever the input: more than
// [MaxRequestRecipients] elements in one array or object, [MaxRequestValues] values or
// [MaxRequestDepth] levels of nesting fail with [ErrTooLarge]. Every error is a [*FieldError]
// naming the field, wrapping [ErrInvalidRequest].
func DecodeRequest(r io.Reader) (*Request, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRequestBytes+1))
	if err != nil {
		return nil, requestError("request", "", "reading: "+err.Error(), err)
	}
	if len(data) > MaxRequestBytes {
		return nil, requestError("request", "", fmt.Sprintf("longer than %d bytes", MaxRequestBytes), ErrTooLarge)
	}
	if e := jsonlimit.Check(data, requestLimits); e != nil {
		path := e.Path
		if path == "" {
			path = "request"
		}
		return nil, requestError(path, "", e.Error(), ErrTooLarge)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var wr wireRequest
	if err := dec.Decode(&wr); err != nil {
		return nil, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, requestError("request", "", "trailing data after the JSON object", nil)
	}
	return wr.request()
}

// requestLimits bounds the shape of a JSON request before it is decoded.
var requestLimits = jsonlimit.Limits{
	MaxDepth:    MaxRequestDepth,
	MaxElements: MaxRequestRecipients,
	MaxValues:   MaxRequestValues,
}

// jsonError turns an encoding/json error into a FieldError naming the field.
func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return requestError("request", "", fmt.Sprintf("malformed JSON at byte %d: %s", se.Offset, se.Error()), err)
	case errors.As(err, &te):
		path := te.Field
		if path == "" {
			path = "request"
		}
		return requestError(path, te.Value, "want "+jsonTypeName(te.Type.Kind().String()), err)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return requestError(field, "", "unknown field", err)
	case errors.Is(err, io.EOF):
		return requestError("request", "", "empty input", err)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return requestError("request", "", "malformed JSON: unexpected end of input", err)
	}
	return requestError("request", "", err.Error(), err)
}

func jsonTypeName(kind string) string {
	switch kind {
	case "slice":
		return "an array"
	case "map", "struct", "ptr":
		return "an object"
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return "a whole number"
	}
	return kind
}

func (wr *wireRequest) request() (*Request, error) {
	req := &Request{Unit: lnet.MustNOK("1")}
	switch {
	case wr.Pots != nil && !isNull(wr.Pot):
		return nil, requestError("pot", "", `give either "pots" or "pot", not both`, nil)
	case wr.Pots == nil && isNull(wr.Pot):
		return nil, requestError("pots", "", `missing: give "pots" per scheme or one "pot"`, nil)
	case wr.Pots != nil:
		if len(wr.Pots) == 0 {
			return nil, requestError("pots", "", "no pots", nil)
		}
		req.Pots = make(map[lnet.Scheme]lnet.NOK, len(wr.Pots))
		for _, name := range sortedKeys(wr.Pots) {
			s, err := lnet.ParseScheme(name)
			if err != nil {
				return nil, requestError("pots."+name, name, `unknown scheme; want "self_initiated" or "foster_home"`, err)
			}
			n, err := parseAmount("pots."+name, wr.Pots[name])
			if err != nil {
				return nil, err
			}
			req.Pots[s] = n
		}
	default:
		n, err := parseAmount("pot", wr.Pot)
		if err != nil {
			return nil, err
		}
		req.Pot = &n
	}
	if !isNull(wr.Unit) {
		u, err := parseAmount("unit", wr.Unit)
		if err != nil {
			return nil, err
		}
		if u.IsZero() {
			return nil, requestError("unit", rawText(wr.Unit), "unit must be positive", ErrInvalidUnit)
		}
		req.Unit = u
	}
	if wr.Method != nil {
		m, err := ParseMethod(*wr.Method)
		if err != nil {
			return nil, requestError("method", *wr.Method, `want "largest_remainder", "sainte_lague" or "dhondt"`, ErrInvalidMethod)
		}
		req.Method = m
	}
	if len(wr.Recipients) > MaxRequestRecipients || len(wr.Applications) > MaxRequestRecipients {
		return nil, requestError("recipients", "", fmt.Sprintf("more than %d recipients", MaxRequestRecipients), ErrTooLarge)
	}
	switch {
	case wr.Applications != nil && (wr.Recipients != nil || wr.Key != nil):
		return nil, requestError("applications", "", `give "applications" without "recipients" and "key"`, nil)
	case wr.Applications != nil && req.Pot == nil:
		return nil, requestError("applications", "", `applications need one "pot", not "pots"`, nil)
	case wr.Applications != nil:
		for i, wa := range wr.Applications {
			path := fmt.Sprintf("applications[%d]", i)
			if wa.ID == nil {
				return nil, requestError(path+".id", "", "missing id", ErrInvalidRecipient)
			}
			a := Application{ID: *wa.ID, Refused: wa.Refused}
			if isNull(wa.Requested) {
				return nil, requestError(path+".requested", "", "missing amount requested", ErrInvalidRecipient)
			}
			var err error
			if a.Requested, err = parseAmount(path+".requested", wa.Requested); err != nil {
				return nil, err
			}
			if !isNull(wa.Weight) {
				if a.Weight, err = parseWeightJSON(path+".weight", wa.Weight); err != nil {
					return nil, err
				}
			} else if a.Refused == "" {
				return nil, requestError(path+".weight", "", "missing weight", ErrInvalidWeight)
			}
			req.Applications = append(req.Applications, a)
		}
		return req, nil
	}
	for i, wrc := range wr.Recipients {
		path := fmt.Sprintf("recipients[%d]", i)
		if wrc.ID == nil {
			return nil, requestError(path+".id", "", "missing id", ErrInvalidRecipient)
		}
		r := Recipient{ID: *wrc.ID}
		var err error
		switch {
		case wr.Key != nil && !isNull(wrc.Weight):
			return nil, requestError(path+".weight", rawText(wrc.Weight), `a weight beside "key": the key gives the weights`, ErrInvalidKey)
		case wr.Key == nil && isNull(wrc.Weight):
			return nil, requestError(path+".weight", "", "missing weight", ErrInvalidWeight)
		case wr.Key == nil:
			if r.Weight, err = parseWeightJSON(path+".weight", wrc.Weight); err != nil {
				return nil, err
			}
		}
		if !isNull(wrc.Floor) {
			if r.Floor, err = parseAmount(path+".floor", wrc.Floor); err != nil {
				return nil, err
			}
		}
		if !isNull(wrc.Cap) {
			c, err := parseAmount(path+".cap", wrc.Cap)
			if err != nil {
				return nil, err
			}
			r.Cap = &c
		}
		req.Recipients = append(req.Recipients, r)
	}
	if wr.Key == nil {
		if wr.Recipients == nil {
			return nil, requestError("recipients", "", `missing: give "recipients" or "key"`, nil)
		}
		return req, nil
	}
	ks := &KeySpec{IDs: wr.Key.IDs}
	if len(ks.IDs) > MaxRequestRecipients {
		return nil, requestError("key.ids", "", fmt.Sprintf("more than %d recipients", MaxRequestRecipients), ErrTooLarge)
	}
	if len(wr.Key.Criteria) == 0 {
		return nil, requestError("key.criteria", "", "no criteria", ErrInvalidKey)
	}
	for ci, wc := range wr.Key.Criteria {
		path := fmt.Sprintf("key.criteria[%d]", ci)
		c := Criterion{Name: wc.Name, Equal: wc.Equal}
		if isNull(wc.Share) {
			return nil, requestError(path+".share", "", "missing share", ErrInvalidKey)
		}
		var err error
		if c.Share, err = parseWeightJSON(path+".share", wc.Share); err != nil {
			return nil, err
		}
		if len(wc.Values) > MaxRequestRecipients {
			return nil, requestError(path+".values", "", fmt.Sprintf("more than %d values", MaxRequestRecipients), ErrTooLarge)
		}
		if wc.Values != nil {
			c.Values = make(map[string]Weight, len(wc.Values))
			for _, id := range sortedKeys(wc.Values) {
				if c.Values[id], err = parseWeightJSON(path+".values."+id, wc.Values[id]); err != nil {
					return nil, err
				}
			}
		}
		ks.Criteria = append(ks.Criteria, c)
	}
	req.Key = ks
	return req, nil
}

// ids returns the recipients of the key: ks.IDs, else those of recipients, else those of the
// criteria's values (which must agree).
func (ks *KeySpec) ids(recipients []Recipient) ([]string, error) {
	if len(ks.IDs) > 0 {
		return ks.IDs, nil
	}
	if len(recipients) > 0 {
		ids := make([]string, len(recipients))
		for i, r := range recipients {
			ids[i] = r.ID
		}
		return ids, nil
	}
	var ids []string
	for ci, c := range ks.Criteria {
		if c.Equal {
			continue
		}
		keys := sortedKeys(c.Values)
		if ids == nil {
			ids = keys
		} else if !slices.Equal(ids, keys) {
			return nil, &FieldError{Path: fmt.Sprintf("key.criteria[%d].values", ci), Reason: "the criteria name different recipients; give key.ids", Err: ErrInvalidKey}
		}
	}
	if len(ids) == 0 {
		return nil, &FieldError{Path: "key.ids", Reason: "no recipients: give key.ids or recipients", Err: ErrInvalidKey}
	}
	return ids, nil
}

// Allocate runs the request: [AllocateSchemes] for Pots, [Allocate] or
// [AllocateApplications] for Pot.
func (req *Request) Allocate() (*Response, error) {
	unit := req.Unit
	if unit.IsZero() {
		unit = lnet.MustNOK("1")
	}
	opts := []Option{WithUnit(unit), WithMethod(req.Method)}
	if req.Applications != nil {
		if req.Pot == nil {
			return nil, &FieldError{Path: "pot", Reason: "applications need one pot", Err: ErrInvalidRequest}
		}
		r, err := AllocateApplications(*req.Pot, req.Applications, opts...)
		if err != nil {
			return nil, err
		}
		return &Response{Result: r}, nil
	}
	recs := req.Recipients
	if req.Key != nil {
		ids, err := req.Key.ids(recs)
		if err != nil {
			return nil, err
		}
		key, err := KeyFromCriteria(ids, req.Key.Criteria...)
		if err != nil {
			var fe *FieldError
			if errors.As(err, &fe) {
				fe.Path = "key." + fe.Path
			}
			return nil, err
		}
		if len(recs) == 0 {
			recs = key.Recipients()
		} else {
			recs = slices.Clone(recs)
			for i := range recs {
				recs[i].Weight, _ = key.Weight(recs[i].ID)
			}
		}
	}
	if req.Pot != nil {
		r, err := Allocate(*req.Pot, recs, opts...)
		if err != nil {
			return nil, err
		}
		return &Response{Result: r}, nil
	}
	rs, err := AllocateSchemes(req.Pots, recs, opts...)
	if err != nil {
		return nil, err
	}
	return &Response{Results: rs}, nil
}
