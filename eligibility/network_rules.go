package eligibility

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/laeringsnettverk/sdk/lnet"
)

func checkCrossBorder(c Case) Outcome {
	n := c.Network
	ms := n.Municipalities()
	services, municipalities := n.MemberCount(), len(ms)
	list := codes(ms)
	e := ev("members", strconv.Itoa(services),
		fmt.Sprintf("%d %s dekker %d %s (%s).", services, plural(services, "barneverntjeneste", "barneverntjenester"), municipalities, plural(municipalities, "kommune", "kommuner"), list),
		fmt.Sprintf("%d %s dekkjer %d %s (%s).", services, plural(services, "barnevernteneste", "barneverntenester"), municipalities, plural(municipalities, "kommune", "kommunar"), list),
		fmt.Sprintf("%d child-welfare %s %s %d %s (%s).", services, plural(services, "service", "services"), plural(services, "covers", "cover"), municipalities, plural(municipalities, "municipality", "municipalities"), list))
	if services >= 2 && municipalities >= 2 {
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
	if len(n.Projects) == 0 {
		return Fail(ev("projects", "0", "Nettverket har ingen registrerte utviklingsprosjekter.", "Nettverket har ingen registrerte utviklingsprosjekt.", "The network has no recorded development projects."))
	}
	titles := make([]string, len(n.Projects))
	for i, p := range n.Projects {
		titles[i] = p.Title
	}
	k, list := strconv.Itoa(len(titles)), quoted(titles)
	return Pass(ev("projects", k,
		k+plural(len(titles), " prosjekt: ", " prosjekter: ")+list+".",
		k+" prosjekt: "+list+".",
		k+plural(len(titles), " project: ", " projects: ")+list+"."))
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
			nb := fmt.Sprintf("Kommune %s (%s) stiller med %d %s", code, name, len(reps), plural(len(reps), "person", "personer"))
			nn := fmt.Sprintf("Kommune %s (%s) stiller med %d %s", code, name, len(reps), plural(len(reps), "person", "personar"))
			en := fmt.Sprintf("Municipality %s (%s) sends %d %s", code, name, len(reps), plural(len(reps), "person", "people"))
			if management == 0 {
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
		"Alle "+k+" kommuner stiller med minst to personer, minst én fra ledelsen.",
		"Alle "+k+" kommunane stiller med minst to personar, minst éin frå leiinga.",
		"All "+k+" municipalities send at least two people, at least one from management."))
}

func checkLeader(c Case) Outcome {
	n := c.Network
	if l := n.Leader; l != nil {
		service := lit(string(l.Service))
		nb, nn, en := "Leder er valgt fra tjenesten "+service, "Leiar er vald frå tenesta "+service, "A leader is chosen from the service "+service
		if l.Title != "" {
			nb += " (" + lit(l.Title) + ")"
			nn += " (" + lit(l.Title) + ")"
			en += " (" + lit(l.Title) + ")"
		}
		if l.Chosen != nil {
			nb += ", " + isoDate(*l.Chosen)
			nn += ", " + isoDate(*l.Chosen)
			en += ", " + isoDate(*l.Chosen)
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
		return Fail(ev("steering_group", "", "Ingen styringsgruppe er registrert.", "Inga styringsgruppe er registrert.", "No steering group is recorded."))
	}
	seats := strconv.Itoa(len(g.Seats))
	nb := "Styringsgruppe med " + seats + plural(len(g.Seats), " plass", " plasser")
	nn := "Styringsgruppe med " + seats + plural(len(g.Seats), " plass", " plassar")
	en := "Steering group of " + seats + plural(len(g.Seats), " seat", " seats")
	if ms := g.Municipalities(); len(ms) > 0 {
		nb += ": kommunene " + codes(ms)
		nn += ": kommunane " + codes(ms)
		en += ": municipalities " + codes(ms)
	}
	if ps := g.Partners(); len(ps) > 0 {
		names := make([]string, len(ps))
		for i, id := range ps {
			names[i] = string(id)
			if p, ok := c.Network.Partner(id); ok {
				names[i] = p.Name
			}
		}
		nb += "; partnere " + quoted(names)
		nn += "; partnarar " + quoted(names)
		en += "; partners " + quoted(names)
	}
	if g.HasOffice() {
		nb += "; embetet"
		nn += "; embetet"
		en += "; the office"
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
	var all []lnet.MunicipalityCode
	for _, p := range n.Projects {
		all = append(all, p.Host)
		all = append(all, p.Participants...)
	}
	slices.Sort(all)
	covered := slices.Compact(all)
	if len(covered) > 0 && covered[0] == 0 {
		covered = covered[1:]
	}
	e := ev("projects", fmt.Sprint(len(n.Projects)),
		fmt.Sprintf("%d %s med %d av nettverkets %d kommuner.", len(n.Projects), plural(len(n.Projects), "prosjekt", "prosjekter"), len(covered), n.MunicipalityCount()),
		fmt.Sprintf("%d prosjekt med %d av dei %d kommunane i nettverket.", len(n.Projects), len(covered), n.MunicipalityCount()),
		fmt.Sprintf("%d %s involving %d of the network's %d municipalities.", len(n.Projects), plural(len(n.Projects), "project", "projects"), len(covered), n.MunicipalityCount()))
	if len(n.Projects) >= 2 {
		return Pass(e)
	}
	return Fail(e)
}

func checkPeerCommunity(c Case) Outcome {
	n := c.Network
	var out []Evidence
	for i, g := range n.Gatherings {
		if g.Kind != lnet.GatheringNetwork && g.Kind != lnet.GatheringStartUp {
			continue
		}
		on := isoDate(g.Date)
		nb := capitalize(g.Kind.Norwegian()) + " " + on + ": «" + lit(g.Title) + "»"
		nn := capitalize(g.Kind.Nynorsk()) + " " + on + ": «" + lit(g.Title) + "»"
		en := capitalize(g.Kind.English()) + " " + on + ": «" + lit(g.Title) + "»"
		if a := g.Attendance; a != nil && (a.ServiceCount > 0 || a.MunicipalityCount > 0) {
			sc, mc := strconv.Itoa(a.ServiceCount), strconv.Itoa(a.MunicipalityCount)
			nb += ", " + sc + " tjenester og " + mc + " kommuner"
			nn += ", " + sc + " tenester og " + mc + " kommunar"
			en += ", " + sc + " services and " + mc + " municipalities"
		}
		out = append(out, ev(idx("gatherings", i), on, nb+".", nn+".", en+"."))
	}
	if len(out) == 0 {
		return Fail(ev("gatherings", "", "Ingen nettverkssamling eller oppstartsseminar er registrert.", "Inga nettverkssamling eller oppstartsseminar er registrert.", "No network gathering or start-up seminar is recorded."))
	}
	return Pass(out...)
}
