package allocation

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/internal/glossary"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Every Markdown label exists in bokmål, nynorsk and English and follows the glossary.
func TestLabelsInThreeLanguages(t *testing.T) {
	entries, err := glossary.Entries()
	require.NoError(t, err)
	v := reflect.ValueOf(markdownLabels)
	for i := range v.NumField() {
		f := v.Field(i) // unexported: read the strings, not the interface
		x := lnet.NewText(f.FieldByName("NB").String(), f.FieldByName("NN").String(), f.FieldByName("EN").String())
		for _, p := range glossary.Check(v.Type().Field(i).Name, x.NB, x.NN, x.EN, entries) {
			t.Error(p)
		}
	}
}
