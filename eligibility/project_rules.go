package eligibility

import (
	"fmt"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

func schemeName(s lnet.Scheme) (nb, nn, en string) {
	if !s.Valid() {
		return "ingen ordning", "inga ordning", "no scheme"
	}
	return s.Norwegian(), s.Nynorsk(), s.English()
}

func checkProjectScheme(c Case) Outcome {
	s := c.Project.Scheme
	nb, nn, en := schemeName(s)
	if c.Edition.HasScheme(s) {
		return Pass(ev("scheme", s.String(), "Ordning: "+nb+".", "Ordning: "+nn+".", "Scheme: "+en+"."))
	}
	return Fail(ev("scheme", s.String(),
		fmt.Sprintf("Ordningen «%s» finnes ikke i %s.", nb, c.Edition.In(lnet.Bokmal)),
		fmt.Sprintf("Ordninga «%s» finst ikkje i %s.", nn, c.Edition.In(lnet.Nynorsk)),
		fmt.Sprintf("The scheme «%s» is not part of %s.", en, c.Edition.In(lnet.English))))
}

func checkFromPlan(c Case) Outcome {
	p := c.Project
	if p.Measure == "" {
		return Fail(ev("measure", "", "Prosjektet viser ikke til et tiltak i planen.", "Prosjektet viser ikkje til eit tiltak i planen.", "The project refers to no measure of the plan."))
	}
	if c.Network.Plan == nil {
		return Fail(ev("measure", string(p.Measure), "Prosjektet viser til et tiltak, men nettverket har ingen plan.", "Prosjektet viser til eit tiltak, men nettverket har ingen plan.", "The project refers to a measure, but the network has no plan."))
	}
	m, ok := c.Network.Plan.Measure(p.Measure)
	if !ok {
		return Fail(ev("measure", string(p.Measure), "Tiltaket finnes ikke i nettverkets plan.", "Tiltaket finst ikkje i planen til nettverket.", "The measure is not in the network's plan."))
	}
	return Pass(ev("measure", string(p.Measure), "Prosjektet springer ut av tiltaket «"+lit(m.Title)+"».", "Prosjektet spring ut av tiltaket «"+lit(m.Title)+"».", "The project starts from the measure «"+lit(m.Title)+"»."))
}

func checkAnchoring(c Case) Outcome {
	p := c.Project
	ms := p.Municipalities()
	if len(ms) == 0 {
		return Fail(append([]Evidence{ev("participants", "", "Prosjektet har verken vertskommune eller deltakende kommuner.", "Prosjektet har verken vertskommune eller deltakande kommunar.", "The project has neither a host nor participating municipalities.")},
			projectDecisions(c)...)...)
	}
	var out []Evidence
	if !p.HostDecided() {
		out = append(out, ev("host", "", "Vertskommune er ikke avklart.", "Vertskommune er ikkje avklart.", "The host municipality is not decided."))
		out = append(out, projectDecisions(c)...)
	}
	unanchored := p.Unanchored()
	for _, m := range unanchored {
		mun := municipalityName(c, m)
		out = append(out, ev("anchoring", m.String(),
			"Kommune "+mun+" har ikke forankret prosjektet i kommuneledelsen.",
			"Kommune "+mun+" har ikkje forankra prosjektet i kommuneleiinga.",
			"Municipality "+mun+" has not anchored the project in its leadership."))
	}
	if len(unanchored) > 0 {
		return Fail(out...)
	}
	for i, a := range p.Anchoring {
		if !p.Includes(a.Municipality) {
			continue
		}
		m, on := municipalityName(c, a.Municipality), isoDate(a.Date)
		out = append(out, ev(idx("anchoring", i), a.Municipality.String(),
			"Kommune "+m+": forankret "+on+" ("+lit(a.Body)+").",
			"Kommune "+m+": forankra "+on+" ("+lit(a.Body)+").",
			"Municipality "+m+": anchored "+on+" ("+lit(a.Body)+")."))
	}
	return Pass(out...)
}

// projectPartners resolves the project's partner ids among the network's partners; ids the
// network does not know are returned apart.
func projectPartners(c Case) (known []lnet.Partner, unknown []string) {
	for _, id := range c.Project.Partners {
		if p, ok := c.Network.Partner(id); ok {
			known = append(known, p)
		} else {
			unknown = append(unknown, string(id))
		}
	}
	return known, unknown
}

func checkCompetence(c Case) Outcome {
	net := c.Network.CompetencePartners()
	if len(net) == 0 {
		out := []Evidence{ev("network.partners", "", "Nettverket har ikke registrert noe samarbeid med et kompetansemiljø.", "Nettverket har ikkje registrert noko samarbeid med eit kompetansemiljø.", "The network records no collaboration with a competence environment.")}
		if _, unknown := projectPartners(c); len(unknown) > 0 {
			out = append(out, ev("partners", strings.Join(unknown, ", "), "Partnere som ikke finnes i nettverket.", "Partnarar som ikkje finst i nettverket.", "Partners not found in the network."))
		}
		return Fail(out...)
	}
	nb, nn, en := partnerNames(net)
	out := []Evidence{ev("network.partners", "", "Nettverkets kompetansemiljøer: "+nb+".", "Kompetansemiljøa til nettverket: "+nn+".", "The network's competence environments: "+en+".")}
	known, _ := projectPartners(c)
	var linked []lnet.Partner
	for _, p := range known {
		if p.IsCompetenceEnvironment() {
			linked = append(linked, p)
		}
	}
	if len(linked) > 0 {
		nb, nn, en := partnerNames(linked)
		out = append(out, ev("partners", "", "Knyttet til prosjektet: "+nb+".", "Knytt til prosjektet: "+nn+".", "Linked to the project: "+en+"."))
	} else {
		out = append(out, ev("partners", "", "Ingen av dem er knyttet til dette prosjektet ennå.", "Ingen av dei er knytt til dette prosjektet enno.", "None of them is linked to this project yet."))
	}
	return Pass(out...)
}

func checkBufetat(c Case) Outcome {
	known, _ := projectPartners(c)
	for _, p := range known {
		if p.Kind == lnet.PartnerBufetat {
			return Pass(ev("partners", string(p.ID), "Bufetat bistår: "+lit(p.Name)+".", "Bufetat hjelper: "+lit(p.Name)+".", "Bufetat assists: "+lit(p.Name)+"."))
		}
	}
	for i, p := range c.Network.Partners {
		if p.Kind == lnet.PartnerBufetat {
			return Pass(ev(idx("network.partners", i), string(p.ID), "Nettverket har kontakt med Bufetat: "+lit(p.Name)+".", "Nettverket har kontakt med Bufetat: "+lit(p.Name)+".", "The network is in contact with Bufetat: "+lit(p.Name)+"."))
		}
	}
	for i, k := range c.Network.Contributors {
		if k.Kind == lnet.ContributorBufetat {
			return Pass(ev(idx("network.contributors", i), string(k.ID), "Nettverket har kontakt med Bufetat: "+lit(k.Name)+".", "Nettverket har kontakt med Bufetat: "+lit(k.Name)+".", "The network is in contact with Bufetat: "+lit(k.Name)+"."))
		}
	}
	return Notice(note("Ingen kontakt med Bufetat er registrert; kontakten er valgfri.", "Ingen kontakt med Bufetat er registrert; kontakten er valfri.", "No contact with Bufetat is recorded; the contact is optional."))
}

func checkFosterAim(c Case) Outcome {
	p := c.Project
	var fit, other []string
	var fitNN, otherNN []string
	var fitEN, otherEN []string
	for _, a := range p.Aims {
		if a.IsFosterHome() {
			fit, fitNN, fitEN = append(fit, a.Norwegian()), append(fitNN, a.Nynorsk()), append(fitEN, a.English())
		} else {
			other, otherNN, otherEN = append(other, a.Norwegian()), append(otherNN, a.Nynorsk()), append(otherEN, a.English())
		}
	}
	if len(fit) > 0 {
		return Pass(ev("aims", "", "Formål: "+strings.Join(fit, ", ")+".", "Formål: "+strings.Join(fitNN, ", ")+".", "Aims: "+strings.Join(fitEN, ", ")+"."))
	}
	if len(other) == 0 {
		return Fail(ev("aims", "", "Prosjektet har ikke oppgitt formål.", "Prosjektet har ikkje oppgitt formål.", "The project states no aims."))
	}
	return Fail(ev("aims", "", "Ingen av formålene gjelder fosterhjem: "+strings.Join(other, ", ")+".",
		"Ingen av formåla gjeld fosterheimar: "+strings.Join(otherNN, ", ")+".",
		"None of the aims concerns foster homes: "+strings.Join(otherEN, ", ")+"."))
}

func checkOtherServices(c Case) Outcome {
	p := c.Project
	if len(p.OtherServices) == 0 {
		return Notice(ev("other_services", "", "Ingen andre kommunale tjenester deltar.", "Ingen andre kommunale tenester deltek.", "No other municipal services take part."))
	}
	list := lit(strings.Join(p.OtherServices, ", "))
	return Pass(ev("other_services", "", "Andre tjenester som deltar: "+list+".", "Andre tenester som deltek: "+list+".", "Other services taking part: "+list+"."))
}

// projectDecisions returns the network's recorded decisions on the project as evidence, with
// the day by which they are to be settled.
func projectDecisions(c Case) []Evidence {
	var out []Evidence
	for i, d := range c.Network.Decisions {
		if d.Project == "" || d.Project != c.Project.ID {
			continue
		}
		on := isoDate(d.Date)
		nb, en := "Vedtak "+on, "Decision of "+on
		if d.Due != nil {
			due := isoDate(*d.Due)
			nb += ", frist " + due
			en += ", due " + due
		}
		out = append(out, ev(idx("network.decisions", i), on, nb+": "+lit(d.Text), nb+": "+lit(d.Text), en+" (as recorded): "+lit(d.Text)))
	}
	return out
}

func checkPurpose(c Case) Outcome {
	p := c.Project
	if len(p.Aims) == 0 {
		return Fail(ev("aims", "", "Prosjektet har ikke oppgitt formål.", "Prosjektet har ikkje oppgitt formål.", "The project states no aims."))
	}
	nb, nn, en := make([]string, len(p.Aims)), make([]string, len(p.Aims)), make([]string, len(p.Aims))
	for i, a := range p.Aims {
		nb[i], nn[i], en[i] = a.Norwegian(), a.Nynorsk(), a.English()
	}
	return Pass(ev("aims", "", "Formål: "+strings.Join(nb, ", ")+".", "Formål: "+strings.Join(nn, ", ")+".", "Aims: "+strings.Join(en, ", ")+"."))
}
