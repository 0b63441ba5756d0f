package lnet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/data"
	"github.com/laeringsnettverk/sdk/lnet/internal/geogen"
)

// ErrInvalidData reports a folder of register data that [LoadRegister] cannot use: a file
// that does not parse, or files that contradict each other. The error's message names the
// file and the line or JSON path.
var ErrInvalidData = errors.New("invalid register data")

// OfficesFile is the name of the optional office table in a folder read by [LoadRegister].
const OfficesFile = "offices.csv"

// embeddedSources are the raw SSB files embedded in package data, parsed once.
var embeddedSources = sync.OnceValues(func() (geogen.Sources, error) {
	sub, err := fs.Sub(data.SSB(), "ssb")
	if err != nil {
		return geogen.Sources{}, err
	}
	return geogen.ReadSources(sub)
})

// LoadRegister returns a register that holds the embedded data plus every year in the folder
// fsys, for newer data from Statistics Norway without a new release of the SDK. A year in the
// folder replaces the embedded one. The folder is laid out like the repository's data/ssb,
// with the files as SSB publishes them; each kind is optional:
//
//   - klass131/kommuneinndeling_<year>.json: a version of KLASS classification 131
//     (kommuneinndeling), as SSB's KLASS API serves it (…/classifications/131 versions). A
//     version replaces an embedded one that starts the same day. An open-ended version
//     followed by a newer one ends the day the newer one starts.
//   - klass131/changes*.json: KLASS 131's change table (…/classifications/131/changes), added
//     to the embedded records. A new version whose codes differ from the last one's needs the
//     change records that lead from the old codes to the new.
//   - counties*.csv: year, fylkesnummer, fylkesnavn, antall_kommuner, klass131_version, as the
//     embedded counties_2017_2024.csv. A year without rows takes the county names of the year
//     before, as long as its municipalities lie in counties named then.
//   - population_0_17*.csv: year, kommunenummer, kommunenavn_klass, fylkesnummer,
//     personer_0_17, personer_totalt (population on 1 January, SSB table 07459 summed by
//     age), as the embedded files.
//   - *07459*.json: SSB table 07459 as the PxWebApi returns it, a JSON-stat 2.0 dataset. It
//     reads the dimensions Region (four-digit municipality codes, "K-" prefix allowed; other
//     regions are skipped), Kjonn (summed), Alder (ages 0–17 summed for the children, all
//     ages for the total), ContentsCode (only "Personer1") and Tid (the year of 1 January).
//   - offices.csv ([OfficesFile]): the governor offices, replacing the embedded table; see
//     below. Without it the embedded table is used.
//
// Each file may be at most 64 MiB and offices.csv at most 1000 rows; a longer one is refused
// before it is parsed. The register covers the years with population rows. The loader runs the checks of the
// generator that made the embedded data: versions follow each other without gap, every code
// that ends has a change record and every change joins codes in force on either side, the
// counties match the municipality codes, every municipality in force on 1 January has a
// population row and no other code has one, and the offices cover every county on every day.
// Errors wrap [ErrInvalidData] and name the file and the line or JSON path.
//
// offices.csv has the header id,name,valid_from,valid_to,counties and one row per stretch of
// an office's life with one name and one set of counties: id is the office's stable id
// ("vestland"), name the name of its region ("Vestland"; the title is "Fylkesmannen i …"
// before 2021 and "Statsforvalteren i …" from 2021), valid_from the first day of the
// stretch, counties the county codes covered, separated by spaces ("12 14"). An office's
// rows follow each other by valid_from; valid_to is empty except on an office's last row,
// where it may give the last day the office existed. The first stretch of the office table
// must reach back to the register's first day (2017-01-01) for offices older than that.
//
// [Register.Basis] reports the years read from the folder with [OriginLoaded].
func LoadRegister(fsys fs.FS) (*Register, error) {
	if fsys == nil {
		return nil, fmt.Errorf("lnet: load register: %w: nil folder", ErrInvalidData)
	}
	base, err := embeddedSources()
	if err != nil {
		return nil, fmt.Errorf("lnet: load register: embedded data: %w", err)
	}
	folder, err := geogen.ReadSources(fsys)
	if err != nil {
		return nil, fmt.Errorf("lnet: load register: %w: %w", ErrInvalidData, err)
	}
	offices := officeTable
	ob, err := geogen.ReadSourceFile(fsys, OfficesFile)
	switch {
	case err == nil:
		if offices, err = parseOffices(ob); err != nil {
			return nil, fmt.Errorf("lnet: load register: %w: %w", ErrInvalidData, err)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("lnet: load register: %w: %w", ErrInvalidData, err)
	case folder.Empty():
		return nil, fmt.Errorf("lnet: load register: %w: the folder holds none of %s, %s, %s, %s, %s or %s",
			ErrInvalidData, geogen.VersionPattern, geogen.ChangesPattern, geogen.CountiesPattern, geogen.PopulationPattern, geogen.JSONStatPattern, OfficesFile)
	}
	merged := base.Overlay(folder)
	files, err := geogen.GenerateSources(merged)
	if err != nil {
		return nil, fmt.Errorf("lnet: load register: %w: %w", ErrInvalidData, err)
	}
	origins := map[int]Origin{}
	folderVersions := map[date.Date]bool{}
	for _, v := range folder.Versions {
		folderVersions[v.ValidFrom] = true
	}
	for _, p := range merged.Population {
		v, _ := merged.VersionOn(date.New(p.Year, time.January, 1))
		if _, ok := folder.PopulationFiles[p.Year]; ok || folderVersions[v.ValidFrom] {
			origins[p.Year] = OriginLoaded
		}
	}
	read := func(name string) ([]byte, error) {
		if b, ok := files[name]; ok {
			return b, nil
		}
		return nil, fs.ErrNotExist
	}
	r, err := loadRegister(read, offices, origins)
	if err != nil {
		return nil, fmt.Errorf("lnet: load register: %w: %w", ErrInvalidData, err)
	}
	return r, nil
}

// maxOfficeRows bounds offices.csv: Norway has had at most a few dozen offices.
const maxOfficeRows = 1000

// parseOffices reads offices.csv (see [LoadRegister]).
func parseOffices(b []byte) ([]officeDef, error) {
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", OfficesFile, err)
	}
	cr.FieldsPerRecord = 5
	if strings.Join(header, ",") != "id,name,valid_from,valid_to,counties" {
		return nil, fmt.Errorf("%s line 1: header %q, want \"id,name,valid_from,valid_to,counties\"", OfficesFile, strings.Join(header, ","))
	}
	var defs []officeDef
	for n := 0; ; n++ {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", OfficesFile, err)
		}
		line, _ := cr.FieldPos(0)
		if n >= maxOfficeRows {
			return nil, fmt.Errorf("%s line %d: more than %d rows", OfficesFile, line, maxOfficeRows)
		}
		at := func(err error) error { return fmt.Errorf("%s line %d: %w", OfficesFile, line, err) }
		id, err := ParseOfficeID(row[0])
		if err != nil {
			return nil, at(err)
		}
		sp := officeSpell{name: strings.TrimSpace(row[1])}
		if sp.name == "" {
			return nil, at(errors.New("empty name"))
		}
		if sp.start, err = parseGeoDate(row[2]); err != nil {
			return nil, at(err)
		}
		for _, f := range strings.Fields(row[4]) {
			c, err := ParseCountyCode(f)
			if err != nil {
				return nil, at(err)
			}
			if slices.Contains(sp.counties, c) {
				return nil, at(fmt.Errorf("county %s listed twice", c))
			}
			sp.counties = append(sp.counties, c)
		}
		if len(sp.counties) == 0 {
			return nil, at(errors.New("no counties"))
		}
		slices.Sort(sp.counties)
		i := slices.IndexFunc(defs, func(d officeDef) bool { return d.id == id })
		switch {
		case i < 0:
			defs = append(defs, officeDef{id: id, end: OpenEnd, spells: []officeSpell{sp}})
			i = len(defs) - 1
		case i != len(defs)-1:
			return nil, at(fmt.Errorf("office %q: rows not together", id))
		case defs[i].end != OpenEnd:
			return nil, at(fmt.Errorf("office %q: a row after the one with valid_to", id))
		case sp.start <= defs[i].spells[len(defs[i].spells)-1].start:
			return nil, at(fmt.Errorf("office %q: valid_from %s not after the row before", id, sp.start))
		default:
			defs[i].spells = append(defs[i].spells, sp)
		}
		if row[3] != "" {
			end, err := parseGeoDate(row[3])
			if err != nil {
				return nil, at(err)
			}
			if end < sp.start {
				return nil, at(fmt.Errorf("valid_to %s before valid_from %s", end, sp.start))
			}
			defs[i].end = end
		}
	}
	if len(defs) == 0 {
		return nil, fmt.Errorf("%s: no offices", OfficesFile)
	}
	return defs, nil
}
