package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestDocumentValidate(t *testing.T) {
	base := func() lnet.Document {
		return lnet.Document{Title: "Mandat for styringsgruppen", Date: fxDayPtr(2018, 9, 13), Source: "Referat 13.09.2018"}
	}
	runModelCases(t, base, []modelCase[lnet.Document]{
		{"only a text", func(d *lnet.Document) { *d = lnet.Document{Text: "Styringsgruppen utarbeider program for samlingene."} }, nil},
		{"only a source", func(d *lnet.Document) { *d = lnet.Document{Source: "sak 2018/1234"} }, nil},
		{"no date", func(d *lnet.Document) { d.Date = nil }, nil},
		{"empty document", func(d *lnet.Document) { *d = lnet.Document{Date: fxDayPtr(2018, 9, 13)} }, []string{"title"}},
		{"blank texts", func(d *lnet.Document) { *d = lnet.Document{Title: " ", Text: "\t"} }, []string{"title"}},
		{"zero date", func(d *lnet.Document) { d.Date = fxDayPtr(1, 1, 1) }, []string{"date"}},
		{"invalid UTF-8", func(d *lnet.Document) { d.Text = "\xff" }, []string{"text"}},
	})
}

func TestDocumentJSON(t *testing.T) {
	d := lnet.Document{Title: "Prosjektplan", Date: fxDayPtr(2018, 10, 15), Text: "Mål og milepæler", Source: "vedlegg 1"}
	out, err := json.Marshal(d)
	require.NoError(t, err)
	assert.JSONEq(t, `{"title":"Prosjektplan","date":"2018-10-15","text":"Mål og milepæler","source":"vedlegg 1"}`, string(out))
	var back lnet.Document
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, d, back)

	out, err = json.Marshal(lnet.Document{Title: "Mandat"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"title":"Mandat"}`, string(out), "unknown parts are left out")

	err = json.Unmarshal([]byte(`{"title":"Mandat","date":"2018-09-31"}`), &back)
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "date", fe.Path)
	assert.ErrorIs(t, err, lnet.ErrInvalidModel)
	assert.Error(t, json.Unmarshal([]byte(`{"title":"Mandat","adopted":"2018-09-13"}`), &back), "unknown field")
}
