package lnet

import (
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/laeringsnettverk/sdk/internal/strictjson"
)

// Limits on the JSON documents [Decode] reads, so hostile input is refused with a clear
// error before it costs memory: they are checked here and nowhere else.
const (
	// MaxDocumentBytes is the largest JSON document [Decode] reads, in bytes.
	MaxDocumentBytes = 32 << 20
	// MaxDocumentDepth is the deepest nesting of arrays and objects in a document; a
	// network needs 5 levels.
	MaxDocumentDepth = 32
)

// Published is a model published as a JSON document with a schema in schema/ (publisert
// dokument): a network (schema/network.json), an application (schema/application.json) or
// a grant (schema/grant.json).
type Published interface {
	Network | Application | Grant
}

// DecodeOption is an option of [Decode] and the other JSON decoders of the SDK's models
// (avkodingsvalg).
type DecodeOption func(*decodeConfig)

type decodeConfig struct{ allowUnknown bool }

// AllowUnknownFields makes [Decode] skip fields it does not know instead of refusing the
// document (ukjente felt tillatt), for a reader of documents written by a newer version of
// the SDK. Everything else stays strict.
func AllowUnknownFields() DecodeOption {
	return func(c *decodeConfig) { c.allowUnknown = true }
}

// Decode reads one JSON document of type T, strictly, as its schema describes it:
//
//	n, err := lnet.Decode[lnet.Network](r)
//	g, err := lnet.Decode[lnet.Grant](r, lnet.AllowUnknownFields())
//
// Field names match exactly (in case too); a name repeated in one object, invalid UTF-8, a
// lone surrogate escape, a missing required field, null where the field cannot be absent,
// a value of the wrong JSON type, an amount that is not a string in the form the SDK writes
// ("450000", "950000.50"; not 450000, not "kr 450 000"), a date that is not a calendar day
// YYYY-MM-DD, and trailing data are errors; so are unknown fields, unless
// [AllowUnknownFields] is given. More than [MaxDocumentBytes] bytes or [MaxDocumentDepth]
// levels of nesting are refused. The model is not validated: call its Validate method.
//
// Every error is a [*FieldError] whose Path is the full JSON path of the value
// ("gatherings[1].date", "projects[1].scheme") and which wraps [ErrInvalidModel] and the
// cause (for example [ErrInvalidScheme]).
func Decode[T Published](r io.Reader, opts ...DecodeOption) (T, error) {
	var v T
	var c decodeConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxDocumentBytes+1))
	if err != nil {
		return v, &FieldError{Reason: "reading: " + err.Error(), Err: err}
	}
	if len(data) > MaxDocumentBytes {
		return v, &FieldError{Reason: fmt.Sprintf("longer than %d bytes", MaxDocumentBytes), Err: ErrOutOfRange}
	}
	err = unmarshalStrict(data, &v, c)
	return v, err
}

// unmarshalStrict decodes data into v (a pointer to a model) by the rules of [Decode].
func unmarshalStrict(data []byte, v any, c decodeConfig) error {
	return fromDecodeError(strictjson.Unmarshal(data, v, strictOptions(c.allowUnknown)))
}

// strictOptions are the options of the decoding layer for the models: amounts and dates in
// the forms the schemas allow (internal/modeljson has the same for the other packages).
func strictOptions(allowUnknown bool) strictjson.Options {
	return strictjson.Options{AllowUnknown: allowUnknown, MaxDepth: MaxDocumentDepth, Hooks: map[reflect.Type]strictjson.Hook{
		reflect.TypeFor[NOK]():      strictjson.StringHook(strictjson.AmountForm, strictjson.WantAmount),
		reflect.TypeFor[OfficeID](): officeHook,
		strictjson.DateType():       strictjson.DateHook,
	}}
}

// fromDecodeError turns an error of the decoding layer into a [*FieldError]; other errors,
// and nil, pass through.
func fromDecodeError(err error) error {
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return err
	}
	path := se.Path
	if path == "" {
		path = "document"
	}
	return &FieldError{Path: path, Value: se.Value, Reason: se.Reason, Err: se.Err}
}

// officeHook reads an office id, which the schemas give the form of OfficeID.Valid: 1–40
// bytes of a–z, 0–9 and '-', not first or last.
func officeHook(d *strictjson.Decoder, v reflect.Value) error {
	s, err := d.String()
	if err != nil {
		return err
	}
	if !OfficeID(s).Valid() {
		return d.Fail(strictjson.ErrValue, string(s), "want an office id: 1–40 of a–z, 0–9 and '-', not first or last")
	}
	v.SetString(string(s))
	return nil
}
