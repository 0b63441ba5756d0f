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

func (p *printer) amount(n lnet.NOK) string {
	if p.lang == lnet.English {
		return "NOK " + n.String()
	}
	return n.Norwegian()
}

func (p *printer) optionalDate(d *date.Date) string {
	if d == nil {
		return p.t("(ikke oppgitt)", "(ikkje oppgitt)", "(not given)")
	}
	return d.String()
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
	}
	p.f("  %s (%d):\n", p.t("partnere", "partnarar", "partners"), len(n.Partners))
	for _, pa := range n.Partners {
		p.f("    %-9s %s (%s)\n", pa.ID, pa.Name, pa.Kind.In(p.lang))
	}
	p.f("  %s (%d):\n", p.t("prosjekter", "prosjekt", "projects"), len(n.Projects))
	for _, pr := range n.Projects {
		p.f("    %s: %q (%s)\n", pr.ID, pr.Title, pr.Scheme.In(p.lang))
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
	}
}

func (p *printer) applications(apps []lnet.Application) {
	p.f("%s (%d):\n", p.t("Søknader", "Søknader", "Applications"), len(apps))
	for _, a := range apps {
		p.f("  %s: %s %s, %s %d, %s %s\n", a.ID, p.t("prosjekt", "prosjekt", "project"), a.Project,
			a.Scheme.In(p.lang), a.Year, p.t("embete", "embete", "office"), a.Office)
		p.f("    %s %s %s %s; %s %s; %s: %s\n",
			p.t("søkt", "søkt", "requested"), p.amount(a.Requested), p.t("av", "av", "of"), p.amount(a.TotalCost),
			p.t("egenandel", "eigendel", "own contribution"), p.amount(a.OwnContribution()),
			p.t("sendt", "send", "submitted"), p.optionalDate(a.Submitted))
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
