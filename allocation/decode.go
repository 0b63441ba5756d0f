package allocation

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/jsonlimit"
	"github.com/laeringsnettverk/sdk/internal/strictjson"
	"github.com/laeringsnettverk/sdk/lnet"
)

// DecodeOption is an option of the JSON decoders of this package (avkodingsvalg):
// [DecodeRequest], [DecodeResult] and [DecodeResponse].
type DecodeOption func(*decodeConfig)

type decodeConfig struct{ allowUnknown bool }

// AllowUnknownFields makes a decoder skip fields it does not know instead of refusing the
// document (ukjente felt tillatt), for a reader of documents written by a newer version.
// Everything else stays strict: a known field must still be exactly right, and an unknown
// one must still be well-formed JSON without repeated names.
func AllowUnknownFields() DecodeOption {
	return func(c *decodeConfig) { c.allowUnknown = true }
}

func decodeConfigOf(opts []DecodeOption) decodeConfig {
	var c decodeConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// fromStrict turns an error of the decoding layer into a [*FieldError] wrapping
// [ErrInvalidRequest] and the cause; a FieldError passes through.
func fromStrict(err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return err
	}
	var se *strictjson.Error
	if errors.As(err, &se) {
		path := se.Path
		if path == "" || strings.HasPrefix(se.Reason, "malformed JSON") {
			path = "request"
		}
		cause := se.Err
		var inner *FieldError
		if errors.As(cause, &inner) && inner.Err != nil {
			cause = inner.Err
		}
		return &FieldError{Path: path, Value: se.Value, Reason: se.Reason, Err: errors.Join(ErrInvalidRequest, cause)}
	}
	return requestError("request", "", err.Error(), err)
}

// also makes the decoding layer's error err wrap sentinel too.
func also(err error, sentinel error) error {
	var se *strictjson.Error
	if errors.As(err, &se) && !errors.Is(se.Err, strictjson.ErrSyntax) {
		se.Err = errors.Join(sentinel, se.Err)
	}
	return err
}

// inputAmount reads an amount of a request: a JSON string of the form the schema's
// AmountInput allows, ^[0-9]{1,15}(\.[0-9]{1,2})?$ ("950000", "2.5", "0.50").
func inputAmount(d *strictjson.Decoder) (lnet.NOK, error) {
	s, err := d.String()
	if err != nil {
		return lnet.NOK{}, also(err, lnet.ErrInvalidAmount)
	}
	if !inputAmountForm(s) {
		return lnet.NOK{}, requestError(d.Path(), string(s), `want an amount as a string of digits with at most two decimals ("950000", "2.5")`, lnet.ErrInvalidAmount)
	}
	var n lnet.NOK
	if err := n.UnmarshalText(s); err != nil {
		return n, requestError(d.Path(), string(s), "not an amount", err)
	}
	return n, nil
}

// inputAmountForm reports whether s matches ^[0-9]{1,15}(\.[0-9]{1,2})?$.
func inputAmountForm(s []byte) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 15 {
		return false
	}
	if i == len(s) {
		return true
	}
	if s[i] != '.' {
		return false
	}
	frac := s[i+1:]
	if len(frac) == 0 || len(frac) > 2 {
		return false
	}
	for _, c := range frac {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// inputWeight reads a weight of a request: a string of the form the schema's WeightInput
// allows (digits, a decimal or a fraction p/q, at most [MaxWeightLen] bytes) or a whole JSON
// number ≥ 0.
func inputWeight(d *strictjson.Decoder) (Weight, error) {
	var text []byte
	switch d.Peek() {
	case strictjson.Number:
		n, err := d.Number()
		if err != nil {
			return Weight{}, err
		}
		if n[0] == '-' {
			return Weight{}, requestError(d.Path(), string(n), "negative weight", ErrInvalidWeight)
		}
		if !allDigits(string(n)) {
			return Weight{}, requestError(d.Path(), string(n), `want a whole number ≥ 0, or a string such as "0.0912" or "3/7"`, ErrInvalidWeight)
		}
		text = n
	case strictjson.String:
		s, err := d.String()
		if err != nil {
			return Weight{}, err
		}
		if len(s) > 0 && s[0] == '-' {
			return Weight{}, requestError(d.Path(), string(s), "negative weight", ErrInvalidWeight)
		}
		if !weightForm(s) {
			return Weight{}, requestError(d.Path(), string(s), `want a weight such as "12", "0.0912" or "3/7"`, ErrInvalidWeight)
		}
		text = s
	default:
		return Weight{}, also(d.TypeError("a string or a whole number"), ErrInvalidWeight)
	}
	w, err := ParseWeight(string(text))
	if err != nil {
		reason := "not a weight"
		var pe *lnet.ParseError
		if errors.As(err, &pe) {
			reason = pe.Reason
		}
		return w, requestError(d.Path(), string(text), reason, err)
	}
	return w, nil
}

// weightForm reports whether s matches ^[0-9]+(\.[0-9]+|/[0-9]*[1-9][0-9]*)?$ and is at
// most MaxWeightLen bytes.
func weightForm(s []byte) bool {
	if len(s) > MaxWeightLen {
		return false
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return false
	}
	if i == len(s) {
		return true
	}
	rest := string(s[i+1:])
	switch s[i] {
	case '.':
		return rest != "" && allDigits(rest)
	case '/':
		if rest == "" || !allDigits(rest) {
			return false
		}
		for _, c := range []byte(rest) {
			if c != '0' {
				return true
			}
		}
	}
	return false
}

// exactEnum reads a string that must be exactly the text form of a value: parse, then
// compare with what the value writes, so that aliases and other cases are refused as the
// schema's enum refuses them.
func exactEnum[T interface{ String() string }](d *strictjson.Decoder, parse func(string) (T, error), want string, sentinel error) (T, error) {
	var zero T
	s, err := d.String()
	if err != nil {
		return zero, err
	}
	v, err := parse(string(s))
	if err != nil || v.String() != string(s) {
		if err == nil {
			err = sentinel
		}
		return zero, requestError(d.Path(), string(s), "want "+want, errors.Join(sentinel, err))
	}
	return v, nil
}

const (
	wantMethod = `"largest_remainder", "sainte_lague" or "dhondt"`
	wantScheme = `"self_initiated" or "foster_home"`
)

// requestDoc collects what the document said, for the checks that span fields.
type requestDoc struct {
	req                      Request
	hasPots, hasPot          bool
	hasRecipients, hasApps   bool
	key                      *KeySpec
	firstWeighted, firstBare int // recipients with and without a weight; -1 when none
	firstAppNoWeight         int // applications neither weighted nor refused; -1 when none
}

// DecodeRequest reads one JSON request:
//
//	{"pots": {"self_initiated": "950000", "foster_home": "2100000"}, "unit": "1",
//	 "method": "largest_remainder",
//	 "recipients": [{"id": "18", "weight": "0.0912", "floor": "0", "cap": "500000"}]}
//
// It accepts exactly the documents that schema/allocation-request.json describes, as I-JSON:
// field names match exactly, a name repeated in one object, invalid UTF-8 and lone surrogate
// escapes are errors, and amounts are strings of digits with at most two decimals ("950000",
// "2.5"; not 950000, not "kr 950 000"). Weights are decimal strings ("0.0912"), exact
// fractions ("3/7") or whole JSON numbers. Instead of weights the request may carry "key":
// {"criteria": [{"name": "children", "share": "0.8", "values": {"18": "52000", …}}, {"name":
// "equal", "share": "0.2", "equal": true}]}; or "applications" with one "pot".
//
// Unknown fields are errors unless [AllowUnknownFields] is given. The document is read token
// by token into the Request, with no generic tree; more than [MaxRequestBytes] bytes,
// [MaxRequestRecipients] elements in one array or object, [MaxRequestValues] values or
// [MaxRequestDepth] levels of nesting fail with [ErrTooLarge] before anything is decoded.
// Every error is a [*FieldError] whose Path is the full JSON path of the value
// ("recipients[3].weight"), wrapping [ErrInvalidRequest].
func DecodeRequest(r io.Reader, opts ...DecodeOption) (*Request, error) {
	cfg := decodeConfigOf(opts)
	data, err := readLimited(r)
	if err != nil {
		return nil, err
	}
	d := strictjson.NewDecoder(data)
	d.AllowUnknown = cfg.allowUnknown
	d.MaxDepth = MaxRequestDepth
	doc := requestDoc{firstWeighted: -1, firstBare: -1, firstAppNoWeight: -1}
	if err := doc.read(d); err != nil {
		return nil, fromStrict(err)
	}
	if err := d.End(); err != nil {
		return nil, fromStrict(err)
	}
	return doc.check()
}

// readLimited reads a JSON document of this package and checks it against the limits, in
// this one place: more than [MaxRequestBytes] bytes, [MaxRequestRecipients] elements in one
// array or object, [MaxRequestValues] values or [MaxRequestDepth] levels of nesting fail
// with [ErrTooLarge] before anything is decoded.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxRequestBytes+1))
	if err != nil {
		return nil, requestError("request", "", "reading: "+err.Error(), err)
	}
	if len(data) > MaxRequestBytes {
		return nil, requestError("request", "", fmt.Sprintf("longer than %d bytes", MaxRequestBytes), ErrTooLarge)
	}
	if e := jsonlimit.Check(data, requestLimits()); e != nil {
		path := e.Path
		if path == "" {
			path = "request"
		}
		return nil, requestError(path, "", e.Error(), ErrTooLarge)
	}
	return data, nil
}

// requestLimits bounds the shape of a JSON request before it is decoded.
func requestLimits() jsonlimit.Limits {
	return jsonlimit.Limits{MaxDepth: MaxRequestDepth, MaxElements: MaxRequestRecipients, MaxValues: MaxRequestValues}
}

func (doc *requestDoc) read(d *strictjson.Decoder) error {
	req := &doc.req
	req.Unit = lnet.MustNOK("1")
	return d.Object(func(name []byte) error {
		switch string(name) {
		case "pots":
			doc.hasPots = true
			req.Pots = make(map[lnet.Scheme]lnet.NOK, 2)
			return d.Object(func(k []byte) error {
				s, err := lnet.ParseScheme(string(k))
				if err != nil || s.String() != string(k) {
					return requestError(d.Path(), string(k), "unknown scheme; want "+wantScheme, errors.Join(lnet.ErrInvalidScheme, err))
				}
				n, err := inputAmount(d)
				req.Pots[s] = n
				return err
			})
		case "pot":
			doc.hasPot = true
			n, err := inputAmount(d)
			req.Pot = &n
			return err
		case "unit":
			u, err := inputAmount(d)
			if err == nil && u.IsZero() {
				return requestError(d.Path(), u.String(), "unit must be positive", ErrInvalidUnit)
			}
			req.Unit = u
			return err
		case "method":
			m, err := exactEnum(d, ParseMethod, wantMethod, ErrInvalidMethod)
			req.Method = m
			return err
		case "recipients":
			doc.hasRecipients = true
			req.Recipients = []Recipient{}
			return d.Array(func(i int) error {
				rc, weighted, err := readRecipient(d)
				if err != nil {
					return err
				}
				if weighted && doc.firstWeighted < 0 {
					doc.firstWeighted = i
				}
				if !weighted && doc.firstBare < 0 {
					doc.firstBare = i
				}
				req.Recipients = append(req.Recipients, rc)
				return nil
			})
		case "applications":
			doc.hasApps = true
			req.Applications = []Application{}
			return d.Array(func(i int) error {
				a, weighted, err := readApplication(d)
				if err != nil {
					return err
				}
				if !weighted && a.Refused == "" && doc.firstAppNoWeight < 0 {
					doc.firstAppNoWeight = i
				}
				req.Applications = append(req.Applications, a)
				return nil
			})
		case "key":
			ks, err := readKey(d)
			doc.key = ks
			return err
		}
		if d.AllowUnknown {
			return d.Skip()
		}
		return d.Fail(strictjson.ErrUnknown, "", "unknown field")
	})
}

func readRecipient(d *strictjson.Decoder) (rc Recipient, weighted bool, err error) {
	hasID := false
	err = d.Object(func(name []byte) error {
		switch string(name) {
		case "id":
			s, err := d.String()
			rc.ID, hasID = string(s), true
			return err
		case "weight":
			weighted = true
			w, err := inputWeight(d)
			rc.Weight = w
			return err
		case "floor":
			n, err := inputAmount(d)
			rc.Floor = n
			return err
		case "cap":
			n, err := inputAmount(d)
			rc.Cap = &n
			return err
		}
		if d.AllowUnknown {
			return d.Skip()
		}
		return d.Fail(strictjson.ErrUnknown, "", "unknown field")
	})
	if err == nil && !hasID {
		err = requestError(joinPath(d.Path(), "id"), "", "missing id", ErrInvalidRecipient)
	}
	return rc, weighted, err
}

func readApplication(d *strictjson.Decoder) (a Application, weighted bool, err error) {
	hasID, hasRequested := false, false
	err = d.Object(func(name []byte) error {
		switch string(name) {
		case "id":
			s, err := d.String()
			a.ID, hasID = string(s), true
			return err
		case "requested":
			n, err := inputAmount(d)
			a.Requested, hasRequested = n, true
			return err
		case "weight":
			weighted = true
			w, err := inputWeight(d)
			a.Weight = w
			return err
		case "refused":
			s, err := d.String()
			a.Refused = string(s)
			return err
		}
		if d.AllowUnknown {
			return d.Skip()
		}
		return d.Fail(strictjson.ErrUnknown, "", "unknown field")
	})
	switch {
	case err != nil:
	case !hasID:
		err = requestError(joinPath(d.Path(), "id"), "", "missing id", ErrInvalidRecipient)
	case !hasRequested:
		err = requestError(joinPath(d.Path(), "requested"), "", "missing amount requested", ErrInvalidRecipient)
	}
	return a, weighted, err
}

func readKey(d *strictjson.Decoder) (*KeySpec, error) {
	ks := &KeySpec{}
	hasCriteria := false
	err := d.Object(func(name []byte) error {
		switch string(name) {
		case "ids":
			ks.IDs = []string{}
			return d.Array(func(int) error {
				s, err := d.String()
				ks.IDs = append(ks.IDs, string(s))
				return err
			})
		case "criteria":
			hasCriteria = true
			ks.Criteria = []Criterion{}
			return d.Array(func(int) error {
				c, err := readCriterion(d)
				ks.Criteria = append(ks.Criteria, c)
				return err
			})
		}
		if d.AllowUnknown {
			return d.Skip()
		}
		return d.Fail(strictjson.ErrUnknown, "", "unknown field")
	})
	switch {
	case err != nil:
	case !hasCriteria || len(ks.Criteria) == 0:
		err = requestError(joinPath(d.Path(), "criteria"), "", "no criteria", ErrInvalidKey)
	}
	return ks, err
}

func readCriterion(d *strictjson.Decoder) (Criterion, error) {
	var c Criterion
	hasShare := false
	err := d.Object(func(name []byte) error {
		switch string(name) {
		case "name":
			s, err := d.String()
			c.Name = string(s)
			return err
		case "share":
			w, err := inputWeight(d)
			c.Share, hasShare = w, true
			return err
		case "equal":
			b, err := d.Bool()
			c.Equal = b
			return err
		case "values":
			c.Values = make(map[string]Weight)
			return d.Object(func(id []byte) error {
				w, err := inputWeight(d)
				c.Values[string(id)] = w
				return err
			})
		}
		if d.AllowUnknown {
			return d.Skip()
		}
		return d.Fail(strictjson.ErrUnknown, "", "unknown field")
	})
	if err == nil && !hasShare {
		err = requestError(joinPath(d.Path(), "share"), "", "missing share", ErrInvalidKey)
	}
	return c, err
}

// check applies the rules that span fields, as the schema's oneOf does.
func (doc *requestDoc) check() (*Request, error) {
	req := &doc.req
	switch {
	case doc.hasPots && doc.hasPot:
		return nil, requestError("pot", "", `give either "pots" or "pot", not both`, nil)
	case !doc.hasPots && !doc.hasPot:
		return nil, requestError("pots", "", `missing: give "pots" per scheme or one "pot"`, nil)
	case doc.hasPots && len(req.Pots) == 0:
		return nil, requestError("pots", "", "no pots", nil)
	}
	if doc.hasApps {
		switch {
		case doc.hasRecipients || doc.key != nil:
			return nil, requestError("applications", "", `give "applications" without "recipients" and "key"`, nil)
		case !doc.hasPot:
			return nil, requestError("applications", "", `applications need one "pot", not "pots"`, nil)
		case doc.firstAppNoWeight >= 0:
			return nil, requestError(fmt.Sprintf("applications[%d].weight", doc.firstAppNoWeight), "", "missing weight", ErrInvalidWeight)
		}
		return req, nil
	}
	if doc.key == nil {
		switch {
		case !doc.hasRecipients:
			return nil, requestError("recipients", "", `missing: give "recipients" or "key"`, nil)
		case doc.firstBare >= 0:
			return nil, requestError(fmt.Sprintf("recipients[%d].weight", doc.firstBare), "", "missing weight", ErrInvalidWeight)
		}
		return req, nil
	}
	if doc.firstWeighted >= 0 {
		return nil, requestError(fmt.Sprintf("recipients[%d].weight", doc.firstWeighted), "", `a weight beside "key": the key gives the weights`, ErrInvalidKey)
	}
	req.Key = doc.key
	return req, nil
}
