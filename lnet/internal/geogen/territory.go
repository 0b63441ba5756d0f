package geogen

// territoryRule narrows one edge of the change table to the territory of some earlier
// codes. SSB's change table writes the 1 January 2024 reversal of the 2020 Ålesund merger as
// a split of 1507 Ålesund into 1508 Ålesund and 1580 Haram. Followed blindly from a
// 2018/2019 code, that split sends every former municipality to both new ones. The reversal
// re-established Haram with the area of the old 1534 Haram, and the rest stayed with
// Ålesund; so a trace that passed through 1534 continues only to 1580, and one that passed
// through 1504, 1523, 1529 or 1546 only to 1508, while a trace that starts at 1507 itself
// (asked from 2020–2023) correctly reaches both. See data/SOURCES.md ("Known caveat").
type territoryRule struct {
	date     string   // changeOccurred of the edge
	old, new string   // the edge
	partOf   []string // the earlier codes whose territory the edge carries
}

var territoryRules = []territoryRule{
	{date: "2024-01-01", old: "1507", new: "1508", partOf: []string{"1504", "1523", "1529", "1546"}},
	{date: "2024-01-01", old: "1507", new: "1580", partOf: []string{"1534"}},
}
