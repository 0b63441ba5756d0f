package sdk_test

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The round's errors read in bokmål and nynorsk, with paths, ids and values unchanged.
func TestErrorText(t *testing.T) {
	nets := []lnet.Network{network(2026)}
	run := func(c sdk.Call, subs []sdk.Submission, opts ...sdk.Option) error {
		_, err := sdk.Run(c, nets, subs, opts...)
		require.Error(t, err)
		return err
	}
	negativePot := call(2026)
	negativePot.Schemes = append([]sdk.SchemeCall{}, negativePot.Schemes...)
	negativePot.Schemes[0].Pot = lnet.MustNOK("-5")
	early := call(2026)
	early.Decided = date.New(2026, 3, 15)
	unknownOffice := call(2026)
	unknownOffice.Office = "atlantis"
	otherYear := submissions(2026)
	otherYear[1].Application.Year = 2025
	noWeight := submissions(2026)
	noWeight[0].Weight = nil
	tests := []struct {
		name   string
		err    error
		nb, nn string
	}{
		{"negative pot", run(negativePot, submissions(2026)),
			"sdk: utlysning: schemes[0].pot: negativ pott -5: ugyldig beløp",
			"sdk: utlysing: schemes[0].pot: negativ pott -5: ugyldig beløp"},
		{"decision before a deadline", run(early, submissions(2026)),
			"sdk: utlysning: decided: vedtaket 2026-03-15 er før foster_home-fristen 2026-04-01",
			"sdk: utlysing: decided: vedtaket 2026-03-15 er før foster_home-fristen 2026-04-01"},
		{"waiver without a reason", run(call(2026), submissions(2026), sdk.WithWaivers(sdk.Waiver{Rule: "APP-DEADLINE"})),
			"sdk: utlysning: waivers[0].reason: mangler: si hvorfor det gjøres unntak fra regelen",
			"sdk: utlysing: waivers[0].reason: manglar: sei kvifor det blir gjort unntak frå regelen"},
		{"other year", run(call(2026), otherYear),
			`sdk: applications[1] "vestland-2026-dialog": søknaden hører ikke til utlysningen: for tilskuddsår 2025, utlysningen gjelder 2026`,
			`sdk: applications[1] "vestland-2026-dialog": søknaden høyrer ikkje til utlysinga: for tilskotsår 2025, utlysinga gjeld 2026`},
		{"no weight", run(call(2026), noWeight),
			`sdk: applications[0] "vestland-2026-barnesamtaler": søknad uten vekt: oppgi Submission.Weight, eller kjør runden med WithRequestedAsWeight`,
			`sdk: applications[0] "vestland-2026-barnesamtaler": søknad utan vekt: gi Submission.Weight, eller køyr runden med WithRequestedAsWeight`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.nb, lnet.ErrorText(tt.err, lnet.Bokmal))
			assert.Equal(t, tt.nn, lnet.ErrorText(tt.err, lnet.Nynorsk))
			assert.Equal(t, tt.err.Error(), lnet.ErrorText(tt.err, lnet.English))
		})
	}
	// The underlying error of a call error is rendered too.
	err := run(unknownOffice, submissions(2026))
	assert.Contains(t, lnet.ErrorText(err, lnet.Nynorsk), `sdk: utlysing: office: ikkje noko embete "atlantis" på vedtaksdagen 2026-05-15: `)
}
