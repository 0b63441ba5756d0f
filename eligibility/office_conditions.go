package eligibility

import (
	"fmt"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Office conditions (lokale vilkår): the conditions governor offices announced in their calls
// for stimulus money, as data. Each names its office and the grant years of the calls that
// announced it, and is enabled only with [WithOfficeConditions] for that office and year:
// never nationally.
var officeConditions = []builtin{
	{RuleInfo{ID: "HORDALAND-CALL", Subject: SubjectApplication, Severity: Information, Office: "hordaland", Years: []int{2018},
		Citation: "Fylkesmannen i Hordaland, referat fra læringsnettverkssamlingen 13.09.2018",
		Quote:    "Det vil bli etablert en nettside for læringsnettverket der kommunene kan følge med på hva som skjer i læringsnettverket, digitalt søknadsskjema til stimuleringsmidlene og mer informasjon om krav til søknaden vil også gjøres tilgjengelig på siden.",
		Title: Msg("Søknaden følger embetets egne krav til søknaden, kunngjort på nettverkets nettside.",
			"Søknaden følgjer dei eigne krava embetet har til søknaden, kunngjorde på nettsida til nettverket.",
			"The application follows the office's own requirements for applications, published on the network's web page."),
		Note: Msg("Embetet varslet egne krav til søknaden, men kravene selv er ikke blant SDK-ens kilder. Funnet er derfor til orientering: saksbehandleren kontrollerer søknaden mot dem.",
			"Embetet varsla eigne krav til søknaden, men krava sjølve er ikkje blant kjeldene til SDK-en. Funnet er difor til orientering: saksbehandlaren kontrollerer søknaden mot dei.",
			"The office announced its own requirements for applications, but the requirements themselves are not among the SDK's sources. The finding is therefore for information: the caseworker checks the application against them.")},
		eager(checkHordalandCall)},
	{RuleInfo{ID: "NORDLAND-SPEND-BY", Subject: SubjectApplication, Severity: Requirement, Office: "nordland", Years: []int{2019},
		Citation: "Fylkesmannen i Nordland, utlysning av stimuleringsmidler 2019 (statsforvalteren.no, publisert 09.10.2019)",
		Title: Msg("Midlene for 2019 er brukt innen 31.12.2020: perioden for bruk av midlene slutter senest 31.12.2020.",
			"Midlane for 2019 er brukte innan 31.12.2020: perioden for bruk av midlane sluttar seinast 31.12.2020.",
			"The 2019 money is used by 31 December 2020: the period for using the money ends on 31 December 2020 at the latest."),
		Note: Msg("Embetet kunngjorde at midlene for 2019 fordeles i 2019 og kan overføres til 2020, og at prosjektet skal være gjennomført og midlene brukt innen 31.12.2020. Utlysningens tekst er ikke blant SDK-ens kilder, så vilkåret er gjengitt, ikke sitert. Kontrollen gjelder søknadens periode for bruk av midlene (use_period), ikke prosjektperioden: et flerårig prosjekt søker for hvert år. Uten oppgitt periode er vilkåret ikke aktuelt.",
			"Embetet kunngjorde at midlane for 2019 blir fordelte i 2019 og kan overførast til 2020, og at prosjektet skal vere gjennomført og midlane brukte innan 31.12.2020. Teksten i utlysinga er ikkje blant kjeldene til SDK-en, så vilkåret er attgitt, ikkje sitert. Kontrollen gjeld perioden for bruk av midlane i søknaden (use_period), ikkje prosjektperioden: eit fleirårig prosjekt søkjer for kvart år. Utan oppgitt periode er vilkåret ikkje aktuelt.",
			"The office announced that the 2019 money is distributed in 2019 and may be carried into 2020, and that the project is to be completed and the money used by 31 December 2020. The call's text is not among the SDK's sources, so the condition is summarised, not quoted. The check is on the application's period for using the money (use_period), not the project's period: a multi-year project applies for each year. Without a stated period the condition is not applicable.")},
		eager(spendBy(date.New(2020, time.December, 31)))},
	{RuleInfo{ID: "VESTLAND-PURPOSE", Subject: SubjectProject, Severity: Requirement, Office: "vestland", Years: []int{2021, 2022},
		Citation: vestlandCalls,
		Title: Msg("Prosjektet har som mål å styrke tjenestene for utsatte barn og unge i kommunene.",
			"Prosjektet har som mål å styrkje tenestene for utsette barn og unge i kommunane.",
			"The project aims to strengthen the services for vulnerable children and young people in the municipalities."),
		Note: Msg(vestlandSummary+" SDK-en leser et prosjekt med minst ett oppgitt formål som et prosjekt med dette målet; embetet vurderer resten.",
			vestlandSummaryNN+" SDK-en les eit prosjekt med minst eitt oppgitt formål som eit prosjekt med dette målet; embetet vurderer resten.",
			vestlandSummaryEN+" The SDK reads a project stating at least one aim as having this goal; the office judges the rest.")},
		eager(checkPurpose)},
	{RuleInfo{ID: "VESTLAND-MUNICIPALITIES", Subject: SubjectProject, Severity: Requirement, Office: "vestland", Years: []int{2021, 2022},
		Citation: vestlandCalls,
		Title: Msg("Prosjektet er et samarbeid mellom flere kommuner.",
			"Prosjektet er eit samarbeid mellom fleire kommunar.",
			"The project is a collaboration of several municipalities."),
		Note: Msg(vestlandSummary+" Vertskommunen og de deltakende kommunene telles, hver én gang.",
			vestlandSummaryNN+" Vertskommunen og dei deltakande kommunane blir talde, kvar éin gong.",
			vestlandSummaryEN+" The host and the participating municipalities are counted, each once.")},
		eager(checkProjectMunicipalities)},
	{RuleInfo{ID: "VESTLAND-COMPETENCE", Subject: SubjectProject, Severity: Requirement, Office: "vestland", Years: []int{2021, 2022},
		Citation: vestlandCalls,
		Quote:    "utviklingsprosjektet må ha etablert eit samarbeid med minst eit kompetansemiljø", Modal: "må",
		Title: Msg("Utviklingsprosjektet har etablert samarbeid med minst ett kompetansemiljø.",
			"Utviklingsprosjektet har etablert eit samarbeid med minst eitt kompetansemiljø.",
			"The development project has established collaboration with at least one competence environment."),
		Note: Msg("Strengere enn retningslinjene, som stiller kravet til nettverket (PRJ-COMPETENCE): her gjelder det hvert prosjekt, i begge ordningene.",
			"Strengare enn retningslinjene, som stiller kravet til nettverket (PRJ-COMPETENCE): her gjeld det kvart prosjekt, i begge ordningane.",
			"Stricter than the guidelines, which put the requirement on the network (PRJ-COMPETENCE): here it applies to each project, in both schemes.")},
		eager(checkProjectCompetence)},
	{RuleInfo{ID: "MORE-PROJECT-PLAN", Subject: SubjectApplication, Severity: Requirement, Office: "more-og-romsdal",
		Citation: "Statsforvaltaren i Møre og Romsdal, nettside om stimuleringsmidlar til kommunale læringsnettverk (oppdatert 08.04.2024)",
		Title:    Msg("Søknaden har prosjektplan vedlagt.", "Søknaden har prosjektplan vedlagd.", "A project plan is attached to the application."),
		Note: Msg("Sidens tekst er ikke blant SDK-ens kilder, så vilkåret er gjengitt, ikke sitert, og kildene sier ikke fra hvilket år det gjelder: det gjelder for det året kalleren oppgir. Prosjektplanen leses av prosjektets project_plan.",
			"Teksten på sida er ikkje blant kjeldene til SDK-en, så vilkåret er attgitt, ikkje sitert, og kjeldene seier ikkje frå kva år det gjeld: det gjeld for det året kallaren oppgir. Prosjektplanen blir lesen av project_plan i prosjektet.",
			"The page's text is not among the SDK's sources, so the condition is summarised, not quoted, and the sources do not say from which year it applies: it applies to the year the caller names. The project plan is read from the project's project_plan.")},
		eager(checkProjectPlan)},
}

const (
	vestlandCalls     = "Statsforvaltaren i Vestland, utlysingar 24.02.2021 og 28.02.2022 (frist 1. juni kl. 23.59)"
	vestlandSummary   = "Ett av tre vilkår i embetets utlysninger for 2021 og 2022; bare ordlyden i VESTLAND-COMPETENCE er blant SDK-ens kilder, dette er gjengitt."
	vestlandSummaryNN = "Eitt av tre vilkår i utlysingane til embetet for 2021 og 2022; berre ordlyden i VESTLAND-COMPETENCE er blant kjeldene til SDK-en, dette er attgitt."
	vestlandSummaryEN = "One of three conditions of the office's calls for 2021 and 2022; only the wording of VESTLAND-COMPETENCE is among the SDK's sources, this one is summarised."
)

// OfficeConditions returns the descriptions of the conditions offices announced in their
// calls, every office and year: each with its office ([RuleInfo.Office]), the grant years of
// its calls ([RuleInfo.Years]), its source ([RuleInfo.Citation]) and, where the source's
// wording is among the SDK's sources, the exact wording ([RuleInfo.Quote]). Enable them per
// office and year with [WithOfficeConditions]. The slice is new on each call.
func OfficeConditions() []RuleInfo {
	out := make([]RuleInfo, len(officeConditions))
	for i, b := range officeConditions {
		out[i] = b.Info()
	}
	return out
}

// OfficeConditionsFor returns the descriptions of the conditions office announced for grant
// year: those [WithOfficeConditions] adds.
func OfficeConditionsFor(office lnet.OfficeID, year int) []RuleInfo {
	var out []RuleInfo
	for _, b := range officeConditionsFor(office, year) {
		out = append(out, b.Info())
	}
	return out
}

func officeConditionsFor(office lnet.OfficeID, year int) []builtin {
	var out []builtin
	for _, b := range officeConditions {
		if b.info.Office == office && b.info.ForYear(year) {
			out = append(out, b)
		}
	}
	return out
}

func checkHordalandCall(Case) Outcome {
	return Notice(note("Kontroller søknaden mot embetets egne krav; de er ikke blant SDK-ens kilder.",
		"Kontroller søknaden mot dei eigne krava til embetet; dei er ikkje blant kjeldene til SDK-en.",
		"Check the application against the office's own requirements; they are not among the SDK's sources."))
}

// spendBy returns the check that the application's period for using the money ends by.
func spendBy(by date.Date) func(Case) Outcome {
	return func(c Case) Outcome {
		a, d := c.Application, isoDate(by)
		if a.UsePeriod == nil {
			return Inapplicable(Msg("Søknaden oppgir ingen periode for bruk av midlene; de må brukes innen "+d+".",
				"Søknaden oppgir ingen periode for bruk av midlane; dei må brukast innan "+d+".",
				"The application states no period for using the money; it must be used by "+d+"."))
		}
		end := isoDate(a.UsePeriod.End)
		if a.UsePeriod.End > by {
			return Fail(ev("use_period.end", end, "Midlene skal brukes til "+end+", etter "+d+".", "Midlane skal brukast til "+end+", etter "+d+".", "The money is to be used until "+end+", after "+d+"."))
		}
		return Pass(ev("use_period.end", end, "Midlene skal brukes til "+end+", innen "+d+".", "Midlane skal brukast til "+end+", innan "+d+".", "The money is to be used until "+end+", by "+d+"."))
	}
}

func checkProjectMunicipalities(c Case) Outcome {
	ms := c.Project.Municipalities()
	k := len(ms)
	e := ev("participants", strconv.Itoa(k),
		fmt.Sprintf("%d %s: %s.", k, plural(k, "kommune", "kommuner"), municipalityList(c, ms)),
		fmt.Sprintf("%d %s: %s.", k, plural(k, "kommune", "kommunar"), municipalityList(c, ms)),
		fmt.Sprintf("%d %s: %s.", k, plural(k, "municipality", "municipalities"), municipalityList(c, ms)))
	if k >= 2 {
		return Pass(e)
	}
	return Fail(e)
}

func checkProjectCompetence(c Case) Outcome {
	known, _ := projectPartners(c)
	var linked []lnet.Partner
	for _, p := range known {
		if p.IsCompetenceEnvironment() {
			linked = append(linked, p)
		}
	}
	if len(linked) > 0 {
		nb, nn, en := partnerNames(linked)
		return Pass(ev("partners", "", "Kompetansemiljø: "+nb+".", "Kompetansemiljø: "+nn+".", "Competence environment: "+en+"."))
	}
	return Fail(ev("partners", "", "Ingen av prosjektets partnere er et kompetansemiljø.", "Ingen av partnarane i prosjektet er eit kompetansemiljø.", "None of the project's partners is a competence environment."))
}

func checkProjectPlan(c Case) Outcome {
	if c.Project == nil {
		return Inapplicable(Msg("Søknadens prosjekt finnes ikke i nettverket (se APP-PROJECT).", "Prosjektet i søknaden finst ikkje i nettverket (sjå APP-PROJECT).", "The application's project is not in the network (see APP-PROJECT)."))
	}
	if c.Project.ProjectPlan == nil {
		return Fail(ev("project.project_plan", "", "Ingen prosjektplan er registrert.", "Ingen prosjektplan er registrert.", "No project plan is recorded."))
	}
	return Pass(ev("project.project_plan", "", "Prosjektplan er registrert.", "Prosjektplan er registrert.", "A project plan is recorded."))
}

// CapPerApplication returns an office condition (lokalt vilkår) that requires the amount
// requested to be at most limit, a local cap per application that some offices set in
// their calls. id names the rule (e.g. "VESTLAND-CAP") and citation the office's call. The
// rule is a requirement for both schemes in every edition; add it with [WithRules] for the
// office's own call only: it is never national.
func CapPerApplication(id string, limit lnet.NOK, citation string) Rule {
	info := RuleInfo{
		ID:       id,
		Subject:  SubjectApplication,
		Severity: Requirement,
		Citation: citation,
		Title: Msg(fmt.Sprintf("Det søkes om høyst %s per søknad.", limit.Norwegian()),
			fmt.Sprintf("Det blir søkt om høgst %s per søknad.", limit.Norwegian()),
			fmt.Sprintf("At most %s is requested per application.", limit.English())),
	}
	return builtin{info, func(c Case) outcome {
		req := c.Application.Requested
		status := Passed
		if req.Cmp(limit) > 0 {
			status = Failed
		}
		return c.result(status, lazyEv(noteCap, req.Ore(), limit.Ore()))
	}}
}
