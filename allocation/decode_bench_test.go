package allocation

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// benchRequestDoc is a JSON request with n recipients with decimal weights, a floor and every
// tenth a cap.
func benchRequestDoc(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"pot":"100000000","unit":"1","method":"largest_remainder","recipients":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"r%07d","weight":"%d.%03d","floor":"100"`, i, 1+i%97, i%1000)
		if i%10 == 0 {
			b.WriteString(`,"cap":"500000"`)
		}
		b.WriteByte('}')
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// BenchmarkDecodeRequest measures DecodeRequest per request of 10⁴ and 10⁵ recipients; the
// reported B/op and allocs/op divided by n are the cost per recipient.
func BenchmarkDecodeRequest(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		doc := benchRequestDoc(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				req, err := DecodeRequest(bytes.NewReader(doc))
				if err != nil || len(req.Recipients) != n {
					b.Fatal(err)
				}
			}
		})
	}
}
