// Command hordaland2018 prints the learning network of the Hordaland governor office as the
// sources describe it in 2018 (seeds 000 and 002), with the municipalities' names on the day
// of the gathering of 13 September 2018 and their successor codes on 1 January 2024.
//
//	go run ./examples/hordaland2018
//
// It uses only the embedded data: no network access, no input.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "hordaland2018:", err)
		os.Exit(1)
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

	fmt.Fprintln(out, "\nCompetence partners (kompetansemiljøer):")
	for _, p := range n.Partners {
		fmt.Fprintf(out, "  - %s (%s)\n", p.Name, p.Kind.Norwegian())
	}

	fmt.Fprintln(out, "\nProjects (utviklingsprosjekter):")
	for _, p := range n.Projects {
		fmt.Fprintf(out, "  - %s [%s]\n", p.Title, p.Scheme.Norwegian())
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
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(out, "\nKilde: Statistisk sentralbyrå (SSB) for codes and names.")
	return nil
}

func joinCounties(cs []lnet.CountyCode) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}
