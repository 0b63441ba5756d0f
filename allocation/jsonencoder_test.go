package allocation

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/lnet"
)

// encoderIndents are the settings the encoder is compared with encoding/json under.
var encoderIndents = []struct{ prefix, indent string }{{"", ""}, {"", "  "}, {">", "\t"}, {"", " "}}

// requireSameAsEncodingJSON asserts that JSONEncoder writes resp, and each of its results,
// byte for byte as encoding/json does, under every setting.
func requireSameAsEncodingJSON(t *testing.T, resp Response) {
	t.Helper()
	for _, ind := range encoderIndents {
		var want, got bytes.Buffer
		std := json.NewEncoder(&want)
		std.SetIndent(ind.prefix, ind.indent)
		require.NoError(t, std.Encode(resp))
		enc := NewJSONEncoder(&got)
		enc.SetIndent(ind.prefix, ind.indent)
		require.NoError(t, enc.EncodeResponse(resp))
		require.Equal(t, want.String(), got.String(), "indent %q %q", ind.prefix, ind.indent)

		if resp.Result != nil {
			want.Reset()
			got.Reset()
			require.NoError(t, std.Encode(*resp.Result))
			require.NoError(t, enc.EncodeResult(*resp.Result))
			require.Equal(t, want.String(), got.String(), "result, indent %q %q", ind.prefix, ind.indent)
		}
	}
	// And the same as json.Marshal and json.MarshalIndent, which the command used.
	var got bytes.Buffer
	require.NoError(t, NewJSONEncoder(&got).EncodeResponse(resp))
	want, err := json.Marshal(resp)
	require.NoError(t, err)
	require.Equal(t, string(want)+"\n", got.String())
	got.Reset()
	enc := NewJSONEncoder(&got)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.EncodeResponse(resp))
	want, err = json.MarshalIndent(resp, "", "  ")
	require.NoError(t, err)
	require.Equal(t, string(want)+"\n", got.String())
}

// TestJSONEncoderConformance: every response of the conformance vectors.
func TestJSONEncoderConformance(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(conformanceDir, "*.json"))
	require.NoError(t, err)
	n := 0
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var c conformanceCase
		require.NoError(t, json.Unmarshal(data, &c))
		req, err := DecodeRequest(bytes.NewReader(c.Request))
		if err != nil {
			continue
		}
		resp, err := req.Allocate()
		if err != nil {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) { requireSameAsEncodingJSON(t, *resp) })
		n++
	}
	require.Greater(t, n, 10)
}

// TestJSONEncoderRandom: random allocations with floors, caps, every method, both schemes,
// a basis, refused applications and ids that encoding/json escapes.
func TestJSONEncoderRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	ids := []string{"<b>&", "a\"b\\c", "line\nbreak\t", "\u2028\u2029", "bad \xff utf-8", "ø æ å", "\x00\x1f", "=1+2", "plain"}
	basis := lnet.Basis{Year: 2026, Classification: "Kommuneinndeling 2024", ClassificationFrom: date.New(2024, 1, 1),
		PopulationYear: 2026, Origin: lnet.OriginEmbedded}
	cases := 300
	if testing.Short() {
		cases = 30
	}
	for i := range cases {
		c := randomAllocationOf(rng, 1_000_000, 40, 1_000_000)
		for k := range c.recs {
			if rng.IntN(3) == 0 {
				c.recs[k].ID = ids[rng.IntN(len(ids))] + c.recs[k].ID
			}
		}
		opts := []Option{WithUnit(c.unit), WithMethod(c.method)}
		if i%2 == 0 {
			opts = append(opts, WithBasis(basis))
		}
		r, err := Allocate(c.pot, c.recs, opts...)
		if err != nil {
			continue
		}
		requireSameAsEncodingJSON(t, Response{Result: r})
		second, err := c.pot.Add(c.unit)
		require.NoError(t, err)
		rs, err := AllocateSchemes(map[lnet.Scheme]lnet.NOK{lnet.SchemeSelfInitiated: c.pot, lnet.SchemeFosterHome: second}, c.recs, opts...)
		if err == nil {
			requireSameAsEncodingJSON(t, Response{Results: rs})
			requireSameAsEncodingJSON(t, Response{Results: rs, Result: r})
		}
	}
	apps := []Application{
		{ID: "a<1>", Requested: lnet.MustNOK("300000"), Weight: MustWeight("2")},
		{ID: "b", Requested: lnet.MustNOK("200000"), Weight: MustWeight("1"), Refused: "søkt for sent & <for lite>"},
		{ID: "c", Requested: lnet.MustNOK("100000.50"), Weight: MustWeight("1/3")},
	}
	r, err := AllocateApplications(lnet.MustNOK("450000"), apps)
	require.NoError(t, err)
	require.NotEmpty(t, r.Refused)
	requireSameAsEncodingJSON(t, Response{Result: r})
	requireSameAsEncodingJSON(t, Response{})
	requireSameAsEncodingJSON(t, Response{Result: &Result{}})
	requireSameAsEncodingJSON(t, Response{Results: map[lnet.Scheme]*Result{lnet.SchemeFosterHome: nil}})
}

// failingWriter fails after n bytes.
type failingWriter struct{ n int }

var errWrite = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errWrite
	}
	w.n -= len(p)
	return len(p), nil
}

// TestJSONEncoderWriteError: a write error is returned, wrapped, early and late in the
// document; the encoder stops at the first.
func TestJSONEncoderWriteError(t *testing.T) {
	recs := make([]Recipient, 5000)
	for i := range recs {
		recs[i] = Recipient{ID: "r" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676)), Weight: IntWeight(uint64(i + 1))}
	}
	r, err := Allocate(lnet.MustNOK("100000000"), recs)
	require.NoError(t, err)
	var full bytes.Buffer
	require.NoError(t, NewJSONEncoder(&full).EncodeResult(*r))
	for _, n := range []int{0, 10, full.Len() / 2, full.Len() - 1} {
		err := NewJSONEncoder(&failingWriter{n: n}).EncodeResult(*r)
		require.ErrorIs(t, err, errWrite, "after %d bytes", n)
		assert.Contains(t, err.Error(), "writing JSON")
	}
	require.NoError(t, NewJSONEncoder(&failingWriter{n: full.Len()}).EncodeResult(*r))
}

// TestJSONEncoderInvalidMethod: a result with an undefined method is refused as
// json.Marshal refuses it.
func TestJSONEncoderInvalidMethod(t *testing.T) {
	r := Result{Method: Method(99)}
	_, merr := json.Marshal(r)
	require.Error(t, merr)
	err := NewJSONEncoder(&bytes.Buffer{}).EncodeResult(r)
	require.ErrorIs(t, err, ErrInvalidMethod)
}
