package allocation

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
)

// checkResult asserts the invariants that must hold for every result: Σ amounts + residue +
// unallocated = pot, floor ≤ amount ≤ cap, and the JSON form marshals.
func checkResult(t *testing.T, r *Result) {
	t.Helper()
	sum := must(r.Residue.Add(r.Unallocated))
	for _, s := range r.Shares() {
		a := must(s.Amount())
		sum = must(sum.Add(a))
		if a.Cmp(s.Floor) < 0 || s.Cap != nil && a.Cmp(*s.Cap) > 0 {
			t.Fatalf("%s: amount %s outside [%s, %v]", s.ID, a, s.Floor, s.Cap)
		}
	}
	if !sum.Equal(r.Pot) {
		t.Fatalf("Σ amounts + residue + unallocated = %s, pot %s", sum, r.Pot)
	}
	if _, err := json.Marshal(r); err != nil {
		t.Fatal(err)
	}
}

func FuzzDecodeRequest(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(conformanceDir, "0[0-4]*.json"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		var c conformanceCase
		if err := json.Unmarshal(data, &c); err != nil {
			f.Fatal(err)
		}
		f.Add([]byte(c.Request))
	}
	f.Add([]byte(`{"pot": "1e999999", "recipients": []}`))
	f.Add([]byte(`{"pot": "100", "recipients": [{"id": "a", "weight": 1e-60}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeRequest(bytes.NewReader(data))
		if err != nil {
			if _, ok := err.(*FieldError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		resp, err := req.Allocate()
		if err != nil {
			return
		}
		if resp.Result != nil {
			checkResult(t, resp.Result)
		}
		for _, r := range resp.Results {
			checkResult(t, r)
		}
	})
}

// FuzzAllocate builds recipients from raw bytes (weights as fractions, floors, caps) and
// checks the guarantees; it must never panic.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(100_00), uint8(1), uint8(0), []byte{1, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0})
	f.Add(int64(950_000_00), uint8(3), uint8(1), bytes.Repeat([]byte{7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 5))
	f.Add(int64(1), uint8(0), uint8(2), bytes.Repeat([]byte{255}, 36))
	f.Fuzz(func(t *testing.T, potOre int64, unitIdx, method uint8, data []byte) {
		if potOre < 0 {
			potOre = -potOre
		}
		potOre %= lnet.MaxNOK * 100
		if potOre < 0 {
			return
		}
		unit := lnet.MustNOK(testUnits[int(unitIdx)%len(testUnits)])
		var recs []Recipient
		for i := 0; len(data) >= 12 && i < 64; i++ {
			num := binary.LittleEndian.Uint32(data)
			den := uint64(binary.LittleEndian.Uint16(data[4:])) + 1
			if data[6]&1 == 1 {
				num <<= data[7] % 32
			}
			w, _ := FracWeight(uint64(num), den)
			r := Recipient{ID: string(rune('a' + data[8]%40)), Weight: w}
			if data[9]%4 == 0 {
				r.Floor = must(lnet.NOKFromOre(potOre / (1 + int64(data[10]))))
			}
			if data[9]%3 == 0 {
				c := must(lnet.NOKFromOre(r.Floor.Ore() + potOre/(1+int64(data[11]))))
				r.Cap = &c
			}
			recs = append(recs, r)
			data = data[12:]
		}
		res, err := Allocate(must(lnet.NOKFromOre(potOre)), recs, WithUnit(unit), WithMethod(Method(method%3)))
		if err != nil {
			return
		}
		checkResult(t, res)
	})
}

// FuzzParseWeight checks that parsing never panics and that String reads back exactly.
func FuzzParseWeight(f *testing.F) {
	for _, s := range []string{"0", "1", "0.0912", "3/7", "1e-3", "9.12E+2", ",5", "1/0", "-1", "1e99", "12345678901234567890123/7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWeight(s)
		if err != nil || len(s) > 200 {
			return
		}
		back, err := ParseWeight(w.String())
		if err != nil {
			t.Fatalf("%q → %q does not parse: %v", s, w.String(), err)
		}
		if !back.Equal(w) {
			t.Fatalf("%q → %q → %q", s, w, back)
		}
	})
}
