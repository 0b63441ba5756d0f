package casework_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/examples/internal/casework"
)

func TestGrouped(t *testing.T) {
	for in, want := range map[string]string{
		"0":             "0",
		"950":           "950",
		"1000":          "1 000",
		"1050000":       "1 050 000",
		"368918.92":     "368 918,92",
		"100000.000000": "100 000,000000",
		"3/7":           "3/7",
		"-5":            "-5",
		"":              "",
		".5":            ".5",
	} {
		assert.Equal(t, want, casework.Grouped(in), in)
	}
}

func TestWeight(t *testing.T) {
	assert.Equal(t, "1 200 000", casework.Weight(allocation.IntWeight(1_200_000)))
	assert.Equal(t, "3/7", casework.Weight(allocation.MustWeight("3/7")))
}

func TestTable(t *testing.T) {
	var b bytes.Buffer
	w := casework.NewWriter(&b)
	tab := casework.Table{Indent: "  ", Header: []string{"Søknad", "Beløp", "Merknad"}, Right: []int{1}}
	tab.Row("å", "kr 1 000", "tak")
	tab.Row("lang søknad", "kr 50")
	tab.Render(w)
	assert.NoError(t, w.Err())
	assert.Equal(t, ""+
		"  Søknad          Beløp  Merknad\n"+
		"  å            kr 1 000  tak\n"+
		"  lang søknad     kr 50\n", b.String())

	b.Reset()
	sums := casework.Table{Header: []string{"", ""}, Right: []int{1}}
	sums.Row("Fordelt", "kr 5")
	sums.Render(w)
	assert.Equal(t, "Fordelt  kr 5\n", b.String(), "a header of empty cells is not written")
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("disk full")
}

func TestWriterKeepsFirstError(t *testing.T) {
	f := &failingWriter{}
	w := casework.NewWriter(f)
	w.Title("Tittel")
	w.Printf("%d", 1)
	w.Println("x")
	_, err := w.Write([]byte("y"))
	assert.EqualError(t, err, "disk full")
	assert.EqualError(t, w.Err(), "disk full")
	assert.Equal(t, 1, f.n, "nothing is written after the first error")
}
