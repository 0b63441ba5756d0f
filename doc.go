// Package sdk is the læringsnettverk SDK's overview and its one composition: an office's
// grant round (tildelingsrunde) for the municipal learning networks in child welfare
// (kommunale læringsnettverk i barnevernet), from the call to the decision, as a
// case-management system calls it.
//
// # The packages
//
//   - lnet: the domain models (networks, projects, applications (søknader), grants
//     (tilskudd)), money (lnet.NOK, exact), trilingual texts (lnet.Text, lnet.Language:
//     bokmål, nynorsk, English) and the geography register of municipalities, counties and
//     governor offices (embeter) embedded from Statistics Norway.
//   - allocation: the distribution key (fordelingsnøkkel) and the exact allocation of a pot
//     (pott), nationally over the offices and within an office over the applications, with
//     the conversions lnet.Application → allocation.Application (allocation.ApplicationFrom)
//     and result → []lnet.Grant (allocation.Grants).
//   - eligibility: the rules of the national guidelines (retningslinjer), edition by edition,
//     and the offices' announced conditions, evaluated into reports of findings.
//   - calendar: holidays, working days and deadlines (frister) with explicit rules, a
//     network's year plan, conflict checks, iCalendar export, and the conversions of a
//     network's gatherings (samlinger) into a schedule (calendar.NetworkSchedule).
//   - giving360 and schema: open grant data and the JSON Schemas of the formats.
//
// lnet is the bottom layer; allocation, eligibility and calendar stand on it and never import
// each other. This package stands on all four, and none of them imports it.
//
// # The round
//
// [Run] takes an office's [Call] (the office, the grant year, one [SchemeCall] per funding
// scheme (ordning) with its pot, its application deadline and its unit, the day of the
// decision), the networks, the applications with the office's weight ([Submission]) and the
// options ([WithWaivers], [WithRequestedAsWeight], [WithRegister], [WithDataBasis]). It
// composes the packages in this order:
//
//  1. calendar: each scheme's deadline (calendar.ApplicationDeadline), its spend-by date
//     (calendar.SpendBy) and the time limit for an appeal (calendar.AppealDeadline);
//  2. eligibility: every application with its network, under the edition for the grant
//     year, the office's conditions (eligibility.WithOfficeConditions) and the deadline of
//     its own scheme (eligibility.WithSchemeDeadline), on the day of the decision;
//  3. refusals: an application with a failed requirement that the office has not waived
//     ([Waiver]) is refused (avslag), with the findings as the reasons ([Case.Refusals]);
//  4. allocation: each scheme's pot over its applications with the cap of each equal to the
//     amount requested (allocation.AllocateApplications), the refused ones carried along
//     with their reasons;
//  5. grants: every amount above zero becomes an lnet.Grant with the day of the decision and
//     the money-use period up to the spend-by date (allocation.Grants).
//
// The [Round] holds every intermediate result. [Round.WriteDecisionTable] writes the
// decision table (vedtakstabell) in bokmål, nynorsk or English, [Round.Decisions] gives it
// as data, and [Round.Schedule] gives the calendar entries (deadlines, spend-by dates,
// appeal, the networks' gatherings) as a calendar.Schedule for the iCalendar export.
//
// Bad input is an error, never a panic and never a silent refusal: see [Run] for the
// errors, which wrap this package's sentinels ([ErrInvalidCall], [ErrMissingWeight],
// [ErrNotInCall], [ErrDuplicate]) or those of the package that failed. An application
// without a weight is an error unless the caller chooses the documented default
// [WithRequestedAsWeight].
//
// The command examples/round runs a round for both schemes with different deadlines and
// prints its decision table: go run ./examples/round -lang nn.
package sdk
