package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// printer writes what was read back, in Norwegian (bokmål) or English.
type printer struct {
	b    strings.Builder
	lang lnet.Language
}

// writeStored writes the network, its applications and grants to w.
func writeStored(w io.Writer, lang lnet.Language, n lnet.Network, apps []lnet.Application, grants []lnet.Grant) error {
	p := &printer{lang: lang}
	p.network(n)
	p.applications(apps)
	p.grants(grants)
	_, err := io.WriteString(w, p.b.String())
	return err
}

// f appends formatted text.
func (p *printer) f(format string, args ...any) { fmt.Fprintf(&p.b, format, args...) }

// t picks the text in the printer's language.
func (p *printer) t(nb, nn, en string) string { return p.lang.Pick(nb, nn, en) }

func (p *printer) amount(n lnet.NOK) string { return n.In(p.lang) }

// amountOf formats the result of a computation that may leave the bound of lnet.NOK: the
// amount, or a note that it lies beyond the bound.
func (p *printer) amountOf(n lnet.NOK, err error) string {
	if err != nil {
		return p.t("utenfor beløpsgrensen", "utanfor beløpsgrensa", "beyond the amount limit")
	}
	return p.amount(n)
}

func (p *printer) optionalDate(d *date.Date) string {
	if d == nil {
		return p.t("(ikke oppgitt)", "(ikkje oppgitt)", "(not given)")
	}
	return d.String()
}

// quote quotes a title: «» in Norwegian, "" in English.
func (p *printer) quote(s string) string {
	if p.lang == lnet.English {
		return `"` + s + `"`
	}
	return "«" + s + "»"
}

// document describes a document by its title, date, text and source, as far as given.
func (p *printer) document(d lnet.Document) string {
	var parts []string
	if d.Title != "" {
		parts = append(parts, p.quote(d.Title))
	}
	if d.Date != nil {
		parts = append(parts, d.Date.String())
	}
	if d.Text != "" {
		parts = append(parts, d.Text)
	}
	if d.Source != "" {
		parts = append(parts, p.t("kilde: ", "kjelde: ", "source: ")+d.Source)
	}
	return strings.Join(parts, "; ")
}

func ids[T ~string](list []T) string {
	s := make([]string, len(list))
	for i, id := range list {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

func codes(cs []lnet.MunicipalityCode) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}

func (p *printer) network(n lnet.Network) {
	p.f("%s %s: %s\n", p.t("Læringsnettverk", "Læringsnettverk", "Learning network"), n.ID, n.Name)
	p.f("  %s: %s; %s: %s\n", p.t("embete", "embete", "office"), n.Office, p.t("etablert", "etablert", "established"), p.optionalDate(n.Established))
	p.f("  %s (%d):\n", p.t("tjenester", "tenester", "services"), len(n.Members))
	for _, m := range n.Members {
		sv := m.Service
		p.f("    %-7s %s; %s %s; %s %s; %s %s\n", sv.ID, sv.Name,
			p.t("vertskommune", "vertskommune", "host"), sv.Host,
			p.t("kommuner", "kommunar", "municipalities"), codes(sv.Municipalities),
			p.t("med fra", "med frå", "joined"), p.optionalDate(m.Joined))
		for _, r := range m.Representatives {
			where := p.t("alle tjenestens kommuner", "alle kommunane til tenesta", "all the service's municipalities")
			if r.Municipality != 0 {
				where = r.Municipality.String()
			}
			p.f("      %s: %s (%s)\n", r.Role.In(p.lang), r.Title, where)
		}
		for _, a := range m.Anchoring {
			p.f("      %s %s: %s %s\n", p.t("deltakelsen forankret i", "deltakinga forankra i", "participation anchored in"),
				a.Municipality, a.Body, a.Date)
		}
	}
	if l := n.Leader; l != nil {
		p.f("  %s: %s %s\n", p.t("leder", "leiar", "leader"), p.t("fra tjenesten", "frå tenesta", "from service"), l.Service)
	}
	if g := n.SteeringGroup; g != nil {
		p.f("  %s: %d %s, %s %s; %d %s\n", p.t("styringsgruppe", "styringsgruppe", "steering group"),
			len(g.Seats), p.t("plasser", "plassar", "seats"), p.t("etablert", "etablert", "established"), p.optionalDate(g.Established),
			g.MeetingsPerYear, p.t("møter i året", "møte i året", "meetings a year"))
		for _, seat := range g.Seats {
			holder := seat.Municipality.String()
			switch seat.Kind {
			case lnet.SeatPartner:
				holder = string(seat.Partner)
			case lnet.SeatOffice:
				holder = string(seat.Office)
			}
			p.f("    %s: %s\n", seat.Kind.In(p.lang), holder)
		}
		if g.Mandate != nil {
			p.f("    %s: %s\n", p.t("mandat", "mandat", "mandate"), p.document(*g.Mandate))
		}
	}
	p.f("  %s (%d):\n", p.t("partnere", "partnarar", "partners"), len(n.Partners))
	for _, pa := range n.Partners {
		p.f("    %-9s %s (%s)\n", pa.ID, pa.Name, pa.Kind.In(p.lang))
	}
	p.f("  %s (%d):\n", p.t("bidragsytere", "bidragsytarar", "contributors"), len(n.Contributors))
	for _, c := range n.Contributors {
		p.f("    %-9s %s (%s)\n", c.ID, c.Name, c.Kind.In(p.lang))
	}
	if g := n.ResourceGroup; g != nil {
		counties := make([]string, len(g.Counties))
		for i, c := range g.Counties {
			counties[i] = c.String()
		}
		p.f("  %s: %s %s", p.t("ressursgruppe", "ressursgruppe", "resource group"), p.t("fylker", "fylke", "counties"), strings.Join(counties, ", "))
		if len(g.Partners) > 0 {
			p.f("; %s: %s", p.t("partnere", "partnarar", "partners"), ids(g.Partners))
		}
		if len(g.Contributors) > 0 {
			p.f("; %s: %s", p.t("bidragsytere", "bidragsytarar", "contributors"), ids(g.Contributors))
		}
		p.f("; %s: %s\n", p.t("etablert", "etablert", "established"), p.optionalDate(g.Established))
	}
	if h := n.Horizon; h != nil {
		through := p.t("ut ", "ut ", "through ")
		if h.AtLeast {
			through = p.t("minst ut ", "minst ut ", "at least through ")
		}
		p.f("  %s: %s%d", p.t("varighet", "varigheit", "horizon"), through, h.Through)
		if h.Wording != "" {
			p.f(" (%s)", p.quote(h.Wording))
		}
		p.f("\n")
	}
	p.f("  %s (%d):\n", p.t("prosjekter", "prosjekt", "projects"), len(n.Projects))
	for _, pr := range n.Projects {
		p.f("    %s: %s (%s)", pr.ID, p.quote(pr.Title), pr.Scheme.In(p.lang))
		if pr.Status != 0 {
			p.f("; %s", pr.Status.In(p.lang))
		}
		p.f("\n")
		host := p.t("ikke avklart", "ikkje avklart", "not settled")
		if pr.Host != 0 {
			host = pr.Host.String()
		}
		p.f("      %s: %s", p.t("vertskommune", "vertskommune", "host"), host)
		if len(pr.Participants) > 0 {
			p.f("; %s: %s", p.t("deltakere", "deltakarar", "participants"), codes(pr.Participants))
		}
		if len(pr.Partners) > 0 {
			ids := make([]string, len(pr.Partners))
			for i, id := range pr.Partners {
				ids[i] = string(id)
			}
			p.f("; %s: %s", p.t("partnere", "partnarar", "partners"), strings.Join(ids, ", "))
		}
		if pr.Period != nil {
			p.f("; %s: %s", p.t("periode", "periode", "period"), pr.Period)
		}
		p.f("\n")
		for _, a := range pr.Aims {
			p.f("      %s: %s\n", p.t("formål", "formål", "aim"), a.In(p.lang))
		}
		for _, s := range pr.OtherServices {
			p.f("      %s: %s\n", p.t("annen kommunal tjeneste", "anna kommunal teneste", "other municipal service"), s)
		}
		if g := pr.Group; g != nil {
			p.f("      %s: %s", p.t("prosjektgruppe", "prosjektgruppe", "project group"), codes(g.Municipalities))
			if len(g.Partners) > 0 {
				if len(g.Municipalities) > 0 {
					p.f("; ")
				}
				p.f("%s", ids(g.Partners))
			}
			p.f("\n")
		}
		if pr.Mandate != nil {
			p.f("      %s: %s\n", p.t("mandat", "mandat", "mandate"), p.document(*pr.Mandate))
		}
		if pr.ProjectPlan != nil {
			p.f("      %s: %s\n", p.t("prosjektplan", "prosjektplan", "project plan"), p.document(*pr.ProjectPlan))
		}
	}
	p.f("  %s: %d; %s: %d\n", p.t("samlinger og møter", "samlingar og møte", "gatherings and meetings"), len(n.Gatherings),
		p.t("vedtak", "vedtak", "decisions"), len(n.Decisions))
}

func (p *printer) applications(apps []lnet.Application) {
	p.f("%s (%d):\n", p.t("Søknader", "Søknader", "Applications"), len(apps))
	for _, a := range apps {
		p.f("  %s: %s %s, %s %d, %s %s\n", a.ID, p.t("prosjekt", "prosjekt", "project"), a.Project,
			a.Scheme.In(p.lang), a.Year, p.t("embete", "embete", "office"), a.Office)
		p.f("    %s %s %s %s; %s %s; %s: %s\n",
			p.t("søkt", "søkt", "requested"), p.amount(a.Requested), p.t("av", "av", "of"), p.amount(a.TotalCost),
			p.t("egenandel", "eigendel", "own contribution"), p.amountOf(a.OwnContribution()),
			p.t("sendt", "send", "submitted"), p.optionalDate(a.Submitted))
		if a.UsePeriod != nil {
			p.f("    %s: %s\n", p.t("midlene brukes", "midlane blir brukte", "money used"), a.UsePeriod)
		}
		for _, l := range a.Budget {
			desc := ""
			if l.Description != "" {
				desc = " – " + l.Description
			}
			p.f("    %s%s: %s %s, %s %s\n", l.Category.In(p.lang), desc,
				p.t("kostnad", "kostnad", "cost"), p.amount(l.Cost), p.t("søkt", "søkt", "requested"), p.amount(l.Requested))
		}
	}
}

func (p *printer) grants(grants []lnet.Grant) {
	p.f("%s (%d):\n", p.t("Tilsagn", "Tilsegn", "Grants"), len(grants))
	for _, g := range grants {
		p.f("  %s: %s %s %s, %s %s\n", g.ID, p.amount(g.Amount), p.t("til søknad", "til søknad", "to application"), g.Application,
			g.Scheme.In(p.lang), fmt.Sprint(g.Year))
		p.f("    %s %s; %s %s; %s %s\n", p.t("vedtatt", "vedteke", "decided"), g.Decided,
			p.t("brukes innen", "blir brukt innan", "spend by"), g.SpendBy, p.t("rapport innen", "rapport innan", "report by"), p.optionalDate(g.ReportBy))
	}
}
