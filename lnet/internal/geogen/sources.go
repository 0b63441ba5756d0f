package geogen

import (
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/rickb777/date/v2"
)

// The file name patterns [ReadSources] recognises in a source folder, relative to its root.
// Other files are ignored.
const (
	// VersionPattern matches the KLASS 131 versions, one per file.
	VersionPattern = "klass131/kommuneinndeling_*.json"
	// ChangesPattern matches KLASS 131 change tables.
	ChangesPattern = "klass131/changes*.json"
	// CountiesPattern matches county lists (year, fylkesnummer, fylkesnavn, antall_kommuner,
	// klass131_version).
	CountiesPattern = "counties*.csv"
	// PopulationPattern matches population files in the columns of
	// population_0_17_by_municipality_2017_2024.csv.
	PopulationPattern = "population_0_17*.csv"
	// JSONStatPattern matches SSB table 07459 as JSON-stat 2.0 datasets.
	JSONStatPattern = "*07459*.json"
)

// SourceVersion is a KLASS version with the file it came from.
type SourceVersion struct {
	Version
	// File is the file name, relative to the folder's root.
	File string
}

// Sources are the raw inputs of the generator, read from one or more folders: the KLASS 131
// versions, the change records, the county lists and the population rows.
type Sources struct {
	// Versions are the KLASS 131 versions, sorted by ValidFrom, at most one per ValidFrom.
	Versions []SourceVersion
	// Changes are the change records, in file order, without exact duplicates.
	Changes []Change
	// Counties are the county rows, sorted by year.
	Counties []CountyYear
	// Population are the population rows, sorted by year.
	Population []PopulationRow
	// PopulationFiles names, per year, the file its population rows came from.
	PopulationFiles map[int]string
	// CountyFiles names, per year, the file its county rows came from.
	CountyFiles map[int]string
}

// ReadSources reads every recognised file of a source folder (see [VersionPattern] and the
// other patterns). A folder may hold any subset of the files; a file that does not parse is
// an error naming the file. A year of population given by two files is an error, as is a
// year of counties given twice or two versions starting on the same day.
func ReadSources(fsys fs.FS) (Sources, error) {
	s := Sources{PopulationFiles: map[int]string{}, CountyFiles: map[int]string{}}
	err := eachFile(fsys, []string{VersionPattern}, func(name string, b []byte) error {
		v, err := ParseKlassVersion(b)
		if err != nil {
			return err
		}
		if i := slices.IndexFunc(s.Versions, func(o SourceVersion) bool { return o.ValidFrom == v.ValidFrom }); i >= 0 {
			return fmt.Errorf("%w: version %q starts on %s like %s", ErrInput, v.Name, v.ValidFrom, s.Versions[i].File)
		}
		s.Versions = append(s.Versions, SourceVersion{Version: v, File: name})
		return nil
	})
	if err == nil {
		err = eachFile(fsys, []string{ChangesPattern}, func(_ string, b []byte) error {
			cs, err := ParseChanges(b)
			s.Changes = appendChanges(s.Changes, cs)
			return err
		})
	}
	if err == nil {
		err = eachFile(fsys, []string{CountiesPattern}, func(name string, b []byte) error {
			cs, err := ParseCounties(b)
			if err != nil {
				return err
			}
			s.Counties = append(s.Counties, cs...)
			return claimYears(s.CountyFiles, name, "counties", cs, func(c CountyYear) int { return c.Year })
		})
	}
	if err == nil {
		err = eachFile(fsys, []string{PopulationPattern, JSONStatPattern}, func(name string, b []byte) error {
			var ps []PopulationRow
			var err error
			if strings.HasSuffix(name, ".json") {
				ps, err = ParsePopulationJSONStat(b)
				for i := range ps {
					ps[i].Name = "" // SSB's labels differ from KLASS's names; the versions give them
				}
			} else {
				ps, err = ParsePopulation(b)
			}
			if err != nil {
				return err
			}
			s.Population = append(s.Population, ps...)
			return claimYears(s.PopulationFiles, name, "population", ps, func(p PopulationRow) int { return p.Year })
		})
	}
	if err != nil {
		return Sources{}, err
	}
	sort.Slice(s.Versions, func(i, j int) bool { return s.Versions[i].ValidFrom < s.Versions[j].ValidFrom })
	sort.SliceStable(s.Counties, func(i, j int) bool { return s.Counties[i].Year < s.Counties[j].Year })
	sort.SliceStable(s.Population, func(i, j int) bool { return s.Population[i].Year < s.Population[j].Year })
	return s, nil
}

// eachFile reads the files matching the patterns, in pattern order and by name, and calls
// use with each; an error of use is prefixed with the file's name.
func eachFile(fsys fs.FS, patterns []string, use func(name string, b []byte) error) error {
	for _, pattern := range patterns {
		names, err := glob(fsys, pattern)
		if err != nil {
			return err
		}
		for _, name := range names {
			b, err := ReadSourceFile(fsys, name)
			if err != nil {
				return err
			}
			if err := use(name, b); err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
	}
	return nil
}

// Empty reports whether the sources hold nothing.
func (s Sources) Empty() bool {
	return len(s.Versions) == 0 && len(s.Changes) == 0 && len(s.Counties) == 0 && len(s.Population) == 0
}

// Overlay returns base with newer laid over it: a version of newer replaces the base's
// version that starts on the same day; newer's change records are added to the base's; a
// year of counties or population in newer replaces that year of the base entirely. An
// open-ended version followed by a later one ends the day the later one starts, as KLASS
// closes a version when it publishes the next.
func (s Sources) Overlay(newer Sources) Sources {
	out := Sources{PopulationFiles: map[int]string{}, CountyFiles: map[int]string{}}
	for _, v := range s.Versions {
		if !slices.ContainsFunc(newer.Versions, func(n SourceVersion) bool { return n.ValidFrom == v.ValidFrom }) {
			out.Versions = append(out.Versions, v)
		}
	}
	out.Versions = append(out.Versions, newer.Versions...)
	sort.Slice(out.Versions, func(i, j int) bool { return out.Versions[i].ValidFrom < out.Versions[j].ValidFrom })
	for i := 0; i+1 < len(out.Versions); i++ {
		if out.Versions[i].ValidTo == nil {
			next := out.Versions[i+1].ValidFrom
			out.Versions[i].ValidTo = &next
		}
	}
	out.Changes = appendChanges(slices.Clone(s.Changes), newer.Changes)
	for _, c := range s.Counties {
		if _, replaced := newer.CountyFiles[c.Year]; !replaced {
			out.Counties = append(out.Counties, c)
			out.CountyFiles[c.Year] = s.CountyFiles[c.Year]
		}
	}
	out.Counties = append(out.Counties, newer.Counties...)
	maps.Copy(out.CountyFiles, newer.CountyFiles)
	for _, p := range s.Population {
		if _, replaced := newer.PopulationFiles[p.Year]; !replaced {
			out.Population = append(out.Population, p)
			out.PopulationFiles[p.Year] = s.PopulationFiles[p.Year]
		}
	}
	out.Population = append(out.Population, newer.Population...)
	maps.Copy(out.PopulationFiles, newer.PopulationFiles)
	sort.SliceStable(out.Counties, func(i, j int) bool { return out.Counties[i].Year < out.Counties[j].Year })
	sort.SliceStable(out.Population, func(i, j int) bool { return out.Population[i].Year < out.Population[j].Year })
	return out
}

// VersionOn returns the version in force on d, and whether there is one.
func (s Sources) VersionOn(d date.Date) (SourceVersion, bool) {
	for _, v := range s.Versions {
		if d >= v.ValidFrom && (v.ValidTo == nil || d < *v.ValidTo) {
			return v, true
		}
	}
	return SourceVersion{}, false
}

// MaxSourceFileBytes is the largest source file [ReadSources] and [ReadSourceFile] read, 64 MiB: SSB's files are
// far smaller (a KLASS version is about 60 KB, table 07459 for all municipalities, both sexes
// and every age about 1 MB as JSON-stat). A longer file is refused before it is read.
const MaxSourceFileBytes = 64 << 20

// ReadSourceFile reads one source file, refusing one longer than [MaxSourceFileBytes]. A file
// that does not exist gives an error that also wraps [fs.ErrNotExist].
func ReadSourceFile(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrInput, name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxSourceFileBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInput, name, err)
	}
	if len(b) > MaxSourceFileBytes {
		return nil, fmt.Errorf("%w: %s: longer than %d bytes", ErrInput, name, MaxSourceFileBytes)
	}
	return b, nil
}

// glob returns the names matching pattern, sorted; a folder without them gives none.
func glob(fsys fs.FS, pattern string) ([]string, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInput, pattern, err)
	}
	// Only regular files: a directory named like a data file is not one.
	out := names[:0]
	for _, n := range names {
		if st, err := fs.Stat(fsys, n); err == nil && st.Mode().IsRegular() {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out, nil
}

// claimYears records that file gives the years of rows, and fails if another file of the
// same folder already gave one of them.
func claimYears[T any](files map[int]string, file, what string, rows []T, year func(T) int) error {
	mine := map[int]bool{}
	for _, r := range rows {
		y := year(r)
		if prev, ok := files[y]; ok && !mine[y] {
			return fmt.Errorf("%w: %s for %d is also in %s", ErrInput, what, y, prev)
		}
		mine[y] = true
		files[y] = file
	}
	return nil
}

// appendChanges appends the records of add that dst does not already hold.
func appendChanges(dst, add []Change) []Change {
	seen := make(map[Change]bool, len(dst)+len(add))
	for _, c := range dst {
		seen[c] = true
	}
	for _, c := range add {
		if !seen[c] {
			seen[c] = true
			dst = append(dst, c)
		}
	}
	return dst
}

// checkVersions checks that the versions follow each other without gap or overlap.
func checkVersions(vs []SourceVersion) error {
	if len(vs) == 0 {
		return fmt.Errorf("%w: no %s files", ErrInput, VersionPattern)
	}
	for i := 0; i+1 < len(vs); i++ {
		if vs[i].ValidTo == nil || *vs[i].ValidTo != vs[i+1].ValidFrom {
			end := "open"
			if vs[i].ValidTo != nil {
				end = vs[i].ValidTo.String()
			}
			return fmt.Errorf("%w: KLASS versions %q (%s, valid to %s) and %q (%s, from %s) are not contiguous",
				ErrInput, vs[i].Name, vs[i].File, end, vs[i+1].Name, vs[i+1].File, vs[i+1].ValidFrom)
		}
	}
	return nil
}
