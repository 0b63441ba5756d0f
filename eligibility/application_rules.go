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
			fmt.Sprintf("Søknaden er fra nettverket %s, ikke %s.", litq(string(a.Network)), litq(string(n.ID))),
			fmt.Sprintf("Søknaden er frå nettverket %s, ikkje %s.", litq(string(a.Network)), litq(string(n.ID))),
			fmt.Sprintf("The application is from network %s, not %s.", litq(string(a.Network)), litq(string(n.ID)))))
	}
	if a.Office != n.Office {
		failed = true
		out = append(out, ev("office", string(a.Office),
			fmt.Sprintf("Søknaden er sendt til embetet %s, men nettverket følges opp av %s.", litq(string(a.Office)), litq(string(n.Office))),
			fmt.Sprintf("Søknaden er send til embetet %s, men nettverket blir følgt opp av %s.", litq(string(a.Office)), litq(string(n.Office))),
			fmt.Sprintf("The application is sent to office %s, but the network is followed up by %s.", litq(string(a.Office)), litq(string(n.Office)))))
	}
	if failed {
		return Fail(out...)
	}
	return Pass(ev("network", string(a.Network),
		"«"+lit(n.Name)+"», fulgt opp av embetet "+lit(string(n.Office))+".",
		"«"+lit(n.Name)+"», følgt opp av embetet "+lit(string(n.Office))+".",
		"«"+lit(n.Name)+"», followed up by the office "+lit(string(n.Office))+"."))
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
	ownNB, ownEN := kroner(a.OwnContribution())
	main := ev("requested", req.String(),
		"Søkt "+reqNB+" av totalkostnad "+totalNB+" (egenandel "+ownNB+").",
		"Søkt "+reqNB+" av totalkostnad "+totalNB+" (eigendel "+ownNB+").",
		"Requested "+reqEN+" of total cost "+totalEN+" (own contribution "+ownEN+").")
	var problems []Evidence
	if req.Sign() <= 0 {
		problems = append(problems, ev("requested", req.String(), "Søkt beløp må være større enn null.", "Søkt beløp må vere større enn null.", "The amount requested must be greater than zero."))
	}
	if total.Sign() <= 0 {
		problems = append(problems, ev("total_cost", total.String(), "Totalkostnaden må være større enn null.", "Totalkostnaden må vere større enn null.", "The total cost must be greater than zero."))
	}
	if req.Cmp(total) >= 0 {
		problems = append(problems, ev("requested", req.String(),
			"Det søkes om hele kostnaden eller mer; midlene kan bare dekke deler av kostnadene.",
			"Det blir søkt om heile kostnaden eller meir; midlane kan berre dekkje delar av kostnadene.",
			"The whole cost or more is requested; the money may cover only part of the costs."))
	}
	if len(a.Budget) > 0 {
		cost, requested := a.BudgetTotals()
		if !cost.Equal(total) {
			problems = append(problems, ev("budget", cost.String(),
				fmt.Sprintf("Budsjettpostenes kostnader summerer til %s, ikke totalkostnaden %s.", cost.Norwegian(), total.Norwegian()),
				fmt.Sprintf("Kostnadene i budsjettpostane er til saman %s, ikkje totalkostnaden %s.", cost.Norwegian(), total.Norwegian()),
				fmt.Sprintf("The budget lines' costs add up to %s, not the total cost %s.", nokEN(cost), nokEN(total))))
		}
		if !requested.Equal(req) {
			problems = append(problems, ev("budget", requested.String(),
				fmt.Sprintf("Budsjettpostenes søkte beløp summerer til %s, ikke søkt beløp %s.", requested.Norwegian(), req.Norwegian()),
				fmt.Sprintf("Dei søkte beløpa i budsjettpostane er til saman %s, ikkje søkt beløp %s.", requested.Norwegian(), req.Norwegian()),
				fmt.Sprintf("The budget lines' requested amounts add up to %s, not the amount requested %s.", nokEN(requested), nokEN(req))))
		}
	}
	if len(problems) > 0 {
		return Fail(append([]Evidence{main}, problems...)...)
	}
	return Pass(main)
}

func checkCostUse(c Case) Outcome {
	a := c.Application
	if len(a.Budget) == 0 {
		return Fail(ev("budget", "", "Budsjettet er ikke spesifisert.", "Budsjettet er ikkje spesifisert.", "The budget is not itemised."))
	}
	by := a.BudgetByCategory()
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
		out = append(out, ev("budget", k.String(), nb+": søkt "+rNB+" av "+cNB+".", nn+": søkt "+rNB+" av "+cNB+".", en+": requested "+rEN+" of "+cEN+"."))
	}
	return Pass(out...)
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

func checkSpendBy(c Case) Outcome {
	a := c.Application
	byDate := lnet.SpendByFor(a.Year)
	by := isoDate(byDate)
	if c.Project == nil || c.Project.Period == nil {
		return Inapplicable(Msg(
			fmt.Sprintf("Prosjektperioden er ikke oppgitt; midler for %d må brukes innen %s.", a.Year, by),
			fmt.Sprintf("Prosjektperioden er ikkje oppgitt; midlar for %d må brukast innan %s.", a.Year, by),
			fmt.Sprintf("The project period is not stated; money for %d must be used by %s.", a.Year, by)))
	}
	endDate := c.Project.Period.End
	end := isoDate(endDate)
	if endDate > byDate {
		return Fail(ev("project.period.end", end, "Prosjektet slutter "+end+", etter "+by+".", "Prosjektet sluttar "+end+", etter "+by+".", "The project ends "+end+", after "+by+"."))
	}
	return Pass(ev("project.period.end", end, "Prosjektet slutter "+end+", innen "+by+".", "Prosjektet sluttar "+end+", innan "+by+".", "The project ends "+end+", by "+by+"."))
}
