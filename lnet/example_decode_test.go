package lnet_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// A grant document is read as its schema says: an amount must be the plain string the SDK
// writes, and the error names the field by its full JSON path. A reader of documents from
// a newer SDK can skip the fields it does not know.
func ExampleDecode() {
	doc := `{"id": "g1", "application": "a1", "office": "nordland", "scheme": "foster_home",
		"year": 2026, "amount": 450000, "decided": "2026-05-20", "spend_by": "2027-12-31"}`
	_, err := lnet.Decode[lnet.Grant](strings.NewReader(doc))
	var fe *lnet.FieldError
	fmt.Println(errors.As(err, &fe), fe.Path, errors.Is(err, lnet.ErrInvalidModel))

	newer := strings.Replace(doc, `450000`, `"450000"`, 1)
	newer = strings.Replace(newer, `"year"`, `"channel": "portal", "year"`, 1)
	_, err = lnet.Decode[lnet.Grant](strings.NewReader(newer))
	fmt.Println(err)
	g, err := lnet.Decode[lnet.Grant](strings.NewReader(newer), lnet.AllowUnknownFields())
	fmt.Println(g.Amount.Norwegian(), err)
	// Output:
	// true amount true
	// channel: unknown field
	// kr 450 000 <nil>
}
