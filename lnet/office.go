package lnet

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// statsforvalterFrom is the day the county governor (Fylkesmannen) was renamed
// Statsforvalteren: 1 January 2021.
var statsforvalterFrom = date.New(2021, time.January, 1)

// Office is a county governor office (embete: Fylkesmannen, from 1 January 2021
// Statsforvalteren) as it was on one day: the recipient of the national pots of stimulus
// grants for its region. An office is not a county: Oslo og Akershus was one office for two
// counties, the offices merged on 1 January 2019 while the counties merged only in 2020, and
// after the counties Østfold, Akershus, Buskerud, Vestfold, Telemark, Troms and Finnmark were
// re-established on 1 January 2024 the offices were kept, so an office then covers several
// counties.
type Office struct {
	// ID is the office's stable id, e.g. "vestland"; it survives renames, not mergers.
	ID OfficeID `json:"id"`
	// Name is the name of the office's region on the day asked, e.g. "Vestland" or, for the
	// office id "agder", "Aust- og Vest-Agder" until 2018 and "Agder" from 2019.
	Name string `json:"name"`
	// Title is the office's full name in bokmål on the day asked: "Fylkesmannen i Vestland"
	// until 2020, "Statsforvalteren i Vestland" from 2021. [Office.TitleIn] gives it in
	// nynorsk ("Statsforvaltaren i Vestland", the office's official nynorsk title) and
	// English.
	Title string `json:"title"`
	// Counties are the counties the office covered that day, in the county codes valid that
	// day, sorted: Vestland is 12 and 14 in 2019 and 46 from 2020.
	Counties []CountyCode `json:"counties"`
	// Valid is the part of the register's coverage in which the office existed: Start is the
	// register's first day (2017-01-01) for an office that is older, End is [OpenEnd] for an
	// office that still exists in the newest data.
	Valid Period `json:"valid"`
	// AsOf is zero when the register's data covers the day asked; for a day past the data
	// that the register carries forward ([Register.AssumeUnchangedThrough]) it is the last
	// day of data: the office is as it was then, assumed unchanged since.
	AsOf date.Date `json:"as_of,omitzero"`
}

// Assumed reports whether o was carried forward past the register's data (AsOf is set).
func (o Office) Assumed() bool { return o.AsOf != 0 }

// String returns the title, e.g. "Statsforvalteren i Vestland".
func (o Office) String() string { return o.Title }

// TitleIn returns the office's full name in lang on the day it was looked up for. Bokmål is
// [Office.Title]; nynorsk says "Fylkesmannen i …" until 2020 and "Statsforvaltaren i …" from
// 2021 (the nynorsk form the offices use, e.g. "Statsforvaltaren i Vestland"); English says
// "County Governor of …", the offices' own English name before and after the rename. A
// Title that is not of the form "Fylkesmannen i …" or "Statsforvalteren i …" (a value built
// by hand) is returned as it is.
func (o Office) TitleIn(lang Language) string {
	for _, t := range [...]struct{ nb, nn string }{
		{"Fylkesmannen i ", "Fylkesmannen i "},
		{"Statsforvalteren i ", "Statsforvaltaren i "},
	} {
		if region, ok := strings.CutPrefix(o.Title, t.nb); ok {
			return lang.Pick(o.Title, t.nn+region, "County Governor of "+region)
		}
	}
	return o.Title
}

// Covers reports whether the office covered county c on the day it was looked up for.
func (o Office) Covers(c CountyCode) bool { return slices.Contains(o.Counties, c) }

// officeSpell is a stretch of an office's life with one name and one set of counties, from
// start to the day before the next spell (or the office's end).
type officeSpell struct {
	start    date.Date
	name     string
	counties []CountyCode
}

// officeDef is an office over time: spells in ascending order, and the last day the office
// existed ([OpenEnd] if it still exists).
type officeDef struct {
	id     OfficeID
	end    date.Date
	spells []officeSpell
}

func (o *officeDef) spellOn(d date.Date) (officeSpell, bool) {
	if d < o.spells[0].start || d > o.end {
		return officeSpell{}, false
	}
	i := len(o.spells) - 1
	for i > 0 && o.spells[i].start > d {
		i--
	}
	return o.spells[i], true
}

// officeTable is the governor offices from 2017 on. Sources:
//
//   - [S1] "Nytt noregskart for fylkesmennene", fylkesmannen.no, December 2018,
//     https://www.fylkesmannen.no/Nyheter/2018/12/nytt-noregskart-for-fylkesmennene/ — from
//     1 January 2019 ten offices instead of sixteen: Oslo og Viken (Oslo og Akershus, Østfold,
//     Buskerud), Innlandet (Oppland, Hedmark), Vestfold og Telemark, Vestland (Hordaland, Sogn
//     og Fjordane), Troms og Finnmark; Aust- og Vest-Agder (merged 1 January 2016) renamed
//     Agder; Trøndelag (Sør- and Nord-Trøndelag merged 1 January 2018); Rogaland, Møre og
//     Romsdal and Nordland unchanged.
//   - [S2] "Fylkesmannen i Rogaland blir som i dag", 10 March 2017,
//     https://www.statsforvalteren.no/nb/Rogaland/Arkiv---Nyheiter/2017/03/Fylkesmannen-i-Rogaland-blir-som-i-dag/
//     — the Trøndelag offices merge on 1 January 2018; the Agder offices merged on 1 January 2016.
//   - [S3] "PRESSEMELDING: Fylkesmannen blir statsforvalter", Statsforvalteren i Agder,
//     26 October 2020,
//     https://www.statsforvalteren.no/agder/Nyheter/2020/10/pressemelding-fylkesmannen-blir-statsforvaolter/
//     — Fylkesmannen is called Statsforvalteren from 1 January 2021.
//   - [S4] "Beholder dagens struktur og styrker statens tilstedeværelse", statsforvalteren.no,
//     23 February 2024, https://statsforvalteren.no/nn/portal/Nyhende/?p=2 — the counties
//     re-established on 1 January 2024 get no offices of their own; the structure is kept.
//   - [S5] "Viderefører Statsforvalteren i Oslo og Viken", drm24.no, February 2024,
//     https://www.drm24.no/videreforer-statsforvalteren-i-oslo-og-viken/284739 — the
//     government decided to rename Statsforvalteren i Oslo og Viken "Statsforvalteren i
//     Østfold, Buskerud, Oslo og Akershus".
//   - [S6] "Vi får nytt namn, men vil framleis vera der for kommunane", Valgerd Svarstad
//     Haugland, statsforvalteren.no, published 1 July 2024,
//     https://statsforvalteren.no/ostfold-buskerud-oslo-og-akershus/om-oss/presse/vi-far-nytt-namn
//     — "frå 1. juli heiter vi … Statsforvaltaren i Østfold, Buskerud, Oslo og Akershus": the
//     new name took effect on 1 July 2024. The office keeps its id "oslo-og-viken" (ids
//     survive renames).
var officeTable = func() []officeDef {
	jan1 := func(y int) date.Date { return date.New(y, time.January, 1) }
	dec31 := func(y int) date.Date { return date.New(y, time.December, 31) }
	one := func(id OfficeID, name string, end date.Date, counties ...CountyCode) officeDef {
		return officeDef{id: id, end: end, spells: []officeSpell{{start: jan1(2017), name: name, counties: counties}}}
	}
	return []officeDef{
		// The sixteen (2017: seventeen) offices before 1 January 2019 [S1, S2].
		one("ostfold", "Østfold", dec31(2018), 1),
		one("oslo-og-akershus", "Oslo og Akershus", dec31(2018), 2, 3),
		one("hedmark", "Hedmark", dec31(2018), 4),
		one("oppland", "Oppland", dec31(2018), 5),
		one("buskerud", "Buskerud", dec31(2018), 6),
		one("vestfold", "Vestfold", dec31(2018), 7),
		one("telemark", "Telemark", dec31(2018), 8),
		one("hordaland", "Hordaland", dec31(2018), 12),
		one("sogn-og-fjordane", "Sogn og Fjordane", dec31(2018), 14),
		one("sor-trondelag", "Sør-Trøndelag", dec31(2017), 16),
		one("nord-trondelag", "Nord-Trøndelag", dec31(2017), 17),
		one("troms", "Troms", dec31(2018), 19),
		one("finnmark", "Finnmark", dec31(2018), 20),
		// Offices unchanged in 2019 [S1]; their counties kept their codes in 2020.
		one("rogaland", "Rogaland", OpenEnd, 11),
		one("more-og-romsdal", "Møre og Romsdal", OpenEnd, 15),
		one("nordland", "Nordland", OpenEnd, 18),
		// Aust- og Vest-Agder from 1 January 2016, renamed Agder on 1 January 2019 [S1]; the
		// counties 09 and 10 became 42 Agder on 1 January 2020.
		{id: "agder", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2017), name: "Aust- og Vest-Agder", counties: []CountyCode{9, 10}},
			{start: jan1(2019), name: "Agder", counties: []CountyCode{9, 10}},
			{start: jan1(2020), name: "Agder", counties: []CountyCode{42}},
		}},
		// Trøndelag from 1 January 2018 [S1, S2]; county 50 Trøndelag from the same day.
		{id: "trondelag", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2018), name: "Trøndelag", counties: []CountyCode{50}},
		}},
		// The offices merged on 1 January 2019 [S1], in the counties of 2019, 2020 and 2024
		// (structure kept in 2024 [S4]); Oslo og Viken renamed on 1 July 2024 [S5, S6].
		{id: "oslo-og-viken", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2019), name: "Oslo og Viken", counties: []CountyCode{1, 2, 3, 6}},
			{start: jan1(2020), name: "Oslo og Viken", counties: []CountyCode{3, 30}},
			{start: jan1(2024), name: "Oslo og Viken", counties: []CountyCode{3, 31, 32, 33}},
			{start: date.New(2024, time.July, 1), name: "Østfold, Buskerud, Oslo og Akershus", counties: []CountyCode{3, 31, 32, 33}},
		}},
		{id: "innlandet", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2019), name: "Innlandet", counties: []CountyCode{4, 5}},
			{start: jan1(2020), name: "Innlandet", counties: []CountyCode{34}},
		}},
		{id: "vestfold-og-telemark", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2019), name: "Vestfold og Telemark", counties: []CountyCode{7, 8}},
			{start: jan1(2020), name: "Vestfold og Telemark", counties: []CountyCode{38}},
			{start: jan1(2024), name: "Vestfold og Telemark", counties: []CountyCode{39, 40}},
		}},
		{id: "vestland", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2019), name: "Vestland", counties: []CountyCode{12, 14}},
			{start: jan1(2020), name: "Vestland", counties: []CountyCode{46}},
		}},
		{id: "troms-og-finnmark", end: OpenEnd, spells: []officeSpell{
			{start: jan1(2019), name: "Troms og Finnmark", counties: []CountyCode{19, 20}},
			{start: jan1(2020), name: "Troms og Finnmark", counties: []CountyCode{54}},
			{start: jan1(2024), name: "Troms og Finnmark", counties: []CountyCode{55, 56}},
		}},
	}
}()

// officeOn returns def as it was on d, if it existed then; d is a day with data.
func (r *Register) officeOn(def *officeDef, d date.Date) (Office, bool) {
	sp, ok := def.spellOn(d)
	if !ok {
		return Office{}, false
	}
	title := "Fylkesmannen i " + sp.name
	if d >= statsforvalterFrom {
		title = "Statsforvalteren i " + sp.name
	}
	return Office{
		ID:       def.id,
		Name:     sp.name,
		Title:    title,
		Counties: slices.Clone(sp.counties),
		Valid:    Period{Start: max(def.spells[0].start, r.coverage.Start), End: def.end},
	}, true
}

// OfficeOn returns the governor office with id as it was on day d. The error is a
// [*LookupError] wrapping [ErrNotFound] if no office had the id that day (the "hordaland"
// office ended on 2018-12-31), [ErrOutOfRange] if d is outside [Register.Coverage], or
// [ErrInvalidCode] if id is not well formed.
func (r *Register) OfficeOn(id OfficeID, d date.Date) (Office, error) {
	if !id.Valid() {
		return Office{}, &LookupError{What: "office", Key: string(id), Date: d, Reason: "not an office id", Err: ErrInvalidCode}
	}
	eff, err := r.checkDate("office", string(id), d)
	if err != nil {
		return Office{}, err
	}
	for i := range r.offices {
		if r.offices[i].id == id {
			if o, ok := r.officeOn(&r.offices[i], eff); ok {
				o.AsOf = r.asOf(d)
				return o, nil
			}
		}
	}
	return Office{}, &LookupError{What: "office", Key: string(id), Date: d, Reason: "no office had this id that day", Err: ErrNotFound}
}

// Offices returns the governor offices that existed on day d, sorted by id: 17 in 2017, 16 in
// 2018 and 10 from 2019. The error wraps [ErrOutOfRange] if d is outside [Register.Coverage].
func (r *Register) Offices(d date.Date) ([]Office, error) {
	eff, err := r.checkDate("offices", "", d)
	if err != nil {
		return nil, err
	}
	var out []Office
	for i := range r.offices {
		if o, ok := r.officeOn(&r.offices[i], eff); ok {
			o.AsOf = r.asOf(d)
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b Office) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out, nil
}

// OfficeForCounty returns the governor office that covered county c on day d: the Hordaland
// office for county 12 in 2018, the Vestland office for 12 in 2019 and for 46 from 2020. The
// errors are those of [Register.CountyOn].
func (r *Register) OfficeForCounty(c CountyCode, d date.Date) (Office, error) {
	if _, err := r.CountyOn(c, d); err != nil {
		return Office{}, err
	}
	eff := min(d, r.dataEnd)
	for i := range r.offices {
		if o, ok := r.officeOn(&r.offices[i], eff); ok && o.Covers(c) {
			o.AsOf = r.asOf(d)
			return o, nil
		}
	}
	// Unreachable for a loaded register: loadRegister checks that the offices cover every
	// county on every day.
	return Office{}, &LookupError{What: "county", Key: c.String(), Date: d, Reason: "no office covered this county that day", Err: ErrNotFound}
}

// OfficeForMunicipality returns the governor office that covered the municipality with code
// on day d, through its county. The errors are those of [Register.MunicipalityOn].
func (r *Register) OfficeForMunicipality(code MunicipalityCode, d date.Date) (Office, error) {
	m, err := r.MunicipalityOn(code, d)
	if err != nil {
		return Office{}, err
	}
	return r.OfficeForCounty(m.County, d)
}

// checkOffices checks that on every day of the coverage each county in force is covered by
// exactly one office and every office covers only counties in force. It suffices to check
// the days on which an office or a county begins or ends.
func (r *Register) checkOffices(offices []officeDef) error {
	days := []date.Date{r.coverage.Start}
	ids := map[OfficeID]bool{}
	for _, o := range offices {
		if !o.id.Valid() || ids[o.id] || len(o.spells) == 0 {
			return fmt.Errorf("lnet: office table: bad or duplicate office %q", o.id)
		}
		ids[o.id] = true
		for i, sp := range o.spells {
			if i > 0 && sp.start <= o.spells[i-1].start || sp.start > o.end {
				return fmt.Errorf("lnet: office table: %s: spells out of order", o.id)
			}
			days = append(days, sp.start)
		}
		days = append(days, o.end, o.end+1)
	}
	for _, c := range r.counties {
		days = append(days, c.Valid.Start, c.Valid.Start-1, c.Valid.End, c.Valid.End+1)
	}
	for _, d := range days {
		if !r.coverage.Contains(d) {
			continue
		}
		covered := map[CountyCode]OfficeID{}
		for i := range offices {
			sp, ok := offices[i].spellOn(d)
			if !ok {
				continue
			}
			for _, c := range sp.counties {
				if prev, dup := covered[c]; dup {
					return fmt.Errorf("lnet: office table: county %s covered by both %s and %s on %s", c, prev, offices[i].id, d)
				}
				covered[c] = offices[i].id
			}
		}
		counties, _ := r.Counties(d)
		inForce := map[CountyCode]bool{}
		for _, c := range counties {
			inForce[c.Code] = true
			if _, ok := covered[c.Code]; !ok {
				return fmt.Errorf("lnet: office table: county %s not covered on %s", c, d)
			}
		}
		for c, id := range covered {
			if !inForce[c] {
				return fmt.Errorf("lnet: office table: %s covers county %s, not in force on %s", id, c, d)
			}
		}
	}
	return nil
}

// OfficeOn calls [Register.OfficeOn] on the [DefaultRegister].
func OfficeOn(id OfficeID, d date.Date) (Office, error) {
	return DefaultRegister().OfficeOn(id, d)
}

// Offices calls [Register.Offices] on the [DefaultRegister].
func Offices(d date.Date) ([]Office, error) {
	return DefaultRegister().Offices(d)
}

// OfficeForMunicipality calls [Register.OfficeForMunicipality] on the [DefaultRegister].
func OfficeForMunicipality(code MunicipalityCode, d date.Date) (Office, error) {
	return DefaultRegister().OfficeForMunicipality(code, d)
}
