// Package modeljson gives the packages above lnet (allocation, eligibility, calendar) the
// options of the strict decoding layer (internal/strictjson) for documents that hold lnet
// models, and turns its errors into [*lnet.FieldError], the way lnet.Decode does.
package modeljson

import (
	"errors"
	"reflect"

	"github.com/laeringsnettverk/sdk/internal/strictjson"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Options returns the decoding options for documents with models: amounts as the SDK
// writes them and dates YYYY-MM-DD, at most maxDepth levels of nesting.
func Options(allowUnknown bool, maxDepth int) strictjson.Options {
	return strictjson.Options{AllowUnknown: allowUnknown, MaxDepth: maxDepth, Hooks: map[reflect.Type]strictjson.Hook{
		reflect.TypeFor[lnet.NOK]():      strictjson.StringHook(strictjson.AmountForm, strictjson.WantAmount),
		reflect.TypeFor[lnet.OfficeID](): officeHook,
		strictjson.DateType():            strictjson.DateHook,
	}}
}

// FieldError turns an error of the decoding layer into a [*lnet.FieldError] whose path
// starts with root for the document itself; other errors, and nil, pass through.
func FieldError(root string, err error) error {
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return err
	}
	path := se.Path
	if path == "" {
		path = root
	}
	return &lnet.FieldError{Path: path, Value: se.Value, Reason: se.Reason, Err: se.Err}
}

// officeHook reads an office id, which the schemas give the form of OfficeID.Valid: 1–40
// bytes of a–z, 0–9 and '-', not first or last.
func officeHook(d *strictjson.Decoder, v reflect.Value) error {
	s, err := d.String()
	if err != nil {
		return err
	}
	if !lnet.OfficeID(s).Valid() {
		return d.Fail(strictjson.ErrValue, string(s), "want an office id: 1–40 of a–z, 0–9 and '-', not first or last")
	}
	v.SetString(string(s))
	return nil
}
