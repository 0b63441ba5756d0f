// Package seeds builds the domain values the examples share: the Hordaland learning network
// of 2018 as the project's source documents (the seeds) describe it, with its calendar, and
// the calls for applications of the Hordaland office for 2018, the Nordland office for 2019
// and the Innlandet office for 2022.
//
// Facts from the sources are kept apart from illustration. The network of Hordaland2018,
// the dates, the pots and the deadlines are from the sources: municipalities, roles,
// partners, projects, dates and counts. Personal names and e-mail addresses are left out.
// Where a source is silent, the value is left empty rather than invented; each such gap is
// documented beside the value.
//
// Everything else is illustrative and documented as such: the applications of every call,
// the amounts requested, the offices' priorities, decision days and rounding units, and the
// Nordland and Innlandet networks (with real municipality codes from the register).
package seeds
