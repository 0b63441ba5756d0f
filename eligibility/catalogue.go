package eligibility

import (
	"fmt"
	"strings"

	"github.com/laeringsnettverk/sdk/internal/cell"
	"github.com/laeringsnettverk/sdk/lnet"
)

// builtin is a rule of the guidelines: its description and its check.
type builtin struct {
	info  RuleInfo
	check func(Case) outcome
}

func (b builtin) Info() RuleInfo { return b.info.clone() }

// Check runs the rule's check on its own, outside an evaluation: the evidence is worded as
// in an undated report.
func (b builtin) Check(c Case) Outcome {
	c.b = nil
	return b.check(c).public()
}

// clone returns a copy of i whose slices the caller may modify.
func (i RuleInfo) clone() RuleInfo {
	i.Editions = append([]Edition(nil), i.Editions...)
	i.Schemes = append([]lnet.Scheme(nil), i.Schemes...)
	return i
}

// Citations: seed 001 numbers its sections 1–6 ("pkt.").
const (
	g2019pkt1  = "Retningslinjer 2019, pkt. 1"
	g2019pkt2  = "Retningslinjer 2019, pkt. 2"
	g2019pkt3  = "Retningslinjer 2019, pkt. 3"
	g2019pkt4  = "Retningslinjer 2019, pkt. 4"
	g2019pkt34 = "Retningslinjer 2019, pkt. 3 og 4"
	g2019pkt25 = "Retningslinjer 2019, pkt. 2 og 5"
	g2022      = "Retningslinjer 2021/2022, ny innretning (gjengitt av Statsforvalteren i Innlandet 27.05.2021)"
	callOffice = "Embetets utlysning (søknadsfrist)"
)

// The source sentences, quoted exactly from the 2019 guidelines (line breaks of the source
// joined; "…" marks an omitted list marker).
const (
	qCrossBorder = "Læringsnettverk skal videre bidra til etablering av fagfellesskap på tvers av kommunegrensene"
	qRegion      = "Fylkesmannen skal etablere og følge opp kommunale læringsnettverk bestående av kommuner i fylket."
	qAnchoring   = "Beslutninger om utviklingsprosjekter og samarbeid på tvers i læringsnettverket må forankres i hver enkelt kommune."
	qPlan        = "Kommuner i læringsnettverk skal: … Utvikle en plan for kompetanse- og kvalitetsutvikling."
	qGrounded    = "Tiltak i planen skal ta utgangspunkt i lokale risiko- og tilstandsvurderinger."
	qProjects    = "Kommuner i læringsnettverk skal: … Sette i gang utviklingsprosjekter med utgangspunkt i planen og skisserte tiltak."
	qReps        = "Hver deltakende kommune bør stille med to personer til nettverket, hvorav en deltaker er fra barneverntjenestens eller kommunens ledelse"
	qLeader      = "Nettverket skal velge en leder for nettverket og vurdere å etablere en styringsgruppe."
	qSeveral     = "Nettverket skal være kvalitetsutviklende for alle typer kommuner, uavhengig av størrelse, kompetanse og sårbarhet. Det skal derfor være rom for flere prosjekter som dekker ulike kommuners behov."
	qPeer        = "Nettverket skal legge til rette for fagfellesskap på tvers av kommunegrensene som kan bistå med kollegaveiledning, og gi støtte i arbeid med enkeltsaker."
	qSchemes     = "Når det gjelder stimuleringsmidler, understrekes det at det er snakk om to ordninger; en ordning for læringsnettverk med egeninitierte utviklingsprosjekter og en ordning for utviklingsprosjekter som tar sikte på å styrke kommunenes arbeid med oppfølging og veiledning av fosterhjem."
	qPurpose     = "Samarbeidet i læringsnettverk skal styrke kommunenes oppfølging av utsatte barn og familier gjennom utvikling av lokale tjenester og tilbud."
	qCompetence  = "Nettverket skal samarbeide med kompetansemiljøer i arbeidet med utviklingsprosjekter."
	qFosterAim   = "Fra og med 2019 har regjeringen besluttet å bevilge egne midler til utviklingsprosjekter i kommunale læringsnettverk som tar sikte på å styrke kommunenes oppfølging og veiledning av kommunale fosterhjem."
	qBufetat     = "For nettverk med utviklingsprosjekter knyttet til styrking av kommunalt fosterhjemsarbeid kan Fylkesmannen bistå med å etablere kontakt med Bufetat, som vil bistå med oppfølging av kommunene og bistand til disse utviklingsprosjektene. Nettverkene kan også etablere denne kontakten selv."
	qOther       = "Læringsnettverk kan nå også involvere andre kommunale tjenester, i tillegg til barnevernet, i sine utviklingsprosjekter."
	qApplicant   = "Fylkesmannen skal behandle søknader fra nettverket, og fordele og prioritere stimuleringsmidler i tråd med retningslinjer for arbeidet."
	qPartCost    = "Stimuleringsmidlene kan brukes til å dekke deler av kommunenes kostnader til tjeneste og tiltaksutvikling."
	qImplement   = "Læringsnettverk kan søke fylkesmannen om stimuleringsmidler til gjennomføring av både egeninitierte utviklingsprosjekter og utviklingsprosjekter knyttet til styrking av kommunalt fosterhjemsarbeid."
	qCostUse     = "Dette kan f. eks være kostnader til prosjektledelse/stillinger eller oppfølging fra eksterne kompetansemiljøer som kan bistå med opplæring, kvalitetssikring og evaluering."
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
// Every rule's severity follows the modal verb of its quoted sentence (Modal): skal/må →
// requirement, bør → recommendation, kan/vurdere → information. A rule an office announced in
// its call is not here: see [OfficeConditions].
var catalogue = []builtin{
	// Network (sections 1, 3 and 4).
	{RuleInfo{ID: "NET-CROSS-BORDER", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt1,
		Quote: qCrossBorder, Modal: "skal",
		Title: Msg("Nettverket består av flere kommuner, på tvers av kommunegrensene.",
			"Nettverket består av fleire kommunar, på tvers av kommunegrensene.",
			"The network consists of several municipalities, across municipal borders."),
		Note: Msg("Kildene sier «flere kommuner» (pkt. 1 og 3; Bufdir: «Et læringsnettverk består av flere kommuner»), ikke flere barneverntjenester: SDK-en teller kommuner, hver én gang, og krever minst to. En interkommunal tjeneste for to kommuner oppfyller regelen. Deltakelse er frivillig (pkt. 4) og kontrolleres ikke.",
			"Kjeldene seier «flere kommuner» (pkt. 1 og 3; Bufdir: «Et læringsnettverk består av flere kommuner»), ikkje fleire barneverntenester: SDK-en tel kommunar, kvar éin gong, og krev minst to. Ei interkommunal teneste for to kommunar oppfyller regelen. Deltakinga er frivillig (pkt. 4) og blir ikkje kontrollert.",
			"The sources say «flere kommuner», several municipalities (sections 1 and 3; Bufdir: a network consists of several municipalities), not several child-welfare services: the SDK counts municipalities, each once, and requires at least two. An inter-municipal service for two municipalities meets the rule. Participation is voluntary (section 4) and is not checked.")},
		eager(checkCrossBorder)},
	{RuleInfo{ID: "NET-REGION", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt3,
		Quote: qRegion, Modal: "skal",
		Title: Msg("Medlemmenes kommuner ligger i embetets område på vurderingsdagen.",
			"Kommunane til medlemmene ligg i området til embetet på vurderingsdagen.",
			"The members' municipalities lie in the office's region on the day of the assessment."),
		Note: Msg("«I fylket» leses som embetets område den dagen (et embete kan dekke flere fylker). Krever registeret (WithRegister); uten det er regelen ikke aktuell. Uten vurderingsdato brukes 1. januar i tilskuddsåret.",
			"«I fylket» blir lese som området til embetet den dagen (eit embete kan dekkje fleire fylke). Krev registeret (WithRegister); utan det er regelen ikkje aktuell. Utan vurderingsdato blir 1. januar i tilskotsåret brukt.",
			"«I fylket» (in the county) is read as the office's region on the day (an office may cover several counties). Needs the register (WithRegister); without it the rule is not applicable. Without a date of assessment, 1 January of the grant year is used.")},
		eager(checkRegion)},
	{RuleInfo{ID: "NET-ANCHORING", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qAnchoring, Modal: "må",
		Title: Msg("Hver deltakende kommune har forankret deltakelsen i nettverkets samarbeid i egen kommuneledelse.",
			"Kvar deltakande kommune har forankra deltakinga i samarbeidet i nettverket i eiga kommuneleiing.",
			"Each participating municipality has anchored its taking part in the network's collaboration in its own leadership."),
		Note: Msg("«Samarbeid på tvers» leses som kommunens deltakelse i nettverket; forankring av hvert prosjekt kontrolleres av PRJ-ANCHORING. Det er kommunenes eget ansvar å sikre forankringen (pkt. 4), så regelen er ikke aktuell før nettverket har registrert forankring for minst én kommune; deretter må hver kommune ha den.",
			"«Samarbeid på tvers» blir lese som deltakinga til kommunen i nettverket; forankringa av kvart prosjekt blir kontrollert av PRJ-ANCHORING. Det er ansvaret til kommunane sjølve å sikre forankringa (pkt. 4), så regelen er ikkje aktuell før nettverket har registrert forankring for minst éin kommune; deretter må kvar kommune ha ho.",
			"«Samarbeid på tvers» (collaboration across borders) is read as the municipality's taking part in the network; the anchoring of each project is checked by PRJ-ANCHORING. Securing it is the municipalities' own responsibility (section 4), so the rule is not applicable until the network has recorded anchoring for at least one municipality; from then on every municipality needs it.")},
		eager(checkNetworkAnchoring)},
	{RuleInfo{ID: "NET-PLAN", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qPlan, Modal: "skal",
		Title: Msg("Kommunene i nettverket har utviklet en plan for kompetanse- og kvalitetsutvikling.",
			"Kommunane i nettverket har utvikla ein plan for kompetanse- og kvalitetsutvikling.",
			"The network's municipalities have developed a plan for competence and quality development.")},
		eager(checkPlan)},
	{RuleInfo{ID: "NET-PLAN-GROUNDED", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qGrounded, Modal: "skal",
		Title: Msg("Tiltakene i planen tar utgangspunkt i lokale risiko- og tilstandsvurderinger.",
			"Tiltaka i planen tek utgangspunkt i lokale risiko- og tilstandsvurderingar.",
			"The plan's measures are grounded in local risk and status assessments.")},
		eager(checkPlanGrounded)},
	{RuleInfo{ID: "NET-PROJECTS", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qProjects, Modal: "skal",
		Title: Msg("Nettverket har satt i gang utviklingsprosjekter.",
			"Nettverket har sett i gang utviklingsprosjekt.",
			"The network has started development projects."),
		Note: Msg("Bare igangsatte prosjekter teller; en prosjektidé eller et prosjekt under avklaring er ikke satt i gang. Et prosjekt uten oppgitt status regnes som igangsatt. At hvert prosjekt springer ut av planen, kontrolleres per prosjekt (PRJ-FROM-PLAN).",
			"Berre prosjekt som er sette i gang, tel; ein prosjektidé eller eit prosjekt under avklaring er ikkje sett i gang. Eit prosjekt utan oppgitt status blir rekna som sett i gang. At kvart prosjekt spring ut av planen, blir kontrollert per prosjekt (PRJ-FROM-PLAN).",
			"Only started projects count; a project idea or a project being clarified has not been started. A project without a stated status counts as started. That each project starts from the plan is checked per project (PRJ-FROM-PLAN).")},
		eager(checkProjects)},
	{RuleInfo{ID: "NET-REPRESENTATIVES", Subject: SubjectNetwork, Severity: Recommendation, Editions: allEditions, Citation: g2019pkt4,
		Quote: qReps, Modal: "bør",
		Title: Msg("Hver deltakende kommune stiller med to personer, og én av dem er fra ledelsen i barneverntjenesten eller kommunen.",
			"Kvar deltakande kommune stiller med to personar, og éin av dei er frå leiinga i barneverntenesta eller kommunen.",
			"Each participating municipality sends two people, one of them from the management of the child-welfare service or the municipality."),
		Note: Msg("Representanter som en interkommunal tjeneste sender for hele tjenesten, regnes for hver kommune tjenesten dekker.",
			"Representantar som ei interkommunal teneste sender for heile tenesta, blir rekna for kvar kommune tenesta dekkjer.",
			"Representatives an inter-municipal service sends for the whole service count for every municipality it covers.")},
		eager(checkRepresentatives)},
	{RuleInfo{ID: "NET-LEADER", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qLeader, Modal: "skal",
		Title: Msg("Nettverket har valgt en leder.", "Nettverket har valt ein leiar.", "The network has chosen a leader."),
		Note: Msg("Et registrert vedtak om ikke å velge leder ennå vises som grunnlag; kravet er likevel ikke oppfylt.",
			"Eit registrert vedtak om ikkje å velje leiar enno blir vist som grunnlag; kravet er likevel ikkje oppfylt.",
			"A recorded decision not to choose a leader yet is shown as evidence; the requirement is still not met.")},
		eager(checkLeader)},
	{RuleInfo{ID: "NET-STEERING-GROUP", Subject: SubjectNetwork, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Quote: qLeader, Modal: "vurdere",
		Title: Msg("Nettverket har vurdert å etablere en styringsgruppe.", "Nettverket har vurdert å etablere ei styringsgruppe.", "The network has considered setting up a steering group."),
		Note: Msg("Ordlyden er «vurdere»: en registrert styringsgruppe eller et registrert vedtak om styringsgruppe, også et vedtak om ikke å etablere én, viser at nettverket har vurdert det. Regelen stopper aldri en søknad.",
			"Ordlyden er «vurdere»: ei registrert styringsgruppe eller eit registrert vedtak om styringsgruppe, også eit vedtak om ikkje å etablere ei, viser at nettverket har vurdert det. Regelen stoppar aldri ein søknad.",
			"The wording is «vurdere» (consider): a recorded steering group, or a recorded decision on one, including a decision not to set one up, shows that the network has considered it. The rule never blocks.")},
		eager(checkSteeringGroup)},
	{RuleInfo{ID: "NET-SEVERAL-PROJECTS", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qSeveral, Modal: "skal",
		Title: Msg("Nettverket er kvalitetsutviklende for alle typer kommuner, med rom for flere prosjekter som dekker ulike kommuners behov.",
			"Nettverket er kvalitetsutviklande for alle typar kommunar, med rom for fleire prosjekt som dekkjer behova til ulike kommunar.",
			"The network develops quality for all kinds of municipalities, with room for several projects covering different municipalities' needs."),
		Note: Msg("Ordlyden er «skal være rom for», ikke «skal ha» flere prosjekter, og ingen registrering kan vise at det mangler rom. SDK-en viser antall igangsatte prosjekter og hvor mange av kommunene de omfatter, og avslår aldri på dette.",
			"Ordlyden er «skal være rom for», ikkje «skal ha» fleire prosjekt, og inga registrering kan vise at det manglar rom. SDK-en viser talet på prosjekt som er sette i gang, og kor mange av kommunane dei omfattar, og avslår aldri på dette.",
			"The wording is «skal være rom for» (shall be room for), not shall have several projects, and no record can show a lack of room. The SDK shows the number of started projects and how many of the municipalities they involve, and never refuses on it.")},
		eager(checkSeveralProjects)},
	{RuleInfo{ID: "NET-PEER-COMMUNITY", Subject: SubjectNetwork, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qPeer, Modal: "skal",
		Title: Msg("Nettverket legger til rette for fagfellesskap på tvers av kommunegrensene, med kollegaveiledning og støtte i enkeltsaker.",
			"Nettverket legg til rette for fagfellesskap på tvers av kommunegrensene, med kollegarettleiing og støtte i enkeltsaker.",
			"The network facilitates professional communities across municipal borders, with peer guidance and support in individual cases."),
		Note: Msg("Vurderes ut fra registrerte samlinger: minst én nettverkssamling eller ett oppstartsseminar holdt senest på vurderingsdagen. Samlinger som er planlagt senere, teller ikke. En rapport uten dato teller alle registrerte samlinger.",
			"Blir vurdert ut frå registrerte samlingar: minst éi nettverkssamling eller eitt oppstartsseminar halde seinast på vurderingsdagen. Samlingar som er planlagde seinare, tel ikkje. Ein rapport utan dato tel alle registrerte samlingar.",
			"Judged from recorded meetings: at least one network gathering or start-up seminar held on or before the day of the assessment. Meetings planned for later do not count. A report without a date counts every recorded meeting.")},
		eager(checkPeerCommunity)},

	// Project (sections 1–5).
	{RuleInfo{ID: "PRJ-SCHEME", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Citation: g2019pkt2,
		Quote: qSchemes,
		Title: Msg("Prosjektet hører til en ordning som finnes i denne utgaven av retningslinjene.",
			"Prosjektet høyrer til ei ordning som finst i denne utgåva av retningslinjene.",
			"The project belongs to a scheme of this edition of the guidelines."),
		Note: Msg("Setningen har intet modalverb; den definerer de to ordningene. Et prosjekt utenfor dem kan ikke få midler fra dem, så SDK-en leser det som et krav. Fosterhjemsordningen finnes fra 2019.",
			"Setninga har ikkje noko modalverb; ho definerer dei to ordningane. Eit prosjekt utanfor dei kan ikkje få midlar frå dei, så SDK-en les det som eit krav. Fosterheimsordninga finst frå 2019.",
			"The sentence has no modal verb; it defines the two schemes. A project outside them cannot get money from them, so the SDK reads it as a requirement. The foster-home scheme exists from 2019.")},
		eager(checkProjectScheme)},
	{RuleInfo{ID: "PRJ-PURPOSE", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Schemes: selfInitiated, Citation: g2019pkt1,
		Quote: qPurpose, Modal: "skal",
		Title: Msg("Det egeninitierte prosjektet styrker kommunenes oppfølging av utsatte barn og familier gjennom utvikling av lokale tjenester og tilbud.",
			"Det eigeninitierte prosjektet styrkjer oppfølginga kommunane gir utsette barn og familiar, gjennom utvikling av lokale tenester og tilbod.",
			"The self-initiated project strengthens the municipalities' follow-up of vulnerable children and families by developing local services and provision."),
		Note: Msg("SDK-en leser et prosjekt med minst ett oppgitt formål blant retningslinjenes eksempler på utviklingsprosjekter (pkt. 5) som et prosjekt med dette formålet; om prosjektet faktisk tjener det, vurderer embetet.",
			"SDK-en les eit prosjekt med minst eitt oppgitt formål blant døma på utviklingsprosjekt i retningslinjene (pkt. 5) som eit prosjekt med dette formålet; om prosjektet faktisk tener det, vurderer embetet.",
			"The SDK reads a project stating at least one aim among the guidelines' examples of development projects (section 5) as serving this purpose; whether it really does is for the office to judge.")},
		eager(checkPurpose)},
	{RuleInfo{ID: "PRJ-FROM-PLAN", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qProjects, Modal: "skal",
		Title: Msg("Prosjektet er satt i gang med utgangspunkt i et tiltak i nettverkets plan.",
			"Prosjektet er sett i gang med utgangspunkt i eit tiltak i planen til nettverket.",
			"The project starts from a measure of the network's plan.")},
		eager(checkFromPlan)},
	{RuleInfo{ID: "PRJ-ANCHORING", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Citation: g2019pkt4,
		Quote: qAnchoring, Modal: "må",
		Title: Msg("Beslutningen om prosjektet er forankret i ledelsen i hver deltakende kommune.",
			"Avgjerda om prosjektet er forankra i leiinga i kvar deltakande kommune.",
			"The decision on the project is anchored in the leadership of each participating municipality."),
		Note: Msg("Ordlyden er «må forankres»; vertskommunen regnes med.", "Ordlyden er «må forankres»; vertskommunen blir rekna med.", "The wording is «må forankres» (must be anchored); the host municipality counts.")},
		eager(checkAnchoring)},
	{RuleInfo{ID: "PRJ-COMPETENCE", Subject: SubjectProject, Severity: Requirement, Editions: allEditions, Schemes: selfInitiated, Citation: g2019pkt34,
		Quote: qCompetence, Modal: "skal",
		Title: Msg("Nettverket samarbeider med kompetansemiljøer (forskningsmiljø, kunnskaps- eller kompetansesenter, høgskole eller universitet) i arbeidet med utviklingsprosjektene.",
			"Nettverket samarbeider med kompetansemiljø (forskingsmiljø, kunnskaps- eller kompetansesenter, høgskule eller universitet) i arbeidet med utviklingsprosjekta.",
			"The network works with competence environments (research institutions, knowledge or competence centres, university colleges or universities) on its development projects."),
		Note: Msg("Kravet gjelder nettverket, ikke hvert prosjekt: det er oppfylt når nettverket har et kompetansemiljø, og grunnlaget viser om prosjektet er knyttet til det. Noen embeter krever samarbeid per prosjekt (Vestland 2021 og 2022: VESTLAND-COMPETENCE). For fosterhjemsmidlene «i 2019» er kontakt med eksterne kompetansemiljøer ikke et krav (pkt. 4); SDK-en leser unntaket som gjeldende for fosterhjemsordningen også senere år, fordi ordningen videreføres og ingen kilde opphever det. Bufetat kan bistå (PRJ-BUFETAT).",
			"Kravet gjeld nettverket, ikkje kvart prosjekt: det er oppfylt når nettverket har eit kompetansemiljø, og grunnlaget viser om prosjektet er knytt til det. Nokre embete krev samarbeid per prosjekt (Vestland 2021 og 2022: VESTLAND-COMPETENCE). For fosterheimsmidlane «i 2019» er kontakt med eksterne kompetansemiljø ikkje eit krav (pkt. 4); SDK-en les unntaket som gjeldande for fosterheimsordninga også seinare år, fordi ordninga blir vidareført og inga kjelde opphevar det. Bufetat kan hjelpe (PRJ-BUFETAT).",
			"The requirement is on the network, not on each project: it is met when the network has a competence environment, and the evidence shows whether the project is linked to it. Some offices require it per project (Vestland 2021 and 2022: VESTLAND-COMPETENCE). For the foster-home money «i 2019» (in 2019) contact with external competence environments is not required (section 4); the SDK reads the exemption as applying to the foster-home scheme in later years too, since the scheme continues and no source withdraws it. Bufetat may assist (PRJ-BUFETAT).")},
		eager(checkCompetence)},
	{RuleInfo{ID: "PRJ-FOSTER-AIM", Subject: SubjectProject, Severity: Requirement, Editions: fromEdition2019, Schemes: fosterHome, Citation: g2019pkt25,
		Quote: qFosterAim,
		Title: Msg("Fosterhjemsprosjektet tar sikte på å styrke kommunenes oppfølging og veiledning av fosterhjem eller rekruttering av fosterhjem (også i slekt og nettverk).",
			"Fosterheimsprosjektet tek sikte på å styrkje oppfølginga og rettleiinga kommunane gir fosterheimar, eller rekruttering av fosterheimar (òg i slekt og nettverk).",
			"The foster-home project aims at strengthening the municipalities' follow-up and guidance of foster homes, or at recruiting foster homes (also among kin and network)."),
		Note: Msg("Setningen har intet modalverb; den sier hva midlene er bevilget til, så SDK-en leser det som et krav. Rekruttering regnes med fra 2019 fordi pkt. 5 i 2019-utgaven nevner felles rekrutteringsmetodikk og rekruttering i slekt og nettverk.",
			"Setninga har ikkje noko modalverb; ho seier kva midlane er løyvde til, så SDK-en les det som eit krav. Rekruttering blir rekna med frå 2019 fordi pkt. 5 i 2019-utgåva nemner felles rekrutteringsmetodikk og rekruttering i slekt og nettverk.",
			"The sentence has no modal verb; it says what the money is granted for, so the SDK reads it as a requirement. Recruitment counts from 2019 because section 5 of the 2019 edition lists common recruitment methods and recruitment among kin and network.")},
		eager(checkFosterAim)},
	{RuleInfo{ID: "PRJ-BUFETAT", Subject: SubjectProject, Severity: Information, Editions: fromEdition2019, Schemes: fosterHome, Citation: g2019pkt3,
		Quote: qBufetat, Modal: "kan",
		Title: Msg("Fosterhjemsprosjektet kan få bistand fra Bufetat; kontakten kan etableres av embetet eller nettverket selv.",
			"Fosterheimsprosjektet kan få hjelp frå Bufetat; kontakten kan etablerast av embetet eller av nettverket sjølv.",
			"The foster-home project may get assistance from Bufetat; the office or the network itself may make the contact."),
		Note: Msg("Ordlyden er «kan»: uten registrert kontakt er funnet til orientering, aldri «ikke oppfylt».",
			"Ordlyden er «kan»: utan registrert kontakt er funnet til orientering, aldri «ikkje oppfylt».",
			"The wording is «kan» (may): without recorded contact the finding is noted, never failed.")},
		eager(checkBufetat)},
	{RuleInfo{ID: "PRJ-OTHER-SERVICES", Subject: SubjectProject, Severity: Information, Editions: onlyEdition2022, Citation: g2022,
		Quote: qOther, Modal: "kan",
		Title: Msg("Andre kommunale tjenester enn barnevernet kan delta i utviklingsprosjektet.",
			"Andre kommunale tenester enn barnevernet kan delta i utviklingsprosjektet.",
			"Municipal services other than child welfare may take part in the development project."),
		Note: Msg("Ny innretning fra 2021/2022. 2019-utgaven verken tillater eller forbyr det uttrykkelig (pkt. 5 nevner samarbeid mellom barnevern og andre tjenester), så SDK-en stopper ikke eldre prosjekter på dette.",
			"Ny innretning frå 2021/2022. 2019-utgåva verken tillèt eller forbyr det uttrykkeleg (pkt. 5 nemner samarbeid mellom barnevern og andre tenester), så SDK-en stoppar ikkje eldre prosjekt på dette.",
			"New direction from 2021/2022. The 2019 edition neither allows nor forbids it expressly (section 5 lists collaboration between child welfare and other services), so the SDK does not stop older projects on it.")},
		eager(checkOtherServices)},

	// Application (sections 2–4 and the office's call).
	{RuleInfo{ID: "APP-APPLICANT", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt34,
		Quote: qApplicant, Modal: "skal",
		Title: Msg("Søkeren er et læringsnettverk som embetet følger opp.", "Søkjaren er eit læringsnettverk som embetet følgjer opp.", "The applicant is a learning network the office follows up."),
		Note: Msg("Embetet behandler søknader fra sine nettverk. Eksisterende nettverk kan søke fosterhjemsmidler uten å etablere et nytt nettverk (pkt. 4).",
			"Embetet behandlar søknader frå sine nettverk. Eksisterande nettverk kan søkje fosterheimsmidlar utan å etablere eit nytt nettverk (pkt. 4).",
			"The office processes applications from its networks. Existing networks may apply for foster-home money without forming a new network (section 4).")},
		checkApplicant},
	{RuleInfo{ID: "APP-PROJECT", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt2,
		Quote: qSchemes,
		Title: Msg("Søknaden gjelder et utviklingsprosjekt i nettverket, under samme ordning.",
			"Søknaden gjeld eit utviklingsprosjekt i nettverket, under same ordning.",
			"The application is for a development project of the network, under the same scheme."),
		Note: Msg("Setningen har intet modalverb; begge ordningene gjelder utviklingsprosjekter i nettverkene, så SDK-en leser det som et krav at søknaden gjelder et av nettverkets prosjekter under samme ordning.",
			"Setninga har ikkje noko modalverb; begge ordningane gjeld utviklingsprosjekt i nettverka, så SDK-en les det som eit krav at søknaden gjeld eit av prosjekta til nettverket under same ordning.",
			"The sentence has no modal verb; both schemes are for the networks' development projects, so the SDK reads it as a requirement that the application is for one of the network's projects under the same scheme.")},
		checkApplicationProject},
	{RuleInfo{ID: "APP-PROJECT-STAGE", Subject: SubjectApplication, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Quote: qImplement, Modal: "kan",
		Title: Msg("Nettverket kan søke om midler til gjennomføring av utviklingsprosjekter: prosjektet det søkes for, er satt i gang.",
			"Nettverket kan søkje om midlar til gjennomføring av utviklingsprosjekt: prosjektet det blir søkt for, er sett i gang.",
			"The network may apply for money to carry out development projects: the project applied for has been started."),
		Note: Msg("Ordlyden er «kan søke … til gjennomføring av … utviklingsprosjekter», så regelen er til orientering og stopper aldri en søknad. Retningslinjene sier ikke at en prosjektidé eller et prosjekt under avklaring ikke kan få midler; SDK-en viser bare prosjektets status, og embetet vurderer. Et prosjekt uten oppgitt status regnes som igangsatt, som i NET-PROJECTS.",
			"Ordlyden er «kan søke … til gjennomføring av … utviklingsprosjekter», så regelen er til orientering og stoppar aldri ein søknad. Retningslinjene seier ikkje at ein prosjektidé eller eit prosjekt under avklaring ikkje kan få midlar; SDK-en viser berre statusen til prosjektet, og embetet vurderer. Eit prosjekt utan oppgitt status blir rekna som sett i gang, som i NET-PROJECTS.",
			"The wording is «kan søke … til gjennomføring av … utviklingsprosjekter» (may apply for money to carry out development projects), so the rule is for information and never blocks. The guidelines do not say that a project idea or a project being clarified cannot get money; the SDK only shows the project's status, and the office judges. A project without a stated status counts as started, as in NET-PROJECTS.")},
		checkProjectStage},
	{RuleInfo{ID: "APP-SCHEME", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: g2019pkt2,
		Quote: qSchemes,
		Title: Msg("Det søkes under en ordning som finnes i denne utgaven av retningslinjene.",
			"Det blir søkt under ei ordning som finst i denne utgåva av retningslinjene.",
			"The application is under a scheme of this edition of the guidelines."),
		Note: Msg("Setningen har intet modalverb; den definerer de to ordningene, så SDK-en leser det som et krav at det søkes under en av dem, fra det året den finnes.",
			"Setninga har ikkje noko modalverb; ho definerer dei to ordningane, så SDK-en les det som eit krav at det blir søkt under ei av dei, frå det året ho finst.",
			"The sentence has no modal verb; it defines the two schemes, so the SDK reads it as a requirement that the application is under one of them, from the year it exists.")},
		checkApplicationScheme},
	{RuleInfo{ID: "APP-PART-COST", Subject: SubjectApplication, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Quote: qPartCost, Modal: "kan",
		Title: Msg("Stimuleringsmidlene kan dekke deler av kommunenes kostnader: det søkte beløpet er mindre enn prosjektets totale kostnad.",
			"Stimuleringsmidlane kan dekkje delar av kostnadene til kommunane: det søkte beløpet er mindre enn den totale kostnaden til prosjektet.",
			"The stimulus money may cover part of the municipalities' costs: the amount requested is less than the project's total cost."),
		Note: Msg("Ordlyden er «kan», så regelen er til orientering og stopper aldri en søknad. At budsjettpostene stemmer med totalkostnaden og det søkte beløpet, er en kontroll av dokumentet (lnet.Application.Validate), ikke en regel i retningslinjene.",
			"Ordlyden er «kan», så regelen er til orientering og stoppar aldri ein søknad. At budsjettpostane stemmer med totalkostnaden og det søkte beløpet, er ein kontroll av dokumentet (lnet.Application.Validate), ikkje ein regel i retningslinjene.",
			"The wording is «kan» (may), so the rule is for information and never blocks. That the budget lines agree with the total cost and the amount requested is a check of the document (lnet.Application.Validate), not a rule of the guidelines.")},
		checkPartCost},
	{RuleInfo{ID: "APP-COST-USE", Subject: SubjectApplication, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Quote: qCostUse, Modal: "kan",
		Title: Msg("Midlene kan for eksempel dekke prosjektledelse/stillinger eller oppfølging fra eksterne kompetansemiljøer (opplæring, kvalitetssikring, evaluering).",
			"Midlane kan til dømes dekkje prosjektleiing/stillingar eller oppfølging frå eksterne kompetansemiljø (opplæring, kvalitetssikring, evaluering).",
			"The money may cover, for example, project management/positions or follow-up from external competence environments (training, quality assurance, evaluation)."),
		Note: Msg("Til orientering: grunnlaget viser søkt beløp per kategori når budsjettet er spesifisert. Retningslinjene krever ikke et spesifisert budsjett; uten det er regelen ikke aktuell.",
			"Til orientering: grunnlaget viser søkt beløp per kategori når budsjettet er spesifisert. Retningslinjene krev ikkje eit spesifisert budsjett; utan det er regelen ikkje aktuell.",
			"For information: the evidence shows the amount requested per category when the budget is itemised. The guidelines do not require an itemised budget; without one the rule is not applicable.")},
		checkCostUse},
	{RuleInfo{ID: "APP-DEVELOPMENT-COST", Subject: SubjectApplication, Severity: Information, Editions: allEditions, Citation: g2019pkt4,
		Quote: qPartCost, Modal: "kan",
		Title: Msg("Midlene gjelder kostnader til tjeneste- og tiltaksutvikling, ikke drift.",
			"Midlane gjeld kostnader til teneste- og tiltaksutvikling, ikkje drift.",
			"The money is for the costs of developing services and measures, not running costs."),
		Note: Msg("Ordlyden er «kan brukes til … kostnader til tjeneste og tiltaksutvikling». Budsjettposter under «andre kostnader» kan være driftskostnader; de vises til orientering for embetets vurdering. Uten spesifisert budsjett er regelen ikke aktuell.",
			"Ordlyden er «kan brukes til … kostnader til tjeneste og tiltaksutvikling», altså kostnader til teneste- og tiltaksutvikling. Budsjettpostar under «andre kostnader» kan vere driftskostnader; dei blir viste til orientering for vurderinga til embetet. Utan spesifisert budsjett er regelen ikkje aktuell.",
			"The wording is «kan brukes til … kostnader til tjeneste og tiltaksutvikling» (may be used for the costs of developing services and measures). Budget lines under other costs may be running costs; they are noted for the office to judge. Without an itemised budget the rule is not applicable.")},
		checkDevelopmentCost},
	{RuleInfo{ID: "APP-DEADLINE", Subject: SubjectApplication, Severity: Requirement, Editions: allEditions, Citation: callOffice,
		Title: Msg("Søknaden er sendt innen embetets søknadsfrist.", "Søknaden er send innan søknadsfristen til embetet.", "The application was submitted by the office's deadline."),
		Note: Msg("Retningslinjene setter ingen frist; fristen er embetets, kunngjort i utlysningen, og gis med WithDeadline (en kaller regner den ut med kalenderpakkens fristregler). Uten frist er regelen ikke aktuell.",
			"Retningslinjene set ingen frist; fristen er embetet sin, kunngjord i utlysinga, og blir gitt med WithDeadline (ein kallar reknar han ut med fristreglane i kalenderpakken). Utan frist er regelen ikkje aktuell.",
			"The guidelines set no deadline; the deadline is the office's, announced in its call, and is given with WithDeadline (a caller computes it with the calendar package's deadline rules). Without a deadline the rule is not applicable.")},
		checkDeadline},
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

// CatalogueMarkdown renders the catalogue as Markdown tables in lang, for documentation and
// for offices that publish the rules they apply: the national rules (id, subject, severity,
// editions, schemes, citation, text and the quoted source sentence), then the office
// conditions ([OfficeConditions]) with their office and years instead of editions.
func CatalogueMarkdown(lang lnet.Language) string {
	var b strings.Builder
	b.WriteString(tr(lang,
		"| Regel | Gjelder | Type | Utgaver | Ordninger | Kilde | Tekst | Kildens ordlyd |\n",
		"| Regel | Gjeld | Type | Utgåver | Ordningar | Kjelde | Tekst | Ordlyden i kjelda |\n",
		"| Rule | Subject | Severity | Editions | Schemes | Source | Text | Source wording |\n"))
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	for _, info := range Catalogue() {
		eds := make([]string, len(info.Editions))
		for i, e := range info.Editions {
			eds[i] = e.String()
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", cell.MarkdownCode(info.ID), info.Subject.In(lang), info.Severity.In(lang),
			strings.Join(eds, ", "), schemeList(info, lang), mdEscape(info.Citation), mdEscape(info.Title.In(lang)), quoteCell(info))
	}
	b.WriteString("\n")
	b.WriteString(tr(lang,
		"| Vilkår | Embete | År | Gjelder | Type | Ordninger | Kilde | Tekst | Kildens ordlyd |\n",
		"| Vilkår | Embete | År | Gjeld | Type | Ordningar | Kjelde | Tekst | Ordlyden i kjelda |\n",
		"| Condition | Office | Years | Subject | Severity | Schemes | Source | Text | Source wording |\n"))
	b.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	for _, info := range OfficeConditions() {
		years := yearList(info.Years)
		if years == "" {
			years = tr(lang, "ikke oppgitt", "ikkje oppgitt", "not stated")
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", cell.MarkdownCode(info.ID), mdEscape(string(info.Office)), years, info.Subject.In(lang), info.Severity.In(lang),
			schemeList(info, lang), mdEscape(info.Citation), mdEscape(info.Title.In(lang)), quoteCell(info))
	}
	return b.String()
}

// schemeList names the schemes a rule applies to, or says both.
func schemeList(info RuleInfo, lang lnet.Language) string {
	if len(info.Schemes) == 0 {
		return tr(lang, "begge", "begge", "both")
	}
	names := make([]string, len(info.Schemes))
	for i, s := range info.Schemes {
		names[i] = s.String()
	}
	return strings.Join(names, ", ")
}

// quoteCell is a rule's quoted source sentence for a Markdown cell, or a dash.
func quoteCell(info RuleInfo) string {
	if info.Quote == "" {
		return "–"
	}
	return "«" + mdEscape(info.Quote) + "»"
}
