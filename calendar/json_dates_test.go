package calendar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/lnet"
)

// TestParseScheduleStrictDates is the regression test for dates that the date library
// decodes by guessing ("2019-02-30" became 2019-03-02 without an error).
func TestParseScheduleStrictDates(t *testing.T) {
	for _, doc := range []string{
		`{"network":"n","events":[{"kind":"gathering","date":"2019-02-30","title":"Samling"}]}`,
		`{"network":"n","events":[{"kind":"gathering","date":"20190212","title":"Samling"}]}`,
		`{"network":"n","deadlines":[{"kind":"application","title":"Søknadsfrist","date":"2019-11-31","rule":"fixed"}]}`,
	} {
		_, err := calendar.ParseSchedule([]byte(doc))
		require.Error(t, err, doc)
		assert.ErrorIs(t, err, lnet.ErrInvalidModel, doc)
	}
	_, err := calendar.ParseSchedule([]byte(`{"network":"n","events":[{"kind":"gathering","date":"2019-02-12","title":"Samling","room":"A"}]}`))
	assert.Error(t, err, "unknown fields inside an event are still errors")
}
