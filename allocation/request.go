package allocation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/strictjson"
	"github.com/laeringsnettverk/sdk/lnet"
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

// parseAmount reads an amount of a result as the SDK writes it: a JSON string of the form
// of the schema's Amount ("1100000", "950000.50").
func parseAmount(path string, raw json.RawMessage) (lnet.NOK, error) {
	var n lnet.NOK
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil || !strictjson.AmountForm([]byte(s)) {
		return n, requestError(path, rawText(raw), "want "+strictjson.WantAmount, lnet.ErrInvalidAmount)
	}
	if err := n.UnmarshalText([]byte(s)); err != nil {
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
