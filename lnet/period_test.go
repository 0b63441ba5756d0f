package lnet_test

import (
	"encoding/json"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

func TestPeriod(t *testing.T) {
	p, err := lnet.NewPeriod(date.New(2019, 1, 1), date.New(2020, 12, 31))
	require.NoError(t, err)
	assert.Equal(t, 731, p.Days())
	assert.True(t, p.Contains(date.New(2019, 1, 1)))
	assert.True(t, p.Contains(date.New(2020, 12, 31)))
	assert.False(t, p.Contains(date.New(2021, 1, 1)))
	assert.False(t, p.Contains(date.New(2018, 12, 31)))
	assert.True(t, p.Overlaps(lnet.Period{Start: date.New(2020, 12, 31), End: date.New(2021, 6, 1)}))
	assert.False(t, p.Overlaps(lnet.Period{Start: date.New(2021, 1, 1), End: date.New(2021, 6, 1)}))
	assert.Equal(t, "2019-01-01/2020-12-31", p.String())

	out, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"start":"2019-01-01","end":"2020-12-31"}`, string(out))
	var back lnet.Period
	require.NoError(t, json.Unmarshal(out, &back))
	assert.Equal(t, p, back)

	_, err = lnet.NewPeriod(date.New(2020, 1, 2), date.New(2020, 1, 1))
	assert.ErrorIs(t, err, lnet.ErrInvalidModel)
	var fe *lnet.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "end", fe.Path)
	assert.Equal(t, 0, lnet.Period{Start: date.New(2020, 1, 2), End: date.New(2020, 1, 1)}.Days())
	one := lnet.Period{Start: date.New(2020, 1, 1), End: date.New(2020, 1, 1)}
	assert.Equal(t, 1, one.Days())
}
