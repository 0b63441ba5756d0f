package allocation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/internal/hostile"
	"github.com/laeringsnettverk/sdk/lnet"
)

// hugeNumbers are numbers whose exponent would make an exact decimal or rational of
// billions of digits, written as JSON numbers; each is also tried as a JSON string.
var hugeNumbers = []string{
	"1e999999999", "1E999999999", "9.99e+999999999", "1e-999999999", "-1e999999999",
	"1e9223372036854775807", "1e-9223372036854775808", "1e99999999999999999999999",
	"0." + strings.Repeat("0", 10_000) + "1", strings.Repeat("9", 10_000),
}

// numericFields are the requests with one numeric field replaced by %s.
var numericFields = map[string]string{
	"pot":                `{"pot": %s, "recipients": [{"id": "a", "weight": 1}]}`,
	"pots":               `{"pots": {"foster_home": %s}, "recipients": [{"id": "a", "weight": 1}]}`,
	"unit":               `{"pot": "100", "unit": %s, "recipients": [{"id": "a", "weight": 1}]}`,
	"weight":             `{"pot": "100", "recipients": [{"id": "a", "weight": %s}, {"id": "b", "weight": 1}]}`,
	"floor":              `{"pot": "100", "recipients": [{"id": "a", "weight": 1, "floor": %s}]}`,
	"cap":                `{"pot": "100", "recipients": [{"id": "a", "weight": 1, "cap": %s}]}`,
	"requested":          `{"pot": "100", "applications": [{"id": "a", "requested": %s, "weight": 1}]}`,
	"application weight": `{"pot": "100", "applications": [{"id": "a", "requested": "10", "weight": %s}]}`,
	"share":              `{"pot": "100", "key": {"ids": ["a"], "criteria": [{"name": "equal", "share": %s, "equal": true}]}}`,
	"value":              `{"pot": "100", "key": {"criteria": [{"name": "children", "share": "1", "values": {"a": %s, "b": "1"}}]}}`,
}

// TestHostileExponents: a huge exponent in any numeric field of a request is refused (or
// read exactly when it is small after all) without building the number it describes.
func TestHostileExponents(t *testing.T) {
	for field, tmpl := range numericFields {
		for _, n := range hugeNumbers {
			for _, lit := range []string{n, `"` + n + `"`} {
				doc := fmt.Sprintf(tmpl, lit)
				var err error
				used, p := hostile.Allocated(func() {
					var req *allocation.Request
					if req, err = allocation.DecodeRequest(strings.NewReader(doc)); err == nil {
						_, err = req.Allocate()
					}
				})
				name := fmt.Sprintf("%s = %.40s", field, lit)
				require.Nil(t, p, "%s: panic", name)
				assert.Less(t, used, uint64(4<<20), "%s: %d bytes allocated", name, used)
				if err != nil {
					var fe *allocation.FieldError
					assert.True(t, errors.As(err, &fe), "%s: error %T %v", name, err, err)
				}
			}
		}
	}
	for _, n := range hugeNumbers {
		used, p := hostile.Allocated(func() {
			_, _ = allocation.ParseWeight(n)
			var w allocation.Weight
			_ = json.Unmarshal([]byte(n), &w)
			_ = w.UnmarshalText([]byte(n))
		})
		require.Nil(t, p)
		assert.Less(t, used, uint64(1<<20), "weight %.40s: %d bytes allocated", n, used)
	}
}

// TestHostileExponentsCSV: the same in every column of a CSV request.
func TestHostileExponentsCSV(t *testing.T) {
	for _, n := range hugeNumbers {
		for _, row := range []string{"a,%s\n", "a,1,%s\n", "a,1,0,%s\n"} {
			var err error
			used, p := hostile.Allocated(func() {
				_, err = allocation.ReadRecipientsCSV(strings.NewReader(fmt.Sprintf(row, n)))
			})
			require.Nil(t, p)
			require.Error(t, err, "row %q with %.40s", row, n)
			assert.ErrorIs(t, err, allocation.ErrInvalidRequest)
			assert.Less(t, used, uint64(1<<20), "%.40s: %d bytes allocated", n, used)
		}
	}
}

// TestHostileNesting: 100 000 levels of '[' (or '{"a":') wherever a value may stand fail
// with ErrTooLarge after a scan of the bytes, before any decoding.
func TestHostileNesting(t *testing.T) {
	const depth = 100_000
	for name, open := range map[string]string{"arrays": "[", "objects": `{"a":`} {
		deep := strings.Repeat(open, depth)
		docs := []string{deep, `{"pot":` + deep}
		for _, tmpl := range numericFields {
			docs = append(docs, fmt.Sprintf(tmpl, deep))
		}
		for _, doc := range docs {
			var err error
			used, p := hostile.Allocated(func() { _, err = allocation.DecodeRequest(strings.NewReader(doc)) })
			require.Nil(t, p)
			require.ErrorIs(t, err, allocation.ErrTooLarge, "%s: %.60s", name, doc)
			assert.ErrorIs(t, err, allocation.ErrInvalidRequest)
			assert.Contains(t, err.Error(), "nested deeper than 32 levels")
			assert.Less(t, used, uint64(4*len(doc))+1<<20, "%s: %d bytes allocated", name, used)
		}
		var w allocation.Weight
		assert.Error(t, json.Unmarshal([]byte(deep), &w))
	}
}

// TestHostileManyElements: a 10 MB request of tiny elements, each claiming a Go value of 80
// bytes or more, is refused by its shape before it is decoded (more than
// MaxRequestRecipients elements in one array), with little memory.
func TestHostileManyElements(t *testing.T) {
	const size = 10 << 20
	var values strings.Builder
	values.WriteString(`{"pot": "1", "key": {"criteria": [{"share": "1", "values": {`)
	for i := 0; values.Len() < size; i++ {
		if i > 0 {
			values.WriteByte(',')
		}
		fmt.Fprintf(&values, `"%x":1`, i)
	}
	values.WriteString(`}}]}}`)
	for _, tc := range []struct{ name, doc, path string }{
		{"empty recipients", hostile.RepeatTo(size, `{"pot": "1", "recipients": [`, `{}`, `]}`), "recipients"},
		{"empty applications", hostile.RepeatTo(size, `{"pot": "1", "applications": [`, `{}`, `]}`), "applications"},
		{"empty criteria", hostile.RepeatTo(size, `{"pot": "1", "key": {"criteria": [`, `{}`, `]}}`), "key.criteria"},
		{"empty ids", hostile.RepeatTo(size, `{"pot": "1", "key": {"ids": [`, `""`, `], "criteria": []}}`), "key.ids"},
		{"values", values.String(), "key.criteria[0].values"},
		{"pots", strings.Replace(values.String(), `"pot": "1", "key": {"criteria": [{"share": "1", "values": `, `"pots": `, 1), "pots"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			used, p := hostile.Allocated(func() { _, err = allocation.DecodeRequest(strings.NewReader(tc.doc)) })
			require.Nil(t, p)
			require.ErrorIs(t, err, allocation.ErrTooLarge)
			var fe *allocation.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.path, fe.Path)
			assert.Contains(t, fe.Reason, "more than 1000000 elements")
			// The document is read once into memory (ReadAll grows its buffer as it goes): a
			// few times its size, and nothing per element. Before the shape check this was
			// over 150 times its size (1.6 GB for 10 MB of empty recipients).
			assert.Less(t, used, uint64(8*len(tc.doc)), "%d bytes allocated for %d bytes", used, len(tc.doc))
		})
	}
}

// TestHostileTinyRecipients: a 10 MB request of half a million tiny but valid recipients is
// decoded and allocated exactly, with memory in proportion to the recipients.
func TestHostileTinyRecipients(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes and allocates half a million recipients")
	}
	var b strings.Builder
	b.WriteString(`{"pot": "1000000", "recipients": [`)
	n := 0
	for ; b.Len() < 10<<20; n++ {
		if n > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"%x","weight":1}`, n)
	}
	b.WriteString(`]}`)
	var resp *allocation.Response
	var err error
	used, p := hostile.Allocated(func() {
		var req *allocation.Request
		if req, err = allocation.DecodeRequest(strings.NewReader(b.String())); err == nil {
			resp, err = req.Allocate()
		}
	})
	require.Nil(t, p)
	require.NoError(t, err)
	require.Equal(t, n, resp.Result.Len())
	sum := must(resp.Result.Residue.Add(resp.Result.Unallocated))
	for _, s := range resp.Result.Shares() {
		sum = must(sum.Add(must(s.Amount())))
	}
	assert.True(t, sum.Equal(lnet.MustNOK("1000000")), "Σ = %s", sum)
	perRecipient := used / uint64(n)
	t.Logf("%d recipients in %d bytes: %d bytes allocated, %d per recipient", n, b.Len(), used, perRecipient)
	assert.Less(t, perRecipient, uint64(4096))
}

// TestHostileCSV: a 10 MB CSV of one row of empty fields, or of millions of rows, is
// refused without holding a Go value per field.
func TestHostileCSV(t *testing.T) {
	const size = 10 << 20
	for _, tc := range []struct {
		name, doc string
		maxBytes  uint64
	}{
		// Lines are cut at 16 KiB: no line is held whole, nor a string per field of it.
		{"one wide row", "a,1" + strings.Repeat(",", size), 4 << 20},
		{"one long field", "a," + strings.Repeat("1", size), 4 << 20},
		// Rows are read one by one up to MaxRequestRecipients: memory per row read.
		{"many rows", strings.Repeat("a,1\n", size/4), allocation.MaxRequestRecipients * 1024},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && tc.maxBytes > 4<<20 {
				t.Skip("reads a million rows")
			}
			var err error
			in := strings.NewReader(tc.doc)
			used, p := hostile.Allocated(func() { _, err = allocation.ReadRecipientsCSV(in) })
			require.Nil(t, p)
			require.ErrorIs(t, err, allocation.ErrTooLarge)
			assert.ErrorIs(t, err, allocation.ErrInvalidRequest)
			t.Logf("%s: %d bytes allocated for %d bytes: %v", tc.name, used, len(tc.doc), err)
			assert.Less(t, used, tc.maxBytes, "%d bytes allocated for %d bytes", used, len(tc.doc))
		})
	}
}
