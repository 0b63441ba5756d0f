package calendar

import (
	"fmt"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Section149 is domstolloven § 149 as it reads, the rule that extends a time limit ending
// on a day off: «Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er
// likestilt med helgedag forlenges fristen til den nærmest følgende virkedag». The texts of
// [Resolution] quote it.
const Section149 = "Ender en frist paa en lørdag, helgedag eller dag som etter lovgivningen er likestilt med helgedag forlenges fristen til den nærmest følgende virkedag"

// The texts that say which rule or law moved a deadline or kept it, in bokmål, nynorsk and
// English. They state § 149 as it reads; they never claim a reference from forvaltningsloven to it,
// since none was found: that administrative time limits are counted by it is
// practice, and they say so.
var (
	// lawStatutory is why a statutory time limit moves: § 149, and how it reaches
	// forvaltningsloven's time limits.
	lawStatutory = lnet.NewText(
		"Domstolloven § 149 lyder: «"+Section149+".» 24. og 31. desember er ikke nevnt, så de regnes som virkedager. "+
			"Forvaltningsloven viser ikke til paragrafen; at den brukes for lovbestemte frister i forvaltningen, som klagefristen i forvaltningsloven § 29, er praksis.",
		"Domstollova § 149 lyder: «"+Section149+".» 24. og 31. desember er ikkje nemnde, så dei blir rekna som yrkedagar. "+
			"Forvaltningslova viser ikkje til paragrafen; at han blir brukt for lovfesta fristar i forvaltninga, som klagefristen i forvaltningslova § 29, er praksis.",
		"Section 149 of the Courts of Justice Act (domstolloven) reads: «"+Section149+".» That is: a time limit that ends on a Saturday, a Sunday or holiday, or a day that legislation equates with one, is extended to the nearest following working day. "+
			"24 and 31 December are not named, so they count as working days. The Public Administration Act (forvaltningsloven) does not refer to the section; "+
			"applying it to statutory time limits in public administration, such as the appeal deadline in section 29 of that Act, is practice.")
	// lawOwnOffice is why a deadline an office set moves: the office's own rule.
	lawOwnOffice = lnet.NewText(
		"Regelen om neste virkedag er embetets egen regel for denne fristen, ikke en lovregel: domstolloven § 149 er ikke grunnlaget.",
		"Regelen om neste yrkedag er embetet sin eigen regel for denne fristen, ikkje ein lovregel: domstollova § 149 er ikkje grunnlaget.",
		"Moving it to the next working day is the office's own rule for this deadline, not a rule of law: section 149 of the Courts of Justice Act (domstolloven) is not its basis.")
	// lawOwn is why a deadline without an office moves: the rule chosen for it.
	lawOwn = lnet.NewText(
		"Regelen om neste virkedag er fristens egen regel, valgt av den som satte fristen, ikke en lovregel: domstolloven § 149 er ikke grunnlaget.",
		"Regelen om neste yrkedag er fristen sin eigen regel, vald av den som sette fristen, ikkje ein lovregel: domstollova § 149 er ikkje grunnlaget.",
		"Moving it to the next working day is the deadline's own rule, chosen by whoever set it, not a rule of law: section 149 of the Courts of Justice Act (domstolloven) is not its basis.")
	// lawAnnounced is why an announced application deadline stands on a day off.
	lawAnnounced = lnet.NewText(
		"En søknadsfrist som embetet har kunngjort i utlysningen, er embetets egen dato. Domstolloven § 149 forlenger frister som ender på en lørdag, helgedag eller dag likestilt med helgedag, men gjelder ikke for en slik dato, så fristen står.",
		"Ein søknadsfrist som embetet har kunngjort i utlysinga, er embetet sin eigen dato. Domstollova § 149 forlengjer fristar som endar på ein laurdag, helgedag eller dag likestilt med helgedag, men gjeld ikkje for ein slik dato, så fristen står.",
		"An application deadline the office announced in its call is the office's own date. Section 149 of the Courts of Justice Act (domstolloven) extends time limits that end on a Saturday, a Sunday or holiday, or a day equated with one, but does not apply to such a date, so the deadline stands.")
	// lawFixed is why any other fixed deadline stands on a day off.
	lawFixed = lnet.NewText(
		"Regelen for fristen er fast dato: den står slik den er satt, også når dagen ikke er en virkedag; domstolloven § 149 brukes ikke på den.",
		"Regelen for fristen er fast dato: han står slik han er sett, også når dagen ikkje er ein yrkedag; domstollova § 149 blir ikkje brukt på han.",
		"The deadline's rule is a fixed date: it stands as set, even when the day is not a working day; section 149 of the Courts of Justice Act (domstolloven) is not applied to it.")
	// lawFixedAppeal is why an appeal deadline a caller made fixed stands, and that the law
	// would move it.
	lawFixedAppeal = lnet.NewText(
		"Fristen er satt som fast dato og står. En klagefrist er lovbestemt (forvaltningsloven § 29), og etter domstolloven § 149 ville den blitt forlenget til neste virkedag; velg regelen next_working_day for den.",
		"Fristen er sett som fast dato og står. Ein klagefrist er lovfesta (forvaltningslova § 29), og etter domstollova § 149 ville han blitt forlengd til neste yrkedag; vel regelen next_working_day for han.",
		"The deadline is set as a fixed date and stands. An appeal deadline is statutory (forvaltningsloven section 29), and section 149 of the Courts of Justice Act (domstolloven) would extend it to the next working day; choose the rule next_working_day for it.")
	// lawEveStatutory is why a statutory time limit does not move off 24 or 31 December.
	lawEveStatutory = lnet.NewText(
		"Domstolloven § 149 nevner ikke 24. og 31. desember, så en lovbestemt frist flyttes ikke fra dem, selv om mange har fri.",
		"Domstollova § 149 nemner ikkje 24. og 31. desember, så ein lovfesta frist blir ikkje flytta frå dei, sjølv om mange har fri.",
		"Section 149 of the Courts of Justice Act (domstolloven) does not name 24 and 31 December, so a statutory time limit does not move off them, although many have the day off.")
	// lawEveOwn is why a deadline under the office's next-working-day rule does not move
	// off 24 or 31 December.
	lawEveOwn = lnet.NewText(
		"Regelen om neste virkedag bruker den lovbestemte kalenderen, der 24. og 31. desember er virkedager.",
		"Regelen om neste yrkedag brukar den lovfesta kalenderen, der 24. og 31. desember er yrkedagar.",
		"The next-working-day rule uses the statutory calendar, in which 24 and 31 December are working days.")
)

// statutory reports whether the deadline is a time limit set by law, counted by
// domstolloven § 149 when it moves: in this package, the appeal deadline.
func (d Deadline) statutory() bool { return d.Kind == DeadlineAppeal }

// Reason says which rule or law decides where the deadline falls, in bokmål, nynorsk and
// English:
//
//   - a statutory time limit ([DeadlineAppeal]) with [RuleNextWorkingDay]: domstolloven § 149
//     as it reads, that 24 and 31 December are working days under it, and that
//     forvaltningsloven does not refer to it but practice counts administrative time limits
//     by it;
//   - any other deadline with [RuleNextWorkingDay]: that moving it is the office's own rule
//     (or, without an office, the rule chosen for it), not § 149;
//   - an application deadline ([DeadlineApplication]) with [RuleFixed]: that an announced
//     deadline is the office's own date, to which § 149 does not apply, so it stands;
//   - any other fixed deadline: that its rule is a fixed date, and § 149 is not applied; for
//     an appeal deadline made fixed, that the law would move it.
func (r Resolution) Reason() lnet.Text {
	d := r.Deadline
	switch {
	case d.Rule == RuleNextWorkingDay && d.statutory():
		return lawStatutory
	case d.Rule == RuleNextWorkingDay && d.Office != "":
		return lawOwnOffice
	case d.Rule == RuleNextWorkingDay:
		return lawOwn
	case d.statutory():
		return lawFixedAppeal
	case d.Kind == DeadlineApplication:
		return lawAnnounced
	}
	return lawFixed
}

// eveReason says why a deadline under rule stands on an eve the calendar of a check treats
// as a day off (24 or 31 December): the rule's own reason for a fixed deadline; for one that
// moves off days off, that 24 and 31 December are working days under its rule.
func (r Resolution) eveReason() lnet.Text {
	switch {
	case r.Deadline.Rule != RuleNextWorkingDay:
		return r.Reason()
	case r.Deadline.statutory():
		return lawEveStatutory
	}
	return lawEveOwn
}

// summary says where the deadline falls, in lang, without the reason.
func (r Resolution) summary(lang lnet.Language) string {
	title := r.Deadline.TitleIn(lang)
	and := lang.Pick("og", "og", "and")
	switch {
	case r.Moved:
		days := make([]string, len(r.Skipped))
		for i, o := range r.Skipped {
			days[i] = o.In(lang)
		}
		return fmt.Sprintf(lang.Pick(
			"«%s» faller på %s, som ikke er en virkedag, og forlenges til %s, første virkedag etter %s.",
			"«%s» fell på %s, som ikkje er ein yrkedag, og blir forlengd til %s, første yrkedag etter %s.",
			"“%s” falls on %s, which is not a working day, and is extended to %s, the first working day after %s."),
			title, DateIn(lang, r.Deadline.Date), DateIn(lang, r.Due), joinList(days, and))
	case r.DayOff != nil && r.Deadline.Kind == DeadlineApplication:
		return fmt.Sprintf(lang.Pick(
			"«%s» er en kunngjort frist og gjelder %s, selv om dagen ikke er en virkedag.",
			"«%s» er ein kunngjord frist og gjeld %s, sjølv om dagen ikkje er ein yrkedag.",
			"“%s” is an announced date and stands on %s, although that is not a working day."),
			title, r.DayOff.In(lang))
	case r.DayOff != nil:
		return fmt.Sprintf(lang.Pick(
			"«%s» er en fast frist og gjelder %s, selv om dagen ikke er en virkedag.",
			"«%s» er ein fast frist og gjeld %s, sjølv om dagen ikkje er ein yrkedag.",
			"“%s” is a fixed date and stands on %s, although that is not a working day."),
			title, r.DayOff.In(lang))
	}
	return fmt.Sprintf(lang.Pick("«%s» gjelder %s, en virkedag.", "«%s» gjeld %s, ein yrkedag.", "“%s” is due on %s, a working day."),
		title, DateIn(lang, r.Due))
}

// explain is the summary in lang, followed by the reason when the deadline moved or stands
// on a day off.
func (r Resolution) explain(lang lnet.Language) string {
	s := r.summary(lang)
	if r.Moved || r.DayOff != nil {
		s += " " + r.Reason().In(lang)
	}
	return s
}

// Norwegian explains the resolution in Norwegian (bokmål), for a letter or a log: where the
// deadline falls and, when it moved or stands on a day off, the rule or law that decides it
// ([Resolution.Reason]).
func (r Resolution) Norwegian() string { return r.explain(lnet.Bokmal) }

// Nynorsk explains the resolution in nynorsk, as [Resolution.Norwegian], with the title in
// nynorsk (see [Deadline.TitleIn]).
func (r Resolution) Nynorsk() string { return r.explain(lnet.Nynorsk) }

// English explains the resolution in English, as [Resolution.Norwegian], with the title in
// English where the deadline has one (see [Deadline.TitleIn]; a deadline without an English
// title is quoted as given), and § 149 in Norwegian with an English rendering.
func (r Resolution) English() string { return r.explain(lnet.English) }
