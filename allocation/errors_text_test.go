package allocation_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestErrorText(t *testing.T) {
	decode := func(s string) error {
		_, err := allocation.DecodeRequest(strings.NewReader(s))
		require.Error(t, err)
		return err
	}
	readCSV := func(s string) error {
		_, err := allocation.ReadRecipientsCSV(strings.NewReader(s))
		require.Error(t, err)
		return err
	}
	tests := []struct {
		name   string
		err    error
		nb, nn string
	}{
		// The strict decoder refuses a negative pot by its form, as the schema does.
		{"field", decode(`{"pot":"-5","recipients":[{"id":"a","weight":"1"}]}`),
			`allocation: pot: forventer et beløp som en streng av sifre med høyst to desimaler ("950000", "2.5") "-5"`,
			`allocation: pot: ventar eit beløp som ein streng av siffer med høgst to desimalar ("950000", "2.5") "-5"`},
		{"JSON type", decode(`{"pot":"5","recipients":[{"id":"a","weight":true}]}`),
			`allocation: recipients[0].weight: forventer en streng eller et heltall, ikke true eller false`,
			`allocation: recipients[0].weight: ventar ein streng eller eit heiltal, ikkje true eller false`},
		{"malformed", decode(`{"pot":"5",}`),
			`allocation: request: feil i JSON: komma etter siste medlem i et objekt ved byte 11`,
			`allocation: request: feil i JSON: komma etter siste medlem i eit objekt ved byte 11`},
		{"CSV quote", readCSV("id;weight\na\"b;1\n"),
			`allocation: line 2, column 1: anførselstegn inne i et felt uten anførselstegn; sett hele feltet i anførselstegn`,
			`allocation: line 2, column 1: hermeteikn inne i eit felt utan hermeteikn; set heile feltet i hermeteikn`},
		{"CSV decimal marks", readCSV("id;weight\na;1,5\nb;2.5\n"),
			`allocation: line 3, column 2 (weight): blandede desimaltegn: '.' her, ',' på linje 2, kolonne 2 "2.5"`,
			`allocation: line 3, column 2 (weight): blanda desimalteikn: '.' her, ',' på linje 2, kolonne 2 "2.5"`},
		{"CSV fields", readCSV("id;weight\na;1;2\n"),
			`allocation: line 2: overskriftslinjen har 2 kolonner, denne raden 3 felt`,
			`allocation: line 2: overskriftslina har 2 kolonnar, denne rada 3 felt`},
		{"scheme", decode(`{"pots":{"x":"1"},"recipients":[{"id":"a","weight":"1"}]}`),
			`allocation: pots.x: ukjent ordning; forventer "self_initiated" eller "foster_home" "x"`,
			`allocation: pots.x: ukjend ordning; ventar "self_initiated" eller "foster_home" "x"`},
		{"recipient", &allocation.RecipientError{Index: 2, ID: "18", Field: "floor", Value: "-1", Reason: "negative floor", Err: allocation.ErrInvalidRecipient},
			`allocation: recipients[2] "18": floor: negativt gulv "-1"`,
			`allocation: recipients[2] "18": floor: negativt golv "-1"`},
		{"denominator", &allocation.RecipientError{Index: 1, ID: "b", Field: "weight", Value: "1/3",
			Reason: fmt.Sprintf("with this weight the weights' common denominator exceeds %d bits (about %d digits); use fewer distinct denominators, e.g. decimals", 2048, 616), Err: allocation.ErrInvalidRecipient},
			`allocation: recipients[1] "b": weight: med denne vekten har vektenes fellesnevner over 2048 biter (omtrent 616 sifre); bruk færre ulike nevnere, f.eks. desimaltall "1/3"`,
			`allocation: recipients[1] "b": weight: med denne vekta har fellesnemnaren til vektene over 2048 bit (om lag 616 siffer); bruk færre ulike nemnarar, t.d. desimaltal "1/3"`},
		{"floors", &allocation.InfeasibleFloorsError{SumFloors: lnet.MustNOK("300000"), Pot: lnet.MustNOK("200000"), Unit: lnet.MustNOK("1000")},
			"allocation: gulvene er til sammen kr 300 000 (i hele enheter på kr 1 000), men potten er kr 200 000",
			"allocation: golva er til saman kr 300 000 (i heile einingar på kr 1 000), men potten er kr 200 000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.nb, lnet.ErrorText(tt.err, lnet.Bokmal))
			assert.Equal(t, tt.nn, lnet.ErrorText(tt.err, lnet.Nynorsk))
			assert.Equal(t, tt.err.Error(), lnet.ErrorText(tt.err, lnet.English))
		})
	}
}

// Allocating with floors above the pot fails with a message a caseworker reads in nynorsk.
func TestErrorTextAllocate(t *testing.T) {
	_, err := allocation.Allocate(lnet.MustNOK("100"), []allocation.Recipient{
		{ID: "a", Weight: allocation.MustWeight("1"), Floor: lnet.MustNOK("80")},
		{ID: "b", Weight: allocation.MustWeight("1"), Floor: lnet.MustNOK("80")},
	})
	require.ErrorIs(t, err, allocation.ErrInfeasibleFloors)
	assert.Contains(t, lnet.ErrorText(err, lnet.Nynorsk), "golva er til saman kr 160")
}

func TestGrantErrorText(t *testing.T) {
	err := error(&allocation.GrantError{Share: "a", Err: fmt.Errorf("%w: amount", lnet.ErrInvalidModel)})
	assert.Equal(t, err.Error(), lnet.ErrorText(err, lnet.English))
	assert.True(t, strings.HasPrefix(lnet.ErrorText(err, lnet.Bokmal), `allocation: tilskudd for andelen "a": `), lnet.ErrorText(err, lnet.Bokmal))
	assert.True(t, strings.HasPrefix(lnet.ErrorText(err, lnet.Nynorsk), `allocation: tilskot for delen "a": `), lnet.ErrorText(err, lnet.Nynorsk))
	empty := &allocation.GrantError{}
	assert.Equal(t, "allocation: grants: invalid grant", empty.Error(), "no reason: no panic")
	assert.Equal(t, "allocation: tilskudd: ugyldig tilskudd", lnet.ErrorText(empty, lnet.Bokmal))
}
