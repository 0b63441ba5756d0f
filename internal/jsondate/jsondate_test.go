package jsondate_test

import (
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/internal/jsondate"
)

func TestValid(t *testing.T) {
	for _, s := range []string{"2018-09-13", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"} {
		assert.True(t, jsondate.Valid(s), s)
	}
	for _, s := range []string{"2018-02-30", "2019-02-29", "1900-02-29", "2018-13-07", "2018-00-10", "2018-09-00",
		"2018-9-13", "20180913", "+2018-09-13", "2018-09-13T10:00", " 2018-09-13", "2018/09/13", "", "٢٠١٨-٠٩-١٣"} {
		assert.False(t, jsondate.Valid(s), s)
	}
}

func TestCheck(t *testing.T) {
	f, v, ok := jsondate.Check([]byte(`{"date":"2018-09-13","due":null,"title":"2018-02-30"}`), "date", "due")
	assert.True(t, ok, "only the named fields are dates")
	assert.Empty(t, f+v)

	f, v, ok = jsondate.Check([]byte(`{"title":"x","Due":"2018-02-30"}`), "date", "due")
	assert.False(t, ok)
	assert.Equal(t, "due", f)
	assert.Equal(t, "2018-02-30", v)

	_, _, ok = jsondate.Check([]byte(`[1,2]`), "date")
	assert.True(t, ok, "not an object: left to the decoder")
	_, _, ok = jsondate.Check([]byte(`{"date": 20180913}`), "date")
	assert.True(t, ok, "not a string: left to the decoder")
}

func FuzzValid(f *testing.F) {
	for _, s := range []string{"2018-09-13", "2018-02-30", "20180913", "+2018-09-13"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !jsondate.Valid(s) {
			return
		}
		d, err := date.ParseISO(s)
		if err != nil || d.String() != s || len(s) != 10 {
			t.Fatalf("%q accepted but is not a canonical calendar date (%v, %v)", s, d, err)
		}
	})
}
