// Package lnet is the ground floor of the SDK: typed models of Norway's municipal
// learning networks in child welfare (kommunale læringsnettverk i barnevernet) and of the
// stimulus grants (stimuleringsmidler) that the county governor (Fylkesmannen, from 2021
// Statsforvalteren) distributes to them.
//
// It holds
//
//   - money: [NOK], exact kroner and øre on a decimal, parsed from and formatted to both
//     plain ("1100000") and Norwegian ("kr 1 100 000") forms;
//   - codes: [MunicipalityCode] (kommunenummer), [CountyCode] (fylkesnummer) and [OfficeID]
//     (a governor office, embete);
//   - the geography register: municipalities, counties, governor offices and children aged
//     0–17 for any date from 2017 to 2026, embedded from Statistics Norway's files
//     (Kilde: Statistisk sentralbyrå (SSB)); [LoadRegister] adds newer SSB files without a
//     new release, [Register.AssumeUnchangedThrough] goes past the data on purpose, and
//     [Register.Basis] says what each year rests on;
//   - the organisation: [Service] (barneverntjeneste), [Network] (læringsnettverk), members,
//     representatives, steering groups, competence partners, plans, projects, applications,
//     budgets and grants, each with Validate, and [Network.ValidateOn] to check a network
//     against the register on a given day;
//   - [Language]: bokmål, nynorsk or English, the languages every package writes in, and
//     [Text], the one shape of a text in the three languages.
//
// Every value type marshals to JSON with snake_case field names, amounts as decimal strings
// and dates as "YYYY-MM-DD", and validates itself: errors wrap the sentinels of this package
// (for [errors.Is]) and typed errors carry the offending field and value (for [errors.As]).
// Decoding is strict: an impossible date ("2018-02-30"), an ambiguous amount ("1.100") or an
// unknown field is an error, never a guess. Nothing in the package panics on bad input.
//
// The capability packages allocation, eligibility and calendar stand on this package and do
// not import each other.
package lnet
