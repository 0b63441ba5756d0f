// Package glossary is the SDK's terminology in Norwegian bokmål, Norwegian nynorsk and
// English (ordliste), kept in glossary.csv beside this file, and the checks the SDK's tests
// run on every text it holds in the three languages: that no language is missing, that a
// nynorsk text uses the nynorsk term wherever its bokmål text uses the bokmål one, and that
// a nynorsk text contains no word that exists only in bokmål.
//
// The nynorsk norm of the SDK is a moderate one, as the Vestland and Møre og Romsdal offices
// write: e-infinitive (å vere, å etablere), "ikkje", "frå", "berre", "kva", "korleis",
// "blir", "tenesta", "kommunane", "tilskot". Terms follow the date as in bokmål:
// Fylkesmannen until 2020 and Statsforvaltaren from 2021; barnevernteneste until 2022 and
// barnevernsteneste (barnevernstenesta) from 2023.
//
// It is internal: the glossary is documentation and a test fixture, not API.
package glossary
