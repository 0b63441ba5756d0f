package giving360

import (
	"encoding/json"
	"fmt"
	"testing"
)

func benchDoc(b *testing.B, n int) []byte {
	b.Helper()
	doc := validDoc()
	g := grant0(doc)
	grants := make([]any, n)
	for i := range grants {
		c := make(map[string]any, len(g))
		for k, v := range g {
			c[k] = v
		}
		c["id"] = fmt.Sprintf("360G-eksempel-%d", i)
		grants[i] = c
	}
	doc["grants"] = grants
	data, err := json.Marshal(doc)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkValidateJSON1000(b *testing.B) {
	data := benchDoc(b, 1000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := ValidateJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExport(b *testing.B) {
	grants, apps, nets := fixture()
	for b.Loop() {
		if _, err := Export(grants, apps, nets, Options{Prefix: testPrefix}); err != nil {
			b.Fatal(err)
		}
	}
}
