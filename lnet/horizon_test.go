package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestHorizonValidate(t *testing.T) {
	base := func() lnet.Horizon {
		return lnet.Horizon{Through: 2024, AtLeast: true, Wording: "Nettverket skal minimum vare ut 2024"}
	}
	runModelCases(t, base, []modelCase[lnet.Horizon]{
		{"year only", func(h *lnet.Horizon) { *h = lnet.Horizon{Through: 2024} }, nil},
		{"missing year", func(h *lnet.Horizon) { h.Through = 0 }, []string{"through"}},
		{"implausible year", func(h *lnet.Horizon) { h.Through = 20244 }, []string{"through"}},
		{"invalid wording", func(h *lnet.Horizon) { h.Wording = "\xff" }, []string{"wording"}},
		{"invalid source", func(h *lnet.Horizon) { h.Source = "\xfe" }, []string{"source"}},
	})
}

func TestHorizonEnd(t *testing.T) {
	h := lnet.Horizon{Through: 2024}
	assert.Equal(t, fxDay(2024, 12, 31), h.End())
	assert.True(t, h.Includes(fxDay(2024, 12, 31)))
	assert.False(t, h.Includes(fxDay(2025, 1, 1)))
}

func TestHorizonJSON(t *testing.T) {
	h := lnet.Horizon{Through: 2024, AtLeast: true, Wording: "Nettverket skal minimum vare ut 2024", Source: "Invitasjon 2018"}
	out, err := json.Marshal(h)
	require.NoError(t, err)
	assert.JSONEq(t, `{"through":2024,"at_least":true,"wording":"Nettverket skal minimum vare ut 2024","source":"Invitasjon 2018"}`, string(out))
	var back lnet.Horizon
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, h, back)
	assert.Error(t, json.Unmarshal([]byte(`{"through":2024,"until":"2024-12-31"}`), &back), "unknown field")
	assert.Error(t, json.Unmarshal([]byte(`{"through":"2024"}`), &back), "a year is a number")
}
