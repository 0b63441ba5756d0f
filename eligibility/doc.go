// Package eligibility checks learning networks, their development projects and their
// applications for stimulus money against the national guidelines (retningslinjer for
// kommunale læringsnettverk og stimuleringsmidler), edition by edition, and reports every
// finding with the guideline section it rests on.
//
// # Rules
//
// The rule catalogue ([Catalogue], [Rules]) is data: every rule has a stable id such as
// NET-PLAN or APP-PART-COST, the subject it checks (network, project, application), the
// sentence of the 2019 guidelines it rests on, quoted exactly ([RuleInfo.Quote]), a severity
// that follows that sentence's modal verb ([RuleInfo.Modal]: skal/må = requirement, bør =
// recommendation, kan/vurdere = information), the editions it belongs to, a citation
// ("Retningslinjer 2019, pkt. 4") and a text in Norwegian bokmål, Norwegian nynorsk and
// English (a [Message], which is an [lnet.Text]). Where the SDK reads a sentence in a way the
// text does not force, the rule's note says so. Information never reads as a failure: an
// option the subject does not use is [Noted].
//
// # Office conditions
//
// What one governor office announced in its call is not a national rule. [OfficeConditions]
// holds those conditions as data, each with its office, the years of its calls, its source
// and, where the wording is among the sources, the exact wording: Nordland's 2019 spend-by
// date (checked against the application's period for using the money), Vestland's three
// conditions of 2021 and 2022, Møre og Romsdal's project plan, Hordaland's own application
// requirements of 2018. [WithOfficeConditions] enables one office's conditions for one year;
// they do not apply to applications to another office or for another year. An office adds
// further rules of its own, e.g. a local cap per application ([CapPerApplication]) or any
// value implementing [Rule], with [WithRules]: no fork needed. [WithRegister] gives the
// geography register, which NET-REGION needs to check that the members lie in the office's
// region on the day.
//
// # Editions
//
// [Edition2018] (self-initiated projects only), [Edition2019] (adds the foster-home scheme;
// no competence environment required for foster-home projects) and [Edition2022] (the
// revision of 2021/2022: other municipal services may take part in projects). [EditionFor]
// picks one by grant year; [WithEdition] pins one. Only the 2019 text is among the SDK's
// sources; [Edition.Basis] says what each edition rests on:
//
//   - 2018: the rules for networks and self-initiated projects are carried back from the 2019
//     text, which describes the framework of the networks set up in early 2018 and agrees with
//     the Hordaland governor's 2018 invitation and minutes (two representatives, one from
//     management; a leader and a steering group; competence environments). Foster-home rules
//     do not apply: the scheme did not exist.
//   - 2019: seed text, sections 1–5.
//   - 2022: the 2019 rules carried over, plus PRJ-OTHER-SERVICES. The revised text is not
//     among the sources; the SDK knows only the new direction reported by the Innlandet
//     governor in May 2021. It does not invent further rules, such as one on the child-welfare
//     reform (barnevernsreformen) of 2022, whose wording it does not have.
//
// [Edition2022]'s own range is grant years 2022–2024, the strategy period in the sources. No
// newer text is known, so for every later grant year (2025 and on, up to 9999) [EditionFor]
// returns it as the latest known edition ([Latest]); [Edition.Covers] is then false for the
// year. Such a report has [Report.LatestKnown] set, and its basis section says that the
// edition is the latest in the sources, with no newer text known, and is used for the grant
// year. Years before 2018 have no edition ([ErrUnknownEdition]).
//
// # Evaluating
//
// [EvaluateApplication] (with the application's network), [EvaluateApplications] (a batch
// of one network's applications), [EvaluateNetwork] and [EvaluateProject] return a [Report]: one [Finding] per rule that ran, passed, failed or not
// applicable, with its evidence (which municipality lacks a management representative, which
// has not anchored the project, the amount requested against the total cost).
// [Report.Eligible] is true when no requirement failed; recommendations and information never
// block. Reports marshal to JSON and render as text ([Report.Text]) or Markdown
// ([Report.Markdown]) in either [lnet.Language].
//
// # What a report rests on
//
// A report carries its grant year ([Report.GrantYear]), the day of the evaluation
// ([Report.Date], given with [WithDate]; for an application the day it was submitted by
// default) and, given with [WithDataBasis], the geography data it rests on ([Report.Data], an
// [lnet.Basis]: the KLASS version and population year). The rendered report states them in
// its basis section; geography data assumed unchanged past the register's data
// ([lnet.Basis.Assumed]) comes first there, marked FORUTSATT UENDRET / ASSUMED UNCHANGED.
//
// The date settles the wording. The child welfare act of 2021 (barnevernsloven), in force
// from 1 January 2023, calls the municipal service barnevernstjenesten (nynorsk:
// barnevernstenesta); the act of 1992 and the guidelines say barneverntjenesten (nynorsk:
// barneverntenesta). In a report dated 1 January 2023 or later the SDK's own bokmål and
// nynorsk sentences (rule titles, evidence, the report's labels) use the new term in
// every form; undated and earlier reports, English texts, citations (which quote the 2019
// guidelines), quotations in «», model data such as a service's name or a decision's text, and
// office rules' own texts keep their wording. The wording is settled when the report is made,
// so the findings in the JSON read as the rendered report does.
//
// The office's application deadline is a plain date given with [WithDeadline]: this package
// does not import the calendar package (allocation, eligibility and calendar stand on lnet
// and do not import each other). A caller computes the deadline with the calendar's deadline
// rules and passes it in. A call with one deadline per scheme gives each with
// [WithSchemeDeadline], and one batch of applications is checked against the deadline of
// each application's own scheme.
package eligibility
