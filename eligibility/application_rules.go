package eligibility

import (
	"fmt"
	"sort"

	"github.com/laeringsnettverk/sdk/lnet"
)

func checkApplicant(c Case) Outcome {
	a, n := c.Application, c.Network
	var out []Evidence
	failed := false
	if a.Network != n.ID {
		failed = true
		out = append(out, ev("network", string(a.Network),
			fmt.Sprintf("Søknaden er fra nettverket «%s», ikke «%s».", lit(string(a.Network)), lit(string(n.ID))),
			fmt.Sprintf("Søknaden er frå nettverket «%s», ikkje «%s».", lit(string(a.Network)), lit(string(n.ID))),
			fmt.Sprintf("The application is from network «%s», not «%s».", lit(string(a.Network)), lit(string(n.ID)))))
	}
	to, follows := officeName(c, a.Office), officeName(c, n.Office)
	if a.Office != n.Office {
		failed = true
		out = append(out, ev("office", string(a.Office),
			fmt.Sprintf("Søknaden er sendt til %s, men nettverket følges opp av %s.", to.NB, follows.NB),
			fmt.Sprintf("Søknaden er send til %s, men nettverket blir følgt opp av %s.", to.NN, follows.NN),
			fmt.Sprintf("The application is sent to the %s, but the network is followed up by the %s.", to.EN, follows.EN)))
	}
	if failed {
		return Fail(out...)
	}
	return Pass(ev("network", string(a.Network),
		"«"+lit(n.Name)+"», fulgt opp av "+follows.NB+".",
		"«"+lit(n.Name)+"», følgt opp av "+follows.NN+".",
		"«"+lit(n.Name)+"», followed up by the "+follows.EN+"."))
}

func checkApplicationProject(c Case) Outcome {
	a := c.Application
	if c.Project == nil {
		return Fail(ev("project", string(a.Project),
			fmt.Sprintf("Nettverket har ikke prosjektet %s.", litq(string(a.Project))),
			fmt.Sprintf("Nettverket har ikkje prosjektet %s.", litq(string(a.Project))),
			fmt.Sprintf("The network has no project %s.", litq(string(a.Project)))))
	}
	p := c.Project
	if p.Scheme != a.Scheme {
		pnb, pnn, pen := schemeName(p.Scheme)
		anb, ann, aen := schemeName(a.Scheme)
		return Fail(ev("scheme", a.Scheme.String(),
			fmt.Sprintf("Søknaden gjelder «%s», men prosjektet hører til «%s».", anb, pnb),
			fmt.Sprintf("Søknaden gjeld «%s», men prosjektet høyrer til «%s».", ann, pnn),
			fmt.Sprintf("The application is under «%s», but the project belongs to «%s».", aen, pen)))
	}
	return Pass(ev("project", string(a.Project), "Prosjekt «"+lit(p.Title)+"».", "Prosjekt «"+lit(p.Title)+"».", "Project «"+lit(p.Title)+"»."))
}

func checkApplicationScheme(c Case) Outcome {
	s := c.Application.Scheme
	nb, nn, en := schemeName(s)
	if !c.Edition.HasScheme(s) {
		return Fail(ev("scheme", s.String(),
			fmt.Sprintf("Ordningen «%s» finnes ikke i %s.", nb, c.Edition.In(lnet.Bokmal)),
			fmt.Sprintf("Ordninga «%s» finst ikkje i %s.", nn, c.Edition.In(lnet.Nynorsk)),
			fmt.Sprintf("The scheme «%s» is not part of %s.", en, c.Edition.In(lnet.English))))
	}
	if y := c.Application.Year; y < s.FirstYear() {
		return Fail(ev("year", fmt.Sprint(y),
			fmt.Sprintf("Ordningen «%s» finnes fra %d.", nb, s.FirstYear()),
			fmt.Sprintf("Ordninga «%s» finst frå %d.", nn, s.FirstYear()),
			fmt.Sprintf("The scheme «%s» exists from %d.", en, s.FirstYear())))
	}
	return Pass(ev("scheme", s.String(), capitalize(nb)+", "+s.Form()+".", capitalize(nn)+", "+s.Form()+".", capitalize(en)+", "+s.Form()+"."))
}

func checkPartCost(c Case) Outcome {
	a := c.Application
	req, total := a.Requested, a.TotalCost
	reqNB, reqEN := kroner(req)
	totalNB, totalEN := kroner(total)
	main := ev("requested", req.String(),
		"Søkt "+reqNB+" av totalkostnad "+totalNB+".",
		"Søkt "+reqNB+" av totalkostnad "+totalNB+".",
		"Requested "+reqEN+" of total cost "+totalEN+".")
	if own, err := a.OwnContribution(); err == nil { // else beyond any amount: said without it
		ownNB, ownEN := kroner(own)
		main = ev("requested", req.String(),
			"Søkt "+reqNB+" av totalkostnad "+totalNB+" (egenandel "+ownNB+").",
			"Søkt "+reqNB+" av totalkostnad "+totalNB+" (eigendel "+ownNB+").",
			"Requested "+reqEN+" of total cost "+totalEN+" (own contribution "+ownEN+").")
	}
	if req.Sign() > 0 && req.Cmp(total) < 0 {
		return Pass(main)
	}
	return Notice(main, note(
		"Det søkes om hele kostnaden eller mer; retningslinjene sier at midlene kan dekke deler av kostnadene.",
		"Det blir søkt om heile kostnaden eller meir; retningslinjene seier at midlane kan dekkje delar av kostnadene.",
		"The whole cost or more is requested; the guidelines say the money may cover part of the costs."))
}

func checkCostUse(c Case) Outcome {
	a := c.Application
	if len(a.Budget) == 0 {
		return Inapplicable(Msg("Budsjettet er ikke spesifisert; retningslinjene krever ikke det.", "Budsjettet er ikkje spesifisert; retningslinjene krev ikkje det.", "The budget is not itemised; the guidelines do not require it."))
	}
	by, err := a.BudgetByCategory()
	if err != nil {
		return Fail(ev("budget", "", "Budsjettlinjene summerer til mer enn det største beløpet SDK-et kan regne med.",
			"Budsjettlinjene summerer til meir enn det største beløpet SDK-et kan rekne med.",
			"The budget lines add up to more than the largest amount the SDK computes with."))
	}
	cats := make([]lnet.BudgetCategory, 0, len(by))
	for k := range by {
		cats = append(cats, k)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	out := make([]Evidence, 0, len(cats))
	for _, k := range cats {
		l := by[k]
		nb, nn, en := k.Norwegian(), k.Nynorsk(), k.English()
		if !k.Valid() {
			nb, nn, en = "uten kategori", "utan kategori", "no category"
		}
		rNB, rEN := kroner(l.Requested)
		cNB, cEN := kroner(l.Cost)
		out = append(out, ev("budget", k.String(), capitalize(nb)+": søkt "+rNB+" av "+cNB+".", capitalize(nn)+": søkt "+rNB+" av "+cNB+".", capitalize(en)+": requested "+rEN+" of "+cEN+"."))
	}
	return Pass(out...)
}

func checkDevelopmentCost(c Case) Outcome {
	a := c.Application
	if len(a.Budget) == 0 {
		return Inapplicable(Msg("Budsjettet er ikke spesifisert.", "Budsjettet er ikkje spesifisert.", "The budget is not itemised."))
	}
	var other []Evidence
	for i, l := range a.Budget {
		if l.Category != lnet.BudgetOther {
			continue
		}
		rNB, rEN := kroner(l.Requested)
		d := ""
		if l.Description != "" {
			d = " «" + lit(l.Description) + "»"
		}
		other = append(other, ev(idx("budget", i), l.Requested.String(),
			"Andre kostnader"+d+": søkt "+rNB+". Embetet vurderer om dette er utvikling eller drift.",
			"Andre kostnader"+d+": søkt "+rNB+". Embetet vurderer om dette er utvikling eller drift.",
			"Other costs"+d+": requested "+rEN+". The office judges whether this is development or running costs."))
	}
	if len(other) > 0 {
		return Notice(other...)
	}
	return Pass(note("Alle budsjettpostene hører til retningslinjenes eksempler på utviklingskostnader eller til reiser og samlinger.",
		"Alle budsjettpostane høyrer til døma på utviklingskostnader i retningslinjene eller til reiser og samlingar.",
		"Every budget line is among the guidelines' examples of development costs or is travel and gatherings."))
}

func checkDeadline(c Case) Outcome {
	a := c.Application
	if c.Deadline == nil {
		return Inapplicable(Msg("Ingen søknadsfrist er oppgitt for vurderingen.", "Ingen søknadsfrist er oppgitt for vurderinga.", "No application deadline was given for the evaluation."))
	}
	d := isoDate(*c.Deadline)
	if a.Submitted == nil {
		return Fail(ev("submitted", "", "Søknaden er ikke sendt; fristen er "+d+".", "Søknaden er ikkje send; fristen er "+d+".", "The application has not been submitted; the deadline is "+d+"."))
	}
	s := isoDate(*a.Submitted)
	if *a.Submitted > *c.Deadline {
		days := int(*a.Submitted - *c.Deadline)
		return Fail(ev("submitted", s,
			fmt.Sprintf("Sendt %s, %d %s etter fristen %s.", s, days, plural(days, "dag", "dager"), d),
			fmt.Sprintf("Send %s, %d %s etter fristen %s.", s, days, plural(days, "dag", "dagar"), d),
			fmt.Sprintf("Submitted %s, %d %s after the deadline %s.", s, days, plural(days, "day", "days"), d)))
	}
	return Pass(ev("submitted", s, "Sendt "+s+"; fristen er "+d+".", "Send "+s+"; fristen er "+d+".", "Submitted "+s+"; the deadline is "+d+"."))
}
