package eligibility

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

func checkCrossBorder(c Case) Outcome {
	n := c.Network
	ms := n.Municipalities()
	services, municipalities := n.MemberCount(), len(ms)
	list := municipalityList(c, ms)
	e := ev("members", strconv.Itoa(municipalities),
		fmt.Sprintf("%d %s med %d %s (%s).", municipalities, plural(municipalities, "kommune", "kommuner"), services, plural(services, "barneverntjeneste", "barneverntjenester"), list),
		fmt.Sprintf("%d %s med %d %s (%s).", municipalities, plural(municipalities, "kommune", "kommunar"), services, plural(services, "barnevernteneste", "barneverntenester"), list),
		fmt.Sprintf("%d %s with %d child-welfare %s (%s).", municipalities, plural(municipalities, "municipality", "municipalities"), services, plural(services, "service", "services"), list))
	if municipalities >= 2 {
		return Pass(e)
	}
	return Fail(e)
}

func checkPlan(c Case) Outcome {
	p := c.Network.Plan
	if p == nil {
		return Fail(ev("plan", "", "Ingen plan er registrert.", "Ingen plan er registrert.", "No plan is recorded."))
	}
	title, titleNN := lit(p.Title), lit(p.Title)
	if p.Title == "" {
		title, titleNN = "(uten tittel)", "(utan tittel)"
	}
	k := strconv.Itoa(len(p.Measures))
	nb := "Plan «" + title + "» med " + k + " tiltak"
	nn := "Plan «" + titleNN + "» med " + k + " tiltak"
	en := "Plan «" + title + "» with " + k + plural(len(p.Measures), " measure", " measures")
	if p.Adopted != nil {
		nb += ", vedtatt " + isoDate(*p.Adopted)
		nn += ", vedteken " + isoDate(*p.Adopted)
		en += ", adopted " + isoDate(*p.Adopted)
	}
	return Pass(ev("plan", "", nb+".", nn+".", en+"."))
}

func checkPlanGrounded(c Case) Outcome {
	p := c.Network.Plan
	if p == nil {
		return Inapplicable(Msg("Ingen plan er registrert (se NET-PLAN).", "Ingen plan er registrert (sjå NET-PLAN).", "No plan is recorded (see NET-PLAN)."))
	}
	if len(p.Measures) == 0 {
		return Fail(ev("plan.measures", "", "Planen har ingen tiltak.", "Planen har ingen tiltak.", "The plan has no measures."))
	}
	var missing, grounded []Evidence
	for i, m := range p.Measures {
		path := idx("plan.measures", i)
		if !m.Grounded() {
			missing = append(missing, ev(path, string(m.ID),
				fmt.Sprintf("Tiltaket «%s» viser ikke til noen risiko- eller tilstandsvurdering.", lit(m.Title)),
				fmt.Sprintf("Tiltaket «%s» viser ikkje til nokon risiko- eller tilstandsvurdering.", lit(m.Title)),
				fmt.Sprintf("The measure «%s» refers to no risk or status assessment.", lit(m.Title))))
			continue
		}
		k := len(m.Assessments)
		grounded = append(grounded, ev(path, string(m.ID),
			"Tiltaket «"+lit(m.Title)+"» bygger på "+strconv.Itoa(k)+plural(k, " vurdering.", " vurderinger."),
			"Tiltaket «"+lit(m.Title)+"» byggjer på "+strconv.Itoa(k)+plural(k, " vurdering.", " vurderingar."),
			"The measure «"+lit(m.Title)+"» rests on "+strconv.Itoa(k)+plural(k, " assessment.", " assessments.")))
	}
	if len(missing) > 0 {
		return Fail(missing...)
	}
	return Pass(grounded...)
}

func checkProjects(c Case) Outcome {
	n := c.Network
	started := n.StartedProjects()
	var out []Evidence
	if len(started) > 0 {
		titles := make([]string, len(started))
		for i, p := range started {
			titles[i] = p.Title
		}
		k, list := strconv.Itoa(len(titles)), quoted(titles)
		out = append(out, ev("projects", k,
			k+plural(len(titles), " igangsatt prosjekt: ", " igangsatte prosjekter: ")+list+".",
			k+" prosjekt sett i gang: "+list+".",
			k+plural(len(titles), " started project: ", " started projects: ")+list+"."))
	} else {
		out = append(out, ev("projects", "0", "Nettverket har ikke satt i gang noe utviklingsprosjekt.", "Nettverket har ikkje sett i gang noko utviklingsprosjekt.", "The network has started no development project."))
	}
	for i, p := range n.Projects {
		if p.Started() {
			continue
		}
		out = append(out, ev(idx("projects", i)+".status", p.Status.String(),
			"«"+lit(p.Title)+"» er "+p.Status.Norwegian()+" og teller ikke.",
			"«"+lit(p.Title)+"» er "+p.Status.Nynorsk()+" og tel ikkje.",
			"«"+lit(p.Title)+"» is a "+p.Status.English()+" and does not count."))
	}
	if len(started) == 0 {
		return Fail(out...)
	}
	return Pass(out...)
}

func checkRepresentatives(c Case) Outcome {
	n := c.Network
	if len(n.Members) == 0 {
		return Fail(ev("members", "0", "Nettverket har ingen medlemmer.", "Nettverket har ingen medlemmer.", "The network has no members."))
	}
	var short []Evidence
	count := 0
	for i, m := range n.Members {
		for _, code := range m.Service.Municipalities {
			if code == 0 {
				continue
			}
			count++
			reps := m.RepresentativesFor(code)
			management := 0
			for _, r := range reps {
				if r.Role == lnet.RoleManagement {
					management++
				}
			}
			if len(reps) >= 2 && management >= 1 {
				continue
			}
			name := lit(m.Service.Name)
			mun := municipalityName(c, code)
			nb := fmt.Sprintf("Kommune %s (%s) stiller med %d %s", mun, name, len(reps), plural(len(reps), "person", "personer"))
			nn := fmt.Sprintf("Kommune %s (%s) stiller med %d %s", mun, name, len(reps), plural(len(reps), "person", "personar"))
			en := fmt.Sprintf("Municipality %s (%s) sends %d %s", mun, name, len(reps), plural(len(reps), "person", "people"))
			if len(reps) == 0 {
				nb = fmt.Sprintf("Kommune %s (%s) har ingen registrerte representanter", mun, name)
				nn = fmt.Sprintf("Kommune %s (%s) har ingen registrerte representantar", mun, name)
				en = fmt.Sprintf("Municipality %s (%s) has no recorded representatives", mun, name)
			} else if management == 0 {
				nb += ", ingen fra ledelsen"
				nn += ", ingen frå leiinga"
				en += ", none from management"
			}
			short = append(short, ev(idx("members", i)+".representatives", code.String(), nb+".", nn+".", en+"."))
		}
	}
	if len(short) > 0 {
		return Fail(short...)
	}
	k := strconv.Itoa(count)
	return Pass(note(
		"Alle de "+k+" kommunene stiller med minst to personer, minst én fra ledelsen.",
		"Alle dei "+k+" kommunane stiller med minst to personar, minst éin frå leiinga.",
		"All "+k+" municipalities send at least two people, at least one from management."))
}

func checkLeader(c Case) Outcome {
	n := c.Network
	if l := n.Leader; l != nil {
		service := lit(serviceName(c.Network, l.Service))
		nb, nn, en := "Lederen kommer fra tjenesten «"+service+"»", "Leiaren kjem frå tenesta «"+service+"»", "The leader comes from the service «"+service+"»"
		if l.Title != "" {
			nb += " (" + lit(l.Title) + ")"
			nn += " (" + lit(l.Title) + ")"
			en += " (" + lit(l.Title) + ")"
		}
		if l.Chosen != nil {
			nb += ", valgt " + isoDate(*l.Chosen)
			nn += ", vald " + isoDate(*l.Chosen)
			en += ", chosen " + isoDate(*l.Chosen)
		}
		return Pass(ev("leader", string(l.Service), nb+".", nn+".", en+"."))
	}
	out := []Evidence{ev("leader", "", "Nettverket har ikke valgt leder.", "Nettverket har ikkje valt leiar.", "The network has not chosen a leader.")}
	for i, d := range n.Decisions {
		if d.Subject != lnet.DecisionLeader {
			continue
		}
		on := isoDate(d.Date)
		out = append(out, ev(idx("decisions", i), on, "Vedtak "+on+": "+lit(d.Text), "Vedtak "+on+": "+lit(d.Text), "Decision of "+on+" (as recorded): "+lit(d.Text)))
	}
	return Fail(out...)
}

func checkSteeringGroup(c Case) Outcome {
	g := c.Network.SteeringGroup
	if g == nil {
		var out []Evidence
		for i, d := range c.Network.Decisions {
			if d.Subject != lnet.DecisionSteeringGroup {
				continue
			}
			on := isoDate(d.Date)
			out = append(out, ev(idx("decisions", i), on, "Vedtak "+on+": "+lit(d.Text), "Vedtak "+on+": "+lit(d.Text), "Decision of "+on+" (as recorded): "+lit(d.Text)))
		}
		if len(out) > 0 {
			return Pass(out...)
		}
		return Notice(ev("steering_group", "", "Verken en styringsgruppe eller et vedtak om styringsgruppe er registrert.", "Verken ei styringsgruppe eller eit vedtak om styringsgruppe er registrert.", "Neither a steering group nor a decision on one is recorded."))
	}
	seats := strconv.Itoa(len(g.Seats))
	nb := "Styringsgruppen har " + seats + plural(len(g.Seats), " medlem", " medlemmer")
	nn := "Styringsgruppa har " + seats + plural(len(g.Seats), " medlem", " medlemmer")
	en := "The steering group has " + seats + plural(len(g.Seats), " member", " members")
	if ms := g.Municipalities(); len(ms) > 0 {
		nb += ": kommunene " + municipalityList(c, ms)
		nn += ": kommunane " + municipalityList(c, ms)
		en += ": municipalities " + municipalityList(c, ms)
	}
	if ps := g.Partners(); len(ps) > 0 {
		names := make([]string, len(ps))
		for i, id := range ps {
			names[i] = string(id)
			if p, ok := c.Network.Partner(id); ok {
				names[i] = p.Name
			}
		}
		nb += "; " + plural(len(ps), "kompetansemiljøet ", "kompetansemiljøene ") + quoted(names)
		nn += "; " + plural(len(ps), "kompetansemiljøet ", "kompetansemiljøa ") + quoted(names)
		en += "; " + plural(len(ps), "the competence environment ", "the competence environments ") + quoted(names)
	}
	if g.HasOffice() {
		o := officeName(c, c.Network.Office)
		nb += "; " + o.NB
		nn += "; " + o.NN
		en += "; the " + o.EN
	}
	if g.MeetingsPerYear > 0 {
		k := strconv.Itoa(g.MeetingsPerYear)
		nb += "; møtes ca. " + k + " ganger i året"
		nn += "; møtest ca. " + k + " gonger i året"
		en += "; meets about " + k + " times a year"
	}
	return Pass(ev("steering_group", "", nb+".", nn+".", en+"."))
}

func checkSeveralProjects(c Case) Outcome {
	n := c.Network
	started := n.StartedProjects()
	if len(started) == 0 {
		return Inapplicable(Msg("Nettverket har ikke satt i gang noe prosjekt (se NET-PROJECTS).", "Nettverket har ikkje sett i gang noko prosjekt (sjå NET-PROJECTS).", "The network has started no project (see NET-PROJECTS)."))
	}
	var all []lnet.MunicipalityCode
	for _, p := range started {
		all = append(all, p.Host)
		all = append(all, p.Participants...)
	}
	slices.Sort(all)
	covered := slices.Compact(all)
	if len(covered) > 0 && covered[0] == 0 {
		covered = covered[1:]
	}
	k := len(started)
	return Pass(ev("projects", fmt.Sprint(k),
		fmt.Sprintf("%d %s omfatter %d av nettverkets %d kommuner.", k, plural(k, "igangsatt prosjekt", "igangsatte prosjekter"), len(covered), n.MunicipalityCount()),
		fmt.Sprintf("%d %s, omfattar %d av dei %d kommunane i nettverket.", k, plural(k, "prosjekt som er sett i gang", "prosjekt som er sette i gang"), len(covered), n.MunicipalityCount()),
		fmt.Sprintf("%d started %s involving %d of the network's %d municipalities.", k, plural(k, "project", "projects"), len(covered), n.MunicipalityCount())))
}

func checkPeerCommunity(c Case) Outcome {
	n := c.Network
	var out, later []Evidence
	for i, g := range n.Gatherings {
		if g.Kind != lnet.GatheringNetwork && g.Kind != lnet.GatheringStartUp {
			continue
		}
		if c.Date != 0 && g.Date > c.Date {
			on := isoDate(g.Date)
			later = append(later, ev(idx("gatherings", i), on,
				"«"+lit(g.Title)+"» "+on+" er etter vurderingsdagen og teller ikke.",
				"«"+lit(g.Title)+"» "+on+" er etter vurderingsdagen og tel ikkje.",
				"«"+lit(g.Title)+"» on "+on+" is after the day of the assessment and does not count."))
			continue
		}
		on := isoDate(g.Date)
		nb := capitalize(g.Kind.Norwegian()) + " " + on + ": «" + lit(g.Title) + "»"
		nn := capitalize(g.Kind.Nynorsk()) + " " + on + ": «" + lit(g.Title) + "»"
		en := capitalize(g.Kind.English()) + " " + on + ": «" + lit(g.Title) + "»"
		if a := g.Attendance; a != nil && (a.ServiceCount > 0 || a.MunicipalityCount > 0) {
			sc, mc := strconv.Itoa(a.ServiceCount), strconv.Itoa(a.MunicipalityCount)
			nb += "; " + sc + " tjenester og " + mc + " kommuner deltok"
			nn += "; " + sc + " tenester og " + mc + " kommunar deltok"
			en += "; " + sc + " services and " + mc + " municipalities took part"
		}
		out = append(out, ev(idx("gatherings", i), on, nb+".", nn+".", en+"."))
	}
	if len(out) == 0 {
		return Fail(append([]Evidence{ev("gatherings", "", "Ingen nettverkssamling eller oppstartsseminar er holdt.", "Inga nettverkssamling eller oppstartsseminar er halde.", "No network gathering or start-up seminar has been held.")}, later...)...)
	}
	return Pass(append(out, later...)...)
}

// municipalityList formats municipalities "1238 Kvam, 1246 Fjell" with the case's register,
// else by code.
func municipalityList(c Case, ms []lnet.MunicipalityCode) string {
	if c.Register == nil {
		return codes(ms)
	}
	s := make([]string, len(ms))
	for i, m := range ms {
		s[i] = municipalityName(c, m)
	}
	return strings.Join(s, ", ")
}

func checkRegion(c Case) Outcome {
	n := c.Network
	if c.Register == nil {
		return Inapplicable(Msg("Ikke kontrollert: registeret er ikke gitt (WithRegister).", "Ikkje kontrollert: registeret er ikkje gitt (WithRegister).", "Not checked: no register was given (WithRegister)."))
	}
	d, ok := c.lookupDay()
	if !ok {
		return Inapplicable(Msg("Ikke kontrollert: verken vurderingsdato eller tilskuddsår er kjent.", "Ikkje kontrollert: verken vurderingsdato eller tilskotsår er kjent.", "Not checked: neither the date of assessment nor the grant year is known."))
	}
	on := isoDate(d)
	office, err := c.Register.OfficeOn(n.Office, d)
	if err != nil {
		q := "«" + lit(string(n.Office)) + "»"
		return Fail(ev("office", string(n.Office), "Det fantes ikke noe embete "+q+" "+on+".", "Det fanst ikkje noko embete "+q+" "+on+".", "There was no office "+q+" on "+on+"."))
	}
	var outside, unknown []Evidence
	ms := n.Municipalities()
	for _, code := range ms {
		m, err := c.Register.MunicipalityOn(code, d)
		if err != nil {
			unknown = append(unknown, ev("members", code.String(), "Kommunenummer "+code.String()+" fantes ikke "+on+".", "Kommunenummer "+code.String()+" fanst ikkje "+on+".", "Municipality number "+code.String()+" did not exist on "+on+"."))
			continue
		}
		if !office.Covers(m.County) {
			name := code.String() + " " + lit(m.Name)
			outside = append(outside, ev("members", code.String(),
				name+" ligger utenfor området til "+office.TitleIn(lnet.Bokmal)+" "+on+".",
				name+" ligg utanfor området til "+office.TitleIn(lnet.Nynorsk)+" "+on+".",
				name+" lies outside the region of the "+office.TitleIn(lnet.English)+" on "+on+"."))
		}
	}
	if bad := append(outside, unknown...); len(bad) > 0 {
		return Fail(bad...)
	}
	k := strconv.Itoa(len(ms))
	return Pass(ev("members", k,
		"Alle "+k+" kommunene ligger i området til "+office.TitleIn(lnet.Bokmal)+" "+on+".",
		"Alle dei "+k+" kommunane ligg i området til "+office.TitleIn(lnet.Nynorsk)+" "+on+".",
		"All "+k+" municipalities lie in the region of the "+office.TitleIn(lnet.English)+" on "+on+"."))
}

func checkNetworkAnchoring(c Case) Outcome {
	n := c.Network
	recorded := false
	for _, m := range n.Members {
		if len(m.Anchoring) > 0 {
			recorded = true
			break
		}
	}
	if !recorded {
		return Inapplicable(Msg("Nettverket har ikke registrert forankring av kommunenes deltakelse; det er kommunenes eget ansvar (pkt. 4).",
			"Nettverket har ikkje registrert forankring av deltakinga til kommunane; det er ansvaret til kommunane sjølve (pkt. 4).",
			"The network records no anchoring of the municipalities' taking part; that is the municipalities' own responsibility (section 4)."))
	}
	var missing, anchored []Evidence
	for _, code := range n.Municipalities() {
		found := false
		for i, m := range n.Members {
			if a, ok := m.AnchoredFor(code); ok {
				mun, on := municipalityName(c, code), isoDate(a.Date)
				anchored = append(anchored, ev(idx("members", i)+".anchoring", code.String(),
					"Kommune "+mun+": deltakelsen forankret "+on+" ("+lit(a.Body)+").",
					"Kommune "+mun+": deltakinga forankra "+on+" ("+lit(a.Body)+").",
					"Municipality "+mun+": taking part anchored "+on+" ("+lit(a.Body)+")."))
				found = true
				break
			}
		}
		if !found {
			mun := municipalityName(c, code)
			missing = append(missing, ev("members", code.String(),
				"Kommune "+mun+" har ikke forankret deltakelsen i kommuneledelsen.",
				"Kommune "+mun+" har ikkje forankra deltakinga i kommuneleiinga.",
				"Municipality "+mun+" has not anchored its taking part in its leadership."))
		}
	}
	if len(missing) > 0 {
		return Fail(missing...)
	}
	return Pass(anchored...)
}
