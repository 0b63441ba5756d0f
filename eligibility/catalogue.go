package eligibility

import (
	"fmt"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// builtin is a rule of the guidelines: its description and its check.
type builtin struct {
	info  RuleInfo
	check func(Case) Outcome
}

func (b builtin) Info() RuleInfo { return b.info.clone() }

// Check runs the rule's check on its own, outside an evaluation: the evidence is worded as
// in an undated report.
func (b builtin) Check(c Case) Outcome {
	o := b.check(c)
	for i := range o.Evidence {
		o.Evidence[i].Note = dated(o.Evidence[i].Note, 0)
	}
	return o
}

// clone returns a copy of i whose slices the caller may modify.
func (i RuleInfo) clone() RuleInfo {
	i.Editions = append([]Edition(nil), i.Editions...)
	i.Schemes = append([]lnet.Scheme(nil), i.Schemes...)
	return i
}

const (
	g2019pkt4   = "Retningslinjer 2019, pkt. 4"
	g2019pkt34  = "Retningslinjer 2019, pkt. 3 og 4"
	g2019pkt14  = "Retningslinjer 2019, pkt. 1 og 4"
	g2019pkt2   = "Retningslinjer 2019, pkt. 2"
	g2019pkt25  = "Retningslinjer 2019, pkt. 2 og 5"
	g2019pkt3   = "Retningslinjer 2019, pkt. 3"
	g2022       = "Retningslinjer 2021/2022, ny innretning (gjengitt av Statsforvalteren i Innlandet 27.05.2021)"
	callOffice  = "Embetets utlysning og søknadsfrist; Retningslinjer 2019, pkt. 3"
	callSpendBy = "Embetets tildeling: midler for år Å brukes innen 31.12. år Å+1 (Fylkesmannen i Nordland, utlysning 2019)"
)

var (
	allEditions     = []Edition{Edition2018, Edition2019, Edition2022}
	fromEdition2019 = []Edition{Edition2019, Edition2022}
	onlyEdition2022 = []Edition{Edition2022}
	selfInitiated   = []lnet.Scheme{lnet.SchemeSelfInitiated}
	fosterHome      = []lnet.Scheme{lnet.SchemeFosterHome}
)

// catalogue is the guidelines' rules, in the order they run and are reported: network rules,
// then project rules, then application rules, each roughly in the order of the guideline.
var catalogue = []builtin{
	// Network (section 4, Rammer).
	{RuleInfo{ID: "NET-CROSS-BORDER", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt14,
		Title: Msg("Nettverket består av minst to barneverntjenester fra mer enn én kommune, på tvers av kommunegrensene.",
			"Nettverket består av minst to barneverntenester frå meir enn éin kommune, på tvers av kommunegrensene.",
			"The network has at least two child-welfare services from more than one municipality, across municipal borders."),
		Note: Msg("Formålet (pkt. 1) er fagfellesskap på tvers av kommunegrensene; Bufdir beskriver et nettverk som to eller flere barneverntjenester. Deltakelse er frivillig (pkt. 4) og kontrolleres ikke.",
			"Formålet (pkt. 1) er fagfellesskap på tvers av kommunegrensene; Bufdir beskriv eit nettverk som to eller fleire barneverntenester. Deltakinga er frivillig (pkt. 4) og blir ikkje kontrollert.",
			"The purpose (section 1) is professional communities across municipal borders; Bufdir describes a network as two or more child-welfare services. Participation is voluntary (section 4) and is not checked.")},
		checkCrossBorder},
	{RuleInfo{ID: "NET-PLAN", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Kommunene i nettverket har utviklet en plan for kompetanse- og kvalitetsutvikling.",
			"Kommunane i nettverket har utvikla ein plan for kompetanse- og kvalitetsutvikling.",
			"The network's municipalities have developed a plan for competence and quality development.")},
		checkPlan},
	{RuleInfo{ID: "NET-PLAN-GROUNDED", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Tiltakene i planen tar utgangspunkt i lokale risiko- og tilstandsvurderinger.",
			"Tiltaka i planen tek utgangspunkt i lokale risiko- og tilstandsvurderingar.",
			"The plan's measures are grounded in local risk and status assessments.")},
		checkPlanGrounded},
	{RuleInfo{ID: "NET-PROJECTS", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Nettverket har satt i gang utviklingsprosjekter.",
			"Nettverket har sett i gang utviklingsprosjekt.",
			"The network has started development projects."),
		Note: Msg("At hvert prosjekt springer ut av planen, kontrolleres per prosjekt (PRJ-FROM-PLAN).",
			"At kvart prosjekt spring ut av planen, blir kontrollert per prosjekt (PRJ-FROM-PLAN).",
			"That each project starts from the plan is checked per project (PRJ-FROM-PLAN).")},
		checkProjects},
	{RuleInfo{ID: "NET-REPRESENTATIVES", Subject: SubjectNetwork, Severity: Recommendation, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Hver deltakende kommune stiller med to personer, hvorav én fra barneverntjenestens eller kommunens ledelse.",
			"Kvar deltakande kommune stiller med to personar, av dei éin frå leiinga i barneverntenesta eller kommunen.",
			"Each participating municipality sends two people, one of them from the management of the child-welfare service or the municipality."),
		Note: Msg("Representanter som en interkommunal tjeneste sender for hele tjenesten, regnes for hver kommune tjenesten dekker.",
			"Representantar som ei interkommunal teneste sender for heile tenesta, blir rekna for kvar kommune tenesta dekkjer.",
			"Representatives an inter-municipal service sends for the whole service count for every municipality it covers.")},
		checkRepresentatives},
	{RuleInfo{ID: "NET-LEADER", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Nettverket har valgt en leder.", "Nettverket har valt ein leiar.", "The network has chosen a leader."),
		Note: Msg("Et registrert vedtak om ikke å velge leder ennå vises som grunnlag; kravet er likevel ikke oppfylt.",
			"Eit registrert vedtak om ikkje å velje leiar enno blir vist som grunnlag; kravet er likevel ikkje oppfylt.",
			"A recorded decision not to choose a leader yet is shown as evidence; the requirement is still not met.")},
		checkLeader},
	{RuleInfo{ID: "NET-STEERING-GROUP", Subject: SubjectNetwork, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Nettverket har vurdert å etablere en styringsgruppe.", "Nettverket har vurdert å etablere ei styringsgruppe.", "The network has considered setting up a steering group."),
		Note: Msg("Oppfylt når en styringsgruppe er registrert; ordlyden er «vurdere», så regelen stopper aldri en søknad.",
			"Oppfylt når ei styringsgruppe er registrert; ordlyden er «vurdere», så regelen stoppar aldri ein søknad.",
			"Passed when a steering group is recorded; the wording is \"consider\", so the rule never blocks.")},
		checkSteeringGroup},
	{RuleInfo{ID: "NET-SEVERAL-PROJECTS", Subject: SubjectNetwork, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Det er rom for flere prosjekter som dekker ulike kommuners behov.",
			"Det er rom for fleire prosjekt som dekkjer behova til ulike kommunar.",
			"There is room for several projects covering different municipalities' needs."),
		Note: Msg("Ordlyden er «skal være rom for»; det kan ingen registrering vise, så SDK-en viser antall prosjekter og kommuner og stopper aldri en søknad på dette.",
			"Ordlyden er «skal være rom for»; det kan inga registrering vise, så SDK-en viser talet på prosjekt og kommunar og stoppar aldri ein søknad på dette.",
			"The wording is \"shall be room for\", which no record can show; the SDK shows the number of projects and municipalities and never blocks on it.")},
		checkSeveralProjects},
	{RuleInfo{ID: "NET-PEER-COMMUNITY", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Nettverket legger til rette for fagfellesskap på tvers av kommunegrensene, med kollegaveiledning og støtte i enkeltsaker.",
			"Nettverket legg til rette for fagfellesskap på tvers av kommunegrensene, med kollegarettleiing og støtte i enkeltsaker.",
			"The network facilitates professional communities across municipal borders, with peer guidance and support in individual cases."),
		Note: Msg("Leses av registrerte samlinger: minst én nettverkssamling eller ett oppstartsseminar.",
			"Lese ut av registrerte samlingar: minst éi nettverkssamling eller eitt oppstartsseminar.",
			"Read from recorded meetings: at least one network gathering or start-up seminar.")},
		checkPeerCommunity},

	// Project (sections 2–5).
	{RuleInfo{ID: "PRJ-SCHEME", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Citation: g2019pkt2,
		Title: Msg("Prosjektet hører til en ordning som finnes i denne utgaven av retningslinjene.",
			"Prosjektet høyrer til ei ordning som finst i denne utgåva av retningslinjene.",
			"The project belongs to a scheme of this edition of the guidelines."),
		Note: Msg("Fosterhjemsordningen finnes fra 2019.", "Fosterheimsordninga finst frå 2019.", "The foster-home scheme exists from 2019.")},
		checkProjectScheme},
	{RuleInfo{ID: "PRJ-FROM-PLAN", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Prosjektet er satt i gang med utgangspunkt i et tiltak i nettverkets plan.",
			"Prosjektet er sett i gang med utgangspunkt i eit tiltak i planen til nettverket.",
			"The project starts from a measure of the network's plan.")},
		checkFromPlan},
	{RuleInfo{ID: "PRJ-ANCHORING", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Beslutningen om prosjektet er forankret i ledelsen i hver deltakende kommune.",
			"Avgjerda om prosjektet er forankra i leiinga i kvar deltakande kommune.",
			"The decision on the project is anchored in the leadership of each participating municipality."),
		Note: Msg("Ordlyden er «må forankres»; vertskommunen regnes med.", "Ordlyden er «må forankres»; vertskommunen blir rekna med.", "The wording is \"must be anchored\"; the host municipality counts.")},
		checkAnchoring},
	{RuleInfo{ID: "PRJ-COMPETENCE", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Schemes: selfInitiated, Citation: g2019pkt34,
		Title: Msg("Prosjektet samarbeider med et kompetansemiljø (forskningsmiljø, kunnskaps- eller kompetansesenter, høgskole eller universitet).",
			"Prosjektet samarbeider med eit kompetansemiljø (forskingsmiljø, kunnskaps- eller kompetansesenter, høgskule eller universitet).",
			"The project works with a competence environment (research institution, knowledge or competence centre, university college or university)."),
		Note: Msg("Gjelder egeninitierte prosjekter. For fosterhjemsmidlene er kontakt med eksterne kompetansemiljøer ikke et krav; Bufetat kan bistå (PRJ-BUFETAT).",
			"Gjeld eigeninitierte prosjekt. For fosterheimsmidlane er kontakt med eksterne kompetansemiljø ikkje eit krav; Bufetat kan hjelpe (PRJ-BUFETAT).",
			"Applies to self-initiated projects. For the foster-home money contact with an external competence environment is not required; Bufetat may assist (PRJ-BUFETAT).")},
		checkCompetence},
	{RuleInfo{ID: "PRJ-FOSTER-AIM", Subject: SubjectProject, Severity: Requirement, Editions: fromEdition2019, Schemes: fosterHome, Citation: g2019pkt25,
		Title: Msg("Fosterhjemsprosjektet tar sikte på å styrke kommunenes oppfølging og veiledning av fosterhjem eller rekruttering av fosterhjem (også i familie og nettverk).",
			"Fosterheimsprosjektet tek sikte på å styrkje oppfølginga og rettleiinga kommunane gir fosterheimar, eller rekruttering av fosterheimar (òg i familie og nettverk).",
			"The foster-home project aims at strengthening the municipalities' follow-up and guidance of foster homes, or at recruiting foster homes (also among kin and network)."),
		Note: Msg("Rekruttering regnes med fra 2019 fordi pkt. 5 i 2019-utgaven nevner felles rekrutteringsmetodikk og rekruttering i slekt og nettverk.",
			"Rekruttering blir rekna med frå 2019 fordi pkt. 5 i 2019-utgåva nemner felles rekrutteringsmetodikk og rekruttering i slekt og nettverk.",
			"Recruitment counts from 2019 because section 5 of the 2019 edition lists common recruitment methods and recruitment among kin and network.")},
		checkFosterAim},
	{RuleInfo{ID: "PRJ-BUFETAT", Subject: SubjectProject, Severity: Information, Editions: fromEdition2019, Schemes: fosterHome, Citation: g2019pkt3,
		Title: Msg("Fosterhjemsprosjektet kan få bistand fra Bufetat; kontakten kan etableres av embetet eller nettverket selv.",
			"Fosterheimsprosjektet kan få hjelp frå Bufetat; kontakten kan embetet eller nettverket sjølv etablere.",
			"The foster-home project may get assistance from Bufetat; the office or the network itself may make the contact.")},
		checkBufetat},
	{RuleInfo{ID: "PRJ-OTHER-SERVICES", Subject: SubjectProject, Severity: Information, Editions: onlyEdition2022, Citation: g2022,
		Title: Msg("Andre kommunale tjenester enn barnevernet kan delta i utviklingsprosjektet.",
			"Andre kommunale tenester enn barnevernet kan delta i utviklingsprosjektet.",
			"Municipal services other than child welfare may take part in the development project."),
		Note: Msg("Ny innretning fra 2021/2022. 2019-utgaven verken tillater eller forbyr det uttrykkelig (pkt. 5 nevner samarbeid mellom barnevern og andre tjenester), så SDK-en stopper ikke eldre prosjekter på dette.",
			"Ny innretning frå 2021/2022. 2019-utgåva verken tillèt eller forbyr det uttrykkeleg (pkt. 5 nemner samarbeid mellom barnevern og andre tenester), så SDK-en stoppar ikkje eldre prosjekt på dette.",
			"New direction from 2021/2022. The 2019 edition neither allows nor forbids it expressly (section 5 lists collaboration between child welfare and other services), so the SDK does not stop older projects on it.")},
		checkOtherServices},

	// Application (sections 2–4 and the office's call).
	{RuleInfo{ID: "APP-APPLICANT", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt34,
		Title: Msg("Søkeren er et læringsnettverk i embetets område.", "Søkjaren er eit læringsnettverk i området til embetet.", "The applicant is a learning network in the office's region."),
		Note: Msg("Eksisterende nettverk kan søke fosterhjemsmidler uten å etablere et nytt nettverk (pkt. 4).",
			"Eksisterande nettverk kan søkje fosterheimsmidlar utan å etablere eit nytt nettverk (pkt. 4).",
			"Existing networks may apply for foster-home money without forming a new network (section 4).")},
		checkApplicant},
	{RuleInfo{ID: "APP-PROJECT", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Søknaden gjelder et utviklingsprosjekt i nettverket, under samme ordning.",
			"Søknaden gjeld eit utviklingsprosjekt i nettverket, under same ordning.",
			"The application is for a development project of the network, under the same scheme.")},
		checkApplicationProject},
	{RuleInfo{ID: "APP-SCHEME", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt2,
		Title: Msg("Det søkes under en ordning som finnes i denne utgaven av retningslinjene.",
			"Det blir søkt under ei ordning som finst i denne utgåva av retningslinjene.",
			"The application is under a scheme of this edition of the guidelines.")},
		checkApplicationScheme},
	{RuleInfo{ID: "APP-PART-COST", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Stimuleringsmidlene dekker deler av kostnadene: det søkte beløpet er større enn null og mindre enn prosjektets totale kostnad.",
			"Stimuleringsmidlane dekkjer delar av kostnadene: det søkte beløpet er større enn null og mindre enn den totale kostnaden til prosjektet.",
			"The stimulus money covers part of the costs: the amount requested is greater than zero and less than the project's total cost."),
		Note: Msg("Er budsjettet spesifisert, må postene summere til totalkostnaden og det søkte beløpet.",
			"Er budsjettet spesifisert, må postane summere seg til totalkostnaden og det søkte beløpet.",
			"If the budget is itemised, its lines must add up to the total cost and the amount requested.")},
		checkPartCost},
	{RuleInfo{ID: "APP-COST-USE", Subject: SubjectApplication, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Title: Msg("Midlene kan f.eks. dekke prosjektledelse/stillinger eller oppfølging fra eksterne kompetansemiljøer (opplæring, kvalitetssikring, evaluering).",
			"Midlane kan t.d. dekkje prosjektleiing/stillingar eller oppfølging frå eksterne kompetansemiljø (opplæring, kvalitetssikring, evaluering).",
			"The money may cover, e.g., project management/positions or follow-up from external competence environments (training, quality assurance, evaluation)."),
		Note: Msg("Oppfylt når budsjettet er spesifisert; grunnlaget viser søkt beløp per kategori.",
			"Oppfylt når budsjettet er spesifisert; grunnlaget viser søkt beløp per kategori.",
			"Passed when the budget is itemised; the evidence shows the amount requested per category.")},
		checkCostUse},
	{RuleInfo{ID: "APP-DEADLINE", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: callOffice,
		Title: Msg("Søknaden er sendt innen embetets søknadsfrist.", "Søknaden er send innan søknadsfristen til embetet.", "The application was submitted by the office's deadline."),
		Note: Msg("Fristen gis med WithDeadline; en kaller setter den sammen med kalenderpakkens fristregler. Uten frist er regelen ikke aktuell.",
			"Fristen blir gitt med WithDeadline; ein kallar set han saman med fristreglane i kalenderpakken. Utan frist er regelen ikkje aktuell.",
			"The deadline is given with WithDeadline; a caller composes it with the calendar package's deadline rules. Without a deadline the rule is not applicable.")},
		checkDeadline},
	{RuleInfo{ID: "APP-SPEND-BY", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: callSpendBy,
		Title: Msg("Prosjektet gjennomføres og midlene brukes innen 31. desember året etter tilskuddsåret.",
			"Prosjektet blir gjennomført og midlane brukte innan 31. desember året etter tilskotsåret.",
			"The project is carried out and the money used by 31 December of the year after the grant year."),
		Note: Msg("Leses av prosjektperioden; uten oppgitt periode er regelen ikke aktuell.",
			"Lese ut av prosjektperioden; utan oppgitt periode er regelen ikkje aktuell.",
			"Read from the project period; without a stated period the rule is not applicable.")},
		checkSpendBy},
}

// Rules returns the guidelines' rules, every edition, in catalogue order: network rules,
// then project rules, then application rules. The slice is new on each call.
func Rules() []Rule {
	out := make([]Rule, len(catalogue))
	for i, b := range catalogue {
		out[i] = b
	}
	return out
}

// Catalogue returns the descriptions of the guidelines' rules, in catalogue order: the
// catalogue as data, to list, print or marshal to JSON.
func Catalogue() []RuleInfo {
	out := make([]RuleInfo, len(catalogue))
	for i, b := range catalogue {
		out[i] = b.Info()
	}
	return out
}

// CatalogueFor returns the descriptions of the rules that belong to edition e, in catalogue
// order.
func CatalogueFor(e Edition) []RuleInfo {
	var out []RuleInfo
	for _, b := range catalogue {
		if b.info.InEdition(e) {
			out = append(out, b.Info())
		}
	}
	return out
}

// CatalogueMarkdown renders the catalogue as a Markdown table in lang: id, subject,
// severity, editions, schemes, citation and text of every rule, for documentation and for
// offices that publish the rules they apply.
func CatalogueMarkdown(lang lnet.Language) string {
	var b strings.Builder
	b.WriteString(tr(lang,
		"| Regel | Gjelder | Type | Utgaver | Ordninger | Kilde | Tekst |\n",
		"| Regel | Gjeld | Type | Utgåver | Ordningar | Kjelde | Tekst |\n",
		"| Rule | Subject | Severity | Editions | Schemes | Source | Text |\n"))
	b.WriteString("|---|---|---|---|---|---|---|\n")
	for _, info := range Catalogue() {
		eds := make([]string, len(info.Editions))
		for i, e := range info.Editions {
			eds[i] = e.String()
		}
		schemes := tr(lang, "begge", "begge", "both")
		if len(info.Schemes) > 0 {
			names := make([]string, len(info.Schemes))
			for i, s := range info.Schemes {
				names[i] = s.String()
			}
			schemes = strings.Join(names, ", ")
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s | %s |\n", info.ID, info.Subject.In(lang), info.Severity.In(lang),
			strings.Join(eds, ", "), schemes, mdEscape(info.Citation), mdEscape(info.Title.In(lang)))
	}
	return b.String()
}
