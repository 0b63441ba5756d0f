package calendar_test

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The calendar's errors reach a caseworker in the language asked for: its lnet.ParseError
// and lnet.FieldError reasons, and the messages it writes with fmt.Errorf.
func TestErrorText(t *testing.T) {
	_, err := calendar.Holidays(10000)
	require.ErrorIs(t, err, lnet.ErrOutOfRange)
	assert.Equal(t, "calendar: året 10000: utenfor årene 1–9999 som kalenderen dekker", lnet.ErrorText(err, lnet.Bokmal))
	assert.Equal(t, "calendar: året 10000: utanfor åra 1–9999 som kalenderen dekkjer", lnet.ErrorText(err, lnet.Nynorsk))
	assert.Equal(t, err.Error(), lnet.ErrorText(err, lnet.English))

	_, err = calendar.ParseClock("25:00")
	require.Error(t, err)
	assert.Contains(t, lnet.ErrorText(err, lnet.Nynorsk), "lnet: kan ikkje lese klokkeslett \"25:00\": timen må vere")

	err = calendar.Event{Kind: calendar.EventGathering, Date: date.New(2019, 2, 12)}.Validate()
	require.Error(t, err)
	assert.Contains(t, lnet.ErrorText(err, lnet.Bokmal), "mangler")
	assert.NotContains(t, lnet.ErrorText(err, lnet.Nynorsk), "missing")
}
