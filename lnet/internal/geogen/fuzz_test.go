package geogen

import (
	"os"
	"testing"
)

// addRawSeed adds a raw file of data/ssb as a seed, when it can be read.
func addRawSeed(f *testing.F, name string) {
	if b, err := os.ReadFile(srcDir + "/" + name); err == nil {
		f.Add(b)
	}
}

// FuzzParseKlassVersion: never panics; a parsed version has a name, a valid interval and
// distinct four-digit codes (none 9999) with names.
func FuzzParseKlassVersion(f *testing.F) {
	addRawSeed(f, "klass131/kommuneinndeling_2024.json")
	f.Add([]byte(`{"name":"K","validFrom":"2020-01-01","validTo":"2022-01-01","classificationItems":[{"code":"0301","name":"Oslo"}]}`))
	f.Add([]byte(`{"name":"K","validFrom":"2020-01-01","classificationItems":[{"code":"9999","name":"Uoppgitt"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := ParseKlassVersion(b)
		if err != nil {
			return
		}
		if v.Name == "" || len(v.Items) == 0 || v.ValidTo != nil && *v.ValidTo <= v.ValidFrom {
			t.Fatalf("bad version %+v", v)
		}
		seen := map[string]bool{}
		for _, it := range v.Items {
			if !isCode(it.Code, 4) || it.Code == unknownCode || it.Name == "" || seen[it.Code] {
				t.Fatalf("bad item %+v", it)
			}
			seen[it.Code] = true
		}
	})
}

// FuzzParseChanges: never panics; parsed records have four-digit codes.
func FuzzParseChanges(f *testing.F) {
	addRawSeed(f, changesFile)
	f.Add([]byte(`{"codeChanges":[{"oldCode":"1238","oldName":"Kvam","newCode":"4622","newName":"Kvam","changeOccurred":"2020-01-01"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, err := ParseChanges(b)
		if err != nil {
			return
		}
		for _, c := range cs {
			if !isCode(c.OldCode, 4) || !isCode(c.NewCode, 4) {
				t.Fatalf("bad change %+v", c)
			}
		}
	})
}

// FuzzParseCounties: never panics; parsed rows have two-digit codes and names.
func FuzzParseCounties(f *testing.F) {
	addRawSeed(f, countiesSource)
	f.Add([]byte("year,fylkesnummer,fylkesnavn,antall_kommuner,klass131_version\n2020,46,Vestland,43,K\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, err := ParseCounties(b)
		if err != nil {
			return
		}
		for _, c := range cs {
			if !isCode(c.Code, 2) || c.Name == "" || c.Municipalities < 0 {
				t.Fatalf("bad county %+v", c)
			}
		}
	})
}

// FuzzParsePopulation: never panics; parsed rows satisfy 0 ≤ children ≤ total and the
// county is the code's prefix.
func FuzzParsePopulation(f *testing.F) {
	f.Add([]byte("year,kommunenummer,kommunenavn_klass,fylkesnummer,personer_0_17,personer_totalt\n2020,4622,Kvam,46,1,2\n"))
	f.Add([]byte("year,kommunenummer,kommunenavn_klass,fylkesnummer,personer_0_17,personer_totalt\n2020,4622,Kvam,46,99999999999999999999,2\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ps, err := ParsePopulation(b)
		if err != nil {
			return
		}
		for _, p := range ps {
			if p.Children < 0 || p.Children > p.Total || p.County != p.Code[:2] {
				t.Fatalf("bad row %+v", p)
			}
		}
	})
}
