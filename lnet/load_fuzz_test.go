package lnet

import (
	"errors"
	"testing"
	"testing/fstest"
	"time"

	"github.com/rickb777/date/v2"
)

// FuzzParseOffices: offices.csv never panics, and a table that parses has offices with valid
// ids, spells in order, sorted county codes and an end not before the last spell.
func FuzzParseOffices(f *testing.F) {
	f.Add([]byte("id,name,valid_from,valid_to,counties\nvestland,Vestland,2019-01-01,,12 14\nvestland,Vestland,2020-01-01,,46\n"))
	f.Add([]byte("\ufeffid,name,valid_from,valid_to,counties\nhordaland,Hordaland,2017-01-01,2018-12-31,12\n"))
	f.Add([]byte("id,name,valid_from,valid_to,counties\nx,\"Østfold, Buskerud\",2024-07-01,,03 31\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		defs, err := parseOffices(b)
		if err != nil {
			if defs != nil {
				t.Fatalf("offices and error %v", err)
			}
			return
		}
		if len(defs) == 0 || len(defs) > maxOfficeRows {
			t.Fatalf("%d offices without error", len(defs))
		}
		for _, d := range defs {
			if !d.id.Valid() || len(d.spells) == 0 {
				t.Fatalf("bad office %q", d.id)
			}
			for i, sp := range d.spells {
				if sp.name == "" || len(sp.counties) == 0 || (i > 0 && sp.start <= d.spells[i-1].start) {
					t.Fatalf("%s: bad spell %+v", d.id, sp)
				}
				for j := 1; j < len(sp.counties); j++ {
					if sp.counties[j] <= sp.counties[j-1] {
						t.Fatalf("%s: counties not sorted and distinct: %v", d.id, sp.counties)
					}
				}
			}
			if d.end < d.spells[len(d.spells)-1].start {
				t.Fatalf("%s: ends %s before its last spell", d.id, d.end)
			}
		}
	})
}

// FuzzLoadRegisterFolder: a folder with one file of any kind never makes LoadRegister panic;
// it gives a register or an error wrapping ErrInvalidData, never both.
func FuzzLoadRegisterFolder(f *testing.F) {
	names := []string{"klass131/kommuneinndeling_2027.json", "klass131/changes_2027.json", "counties_2027.csv",
		"population_0_17_by_municipality_2027.csv", "ssb_07459_2027.json", OfficesFile}
	f.Add(uint8(0), []byte(`{"name":"Kommuneinndeling 2027","validFrom":"2027-01-01","classificationItems":[{"code":"0301","name":"Oslo"}]}`))
	f.Add(uint8(1), []byte(`{"codeChanges":[{"oldCode":"4622","oldName":"Kvam","newCode":"4699","newName":"Kvam","changeOccurred":"2027-01-01"}]}`))
	f.Add(uint8(2), []byte("year,fylkesnummer,fylkesnavn,antall_kommuner,klass131_version\n2026,46,Vestland,43,Kommuneinndeling 2024\n"))
	f.Add(uint8(3), []byte("year,kommunenummer,kommunenavn_klass,fylkesnummer,personer_0_17,personer_totalt\n2026,4622,Kvam,46,1,2\n"))
	f.Add(uint8(4), []byte(`{"version":"2.0","class":"dataset","id":["Region","Kjonn","Alder","ContentsCode","Tid"],"size":[1,1,1,1,1],"dimension":{},"value":[1]}`))
	f.Add(uint8(5), []byte("id,name,valid_from,valid_to,counties\nvestland,Vestland,2017-01-01,,46\n"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		fsys := fstest.MapFS{names[int(which)%len(names)]: {Data: data}}
		r, err := LoadRegister(fsys)
		if err != nil {
			if r != nil || !errors.Is(err, ErrInvalidData) {
				t.Fatalf("register %v and error %v", r != nil, err)
			}
			return
		}
		if r.Coverage().Start != date.New(2017, time.January, 1) {
			t.Fatalf("coverage %s", r.Coverage())
		}
	})
}
