package allocation

import (
	"errors"
	"strings"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func nokPtr(s string) *lnet.NOK { n := lnet.MustNOK(s); return &n }

func TestAllocateErrors(t *testing.T) {
	tests := []struct {
		name     string
		pot      string
		recs     []Recipient
		opts     []Option
		sentinel error
		message  string
	}{
		{"infeasible floors", "100", []Recipient{{ID: "a", Weight: IntWeight(1), Floor: lnet.MustNOK("60")}, {ID: "b", Floor: lnet.MustNOK("41")}}, nil,
			ErrInfeasibleFloors, "allocation: floors sum to kr 101 (in whole units of kr 1) but the pot is kr 100"},
		{"zero weights", "100", []Recipient{{ID: "a"}, {ID: "b"}}, nil, ErrZeroWeights, "all weights are zero"},
		{"empty id", "100", []Recipient{{ID: "", Weight: IntWeight(1)}}, nil, ErrInvalidRecipient, `recipients[0] "": id: empty id`},
		{"duplicate id", "100", []Recipient{{ID: "46", Weight: IntWeight(1)}, {ID: "18"}, {ID: "46"}}, nil, ErrInvalidRecipient, `recipients[2] "46": id: duplicate id "46"`},
		{"negative floor", "100", []Recipient{{ID: "46", Floor: lnet.MustNOK("-3")}}, nil, ErrInvalidRecipient, `recipients[0] "46": floor: negative floor "-3"`},
		{"cap below floor", "100", []Recipient{{ID: "46", Floor: lnet.MustNOK("5"), Cap: nokPtr("4")}}, nil, ErrInvalidRecipient, `cap: cap below the floor 5 "4"`},
		{"floor above cap in units", "10000", []Recipient{{ID: "a", Weight: IntWeight(1), Floor: lnet.MustNOK("1500"), Cap: nokPtr("1900")}}, []Option{WithUnit(lnet.MustNOK("1000"))}, ErrInvalidRecipient, "in whole units of 1000 the floor 1500 exceeds the cap"},
		{"negative pot", "-1", []Recipient{{ID: "a", Weight: IntWeight(1)}}, nil, ErrInvalidPot, `allocation: pot: negative pot "-1"`},
		{"zero unit", "100", nil, []Option{WithUnit(lnet.NOK{})}, ErrInvalidUnit, "allocation: unit: unit must be a positive amount"},
		{"bad method", "100", nil, []Option{WithMethod(Method(9))}, ErrInvalidMethod, `allocation: method: undefined method "method(9)"`},
		{"huge pot", "1", nil, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Allocate(lnet.MustNOK(tt.pot), tt.recs, tt.opts...)
			if tt.sentinel == nil {
				require.ErrorIs(t, err, ErrZeroWeights) // one unit, no recipients
				return
			}
			require.ErrorIs(t, err, tt.sentinel)
			require.Contains(t, err.Error(), tt.message)
		})
	}
	var ife *InfeasibleFloorsError
	_, err := Allocate(lnet.MustNOK("1000"), []Recipient{{ID: "a", Weight: IntWeight(1), Floor: lnet.MustNOK("1001")}}, WithUnit(lnet.MustNOK("100")))
	require.ErrorAs(t, err, &ife)
	require.Equal(t, "1100", ife.SumFloors.String(), "floors round up to whole units")
	require.Equal(t, "1000", ife.Pot.String())
	var re *RecipientError
	_, err = Allocate(lnet.MustNOK("1"), []Recipient{{ID: "x", Weight: IntWeight(1)}, {ID: "x"}})
	require.ErrorAs(t, err, &re)
	require.Equal(t, RecipientError{Index: 1, ID: "x", Field: "id", Value: "x", Reason: "duplicate id", Err: ErrInvalidRecipient}, *re)
}

func TestDecodeRequestErrors(t *testing.T) {
	tests := []struct {
		name, json, path string
		sentinel         error
	}{
		{"not json", `{`, "request", ErrInvalidRequest},
		{"unknown field", `{"pot": "1", "recipients": [], "extra": 1}`, "extra", ErrInvalidRequest},
		{"trailing", `{"pot": "1", "recipients": []} {}`, "request", ErrInvalidRequest},
		{"both pots", `{"pot": "1", "pots": {"foster_home": "1"}, "recipients": []}`, "pot", ErrInvalidRequest},
		{"no pot", `{"recipients": []}`, "pots", ErrInvalidRequest},
		{"bad scheme", `{"pots": {"ordinary": "1"}, "recipients": []}`, "pots.ordinary", lnet.ErrInvalidScheme},
		{"bad amount", `{"pot": "1.001", "recipients": []}`, "pot", lnet.ErrInvalidAmount},
		{"float amount", `{"pot": 1e3, "recipients": []}`, "pot", lnet.ErrInvalidAmount},
		{"negative pot", `{"pot": "-5", "recipients": []}`, "pot", lnet.ErrInvalidAmount},
		{"missing weight", `{"pot": "1", "recipients": [{"id": "a"}]}`, "recipients[0].weight", ErrInvalidWeight},
		{"bad weight", `{"pot": "1", "recipients": [{"id": "a", "weight": "x"}]}`, "recipients[0].weight", ErrInvalidWeight},
		{"huge exponent", `{"pot": "1", "recipients": [{"id": "a", "weight": 1e999999}]}`, "recipients[0].weight", ErrInvalidWeight},
		{"many digits", `{"pot": "1", "recipients": [{"id": "a", "weight": "` + strings.Repeat("9", 300) + `"}]}`, "recipients[0].weight", ErrInvalidWeight},
		{"weight type", `{"pot": "1", "recipients": [{"id": "a", "weight": true}]}`, "recipients[0].weight", ErrInvalidWeight},
		{"weight with key", `{"pot": "1", "recipients": [{"id": "a", "weight": "1"}], "key": {"criteria": [{"name": "e", "share": "1", "equal": true}]}}`, "recipients[0].weight", ErrInvalidKey},
		{"missing id", `{"pot": "1", "recipients": [{"weight": "1"}]}`, "recipients[0].id", ErrInvalidRecipient},
		{"bad unit", `{"pot": "1", "unit": "0", "recipients": []}`, "unit", ErrInvalidUnit},
		{"bad method", `{"pot": "1", "method": "x", "recipients": []}`, "method", ErrInvalidMethod},
		{"recipients type", `{"pot": "1", "recipients": {}}`, "recipients", ErrInvalidRequest},
		{"criterion share", `{"pot": "1", "key": {"criteria": [{"name": "e", "equal": true}]}}`, "key.criteria[0].share", ErrInvalidKey},
		{"applications with pots", `{"pots": {"foster_home": "1"}, "applications": []}`, "applications", ErrInvalidRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeRequest(strings.NewReader(tt.json))
			require.Error(t, err)
			var fe *FieldError
			require.ErrorAs(t, err, &fe)
			require.Equal(t, tt.path, fe.Path, err.Error())
			require.ErrorIs(t, err, tt.sentinel, err.Error())
			require.ErrorIs(t, err, ErrInvalidRequest)
			require.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestKeyErrors(t *testing.T) {
	half := MustWeight("0.5")
	_, err := KeyFromCriteria([]string{"a", "b"}, EqualCriterion(half))
	require.ErrorIs(t, err, ErrInvalidKey)
	require.Contains(t, err.Error(), `shares must sum to exactly 1, not "0.5"`)
	_, err = KeyFromCriteria([]string{"a", "b"}, EqualCriterion(half), Criterion{Name: "kids", Share: half, Values: map[string]Weight{"a": IntWeight(1)}})
	require.ErrorIs(t, err, ErrInvalidKey)
	require.Contains(t, err.Error(), `criteria[1].values.b: criterion "kids" has no value for the recipient`)
	_, err = KeyFromCriteria([]string{"a"}, Criterion{Name: "kids", Share: IntWeight(1), Values: map[string]Weight{"a": IntWeight(1), "z": IntWeight(1)}})
	require.Contains(t, err.Error(), "unknown recipient")
	_, err = KeyFromCriteria([]string{"a"}, Criterion{Name: "kids", Share: IntWeight(1), Values: map[string]Weight{"a": {}}})
	require.Contains(t, err.Error(), "all its values are zero")
	_, err = KeyFromCriteria([]string{"a", "a"}, EqualCriterion(IntWeight(1)))
	require.ErrorIs(t, err, ErrInvalidRecipient)
	_, err = NewKey(Entry{ID: "a"}, Entry{ID: "a"})
	require.ErrorIs(t, err, ErrInvalidRecipient)
	require.True(t, errors.Is(err, ErrInvalidRecipient))
}

func TestParseWeight(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0", "0"}, {"12345", "12345"}, {"0.0912", "0.0912"}, {"0,5", "0.5"}, {".5", "0.5"},
		{"3/7", "3/7"}, {"6/14", "3/7"}, {"1e-3", "0.001"}, {"9.12E+2", "912"}, {"2/4", "0.5"},
		{"0.1", "0.1"}, {"123456789012345678901234567890", "123456789012345678901234567890"},
	}
	for _, tt := range tests {
		w, err := ParseWeight(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, w.String(), tt.in)
	}
	for _, bad := range []string{"", "-1", "+1", "1/0", "1 000", "1.2.3", "e5", "1e41", "abc", "1/", "0x10", "NaN", strings.Repeat("1", 257)} {
		_, err := ParseWeight(bad)
		require.ErrorIs(t, err, ErrInvalidWeight, bad)
	}
	var w Weight
	require.NoError(t, w.UnmarshalJSON([]byte(`0.0912`)))
	require.Equal(t, "0.0912", w.String())
	require.NoError(t, w.UnmarshalJSON([]byte(`"3/7"`)))
	require.Equal(t, "3/7", w.String())
}

// TestAllocateApplicationsAllRefused is the regression test for an office whose applications
// are all refused: AllocateApplications failed with ErrZeroWeights instead of recording the
// whole pot as unallocated.
func TestAllocateApplicationsAllRefused(t *testing.T) {
	apps := []Application{
		{ID: "b", Requested: lnet.MustNOK("300000"), Refused: "for sent"},
		{ID: "a", Requested: lnet.MustNOK("200000"), Refused: "søker om hele kostnaden"},
	}
	res, err := AllocateApplications(lnet.MustNOK("650500"), apps, WithUnit(lnet.MustNOK("1000")))
	require.NoError(t, err)
	assert.Zero(t, res.Len())
	assert.True(t, res.Allocated.IsZero())
	assert.Equal(t, "650000", res.Unallocated.String())
	assert.Equal(t, "500", res.Residue.String())
	assert.Equal(t, []string{"a", "b"}, []string{res.Refused[0].ID, res.Refused[1].ID})
	assert.True(t, must(lnet.Sum(res.Allocated, res.Unallocated, res.Residue)) == res.Pot)

	res, err = AllocateApplications(lnet.MustNOK("500"), nil, WithUnit(lnet.MustNOK("1000")))
	require.NoError(t, err, "a pot below one unit and no applications")
	assert.True(t, res.Unallocated.IsZero())
	assert.Equal(t, "500", res.Residue.String())

	_, err = AllocateApplications(lnet.MustNOK("-1"), apps)
	assert.ErrorIs(t, err, ErrInvalidPot)
	_, err = AllocateApplications(lnet.MustNOK("100"), apps, WithUnit(lnet.MustNOK("0")))
	assert.ErrorIs(t, err, ErrInvalidUnit)
}
