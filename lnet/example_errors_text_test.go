package lnet_test

import (
	"fmt"

	"github.com/laeringsnettverk/sdk/lnet"
)

// ErrorText writes an error of the SDK in the language a caseworker reads.
func ExampleErrorText() {
	_, err := lnet.ParseNOK("12,3,4")
	err = fmt.Errorf("søknad.json: %w", err)
	for _, lang := range []lnet.Language{lnet.Bokmal, lnet.Nynorsk, lnet.English} {
		fmt.Println(lnet.ErrorText(err, lang))
	}
	// Output:
	// søknad.json: lnet: kan ikke lese beløp "12,3,4": flere enn ett desimalkomma
	// søknad.json: lnet: kan ikkje lese beløp "12,3,4": fleire enn eitt desimalkomma
	// søknad.json: lnet: parsing NOK "12,3,4": more than one decimal comma
}
