package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// TestStrictJSONDates is the regression test for dates that rickb777/date decodes by
// guessing: "2018-02-30" became 2018-03-02 and "2018-13-07" became 2019-01-07 without an
// error. Every model with date fields now rejects them, nested models included.
func TestStrictJSONDates(t *testing.T) {
	bad := []struct {
		name, doc string
		into      any
		field     string
	}{
		{"gathering", `{"kind":"gathering","date":"2018-02-30","title":"Samling"}`, &lnet.Gathering{}, "date"},
		{"month 13", `{"kind":"gathering","date":"2018-13-07","title":"Samling"}`, &lnet.Gathering{}, "date"},
		{"compact form", `{"kind":"gathering","date":"20180913","title":"Samling"}`, &lnet.Gathering{}, "date"},
		{"with a time", `{"kind":"gathering","date":"2018-09-13T10:00","title":"Samling"}`, &lnet.Gathering{}, "date"},
		{"decision due", `{"subject":"leader","date":"2018-09-13","due":"2018-09-31","text":"x"}`, &lnet.Decision{}, "due"},
		{"grant spend-by", `{"spend_by":"2020-02-30"}`, &lnet.Grant{}, "spend_by"},
		{"application submitted", `{"submitted":"2019-11-31"}`, &lnet.Application{}, "submitted"},
		{"period end", `{"start":"2019-01-01","end":"2019-06-31"}`, &lnet.Period{}, "end"},
		{"nested in a network", `{"id":"n","projects":[{"id":"p","period":{"start":"2019-02-29","end":"2019-12-31"}}]}`, &lnet.Network{}, "projects[0].period.start"},
		{"network established", `{"id":"n","established":"2018-06-31"}`, &lnet.Network{}, "established"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.doc), tt.into)
			require.Error(t, err)
			assert.ErrorIs(t, err, lnet.ErrInvalidModel)
			var fe *lnet.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.field, fe.Path)
		})
	}

	var g lnet.Gathering
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"gathering","date":"2024-02-29","title":"Samling"}`), &g))
	assert.Equal(t, "2024-02-29", g.Date.String())
	// An optional date is absent, never null (schema/network.json).
	var d lnet.Decision
	require.NoError(t, json.Unmarshal([]byte(`{"subject":"leader","date":"2018-09-13","text":"x"}`), &d))
	assert.Nil(t, d.Due)
	err := json.Unmarshal([]byte(`{"subject":"leader","date":"2018-09-13","due":null,"text":"x"}`), &d)
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "due", fe.Path)
}
