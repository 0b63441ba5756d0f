// Package giving360 publishes the stimulus grants (stimuleringsmidler) of the county governor
// offices as open grant data in the 360Giving Data Standard (åpne tilskuddsdata etter
// 360Giving-standarden), and checks packages against the standard's published schema rules.
//
// 360Giving (https://www.threesixtygiving.org/) is a data standard for grant-makers: a JSON
// package {"grants": [...]} with one object per grant saying who gave how much to whom, when
// and for what. This package
//
//   - models a package ([Package], [Grant], [Organization], [Event], [GrantProgramme],
//     [Location]) with the standard's camelCase field names;
//   - exports grants and the applications they answer ([Export]): the governor office as
//     funding organisation (fundingOrganization), the host municipality (vertskommune) of the
//     project as recipient (recipientOrganization), the scheme (ordning) as grant programme,
//     the project's municipalities as beneficiary locations, and the project period or
//     spend-by date as planned dates;
//   - validates packages ([Validate] for a [Package], [ValidateJSON] for a document written by
//     any tool, [Parse] to decode one) against the rules of the 360Giving JSON schemas,
//     version 1.4, encoded in Go and reporting every violation with its JSON path.
//
// # Exactness
//
// 360Giving writes amounts as JSON numbers. The export writes them from the exact text of
// [lnet.NOK] as [encoding/json.Number] ("950000.50"), never through float64, and the validator
// checks the number grammar on the text without converting it, so huge exponents cost
// nothing.
//
// # Identifiers
//
// A 360Giving grant id is the publisher's prefix, issued by 360Giving when a publisher
// registers ("360G-" followed by the publisher's part), a hyphen and the publisher's own id:
// "360G-<publisher>-<grant id>". The SDK never makes up a registered prefix: the caller
// passes its own in [Options.Prefix].
//
// Organisation ids follow the org-id.guide scheme "<list>-<id>"; for a Norwegian legal
// entity registered in the Brønnøysund Register Centre (Brønnøysundregistrene) that is
// "NO-BRC-<organisasjonsnummer>", built and checked by [BrregOrgID]. The embedded register
// holds no organisation numbers, so they come from the caller ([Options.OfficeOrgIDs],
// [Options.MunicipalityOrgIDs]); an organisation without one gets an id in the publisher's own
// namespace, as the standard's identifier guidance asks: "<prefix>-embete-<office id>" and
// "<prefix>-kommune-<kommunenummer>".
//
// The package stands on lnet and does not import allocation, eligibility or calendar.
package giving360
