// Command hordaland2018 runs the learning network of the Hordaland governor office end to
// end, as the sources describe it in 2018 (seeds 000 and 002). It prints the network (9
// services for 18 municipalities at the gathering of 13 September 2018, the steering group,
// the partners and the three project ideas, with the municipalities' names on the day of
// the gathering and their successors on 1 January 2024); its eligibility report under the
// 2018 guidelines, which shows what the sources show: no plan yet, and no leader, by the
// network's own decision; its calendar 2018–2019 with the findings of the calendar's
// checks; and an allocation of the office's NOK 650 000 for 2018 over illustrative
// applications, with caps equal to the amounts requested, and the grants.
//
//	go run ./examples/hordaland2018
//
// The applications, their amounts, the office's priorities and waivers, the decision day
// and the rounding unit are not in the sources: they are illustrative, and the output says
// so. It uses only the embedded data: no network access, no input.
package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk"
	"github.com/laeringsnettverk/sdk/calendar"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/casework"
	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() { command().Main() }

// command is the program as a command: it takes no flags and no arguments.
func command() cli.Command {
	return cli.Command{
		Name:        "hordaland2018",
		Synopsis:    "hordaland2018",
		Description: "Runs the Hordaland learning network of 2018 end to end from the sources: the network,\nits eligibility report, its calendar 2018–2019 and an allocation of the office's pot.",
		Flags:       func(*flag.FlagSet) func(io.Writer) error { return run },
	}
}

// reform2024 is the day the successor codes are shown for.
var reform2024 = date.New(2024, 1, 1)

func run(out io.Writer) error {
	reg := lnet.DefaultRegister()
	n := seeds.Hordaland2018()
	if err := n.Validate(); err != nil {
		return err
	}
	if err := writeNetwork(out, reg, n); err != nil {
		return err
	}
	w := casework.NewWriter(out)
	if err := writeEligibility(w, n); err != nil {
		return err
	}
	if err := writeCalendar(w); err != nil {
		return err
	}
	if err := writeRound(w, reg); err != nil {
		return err
	}
	w.Println()
	w.Println("Kilde: Statistisk sentralbyrå (SSB) for kommunenummer og -navn.")
	return w.Err()
}

// writeNetwork writes the network as the sources describe it, with the municipalities'
// successors on 1 January 2024.
func writeNetwork(out io.Writer, reg *lnet.Register, n lnet.Network) error {
	on := seeds.Gathering2018
	office, err := reg.OfficeOn(n.Office, on)
	if err != nil {
		return err
	}
	name := func(m lnet.MunicipalityCode) string {
		if m.IsZero() {
			return "(ikke avklart / not decided)"
		}
		mun, err := reg.MunicipalityOn(m, on)
		if err != nil {
			return m.String()
		}
		return mun.Code.String() + " " + mun.Name
	}

	fmt.Fprintf(out, "%s\n%s\n\n", n.Name, strings.Repeat("=", len([]rune(n.Name))))
	fmt.Fprintf(out, "Office (embete):        %s (counties %s)\n", office.Title, joinCounties(office.Counties))
	fmt.Fprintf(out, "Established (etablert): %s\n", n.Established)
	fmt.Fprintf(out, "Pot 2018 (ramme):       %s\n", seeds.Pot2018.Norwegian())
	fmt.Fprintf(out, "Leader (leder):         none chosen\n")
	for _, d := range n.DecisionsAbout(lnet.DecisionLeader) {
		fmt.Fprintf(out, "                        decision %s: %s\n", d.Date, d.Text)
	}
	if h := n.Horizon; h != nil {
		fmt.Fprintf(out, "Horizon (varighet):     through %d: «%s»\n", h.Through, h.Wording)
	}
	fmt.Fprintf(out, "Members (tjenester):    %d services covering %d municipalities\n", n.MemberCount(), n.MunicipalityCount())
	for _, g := range n.Gatherings {
		if a := g.Attendance; a != nil {
			fmt.Fprintf(out, "Attendance %s:  %d services representing %d municipalities\n", g.Date, a.ServiceCount, a.MunicipalityCount)
		}
	}

	fmt.Fprintf(out, "\nSteering group (styringsgruppe), about %d meetings a year:\n", n.SteeringGroup.MeetingsPerYear)
	for _, s := range n.SteeringGroup.Seats {
		switch s.Kind {
		case lnet.SeatMunicipality:
			fmt.Fprintf(out, "  - %s: %s\n", s.Kind.Norwegian(), name(s.Municipality))
		case lnet.SeatPartner:
			p, _ := n.Partner(s.Partner)
			fmt.Fprintf(out, "  - %s: %s\n", s.Kind.Norwegian(), p.Name)
		case lnet.SeatOffice:
			fmt.Fprintf(out, "  - %s: %s\n", s.Kind.Norwegian(), office.Title)
		}
	}

	if m := n.SteeringGroup.Mandate; m != nil && m.Date != nil {
		fmt.Fprintf(out, "  mandate (mandat): %s, reviewed %s\n", m.Title, m.Date)
	}

	fmt.Fprintln(out, "\nCompetence partners (kompetansemiljøer):")
	for _, p := range n.Partners {
		fmt.Fprintf(out, "  - %s (%s)\n", p.Name, p.Kind.Norwegian())
	}

	fmt.Fprintln(out, "\nContributors (bidragsytere):")
	for _, c := range n.Contributors {
		fmt.Fprintf(out, "  - %s (%s)\n", c.Name, c.Kind.Norwegian())
	}
	if g := n.ResourceGroup; g != nil {
		counties := make([]string, len(g.Counties))
		for i, c := range g.Counties {
			counties[i] = c.String()
		}
		state := "planned"
		if g.Established != nil {
			state = "set up " + g.Established.String()
		}
		fmt.Fprintf(out, "Resource group (ressursgruppe), %s, across counties %s, with %d contributors\n", state, strings.Join(counties, ", "), len(g.Contributors))
	}

	fmt.Fprintln(out, "\nProjects (utviklingsprosjekter):")
	for _, p := range n.Projects {
		fmt.Fprintf(out, "  - %s [%s] (%s)\n", p.Title, p.Scheme.Norwegian(), p.Status.Norwegian())
		fmt.Fprintf(out, "      host (vertskommune): %s\n", name(p.Host))
		if len(p.Participants) > 0 {
			names := make([]string, 0, len(p.Participants))
			for _, m := range p.Participants {
				names = append(names, name(m))
			}
			fmt.Fprintf(out, "      participants:        %s\n", strings.Join(names, ", "))
		}
		partners, err := n.ProjectPartners(p)
		if err != nil {
			return err
		}
		for _, pa := range partners {
			fmt.Fprintf(out, "      partner:             %s\n", pa.Name)
		}
	}

	fmt.Fprintln(out, "\nGatherings (samlinger):")
	for _, g := range n.Gatherings {
		line := fmt.Sprintf("  - %s %s", g.Date, g.Title)
		if g.Place != "" {
			line += ", " + g.Place
		}
		fmt.Fprintln(out, line)
		if g.Topic != "" {
			fmt.Fprintf(out, "      tema: %s\n", g.Topic)
		}
	}

	fmt.Fprintf(out, "\nMunicipalities on %s and their successors on %s:\n", on, reform2024)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  2018\tcounty\t2024\tcounty\toffice 2024")
	for _, m := range n.Municipalities() {
		succ, err := reg.Successors(m, on, reform2024)
		if err != nil {
			return err
		}
		for _, s := range succ {
			o, err := reg.OfficeForMunicipality(s.Code, reform2024)
			if err != nil {
				return err
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s %s\t%s\t%s\n", name(m), m.County(), s.Code, s.Name, s.County, o.Title)
		}
	}
	return tw.Flush()
}

// writeEligibility writes the network's eligibility report under the 2018 guidelines.
func writeEligibility(w *casework.Writer, n lnet.Network) error {
	report, err := eligibility.EvaluateNetwork(n, eligibility.WithEdition(eligibility.Edition2018))
	if err != nil {
		return err
	}
	w.Section("Vurdering av nettverket (eligibility of the network)")
	w.Println()
	w.Printf("%s", report.Text(lnet.Bokmal))
	return nil
}

// writeCalendar writes the network's calendar 2018–2019 as an agenda, with the findings of
// the calendar's checks under an office that closes on the eves.
func writeCalendar(w *casework.Writer) error {
	s := seeds.Hordaland2018Schedule()
	w.Section("Kalender 2018–2019 (calendar)")
	w.Println()
	if err := calendar.WriteAgenda(w, s, calendar.AgendaText); err != nil {
		return err
	}
	conflicts, err := s.Check(calendar.Workdays{Off: calendar.AllEves})
	if err != nil {
		return err
	}
	w.Println()
	if len(conflicts) == 0 {
		w.Println("Kontroll (check): ingen merknader (no findings).")
	} else {
		w.Println("Kontroll (check):")
	}
	for _, c := range conflicts {
		w.Printf("  - %s %s: %s\n    (%s: %s)\n", c.Severity.Norwegian(), c.Date, c.Norwegian, c.Severity.English(), c.English)
	}
	return nil
}

// waivers are the illustrative office's decisions not to refuse the first year's
// applications for what the sources show the new network did not yet have.
var waivers = []sdk.Waiver{
	{Rule: "NET-PLAN", Reason: "Nettverket ble etablert 7. juni 2018 og hadde ikke vedtatt plan ved søknadsfristen; planen settes som vilkår for midlene for 2019."},
	{Rule: "NET-LEADER", Reason: "Nettverket vedtok 13. september 2018 at det ikke var nødvendig å velge leder nå; embetet følger opp spørsmålet."},
	{Rule: "PRJ-FROM-PLAN", Reason: "Følger av NET-PLAN: prosjektene bygger på prosjektidéene fra samlingen 13. september 2018."},
}

// writeRound writes the office's allocation of its 2018 pot over illustrative
// applications.
func writeRound(w *casework.Writer, reg *lnet.Register) error {
	call := seeds.Hordaland2018Call()
	n, subs := seeds.Hordaland2018Applications()
	round, err := seeds.Run(call, []lnet.Network{n}, subs, waivers...)
	if err != nil {
		return err
	}
	w.Section("Tildeling 2018 (allocation of the 2018 pot)")
	w.Println()
	w.Println("ILLUSTRASJON: rammen på kr 650 000 og søknadsfristen er fra kildene; søknadene, beløpene,")
	w.Println("prioriteringene, unntakene, vedtaksdagen og enheten er det ikke. Søknadene legger også til")
	w.Println("detaljer kildene lar stå åpne (vertskommune, kompetansemiljø, forankring, periode).")
	w.Println("(Illustrative: the pot and the deadline are real; the applications and decisions are invented.)")
	casework.WriteCall(w, round)
	casework.WriteCases(w, round, reg, seeds.Priorities(subs))
	casework.WriteAllocations(w, round)
	return casework.WriteGrants(w, round)
}

func joinCounties(cs []lnet.CountyCode) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}
