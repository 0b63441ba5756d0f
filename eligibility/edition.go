package eligibility

import (
	"strconv"

	"github.com/laeringsnettverk/sdk/internal/enum"
	"github.com/laeringsnettverk/sdk/lnet"
)

// Edition is an edition of the national guidelines for municipal learning networks and
// stimulus grants (utgave av retningslinjene). Each rule belongs to one or more editions, and
// an evaluation runs the rules of exactly one. The zero value is not an edition.
//
// Only the 2019 text is among the SDK's sources. What is known of the others, and which
// rules they carry over, is stated by [Edition.Basis] and in the package documentation; the
// SDK does not invent rules for them. The latest of them, [Latest], also stands for the
// grant years after its own range, marked as the latest known edition.
type Edition uint8

const (
	// Edition2018 is the first guidelines, for grant year 2018: learning networks and
	// self-initiated development projects only. JSON "2018".
	Edition2018 Edition = iota + 1
	// Edition2019 is the 2019 guidelines (seed 001), for grant years 2019 to 2021: they add
	// the foster-home scheme, for which contact with an external competence environment is
	// not required. JSON "2019".
	Edition2019
	// Edition2022 is the revised guidelines announced in 2021 for projects from 2022 ("2021/
	// 2022"): other municipal services may take part in projects beside child welfare. Its
	// own range is grant years 2022 to 2024, the strategy period in the sources. It is also
	// the latest known edition ([Latest]): no newer text is among the sources, so [EditionFor]
	// returns it for every grant year after 2024 too, and a report for such a year says so
	// ([Report.LatestKnown]). JSON "2022".
	Edition2022
)

var editions = enum.Table[Edition]{Type: "edition", Err: enumError("edition"), Names: []enum.Name{
	{},
	{"2018", "Retningslinjer 2018", "Guidelines 2018", "Retningslinjer 2018"},
	{"2019", "Retningslinjer 2019", "Guidelines 2019", "Retningslinjer 2019"},
	{"2022", "Retningslinjer 2021/2022", "Guidelines 2021/2022", "Retningslinjer 2021/2022"},
}}

// editionInfo is what the SDK knows about an edition.
type editionInfo struct {
	firstYear, lastYear int
	schemes             []lnet.Scheme
	basis               Message
}

var editionInfos = [...]editionInfo{
	Edition2018: {2018, 2018, []lnet.Scheme{lnet.SchemeSelfInitiated}, Msg(
		"Teksten til retningslinjene for 2018 finnes ikke i kildene. Reglene for nettverk og egeninitierte prosjekter er ført tilbake fra retningslinjene 2019, som beskriver rammene for nettverkene som ble etablert tidlig i 2018; de samsvarer med Fylkesmannen i Hordalands invitasjon og samlingsreferat fra 2018. Fosterhjemsordningen fantes ikke.",
		"Teksten til retningslinjene for 2018 finst ikkje i kjeldene. Reglane for nettverk og eigeninitierte prosjekt er førte tilbake frå retningslinjene 2019, som skildrar rammene for nettverka som vart etablerte tidleg i 2018; dei samsvarer med invitasjonen og samlingsreferatet frå Fylkesmannen i Hordaland i 2018. Fosterheimsordninga fanst ikkje.",
		"The text of the 2018 guidelines is not among the sources. The rules for networks and self-initiated projects are carried back from the 2019 guidelines, which describe the framework of the networks set up early in 2018; they agree with the Hordaland governor's invitation and gathering minutes of 2018. The foster-home scheme did not exist.")},
	Edition2019: {2019, 2021, []lnet.Scheme{lnet.SchemeSelfInitiated, lnet.SchemeFosterHome}, Msg(
		"Retningslinjer for kommunale læringsnettverk og stimuleringsmidler, 2019 (Bufdir). De innfører ordningen for utviklingsprosjekter på fosterhjemsområdet; for denne ordningen er kontakt med eksterne kompetansemiljøer ikke et krav. Bufdir varslet revisjon i 2020; den reviderte utgaven gjelder prosjekter fra 2022, så 2019-utgaven brukes for tilskuddsårene 2019–2021.",
		"Retningslinjer for kommunale læringsnettverk og stimuleringsmidlar, 2019 (Bufdir). Dei innfører ordninga for utviklingsprosjekt på fosterheimsområdet; for denne ordninga er kontakt med eksterne kompetansemiljø ikkje eit krav. Bufdir varsla revisjon i 2020; den reviderte utgåva gjeld prosjekt frå 2022, så 2019-utgåva blir brukt for tilskotsåra 2019–2021.",
		"Guidelines for municipal learning networks and stimulus grants, 2019 (Bufdir). They add the scheme for development projects in the foster-home field, for which contact with an external competence environment is not required. Bufdir announced a revision for 2020; the revised edition applies to projects from 2022, so the 2019 edition is used for grant years 2019–2021.")},
	Edition2022: {2022, 2024, []lnet.Scheme{lnet.SchemeSelfInitiated, lnet.SchemeFosterHome}, Msg(
		"Reviderte retningslinjer, kunngjort 2021 for prosjekter fra 2022. Teksten finnes ikke i kildene; kjent er den nye innretningen (andre kommunale tjenester kan delta i utviklingsprosjektene, jf. Statsforvalteren i Innlandet 27.05.2021). Øvrige regler er ført videre uendret fra 2019.",
		"Reviderte retningslinjer, kunngjorde 2021 for prosjekt frå 2022. Teksten finst ikkje i kjeldene; kjend er den nye innretninga (andre kommunale tenester kan delta i utviklingsprosjekta, jf. Statsforvaltaren i Innlandet 27.05.2021). Dei andre reglane er førte vidare uendra frå 2019.",
		"Revised guidelines, announced in 2021 for projects from 2022. The text is not among the sources; what is known is the new direction (other municipal services may take part in development projects, per the Innlandet governor, 27 May 2021). All other rules are carried over unchanged from 2019.")},
}

// Editions returns the known editions, oldest first.
func Editions() []Edition { return []Edition{Edition2018, Edition2019, Edition2022} }

// Latest returns the latest edition among the SDK's sources, [Edition2022]: the edition
// [EditionFor] returns for grant years after the last one of its own range.
func Latest() Edition { return Edition2022 }

// maxGrantYear is the last grant year [EditionFor] answers: a year of four digits.
const maxGrantYear = 9999

// EditionFor returns the edition that governs money for grantYear (tilskuddsåret, the year
// the money is for, not the year the application is sent: Innlandet's call for 2022 money
// closed on 1 Aug 2021 under the revised guidelines). 2018 → [Edition2018], 2019–2021 →
// [Edition2019], 2022–2024 → [Edition2022].
//
// A year after the latest edition's own range (2025 and later) gives the latest known
// edition, [Latest], because no newer text is among the SDK's sources: the answer is an
// extrapolation, not a text known to apply. Such a year is the one for which
// [Edition.Covers] is false; an evaluation records it in [Report.LatestKnown], and the
// rendered report says that the edition is the latest known, with no newer text in the
// sources. A year before 2018, when no guidelines existed, or one that is not a year of four
// digits (above 9999) gives an error wrapping [ErrUnknownEdition].
//
// Grant year 2021 is the uncertain one: the revision was announced for 2020 and reported in
// force "from this year" in May 2021. An office that applied the revised text to 2021 money
// pins [Edition2022] with [WithEdition].
func EditionFor(grantYear int) (Edition, error) {
	first, _ := Edition2018.GrantYears()
	switch {
	case grantYear < first:
		return 0, newError(ErrUnknownEdition, "no guidelines are known for grant year %d (the first edition is for %d)", grantYear, first)
	case grantYear > maxGrantYear:
		return 0, newError(ErrUnknownEdition, "grant year %d is not a year of four digits", grantYear)
	}
	for _, e := range Editions() {
		if e.Covers(grantYear) {
			return e, nil
		}
	}
	return Latest(), nil
}

// Covers reports whether grantYear lies in the edition's own range ([Edition.GrantYears]):
// false for a later year that [EditionFor] answers with the latest known edition.
func (e Edition) Covers(grantYear int) bool {
	first, last := e.GrantYears()
	return e.Valid() && first <= grantYear && grantYear <= last
}

// latestKnown reports whether e is used for grantYear only as the latest known edition: the
// year lies after its own range and no newer text is among the sources.
func (e Edition) latestKnown(grantYear int) bool {
	_, last := e.GrantYears()
	return e == Latest() && grantYear > last && grantYear <= maxGrantYear
}

// latestKnownNote says that e is the latest edition in the sources and is used for
// grantYear.
func (e Edition) latestKnownNote(grantYear int) Message {
	y := strconv.Itoa(grantYear)
	return Msg(
		e.In(lnet.Bokmal)+" er den siste utgaven i kildene; ingen nyere tekst er kjent, så den brukes for tilskuddsåret "+y+".",
		e.In(lnet.Nynorsk)+" er den siste utgåva i kjeldene; ingen nyare tekst er kjend, så ho blir brukt for tilskotsåret "+y+".",
		"The latest edition in the sources is "+e.In(lnet.English)+"; no newer text is known, so it is used for grant year "+y+".")
}

// ParseEdition parses an edition identifier: "2018", "2019" or "2022".
func ParseEdition(text string) (Edition, error) { return editions.Parse(text) }

// Valid reports whether e is a defined edition.
func (e Edition) Valid() bool { return editions.Valid(e) }

// String returns the identifier: "2018", "2019" or "2022".
func (e Edition) String() string { return editions.ID(e) }

// In returns the edition's name in lang, e.g. "Retningslinjer 2021/2022".
func (e Edition) In(lang lnet.Language) string { return name(editions, e, lang) }

// GrantYears returns the first and last grant year of the edition's own range, as the
// sources state it: for [Edition2022] 2022 and 2024, though [EditionFor] also returns it,
// as the latest known edition, for later years.
func (e Edition) GrantYears() (first, last int) {
	if !e.Valid() {
		return 0, 0
	}
	return editionInfos[e].firstYear, editionInfos[e].lastYear
}

// Schemes returns the funding schemes (ordninger) of the edition: self-initiated only in
// 2018, both schemes from 2019.
func (e Edition) Schemes() []lnet.Scheme {
	if !e.Valid() {
		return nil
	}
	return append([]lnet.Scheme(nil), editionInfos[e].schemes...)
}

// HasScheme reports whether s is a funding scheme of the edition.
func (e Edition) HasScheme(s lnet.Scheme) bool {
	if !e.Valid() {
		return false
	}
	for _, t := range editionInfos[e].schemes {
		if t == s {
			return true
		}
	}
	return false
}

// Basis says what the edition's rules rest on: which text the SDK has, and what it carries
// over where the text is not among its sources.
func (e Edition) Basis() Message {
	if !e.Valid() {
		return Message{}
	}
	return editionInfos[e].basis
}

// MarshalText implements [encoding.TextMarshaler]: "2018", "2019" or "2022". The zero value
// marshals as "".
func (e Edition) MarshalText() ([]byte, error) { return editions.Marshal(e) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseEdition].
func (e *Edition) UnmarshalText(b []byte) error { return editions.Unmarshal(b, e) }
